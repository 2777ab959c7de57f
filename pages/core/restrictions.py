"""Skip view-restriction queries on sites that have no restricted pages.

Wagtail checks every served page and every `.public()` listing against PageViewRestriction,
which costs a query or two per request even when, as on most public agency sites, no page is
restricted. Whether any restriction exists is cached with the structure version, which every
save or delete of a restriction bumps (pages/core/signals.py). Only in a cache that every
process reads: a per-process memory cache would keep a new restriction unseen by the other
processes for an hour, so there the flag is one cheap query per request instead.
"""

from wagtail.models import PageViewRestriction

from pages.core.cache import cached


def any_view_restrictions() -> bool:
    return cached(
        "any-view-restrictions",
        lambda: PageViewRestriction.objects.exists(),
        shared_only=True,
    )


def public(queryset):
    """`queryset.public()`, without its query when nothing is restricted."""
    return queryset.public() if any_view_restrictions() else queryset
