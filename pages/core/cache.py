"""One cache version for everything derived from the page tree (menus, footer, filter choices).

Menus and footers appear on every page; caching them per language keeps every page within
its query budget. Publishing, unpublishing, moving or deleting a page (or editing a taxonomy
term) bumps the version, so stale entries are simply never read again.

The bump only reaches the processes that read the same cache. The embedded default is a file
cache in var/cache/ that every process on the machine shares (runserver, a shell,
`publish_scheduled`, a Celery worker); production refuses to start without Redis
(config/settings/production.py). A per-process memory cache is still possible in a custom
settings file: `cache_is_shared()` tells, and what decides security (pages/core/restrictions.py)
is then not cached at all.
"""

import contextvars
import hashlib
import time
from contextlib import contextmanager

from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache

from pages.core.page_cache.recording import recording, replay

VERSION_KEY = "glokal:structure-version"


# A page reads the version for each of its fragments (twenty or more on a listing): once per
# request is enough, and a request then also sees one version throughout.
_memo = contextvars.ContextVar("glokal_structure_version_memo", default=None)


@contextmanager
def one_structure_version():
    """Read the structure version at most once in the block (a request; page_cache.middleware)."""
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def structure_version() -> int:
    memo = _memo.get()
    if memo is not None and "version" in memo:
        return memo["version"]
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    if memo is not None:
        memo["version"] = version
    return version


def bump_structure_version(**_signal_kwargs) -> None:
    memo = _memo.get()
    if memo is not None:
        memo.pop("version", None)  # what this request changed, it reads again
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # the key expired or was never set
        cache.set(VERSION_KEY, 2, timeout=None)


def cache_is_shared() -> bool:
    """Whether a version bump in one process reaches every other process of the site."""
    return not isinstance(caches["default"], LocMemCache)


def cached(name: str, builder, timeout=60 * 60, shared_only=False):
    """Return the value cached under `name` for the current structure version, building it once.

    What the builder used is stored with the value and recorded again on every hit, so a page
    cache entry that shows the value is purged by the same changes as if it had built it
    (pages/core/page_cache/recording.py); a value that turns stale at a known moment is kept
    no longer than that.

    With `shared_only`, a cache that other processes cannot invalidate is bypassed: the value
    is built on every call.
    """
    if shared_only and not cache_is_shared():
        return builder()
    if not name.isprintable() or " " in name:  # memcached's rule, which Django warns about
        name = hashlib.sha256(name.encode()).hexdigest()
    key = f"glokal:fragment:{structure_version()}:{name}"
    stored = cache.get(key)
    if stored is None:
        with recording() as used:
            value = builder()
        expires = used.expires.timestamp() if used.expires is not None else None
        stored = (value, frozenset(used.tags), used.expires)
        lifetime = timeout if expires is None else min(timeout, int(expires - time.time()))
        if lifetime >= 1:
            cache.set(key, stored, lifetime)
    value, tags, expires = stored
    replay(tags, expires)
    return value
