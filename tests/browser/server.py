"""Serve the site with demo content from a database of its own, for the browser tests and the
page-weight benchmark.

The browser talks to a real server process, not to pytest-django's test database: the demo
content takes a minute or two to load, so it is loaded once (`prepare`) into a template and
every server gets a copy (`clone`), which is quick:

- SQLite: a file; copies through SQLite's backup API (consistent even in WAL mode).
- PostgreSQL (DATABASE_URL set): a database `<name>_browser_<run>` on the same server, copied
  with `CREATE DATABASE … TEMPLATE …`; the copies are `<name>_browser_<run>_<worker>`.

The server is gunicorn (one process, threads: the rate limits and the cache live in its
memory) with `tests.browser.settings` on a free loopback port; mail goes to a folder as files.

`python -m tests.browser.server facts` prints the demo facts (page URLs per language) as JSON;
it runs in a subprocess with the served database because the test process has no Django
database of its own.
"""

import contextlib
import ctypes
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parents[2]
SETTINGS = "tests.browser.settings"
PYTHON = sys.executable

# Debian's Chromium (apt package `chromium`), launched by Playwright by its path: no browser
# download. Flags: no sandbox (CI runs as root in a container), nothing that phones home.
CHROMIUM = os.environ.get("GLOKAL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


# --- Databases -----------------------------------------------------------------------------


def postgres_url():
    """The DATABASE_URL when it names PostgreSQL, else None (SQLite)."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://", "pgsql://")) else None


def with_database_name(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def database_name(url):
    return urlsplit(url).path.lstrip("/")


@contextlib.contextmanager
def maintenance_connection(url):
    """An autocommit connection to the server's `postgres` database (CREATE/DROP DATABASE)."""
    import psycopg

    parts = urlsplit(with_database_name(url, "postgres"))
    connection = psycopg.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username,
        password=parts.password,
        dbname="postgres",
        autocommit=True,
    )
    try:
        yield connection
    finally:
        connection.close()


def quote_ident(name):
    return '"' + name.replace('"', '""') + '"'


@dataclass
class Database:
    """One database the site can run on: `url` is its DATABASE_URL."""

    url: str
    sqlite_path: Path | None = None

    @classmethod
    def for_name(cls, directory, name):
        """A database called `name`: PostgreSQL when DATABASE_URL says so, else a SQLite file
        in `directory`."""
        base = postgres_url()
        if base:
            prefix = database_name(base) or "glokal"
            return cls(with_database_name(base, f"{prefix}_{name}"[:63]))
        path = Path(directory) / f"{name}.sqlite3"
        return cls(f"sqlite:///{path}", sqlite_path=path)

    @property
    def name(self):
        return database_name(self.url)

    def exists(self):
        if self.sqlite_path:
            return self.sqlite_path.exists()
        with maintenance_connection(self.url) as connection:
            row = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [self.name]
            ).fetchone()
        return row is not None

    def create_empty(self):
        self.drop()
        if not self.sqlite_path:
            with maintenance_connection(self.url) as connection:
                connection.execute(f"CREATE DATABASE {quote_ident(self.name)}")

    def clone_to(self, target):
        """Copy this database to `target` (replacing it)."""
        target.drop()
        if self.sqlite_path:
            source = sqlite3.connect(self.sqlite_path)
            copy = sqlite3.connect(target.sqlite_path)
            try:
                source.backup(copy)
            finally:
                copy.close()
                source.close()
            return
        with maintenance_connection(self.url) as connection:
            connection.execute(
                f"CREATE DATABASE {quote_ident(target.name)} TEMPLATE {quote_ident(self.name)}"
            )

    def drop(self):
        if self.sqlite_path:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.sqlite_path}{suffix}").unlink(missing_ok=True)
            return
        with maintenance_connection(self.url) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {quote_ident(self.name)} WITH (FORCE)")


# --- Running Django commands against a served database ----------------------------------


def site_environment(database, media_root, outbox=None, base_url="http://127.0.0.1:8000"):
    """The environment of every process that works on `database`: the browser settings, its
    DATABASE_URL and the shared media folder."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": database.url,
        "DJANGO_MEDIA_ROOT": str(media_root),
        "GLOKAL_PUBLIC_BASE_URL": base_url,
        "WAGTAILADMIN_BASE_URL": base_url,
        "PYTHONUNBUFFERED": "1",
    }
    if outbox is not None:
        environment["EMAIL_FILE_PATH"] = str(outbox)
    # Tasks run in-process (an inherited broker URL would send them to a worker that
    # does not know this database).
    environment.pop("CELERY_BROKER_URL", None)
    environment.pop("CACHE_URL", None)
    return environment


def run_manage(args, environment, log):
    """`manage.py <args>` in the project folder; output appended to `log`; raises with the
    log's tail on failure."""
    started = time.monotonic()
    with open(log, "a") as output:
        output.write(f"\n$ manage.py {' '.join(args)}\n")
        output.flush()
        result = subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=BASE_DIR,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{tail(log)}")
    return time.monotonic() - started


