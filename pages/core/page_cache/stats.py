"""Hit, miss and purge counters of the page cache, and the last purge, for the dashboard.

They live in the default cache beside the entries, so every web and worker process adds to the
same figures (Redis INCR is atomic; the embedded file cache may lose a count under a race,
which a dashboard figure can afford)."""

from django.core.cache import cache
from django.utils import timezone

EVENTS = ("hits", "misses", "stores", "purges", "purged_entries")
PREFIX = "glokal:page-cache:stats:"
SINCE_KEY = PREFIX + "since"
LAST_PURGE_KEY = PREFIX + "last-purge"
LAST_PURGE_URLS = 200  # enough to see what a publish did; a full site purge is summarised


def count(event: str, n: int = 1) -> None:
    if n <= 0:
        return
    key = PREFIX + event
    try:
        cache.incr(key, n)
    except ValueError:  # not there yet (or expired): the first count of this period
        if not cache.add(key, n, timeout=None):
            cache.incr(key, n)
        cache.add(SINCE_KEY, timezone.now().isoformat(), timeout=None)


def figures() -> dict:
    values = cache.get_many([PREFIX + event for event in EVENTS] + [SINCE_KEY])
    result = {event: int(values.get(PREFIX + event) or 0) for event in EVENTS}
    result["since"] = values.get(SINCE_KEY)
    return result


def record_purge(reason, urls: list[str]) -> None:
    """`reason`: a text, or [[action, subject], …] (purge.py), shown by admin.py."""
    cache.set(
        LAST_PURGE_KEY,
        {
            "when": timezone.now().isoformat(),
            "reason": reason,
            "count": len(urls),
            "urls": sorted(urls)[:LAST_PURGE_URLS],
        },
        timeout=None,
    )


def last_purge() -> dict | None:
    return cache.get(LAST_PURGE_KEY)


def reset() -> None:
    cache.delete_many([PREFIX + event for event in EVENTS] + [LAST_PURGE_KEY])
    cache.set(SINCE_KEY, timezone.now().isoformat(), timeout=None)
