"""Helpers every test folder shares (fixtures live in conftest.py files, factories in
tests/factories.py)."""

import contextlib
import logging
import time

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def query_count(client, url, query=None):
    """The queries of one GET of `url`, which must answer 200."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, query or {})
    assert response.status_code == 200, url
    return len(queries)


def warm_query_count(client, url):
    """The queries of a GET of `url` once a first GET has warmed what is cached (renditions
    created, menus and filter choices cached): what every later visitor costs."""
    client.get(url)
    return query_count(client, url)


def strings_in(data):
    """Every string inside a JSON document (API answers carry HTML in strings)."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from strings_in(value)
    elif isinstance(data, list):
        for value in data:
            yield from strings_in(value)


def url_routes(prefix=""):
    """(route, URLPattern) of every URL pattern whose full route starts with `prefix`, read
    from the URL resolver, so a view added later is found without anyone listing it."""
    from django.urls import URLPattern, URLResolver, get_resolver

    def walk(resolver, start):
        for entry in resolver.url_patterns:
            route = start + str(entry.pattern)
            if isinstance(entry, URLResolver):
                yield from walk(entry, route)
            elif isinstance(entry, URLPattern) and route.startswith(prefix):
                yield route, entry

    return list(walk(get_resolver(), ""))


def wait_until(predicate, timeout=30.0, interval=0.1, message="condition"):
    """Poll `predicate` until it returns something true (which is returned); fail after
    `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(interval)
    raise AssertionError(f"Timed out after {timeout} s waiting for {message}")


@contextlib.contextmanager
def log_records(level=logging.WARNING):
    """The records of `level` and above that reach the root logger meanwhile, with the site's
    request id filter applied as LOGGING applies it to the console."""
    from config.request_id import RequestIdFilter

    collected = []

    class Collect(logging.Handler):
        def emit(self, record):
            collected.append(record)

    handler = Collect(level=level)
    handler.addFilter(RequestIdFilter())
    logging.getLogger().addHandler(handler)
    try:
        yield collected
    finally:
        logging.getLogger().removeHandler(handler)
