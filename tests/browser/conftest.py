"""The browser test harness: Debian's Chromium, driven by Playwright, against the site served
with demo content by a real server process (tests/browser/server.py).

These tests use no pytest-django database (never request `db`): the served site has a
database of its own, prepared once per test run (migrate + load_demo, shared by the xdist
workers through a lock file) and copied for each worker's server. The test process only
talks HTTP to it and reads the mail files it writes.

Fixtures:

- `site_url` (session): the server's address, e.g. "http://127.0.0.1:41234" (no slash).
- `demo` (session): facts about the demo content, a `Demo`:
  `demo.PAGE_TYPES` ("home", "press-index", "release", "calendar", "event", "offer-index",
  "offer", "stories", "story", "standard", "newsletter"); `demo.url(page_type, language)`
  (absolute URL of that page type's sample page, the same page in every language: a press
  release, event, offer… live in de, en, pl and cs; the event is upcoming, the offer valid);
  `demo.path(page_type, language)`; `demo.title(page_type, language)`;
  `demo.standard_pages` ({German slug: {language: path}}) for named standard pages.
- `outbox` (function): the mail the server sent, an `Outbox`: `outbox.messages(to=None)`
  (email.message.EmailMessage objects), `outbox.wait_for(to, count=1, timeout=15)`,
  `outbox.text(message)` (the plain-text body). Workers share nothing, but the tests of one
  worker share its server: filter by a `unique_email()` address of your own.
- `browser` (module): a Playwright `Browser` (Debian Chromium at $GLOKAL_CHROMIUM or
  /usr/bin/chromium, headless, fresh profile). Module-scoped: Playwright's event loop must not
  outlive the module, or Django code in later (non-browser) tests of the same worker would
  refuse to run ("async context").
- `new_page` (function): `new_page(language="en", width=1280, height=900, **context_options)`
  opens a new browser context (own cookies; `locale` and Accept-Language for the language;
  `base_url` = site_url, so `page.goto("/de/")` works; any other `browser.new_context`
  option, e.g. `bypass_csp=True` for axe) and returns its page. Closed after the test.
- `page` (function): `new_page()`: English, 1280 × 900.
- `ui_text` (session): `ui_text(language, msgid)` — a UI string as the server renders it in
  that language (the project's catalogues, as the server uses them), to assert on visible
  text without hard-coding translations.
- `unique_email()` (plain function): a fresh address at example.org.

Failed tests get the server's log lines written during the test as a report section.
Chromium missing: the tests are skipped, except in CI (CI=true), where they fail.
Set GLOKAL_BROWSER_KEEP=1 to keep the run's folder (databases, server logs, outbox), and
GLOKAL_BROWSER_RUN=<name> as well to reuse a prepared site in later runs (no demo loading).
"""

import contextlib
import email
import email.policy
import fcntl
import json
import os
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from . import server as site_server

CHROMIUM = site_server.CHROMIUM
CHROMIUM_ARGS = site_server.CHROMIUM_ARGS
BROWSER_LOCALES = {"de": "de-DE", "en": "en-GB", "pl": "pl-PL", "cs": "cs-CZ"}
DEFAULT_TIMEOUT_MS = 15_000


def in_ci():
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


# --- One preparation per test run, shared by the xdist workers ----------------------------

# GLOKAL_BROWSER_RUN=<name> with GLOKAL_BROWSER_KEEP=1 reuses one prepared site across test
# runs while you work on the tests (delete /tmp/glokal-browser-<name> when the demo changes).
_RUN_ID = (
    os.environ.get("GLOKAL_BROWSER_RUN")
    or os.environ.get("PYTEST_XDIST_TESTRUNUID")
    or uuid.uuid4().hex
)
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")


def run_dir():
    """The folder this test run's workers share (template database, media, state)."""
    folder = Path(tempfile.gettempdir()) / f"glokal-browser-{_RUN_ID[:12]}"
    folder.mkdir(exist_ok=True)
    return folder


