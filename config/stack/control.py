"""Bringing the stack up and down: one-off steps (database, certificate, migrations, static
files, roles, Site record, demo content, an admin), then the services in order, each waited
for until it answers."""

import contextlib
import json
import os
import shutil
import socket
import ssl
import subprocess
import time
import urllib.request

from .layout import BUCKET, DATABASE, DATABASE_ROLE, ROOT, Layout
from .processes import SERVICE_USER, Service, grant_traverse, service_user, wait_for
from .services import PYTHON, all_services

REQUIRED_COMMANDS = {
    "nginx": "nginx",
    "varnishd": "varnish",
    "redis-server": "redis-server",
    "openssl": "openssl",
    "psql": "postgresql-client",
    "setfacl": "acl",
    "setpriv": "util-linux",
}
ADMIN_USER = "stack-admin"


class StackError(Exception):
    """A reason the stack cannot start, for one line on the terminal."""


def check_tools():
    missing = [
        package for command, package in REQUIRED_COMMANDS.items() if not shutil.which(command)
    ]
    if missing:
        raise StackError(f"Install first: apt-get install {' '.join(sorted(set(missing)))}")


def own_state(layout, user):
    layout.state.mkdir(parents=True, exist_ok=True)
    for folder in ("var", "static", "run", "logs", "tls"):
        (layout.state / folder).mkdir(exist_ok=True)
    layout.secrets()
    if user:
        for path in [layout.state, *layout.state.rglob("*")]:
            os.chown(path, *user, follow_symlinks=False)


def certificate(layout):
    """A self-signed certificate for 127.0.0.1, so the site runs over HTTPS with secure
    cookies as in production (the test and curl accept it with --insecure)."""
    cert, key = layout.state / "tls" / "cert.pem", layout.state / "tls" / "key.pem"
    if cert.exists() and key.exists():
        return
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    key.chmod(0o600)


def psql(sql, database="postgres"):
    return subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-tAc", sql],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def ensure_database(name=DATABASE):
    """A role without superuser rights owning a database of its own on the machine's server."""
    if not psql(f"SELECT 1 FROM pg_roles WHERE rolname = '{DATABASE_ROLE}'"):
        psql(f'CREATE ROLE "{DATABASE_ROLE}" LOGIN')
    if not psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'"):
        psql(f'CREATE DATABASE "{name}" OWNER "{DATABASE_ROLE}"')


def drop_database(name):
    psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(layout, user, *args, env=None, check=True):
    """A management command as the service user, with the stack's environment."""
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "HOME": str(layout.state / "var"),
        **layout.django_environment(),
        **(env or {}),
    }
    options = {"user": user[0], "group": user[1], "extra_groups": []} if user else {}
    started = time.monotonic()
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        **options,
    )
    with open(layout.state / "logs" / "manage.log", "a") as log:
        seconds = time.monotonic() - started
        log.write(
            f"$ manage.py {' '.join(args)}  ({seconds:.1f} s)\n{result.stdout}{result.stderr}\n"
        )
    if check and result.returncode:
        raise StackError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result


def first_deploy(layout, user):
    """The steps of docs/deployment.md's first deploy; each is idempotent."""
    manage(layout, user, "migrate", "--noinput")
    manage(layout, user, "collectstatic", "--noinput", "--verbosity", "0")
    manage(layout, user, "setup_roles")
    manage(layout, user, "configure_site")
    if not psql(f"SELECT 1 FROM auth_user WHERE username = '{ADMIN_USER}'", layout.database):
        manage(layout, user, "load_demo", "--force")
        # The demo's accounts have published passwords: none of them can sign in here. The
        # stack's admin, made next, has a generated one.
        manage(
            layout, user, "shell", "-c",
            "from django.contrib.auth import get_user_model as m\n"
            "for u in m().objects.all():\n"
            "    u.set_unusable_password(); u.save()",
        )  # fmt: skip
        password = layout.secrets()["ADMIN_PASSWORD"]
        manage(
            layout, user, "createsuperuser", "--noinput", "--username", ADMIN_USER,
            "--email", "stack-admin@glokal.example",
            env={"DJANGO_SUPERUSER_PASSWORD": password},
        )  # fmt: skip


