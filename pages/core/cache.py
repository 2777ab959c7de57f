"""One cache version for everything derived from the page tree (menus, footer, filter choices).

Menus and footers appear on every page; caching them per language keeps every page within
its query budget. Publishing, unpublishing, moving or deleting a page (or editing a taxonomy
term) bumps the version, so stale entries are simply never read again.
"""

from django.core.cache import cache

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


def cached(name: str, builder, timeout=60 * 60):
    """Return the value cached under `name` for the current structure version, building it once."""
    key = f"glokal:{structure_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = builder()
        cache.set(key, value, timeout)
    return value