@contextlib.contextmanager
def run_lock():
    with open(run_dir() / "lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def read_state():
    path = run_dir() / "state.json"
    return json.loads(path.read_text()) if path.exists() else {}


def write_state(state):
    (run_dir() / "state.json").write_text(json.dumps(state))


def template_database():
    return site_server.Database.for_name(run_dir(), f"browser_{_RUN_ID[:8]}")


def prepare_template():
    """Under the run lock: the template database with demo content, made by the first worker
    that needs it. A failure is recorded, so the other workers fail fast with its message."""
    state = read_state()
    if "facts" in state or "error" in state:
        return state
    started = time.monotonic()
    try:
        facts, timings = site_server.prepare(
            template_database(), run_dir() / "media", run_dir() / "prepare.log"
        )
    except Exception as error:  # noqa: BLE001 - recorded for the other workers
        state["error"] = str(error)
    else:
        timings["total"] = time.monotonic() - started
        state.update(facts=facts, timings=timings, prepared_by=WORKER)
    write_state(state)
    return state


@dataclass
class BrowserSite:
    server: site_server.Server
    demo: "Demo"
    timings: dict


@pytest.fixture(scope="session")
def browser_site():
    with run_lock():
        state = prepare_template()
        if "error" in state:
            pytest.fail(f"preparing the demo site failed: {state['error']}", pytrace=False)
        database = site_server.Database.for_name(run_dir(), f"browser_{_RUN_ID[:8]}_{WORKER}")
        template_database().clone_to(database)
    work_dir = run_dir() / WORKER
    server = site_server.start_server(database, run_dir() / "media", work_dir)
    try:
        yield BrowserSite(server, Demo(state["facts"], server.url), state["timings"])
    finally:
        server.stop()
        with contextlib.suppress(Exception):
            database.drop()


def pytest_sessionfinish(session):
    """Each worker signs off; the last one removes the run's folder and, on PostgreSQL, the
    template database (the copies are dropped by each worker's fixture).

    Every worker counts, also one that ran no browser test: it may finish before another
    worker has even started preparing the site, so "the folder exists" cannot tell who is
    last. (The xdist controller runs no tests and does not count.)"""
    config = session.config
    distributing = getattr(config.option, "numprocesses", None) and not hasattr(
        config, "workerinput"
    )
    if distributing:
        return
    folder = run_dir()
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    with run_lock():
        state = read_state()
        state["finished"] = state.get("finished", 0) + 1
        write_state(state)
        last = state["finished"] >= workers
        if last and "facts" in state and not os.environ.get("GLOKAL_BROWSER_KEEP"):
            with contextlib.suppress(Exception):
                template_database().drop()
    if last and not os.environ.get("GLOKAL_BROWSER_KEEP"):
        shutil.rmtree(folder, ignore_errors=True)


# --- Facts, mail, UI strings ---------------------------------------------------------------


class Demo:
    """Where the demo content's sample pages are, per page type and language."""

    PAGE_TYPES = site_server.PAGE_TYPES
    LANGUAGES = site_server.LANGUAGES

    def __init__(self, facts, site_url):
        self.facts = facts
        self.site_url = site_url
        self.standard_pages = facts["standard_pages"]

    def path(self, page_type, language):
        return self.facts["page_types"][page_type]["urls"][language]

    def url(self, page_type, language):
        return self.site_url + self.path(page_type, language)

    def title(self, page_type, language):
        return self.facts["page_types"][page_type]["titles"].get(language)


class Outbox:
    """The mail files the server's filebased backend writes: one file per connection, each
    message followed by a line of 79 dashes."""

    SEPARATOR = b"\n" + b"-" * 79 + b"\n"

    def __init__(self, folder):
        self.folder = Path(folder)

    def messages(self, to=None):
        found = []
        for path in sorted(self.folder.glob("*"), key=lambda p: p.stat().st_mtime_ns):
            for chunk in path.read_bytes().split(self.SEPARATOR):
                if chunk.strip():
                    message = email.message_from_bytes(chunk, policy=email.policy.default)
                    if to is None or to.lower() in str(message.get("To", "")).lower():
                        found.append(message)
        return found

    def wait_for(self, to, count=1, timeout=15):
        deadline = time.monotonic() + timeout
        while True:
            found = self.messages(to=to)
            if len(found) >= count or time.monotonic() > deadline:
                assert len(found) >= count, f"expected {count} mail(s) to {to}, got {len(found)}"
                return found
            time.sleep(0.2)

    @staticmethod
    def text(message):
        part = message.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""


@pytest.fixture(scope="session")
def site_url(browser_site):
    return browser_site.server.url


@pytest.fixture(scope="session")
def demo(browser_site):
    return browser_site.demo


@pytest.fixture
def outbox(browser_site):
    return Outbox(browser_site.server.outbox)


@pytest.fixture(scope="session")
def ui_text():
    from django.utils import translation

    def text(language, msgid):
        with translation.override(language):
            return str(translation.gettext(msgid))

    return text


# --- The browser ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        message = f"Chromium not found at {CHROMIUM} (apt install chromium; or set GLOKAL_CHROMIUM)"
        if in_ci():
            pytest.fail(message + " (required in CI)", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # launch() gives every browser a fresh, temporary profile (user-data-dir).
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_page(browser, site_url):
    contexts = []

    def open_page(language="en", width=1280, height=900, **options):
        options.setdefault("locale", BROWSER_LOCALES.get(language, language))
        options.setdefault("viewport", {"width": width, "height": height})
        options.setdefault("base_url", site_url)
        context = browser.new_context(**options)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        with contextlib.suppress(Exception):
            context.close()


@pytest.fixture
def page(new_page):
    return new_page()


# --- Reporting -----------------------------------------------------------------------------


def pytest_collection_modifyitems(config, items):
    """Every test in this folder is marked `browser` (deselect with -m "not browser")."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: runs in Chromium against the served demo site")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On failure, add what the server logged during the test (tracebacks of 500s)."""
    outcome = yield
    report = outcome.get_result()
    site = getattr(item, "funcargs", {}).get("browser_site")
    if report.failed and site is not None:
        start = item.stash.get(_LOG_OFFSET, 0)
        with contextlib.suppress(OSError), open(site.server.log, "rb") as log:
            log.seek(start)
            text = log.read().decode(errors="replace")[-8000:]
            if text.strip():
                report.sections.append(("server log", text))


_LOG_OFFSET = pytest.StashKey[int]()


@pytest.fixture(autouse=True)
def _server_log_offset(request):
    """Remember where the server log stood when a test started (for the failure section)."""
    if "browser_site" in request.fixturenames:
        site = request.getfixturevalue("browser_site")
        with contextlib.suppress(OSError):
            request.node.stash[_LOG_OFFSET] = site.server.log.stat().st_size