def insecure_https():
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def http_status(url, timeout=3):
    try:
        with urllib.request.urlopen(url, timeout=timeout, context=insecure_https()) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def redis_answers(layout):
    import redis

    return redis.Redis.from_url(layout.redis_url(0), socket_timeout=1).ping()


def bucket_answers(layout):
    import boto3

    secret = layout.secrets()
    client = boto3.client(
        "s3",
        endpoint_url=f"http://127.0.0.1:{layout.s3_port}",
        aws_access_key_id=secret["S3_ACCESS_KEY"],
        aws_secret_access_key=secret["S3_SECRET_KEY"],
        region_name="us-east-1",
    )
    # `weed mini` answers before it can create buckets; the first that succeeds counts.
    with contextlib.suppress(client.exceptions.BucketAlreadyOwnedByYou):
        client.create_bucket(Bucket=BUCKET)
    client.head_bucket(Bucket=BUCKET)
    return True


def port_open(port):
    with socket.create_connection(("127.0.0.1", port), timeout=1):
        return True


def log_says(layout, service, needle, count=1, since=0):
    text = service.log_path(layout.state).read_text(errors="replace")[since:]
    return text.count(needle) >= count


def readiness(layout, service, since):
    """A predicate saying when `service` answers."""
    name = service.name
    if name == "redis":
        return lambda: redis_answers(layout)
    if name == "s3":
        return lambda: bucket_answers(layout)
    if name == "smtp":
        return lambda: port_open(layout.smtp_port)
    if name.startswith("web"):
        port = layout.web_ports[int(name[3:]) - 1]
        return lambda: http_status(f"http://127.0.0.1:{port}/_health/ready/") == 200
    if name.startswith("worker"):
        return lambda: log_says(layout, service, " ready.", count=2, since=since)
    if name.startswith("beat"):
        return lambda: log_says(layout, service, "beat: Starting", since=since)
    if name == "varnish":
        return lambda: http_status(f"http://127.0.0.1:{layout.varnish_port}/_health/live/") == 200
    if name == "nginx":
        return lambda: http_status(f"{layout.base_url}/_health/live/") == 200
    raise ValueError(name)


def start_service(layout, user, service, timeout=90):
    log = service.log_path(layout.state)
    since = log.stat().st_size if log.exists() else 0
    if not service.start(layout.state, user):
        since = 0  # running already: its earlier start counts
    wait_for(readiness(layout, service, since), timeout, service.name, log=log)


def up(layout=None, demo=True):
    layout = layout or Layout.from_environment()
    check_tools()
    user = service_user()
    if user:
        opened = grant_traverse([os.path.realpath(PYTHON), ROOT / "manage.py"], user)
        if opened:
            print(f"Let {SERVICE_USER} traverse (ACL, x only): {', '.join(opened)}")
    own_state(layout, None)
    certificate(layout)
    services = all_services(layout)  # writes their configuration files
    own_state(layout, user)
    ensure_database(layout.database)
    by_name = {service.name: service for service in services}
    for name in ("redis", "s3", "smtp"):
        start_service(layout, user, by_name[name])
    if demo:
        first_deploy(layout, user)
    for service in services[3:]:
        start_service(layout, user, service)
    return layout


def down(layout=None):
    """Stop every service, last started first; returns {name: pids left} (empty when clean)."""
    layout = layout or Layout.from_environment()
    left = {}
    for service in reversed(all_services_for_stop(layout)):
        remaining = service.stop(layout.state)
        if remaining:
            left[service.name] = remaining
    return left


def all_services_for_stop(layout):
    """Every service with a pid file, including extras a test started (a second beat)."""
    known = {service.name: service for service in all_services(layout)}
    run = layout.state / "run"
    for pid_file in sorted(run.glob("*.pid")) if run.exists() else []:
        known.setdefault(pid_file.stem, Service(pid_file.stem, []))
    return list(known.values())


def status(layout=None):
    layout = layout or Layout.from_environment()
    return {service.name: service.running(layout.state) for service in all_services(layout)}


def summary(layout):
    return json.dumps(
        {
            "site": f"{layout.base_url}/de/",
            "admin": f"{layout.base_url}/admin/ (user {ADMIN_USER}, password: "
            f"ADMIN_PASSWORD in {layout.state / 'secrets.env'})",
            "logs": str(layout.state / "logs"),
            "mail": str(layout.state / "mail.jsonl"),
        },
        indent=2,
    )
