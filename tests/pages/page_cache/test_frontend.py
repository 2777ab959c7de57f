"""Purging the proxy in front (pages/core/page_cache/frontend.py) against a real HTTP server on
loopback: what it receives, and what a proxy that is down, hangs or refuses costs (a log line,
never an exception in the publish). The real Varnish is tested in tests/stack/."""

import logging
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings

from pages.core.page_cache.frontend import clear_frontend, purge_frontend

BACKEND = "pages.core.page_cache.frontend.PurgeBackend"


class RecordingProxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, status=200):
        self.requests = []
        self.status = status
        super().__init__(("127.0.0.1", 0), PurgeHandler)

    @property
    def location(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


class PurgeHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Varnish

    def do_PURGE(self):  # noqa: N802 (http.server's naming)
        self.server.requests.append((self.command, self.path, self.headers["Host"]))
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_BAN = do_PURGE  # noqa: N815

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy():
    servers = []

    def start(status=200):
        server = RecordingProxy(status)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def configured(location, **options):
    return override_settings(
        WAGTAILFRONTENDCACHE={"varnish": {"BACKEND": BACKEND, "LOCATION": location, **options}},
        WAGTAILFRONTENDCACHE_LANGUAGES=[],
    )


URLS = [
    "https://www.glokal.example/de/presse/",
    "https://www.glokal.example/en/press/?page=2&sector=3",
    "https://other.example:8443/pl/",
]


def test_each_url_is_purged_once_with_its_own_host(proxy):
    server = proxy()
    with configured(server.location):
        purge_frontend(URLS)
    assert sorted(server.requests) == sorted(
        [
            ("PURGE", "/de/presse/", "www.glokal.example"),
            ("PURGE", "/en/press/?page=2&sector=3", "www.glokal.example"),
            ("PURGE", "/pl/", "other.example:8443"),
        ]
    )


def test_without_a_frontend_cache_configured_nothing_is_sent(proxy, settings):
    server = proxy()
    # Wagtail's older setting would route purges to it; only WAGTAILFRONTENDCACHE turns it on.
    settings.WAGTAILFRONTENDCACHE_LOCATION = server.location
    if hasattr(settings, "WAGTAILFRONTENDCACHE"):
        del settings.WAGTAILFRONTENDCACHE
    purge_frontend(URLS)
    assert server.requests == []


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_proxy_that_is_down_costs_one_log_line_per_host(caplog):
    with configured(f"http://127.0.0.1:{closed_port()}"), caplog.at_level(logging.ERROR):
        purge_frontend(URLS)  # no exception
    errors = sorted(r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)
    assert len(errors) == 2, errors  # Wagtail batches by host: www.glokal.example, other.example
    assert "1 of 1 URLs not purged" in errors[0]
    assert "2 of 2 URLs not purged" in errors[1]


def test_a_proxy_that_hangs_holds_the_publish_for_the_timeout_only(caplog):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # accepts connections (the kernel does), never answers
    try:
        location = f"http://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        with configured(location, TIMEOUT=0.3), caplog.at_level(logging.ERROR):
            purge_frontend(URLS)
        assert time.monotonic() - started < 2
    finally:
        silent.close()
    assert any("not purged" in r.getMessage() for r in caplog.records)


def test_a_refused_purge_is_logged_with_the_urls(proxy, caplog):
    server = proxy(status=405)
    with configured(server.location), caplog.at_level(logging.ERROR):
        purge_frontend(URLS[:1])
    assert server.requests == [("PURGE", "/de/presse/", "www.glokal.example")]
    assert any(
        "refused 1 purges" in r.getMessage() and URLS[0] in r.getMessage() for r in caplog.records
    )


def test_clearing_bans_everything_the_proxy_keeps(proxy):
    server = proxy()
    with configured(server.location):
        clear_frontend()
    assert server.requests == [("BAN", "/", f"127.0.0.1:{server.server_address[1]}")]
