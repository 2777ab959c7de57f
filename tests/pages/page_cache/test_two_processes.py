"""Two gunicorn nodes and an editor's process on one Redis: what one stores the other serves,
and a publish anywhere is seen on every node at once (no per-process state in the cache)."""

import re

import pytest
import redis
from django.test import override_settings

from pages.core.page_cache import stats
from tests import factories
from tests.web_node import WebNode

pytestmark = [pytest.mark.slow]

REDIS_DB = 13  # of its own: the broker tests use another


@pytest.fixture
def shared_redis_cache(redis_broker):
    url = re.sub(r"/\d+$", "", redis_broker.rstrip("/")) + f"/{REDIS_DB}"
    client = redis.Redis.from_url(url)
    client.flushdb()
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    }
    # Django rebuilds its cache connections when CACHES changes (django.test.signals).
    with override_settings(CACHES=caches, GLOKAL_PAGE_CACHE_SECONDS=3600):
        yield url
    client.flushdb()
    client.close()


@pytest.fixture
def nodes(shared_db, shared_redis_cache, tmp_path):
    env = {"CACHE_URL": shared_redis_cache, "GLOKAL_PAGE_CACHE_SECONDS": "3600"}
    started = []
    try:
        for name in ("a", "b"):
            started.append(WebNode(tmp_path / f"node-{name}.log", **env).start())
        yield started
    finally:
        for node in started:
            node.stop()


# Behind the proxy every node gets the site's host name, not its own address.
SITE = {"Host": "testserver"}


def title_in(html):
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


def test_a_publish_on_one_process_is_seen_on_every_node_at_once(nodes, site_tree):
    node_a, node_b = nodes
    _home, press = site_tree
    release = factories.add_release(press, title="Kooperationstag in Görlitz")
    path = release.url

    status, first = node_a.get(path, SITE)
    assert status == 200 and title_in(first) == "Kooperationstag in Görlitz"
    _status, index_before = node_b.get(press.url, SITE)
    assert "Kooperationstag in Görlitz" in index_before
    # Node B serves what node A stored: the cache is shared, not per process.
    assert node_b.get(path, SITE)[1] == first
    assert stats.figures()["stores"] == 2  # the release and the index, counted in Redis

    release.title = "Kooperationstag in Görlitz und Zgorzelec"
    release.save_revision().publish()  # committed: the purge runs at once

    for node in (node_b, node_a):
        _status, html = node.get(path, SITE)
        assert title_in(html) == "Kooperationstag in Görlitz und Zgorzelec"
        assert "Kooperationstag in Görlitz und Zgorzelec" in node.get(press.url, SITE)[1]
