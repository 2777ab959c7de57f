"""The S3 server of the tests and the stack (tests/s3_server.py) answers only on loopback,
only with its key, and creates no bucket on its own."""

import time
import urllib.error
import urllib.request

import pytest
from botocore.exceptions import ClientError

from tests.s3_server import listening_sockets


def test_every_port_of_the_s3_server_is_on_loopback_and_one_it_was_given(s3_server):
    configured = {port for pair in s3_server.ports.values() for port in pair}
    # The admin's web port opens a moment after S3 answers.
    deadline = time.monotonic() + 5
    while True:
        sockets = listening_sockets(s3_server.process.pid)
        if {port for _, _, port in sockets} >= configured or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert s3_server.ports["s3"][0] in {port for _, _, port in sockets}
    assert {address for _, address, _ in sockets} == {"127.0.0.1"}
    assert {port for _, _, port in sockets} <= configured


def test_the_s3_server_wants_its_key_and_never_creates_a_bucket_on_write(s3_server, s3_bucket):
    s3_server.client().put_object(Bucket=s3_bucket, Key="a.txt", Body=b"a")
    with pytest.raises(urllib.error.HTTPError) as anonymous:
        urllib.request.urlopen(f"{s3_server.endpoint_url}/{s3_bucket}/a.txt", timeout=5)
    assert anonymous.value.code == 403
    with pytest.raises(ClientError, match="NoSuchBucket"):
        s3_server.client().put_object(Bucket="never-created", Key="a.txt", Body=b"a")
