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

from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache

VERSION_KEY = "glokal:structure-version"


def structure_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def bump_structure_version(**_signal_kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # the key expired or was never set
        cache.set(VERSION_KEY, 2, timeout=None)


def cache_is_shared() -> bool:
    """Whether a version bump in one process reaches every other process of the site."""
    return not isinstance(caches["default"], LocMemCache)


def cached(name: str, builder, timeout=60 * 60, shared_only=False):
    """Return the value cached under `name` for the current structure version, building it once.

    With `shared_only`, a cache that other processes cannot invalidate is bypassed: the value
    is built on every call.
    """
    if shared_only and not cache_is_shared():
        return builder()
    key = f"glokal:{structure_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = builder()
        cache.set(key, value, timeout)
    return value
