"""The stack's processes, built from its layout: what each runs and with which environment."""

import json
import os
import shutil
import sys
from pathlib import Path

from . import object_store as weed
from .layout import BUCKET, ROOT
from .processes import SERVICE_USER, Service

PYTHON = sys.executable
BIN = Path(sys.executable).parent


def redis(layout):
    folder = layout.state / "redis"
    folder.mkdir(parents=True, exist_ok=True)
    password = layout.secrets()["REDIS_PASSWORD"]
    # The broker's queues survive a restart (append-only file, flushed every second): a
    # restarted Redis still holds the digest batches' messages.
    return Service(
        "redis",
        [
            shutil.which("redis-server") or "/usr/bin/redis-server",
            "--bind",
            "127.0.0.1",
            "--port",
            str(layout.redis_port),
            "--requirepass",
            password,
            "--dir",
            str(folder),
            "--appendonly",
            "yes",
            "--appendfsync",
            "everysec",
            "--save",
            "",
            "--maxmemory-policy",
            "noeviction",
        ],
    )


def object_store_ports(layout):
    """S3 on the layout's port, the servers behind it next to it, gRPC 10 above each."""
    base = layout.s3_port
    order = ("s3", "master", "volume", "filer", "admin")
    return {name: (base + index, base + 10 + index) for index, name in enumerate(order)}


def object_store(layout):
    folder = layout.state / "s3"
    folder.mkdir(parents=True, exist_ok=True)
    secret = layout.secrets()
    # nginx reads images and renditions anonymously; documents need the key (and Wagtail's
    # serve view, which checks collection privacy).
    rules = weed.identities(
        secret["S3_ACCESS_KEY"],
        secret["S3_SECRET_KEY"],
        public_read=[f"{BUCKET}/original_images", f"{BUCKET}/images"],
    )
    config = folder / "identities.json"
    config.touch()
    config.chmod(0o600)
    config.write_text(json.dumps(rules))
    return Service(
        "s3", weed.command(str(BIN / "weed"), folder, object_store_ports(layout), config)
    )


def smtp_sink(layout):
    return Service(
        "smtp",
        [
            PYTHON,
            "-m",
            "tests.smtp_sink",
            "--port",
            str(layout.smtp_port),
            "--record",
            str(layout.state / "mail.jsonl"),
        ],
        env={"PYTHONUNBUFFERED": "1", "PYTHONDONTWRITEBYTECODE": "1"},
    )


def web_node(layout, number):
    port = layout.web_ports[number - 1]
    return Service(
        f"web{number}",
        [
            str(BIN / "gunicorn"),
            "--config",
            str(ROOT / "config" / "gunicorn.py"),
            "--bind",
            f"127.0.0.1:{port}",
            "--name",
            f"glokal-web{number}",
        ],
        env={**layout.django_environment(), "WEB_CONCURRENCY": "2", "GLOKAL_NODE": f"web{number}"},
    )


def worker_node(layout, number):
    """One worker host: a digests worker and a worker for the short and translation tasks,
    tuned apart (config/settings/base.py says why), in one process group like one machine."""
    celery = f"{PYTHON} -m celery -A config worker --loglevel INFO"
    digests = (
        f"{celery} --queues digests --hostname digests@node{number} --concurrency 2"
        " --prefetch-multiplier 1 -O fair"
    )
    other = (
        f"{celery} --queues default,translations --hostname default@node{number}"
        " --concurrency 1 --prefetch-multiplier 4"
    )
    return Service(
        f"worker{number}",
        ["/bin/sh", "-c", f"{digests} & {other} & wait"],
        env={**layout.django_environment(), "GLOKAL_NODE": f"worker{number}"},
    )


def beat(layout, name="beat"):
    return Service(
        name,
        [PYTHON, "-m", "celery", "-A", "config", "beat", "--loglevel", "INFO"],
        env={**layout.django_environment(), "GLOKAL_NODE": name},
    )


def varnish(layout):
    """The HTTP cache between nginx and the nodes (config/stack/varnish.vcl.template), as the
    service user: its listeners are above 1024 and it needs no jail of root's."""
    folder = layout.state / "varnish"
    folder.mkdir(parents=True, exist_ok=True)
    vcl = Path(__file__).with_name("varnish.vcl.template").read_text()
    for name, value in {
        "WEB1_PORT": layout.web_ports[0],
        "WEB2_PORT": layout.web_ports[1],
    }.items():
        vcl = vcl.replace(f"@{name}@", str(value))
    (folder / "default.vcl").write_text(vcl)
    return Service(
        "varnish",
        [
            shutil.which("varnishd") or "/usr/sbin/varnishd",
            "-F",  # in the foreground, in its process group like every other service
            "-j", "none",
            "-n", str(folder / "work"),
            "-f", str(folder / "default.vcl"),
            "-a", f"public=127.0.0.1:{layout.varnish_port},HTTP",
            "-a", f"purge=127.0.0.1:{layout.varnish_purge_port},HTTP",
            "-T", f"127.0.0.1:{layout.varnish_admin_port}",
            "-s", "malloc,128m",
        ],
    )  # fmt: skip


def proxy(layout):
    folder = layout.state / "nginx"
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    template = (Path(__file__).with_name("nginx.conf.template")).read_text()
    (folder / "nginx.conf").write_text(
        template.format(
            state=layout.state,
            varnish_port=layout.varnish_port,
            http_port=layout.http_port,
            https_port=layout.https_port,
            https_suffix="" if layout.https_port == 443 else f":{layout.https_port}",
            user_line=f"user {SERVICE_USER} {SERVICE_USER};" if os.geteuid() == 0 else "",
            host="127.0.0.1",
            s3_url=f"http://127.0.0.1:{layout.s3_port}",
            s3_port=layout.s3_port,
            bucket=BUCKET,
        )
    )
    return Service(
        "nginx",
        [
            shutil.which("nginx") or "/usr/sbin/nginx",
            "-p",
            str(folder),
            "-e",
            str(folder / "error.log"),
            "-c",
            str(folder / "nginx.conf"),
            "-g",
            "daemon off;",
        ],
        privileged=True,
    )


def all_services(layout):
    """In start order; `down` stops them in reverse."""
    return [
        redis(layout),
        object_store(layout),
        smtp_sink(layout),
        web_node(layout, 1),
        web_node(layout, 2),
        worker_node(layout, 1),
        worker_node(layout, 2),
        beat(layout),
        varnish(layout),
        proxy(layout),
    ]
