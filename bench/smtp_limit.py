"""The physical limit of the newsletter benchmark: how fast one client can hand pre-encoded
messages to the SMTP sink over one connection, with nothing to compose.

    .venv/bin/python bench/smtp_limit.py --port 2525 --messages 100000 [--samples DIR]

Every message is built before the clock starts: the samples (the .eml files in --samples,
e.g. real digests the benchmark captured, or one synthetic message of --size bytes) are
cycled, each copy gets its own To and Message-ID, and its bytes are already in the form SMTP
sends (CRLF line ends, dot-stuffed), so the timed loop does only the protocol: MAIL FROM,
RCPT TO, DATA, the bytes, and the sink's reply, over one smtplib connection. A copy is its
own header block plus its sample's body, which all copies of a sample share in memory
(100,000 digests of 45 KB would need 4.5 GB otherwise); the two are joined as they are sent. No
pipelining: neither the sink nor a typical relay needs a client to pipeline, and the
transport it is compared with does not.

The last line printed is JSON: messages, bytes, wall and CPU seconds (user + system of this
process, resource.getrusage around the loop).
"""

import argparse
import json
import re
import resource
import smtplib
import time
from pathlib import Path

SENDER = "newsletter@glokal.example"


def synthetic(size: int) -> bytes:
    """A plain German text message of about `size` bytes, for runs without samples."""
    line = b"Neue Kooperationsangebote aus Sachsen, Niederschlesien und Nordboehmen.\r\n"
    body = line * max(1, size // len(line))
    return (
        b"From: Glokal <newsletter@glokal.example>\r\nTo: placeholder@example.org\r\n"
        b"Subject: Ihr Glokal-Digest\r\nMessage-ID: <placeholder@glokal.example>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
    )


def load_samples(directory: str | None, size: int) -> list[bytes]:
    if not directory:
        return [synthetic(size)]
    samples = [path.read_bytes() for path in sorted(Path(directory).glob("*.eml"))]
    if not samples:
        raise SystemExit(f"no .eml samples in {directory}")
    return samples


def to_wire(message: bytes) -> bytes:
    """CRLF line ends and leading dots doubled, as smtplib's DATA would send it."""
    message = re.sub(rb"(?:\r\n|\n|\r(?!\n))", b"\r\n", message)
    return re.sub(rb"(?m)^\.", b"..", message)


def split_sample(message: bytes) -> tuple[list[bytes], bytes]:
    """(header lines without To and Message-ID, the body as it goes on the wire, with the
    blank line before it and the terminating dot)."""
    wire = to_wire(message)
    head, _separator, body = wire.partition(b"\r\n\r\n")
    lines = [
        line
        for line in re.split(rb"\r\n(?![ \t])", head)
        if not line.lower().startswith((b"to:", b"message-id:"))
    ]
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return lines, b"\r\n" + body + b".\r\n"


def prepare(samples: list[bytes], count: int) -> list[tuple[str, bytes, bytes]]:
    """(recipient, header block, shared body) per message: the copy's own To and Message-ID
    (the headers every copy differs in) in its header block."""
    parts = [split_sample(sample) for sample in samples]
    messages = []
    for number in range(count):
        recipient = f"leser{number}@empfaenger.example"
        lines, body = parts[number % len(parts)]
        head = b"\r\n".join(
            [
                *lines,
                b"To: " + recipient.encode(),
                b"Message-ID: <limit-%d@glokal.example>" % number,
            ]
        )
        messages.append((recipient, head + b"\r\n", body))
    return messages


def send_all(host: str, port: int, messages) -> None:
    """MAIL, RCPT, DATA per message over one connection; the bytes are already on the wire's
    terms, so the message goes out as its header block joined to its body, one send()."""
    with smtplib.SMTP(host, port) as smtp:
        smtp.ehlo()
        for recipient, head, body in messages:
            code, reply = smtp.mail(SENDER)
            if code != 250:
                raise SystemExit(f"MAIL FROM refused: {code} {reply!r}")
            code, reply = smtp.rcpt(recipient)
            if code not in (250, 251):
                raise SystemExit(f"RCPT TO refused: {code} {reply!r}")
            smtp.putcmd("data")
            code, reply = smtp.getreply()
            if code != 354:
                raise SystemExit(f"DATA refused: {code} {reply!r}")
            # One write: two would meet Nagle's algorithm and the sink's delayed ACK (40 ms
            # per message). Joining costs a copy of the bytes, microseconds.
            smtp.send(head + body)
            code, reply = smtp.getreply()
            if code != 250:
                raise SystemExit(f"message refused: {code} {reply!r}")


def peak_rss_kb():
    """VmHWM, this process's peak RSS (ru_maxrss would include the parent's, across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--messages", type=int, required=True)
    parser.add_argument("--samples", help="a directory of .eml files to cycle through")
    parser.add_argument("--size", type=int, default=20_000, help="synthetic message size")
    args = parser.parse_args()
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("the limit is measured against a sink on loopback only")

    messages = prepare(load_samples(args.samples, args.size), args.messages)
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    send_all(args.host, args.port, messages)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(
        json.dumps(
            {
                "messages": len(messages),
                "bytes": sum(len(head) + len(body) for _recipient, head, body in messages),
                "wall": wall,
                "cpu": cpu,
                "maxrss_kb": peak_rss_kb(),
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
