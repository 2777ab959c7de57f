"""Fixed-window counters in the shared cache, for the public forms' rate limits."""

from django.core.cache import cache


def count_hit(key, window):
    """Count one hit under `key` for `window` seconds and return the count in the window.

    `add` then `incr` is atomic on Redis and in local memory; if the key expired between the
    two, the hit starts a new window.
    """
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=window)
        return 1


def current_hits(key):
    """Hits counted under `key` in its current window."""
    return cache.get(key) or 0