def tail(path, lines=40):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def prepare(database, media_root, log):
    """Migrate `database` and load the demo content into it; returns the demo facts and the
    seconds each step took."""
    database.create_empty()
    shutil.rmtree(media_root, ignore_errors=True)
    Path(media_root).mkdir(parents=True)
    environment = site_environment(database, media_root)
    timings = {
        "migrate": run_manage(["migrate", "--noinput", "-v0"], environment, log),
        # --force: DEBUG is off in these settings; the demo admin password is harmless here.
        "load_demo": run_manage(["load_demo", "--force"], environment, log),
    }
    result = subprocess.run(
        [PYTHON, "-m", "tests.browser.server", "facts"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"collecting the demo facts failed:\n{result.stderr[-4000:]}")
    return json.loads(result.stdout), timings


# --- The server ----------------------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _die_with_parent():
    """In the server process, before exec: get SIGTERM when the test process ends, even if it
    is killed without cleaning up (Linux; elsewhere the fixture's teardown has to do)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@dataclass
class Server:
    """A running site: `url` (no trailing slash), its `outbox` folder and log file."""

    url: str
    outbox: Path
    log: Path
    process: subprocess.Popen = field(repr=False)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(database, media_root, work_dir, threads=8, attempts=3):
    """Start gunicorn on `database` and wait until it answers; returns a `Server`."""
    work_dir = Path(work_dir)
    outbox = work_dir / "outbox"
    outbox.mkdir(parents=True, exist_ok=True)
    log = work_dir / "server.log"
    error = None
    for _attempt in range(attempts):
        port = free_port()  # another process may take it before gunicorn binds: retried
        url = f"http://127.0.0.1:{port}"
        environment = site_environment(database, media_root, outbox, base_url=url)
        with open(log, "a") as output:
            process = subprocess.Popen(
                [
                    PYTHON,
                    "-m",
                    "gunicorn",
                    "config.wsgi:application",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "1",
                    "--worker-class",
                    "gthread",
                    "--threads",
                    str(threads),
                    "--timeout",
                    "120",
                    "--graceful-timeout",
                    "5",
                ],
                cwd=BASE_DIR,
                env=environment,
                stdout=output,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent,
            )
        server = Server(url=url, outbox=outbox, log=log, process=process)
        try:
            wait_until_serving(server)
            return server
        except RuntimeError as problem:
            server.stop()
            error = problem
    raise error


def wait_until_serving(server, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"the site's server exited:\n{tail(server.log)}")
        try:
            with urllib.request.urlopen(f"{server.url}/robots.txt", timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the site did not answer within {timeout} s:\n{tail(server.log)}")


# --- Demo facts ----------------------------------------------------------------------------

LANGUAGES = ("de", "en", "pl", "cs")
# The public page types the browser tests and the page-weight benchmark visit.
PAGE_TYPES = (
    "home",
    "press-index",
    "release",
    "calendar",
    "event",
    "offer-index",
    "offer",
    "stories",
    "story",
    "standard",
    "newsletter",
)


def collect_facts():
    """Page URLs (paths) per language for every public page type, from the served database.

    For each type the first live German page (in tree order) that is live in all four
    languages, so every test finds the same page; events and offers must also still be
    current (an upcoming date; valid, so inquiries are accepted)."""
    import django

    django.setup()
    from django.utils import timezone
    from wagtail.models import Page

    from pages.models import (
        CooperationOfferIndexPage,
        CooperationOfferPage,
        EventCalendarPage,
        EventPage,
        HomePage,
        StandardPage,
        SuccessStoryIndexPage,
        SuccessStoryPage,
    )
    from press.models import PressReleaseIndexPage, PressReleasePage

    today = timezone.localdate()

    def translated(queryset):
        for page in queryset.live().filter(locale__language_code="de").order_by("path"):
            urls, titles = {}, {}
            for version in page.get_translations(inclusive=True).live().specific():
                code = version.locale.language_code
                urls[code] = version.get_url()
                titles[code] = version.title
            if all(code in urls for code in LANGUAGES):
                return {"urls": urls, "titles": titles, "id": page.pk}
        return None

    upcoming_events = EventPage.objects.filter(dates__start__date__gte=today).distinct()
    current_offers = CooperationOfferPage.objects.filter(valid_until__gte=today)
    page_types = {
        "home": translated(HomePage.objects.all()),
        "press-index": translated(PressReleaseIndexPage.objects.all()),
        "release": translated(PressReleasePage.objects.all()),
        "calendar": translated(EventCalendarPage.objects.all()),
        "event": translated(upcoming_events),
        "offer-index": translated(CooperationOfferIndexPage.objects.all()),
        "offer": translated(current_offers),
        "stories": translated(SuccessStoryIndexPage.objects.all()),
        "story": translated(SuccessStoryPage.objects.all()),
        "standard": translated(StandardPage.objects.all()),
    }
    missing = sorted(name for name, facts in page_types.items() if facts is None)
    if missing:
        raise SystemExit(f"demo content lacks a page live in all languages for: {missing}")
    from django.urls import reverse
    from django.utils import translation

    newsletter = {"urls": {}, "titles": {}, "id": None}
    for code in LANGUAGES:
        with translation.override(code):
            newsletter["urls"][code] = reverse("newsletter:signup")
    page_types["newsletter"] = newsletter
    # Standard pages the issue asks for by name, when the demo has them (by slug of the
    # German page): found, they give the tests a second standard page to look at.
    extra = {}
    for page in StandardPage.objects.live().filter(locale__language_code="de"):
        extra[page.slug] = {
            t.locale.language_code: t.get_url()
            for t in page.get_translations(inclusive=True).live()
        }
    return {"page_types": page_types, "standard_pages": extra, "total_pages": Page.objects.count()}


if __name__ == "__main__":
    if sys.argv[1:] == ["facts"]:
        sys.path.insert(0, str(BASE_DIR))
        json.dump(collect_facts(), sys.stdout)
    else:
        raise SystemExit("usage: python -m tests.browser.server facts")
