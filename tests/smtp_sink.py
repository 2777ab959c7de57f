"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives.

Used by the end-to-end and fault tests (in a thread of the test process), by the stack
(config/stack, with --record: a JSON line per mail) and by the
benchmarks (as its own process: `python -m tests.smtp_sink --port 2525 --stats FILE`, which
writes its counts to FILE when it gets SIGTERM or SIGINT).
"""

import argparse
import email
import email.policy
import json
import re
import signal
import threading
import time
from dataclasses import dataclass

from aiosmtpd.controller import Controller

_MESSAGE_ID = re.compile(rb"^Message-ID:\s*<([^>\r\n]+)>", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class ReceivedMail:
    mail_from: str
    recipients: tuple
    data: bytes

    def message(self):
        return email.message_from_bytes(self.data, policy=email.policy.default)


class _Handler:
    def __init__(self, keep, record=None):
        self.keep = keep
        self.record = record
        self.lock = threading.Lock()
        self.mails = []
        self.count = 0
        self.bytes = 0
        self.first_at = None
        self.last_at = None

    async def handle_DATA(self, server, session, envelope):
        now = time.monotonic()
        with self.lock:
            self.count += 1
            self.bytes += len(envelope.original_content or b"")
            self.first_at = self.first_at or now
            self.last_at = now
            if self.record:
                self.record.write(_record_line(envelope))
                self.record.flush()
            if self.keep:
                self.mails.append(
                    ReceivedMail(
                        envelope.mail_from,
                        tuple(envelope.rcpt_tos),
                        envelope.original_content or b"",
                    )
                )
        return "250 Message accepted for delivery"


def _record_line(envelope):
    """One JSON line per accepted mail: recipients and Message-ID, for counting per address."""
    head = (envelope.original_content or b"").split(b"\r\n\r\n", 1)[0]
    found = _MESSAGE_ID.search(head)
    return (
        json.dumps(
            {
                "to": list(envelope.rcpt_tos),
                "message_id": found.group(1).decode(errors="replace") if found else None,
            }
        )
        + "\n"
    )


class SmtpSink:
    """`with SmtpSink() as sink:` … `sink.port`, `sink.mails`, `sink.count`."""

    def __init__(self, host="127.0.0.1", port=0, keep=True, record=None):
        self.handler = _Handler(keep, record)
        self.host = host
        self.requested_port = port
        self.controller = None

    def start(self):
        port = self.requested_port or _free_port(self.host)
        self.controller = Controller(
            self.handler,
            hostname=self.host,
            port=port,
            # Digests are larger than aiosmtpd's 32 MiB default allows for many at once.
            data_size_limit=64 * 1024 * 1024,
            ready_timeout=10,
        )
        self.controller.start()
        return self

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    @property
    def port(self):
        return self.controller.port

    @property
    def mails(self):
        with self.handler.lock:
            return list(self.handler.mails)

    @property
    def count(self):
        return self.handler.count

    def stats(self):
        handler = self.handler
        elapsed = (handler.last_at - handler.first_at) if handler.first_at else 0.0
        return {"messages": handler.count, "bytes": handler.bytes, "seconds": elapsed}

    def reset(self):
        with self.handler.lock:
            self.handler.mails.clear()
            self.handler.count = 0
            self.handler.bytes = 0
            self.handler.first_at = self.handler.last_at = None

    def wait_for(self, count, timeout=60.0):
        """Wait until at least `count` mails arrived; returns the count."""
        deadline = time.monotonic() + timeout
        while self.handler.count < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.handler.count


def _free_port(host):
    import socket

    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=2525)
    parser.add_argument("--stats", help="write counts as JSON to this file on exit")
    parser.add_argument("--record", help="append a JSON line per mail (recipients, Message-ID)")
    args = parser.parse_args()
    record = open(args.record, "a", encoding="utf-8") if args.record else None  # noqa: SIM115
    sink = SmtpSink(port=args.port, keep=False, record=record).start()
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    print(f"SMTP sink on 127.0.0.1:{sink.port}", flush=True)
    stop.wait()
    sink.stop()
    if args.stats:
        with open(args.stats, "w") as handle:
            json.dump(sink.stats(), handle)


if __name__ == "__main__":
    main()
