"""Cached responses and the tag index that finds them again.

An entry is one response (status, headers, body, validators, URL, tags) under its key
(keys.py). The index maps each tag to the entries that used it, as "<entry key> <URL>"
members: purging a tag deletes exactly those entries and yields their URLs for the proxy in
front. Every entry is also indexed under ALL, which is how the admin clears the whole cache.

On Redis the index is a set per tag (SADD/SMEMBERS are atomic across web and worker nodes).
Other shared caches (the embedded file cache) keep a set per tag as an ordinary value, changed
under a lock file beside the cache, so `publish_scheduled` or a worker purges what runserver
stored. A per-process memory cache gets a thread lock: it cannot be purged from elsewhere,
which pages/core/cache.py already says of it.

The race this guards against: a render reads the old content, the publish commits and purges,
then the render stores what it read. A purge therefore leaves a stamp per tag for a while, and
an entry whose render began before the stamp of one of its tags is not stored.
"""

import fcntl
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from django.core.cache import cache
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache

PREFIX = "glokal:page-cache:"
ALL = "*"
# Longer than any render takes; a stamp only has to outlive the renders running at the purge.
PURGE_STAMP_SECONDS = 10 * 60
# An index set outlives its entries by this much, then expires with them.
INDEX_MARGIN_SECONDS = 60


def tag_key(tag: str) -> str:
    return f"{PREFIX}tag:{tag}"


def stamp_key(tag: str) -> str:
    return f"{PREFIX}purged:{tag}"


def get(key: str):
    return cache.get(key)


def save(key, entry, timeout, url, tags, render_started, index_timeout):
    """Store `entry` for `timeout` seconds unless one of its tags was purged after its render
    began; True if stored. Index sets live `index_timeout` (the longest an entry can)."""
    tags = set(tags) | {ALL}
    stamps = cache.get_many([stamp_key(tag) for tag in tags])
    if any(stamp >= render_started for stamp in stamps.values()):
        return False
    cache.set(key, entry, timeout)
    _index().add(tags, f"{key} {url}", index_timeout + INDEX_MARGIN_SECONDS)
    return True


def purge(tags: set[str]) -> tuple[list[str], list[str]]:
    """Delete every entry that used one of `tags`: (the URLs of the entries that were still
    stored, the URLs of all indexed ones, for the proxy, which may hold a response this cache
    has already evicted or purged under another tag)."""
    if not tags:
        return [], []
    now = time.time()
    cache.set_many({stamp_key(tag): now for tag in tags}, PURGE_STAMP_SECONDS)
    members = _index().pop(tags)
    url_of = {}
    for member in members:
        key, _, url = member.partition(" ")
        url_of[key] = url
    stored = _delete(sorted(url_of))
    return sorted({url_of[key] for key in stored}), sorted(set(url_of.values()))


def clear_all() -> tuple[list[str], list[str]]:
    """Drop every entry (the admin's action): as purge()."""
    return purge({ALL})


def _delete(keys: list[str]) -> list[str]:
    """Delete `keys`; those that existed."""
    if not keys:
        return []
    backend = _backend()
    if isinstance(backend, RedisCache):
        with _redis().pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.delete(backend.make_and_validate_key(key))
            results = pipe.execute()
        return [key for key, deleted in zip(keys, results, strict=True) if deleted]
    return [key for key in keys if cache.delete(key)]


def _backend():
    from django.core.cache import caches

    return caches["default"]


def _redis():
    return _backend()._cache.get_client(write=True)


# --- The tag index --------------------------------------------------------------------------


class RedisIndex:
    def add(self, tags, member, timeout):
        client = _redis()
        with client.pipeline(transaction=False) as pipe:
            for tag in tags:
                name = _backend().make_and_validate_key(tag_key(tag))
                pipe.sadd(name, member)
                pipe.expire(name, timeout)
            pipe.execute()

    def pop(self, tags):
        client = _redis()
        names = [_backend().make_and_validate_key(tag_key(tag)) for tag in tags]
        with client.pipeline(transaction=True) as pipe:
            pipe.sunion(names)
            pipe.delete(*names)
            members, _deleted = pipe.execute()
        return {member.decode() if isinstance(member, bytes) else member for member in members}


class LockedIndex:
    """A set per tag as a plain cache value, changed under a lock every process respects."""

    def __init__(self, lock):
        self._lock = lock

    def add(self, tags, member, timeout):
        with self._lock():
            stored = cache.get_many([tag_key(tag) for tag in tags])
            changed = {}
            for tag in tags:
                members = stored.get(tag_key(tag), set())
                if member not in members:
                    members.add(member)
                    changed[tag_key(tag)] = members
            if changed:
                cache.set_many(changed, timeout)

    def pop(self, tags):
        with self._lock():
            keys = [tag_key(tag) for tag in tags]
            stored = cache.get_many(keys)
            cache.delete_many(keys)
        return set().union(*stored.values()) if stored else set()


_thread_lock = threading.Lock()


@contextmanager
def _file_lock():
    path = Path(_backend()._dir) / "glokal-page-cache-index.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle, _thread_lock:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def _memory_lock():
    with _thread_lock:
        yield


def _index():
    backend = _backend()
    if isinstance(backend, RedisCache):
        return RedisIndex()
    if isinstance(backend, FileBasedCache):
        return LockedIndex(_file_lock)
    return LockedIndex(_memory_lock)
