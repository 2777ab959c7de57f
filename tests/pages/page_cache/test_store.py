"""The entries and their tag index (pages/core/page_cache/store.py), on the embedded file cache
and on Redis."""

import re
import time

import pytest
import redis
from django.test import override_settings

from pages.core.page_cache import store


@pytest.fixture(params=["file", "redis"])
def backend(request):
    if request.param == "file":
        yield "file"  # the test settings' cache
        return
    url = re.sub(r"/\d+$", "", request.getfixturevalue("redis_broker").rstrip("/")) + "/12"
    client = redis.Redis.from_url(url)
    client.flushdb()
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    }
    with override_settings(CACHES=caches):
        yield "redis"
    client.flushdb()
    client.close()


def save(key, tags, started=None):
    entry = {"url": f"http://testserver/{key}/", "content": key.encode()}
    started = time.time() if started is None else started
    return store.save(key, entry, 60, entry["url"], set(tags), started, 60)


def test_a_purge_drops_exactly_the_entries_that_used_the_tag(backend):
    assert save("a", {"page:1", "type:press.pressreleasepage"})
    assert save("b", {"page:2", "type:press.pressreleasepage"})
    assert save("c", {"page:3"})
    purged, indexed = store.purge({"page:1"})
    assert purged == indexed == ["http://testserver/a/"]
    assert store.get("a") is None and store.get("b") is not None
    purged, indexed = store.purge({"type:press.pressreleasepage"})
    assert purged == ["http://testserver/b/"]  # a was gone already
    assert indexed == ["http://testserver/a/", "http://testserver/b/"]  # the proxy hears both
    assert store.get("c") is not None


def test_a_render_that_began_before_a_purge_of_its_tags_is_not_stored(backend):
    started = time.time() - 1
    store.purge({"page:7"})
    assert not save("stale", {"page:7", "menu:1"}, started=started)
    assert store.get("stale") is None
    assert save("fresh", {"page:7"})  # a render that began after the purge is fine


def test_clear_all_drops_every_entry(backend):
    for key in ("x", "y", "z"):
        save(key, {f"page:{key}"})
    purged, _indexed = store.clear_all()
    assert len(purged) == 3
    assert all(store.get(key) is None for key in ("x", "y", "z"))
    assert store.clear_all() == ([], [])
