"""What a response used while it rendered: the tags its cache entry is purged by, and the
moment it stops being true.

Instances are recorded as they are loaded (a post_init receiver), so every page listed on an
index, linked from a block or shown in a home section counts without the code that loads it
knowing about the cache. What no instance stands for is recorded by the code that knows it: a
listing records `type:<model>` (a newly published page of that type belongs in it), the menu
`menu`, the footer `footer`, time-dependent content its next boundary (`expires_at`). A model
whose instances change what they show at a moment says when with a static method
`page_cache_changes_at(fields)`, handed the loaded field values (an event date ends, an offer
expires).

Tags:
- page:<id>                       a page (any type, any language)
- obj:<app_label.model>:<pk>      another model instance: snippet, image, document, settings
- type:<app_label.model>          a listing of that page or snippet model
- translations:<translation_key>  the language versions of one page (switcher, fallback)
- menu, footer                    the site-wide listings; type:wagtailcore.page the sitemap
"""

import contextvars
import datetime
from contextlib import contextmanager

from django.db.models.signals import post_init
from django.utils import timezone

_current = contextvars.ContextVar("glokal_page_cache_recording", default=None)
_listing_tags = contextvars.ContextVar("glokal_page_cache_listing_tags", default=None)

# Models a response loads that say nothing about what it shows (or are never on a cached page).
IGNORED_MODELS = frozenset(
    {
        "auth.user",
        "auth.group",
        "auth.permission",
        "contenttypes.contenttype",
        "sessions.session",
        "wagtailcore.revision",
        "wagtailcore.locale",
        "wagtailcore.grouppagepermission",
        "wagtailcore.groupcollectionpermission",
        "wagtailcore.collection",
        "wagtailcore.pagelogentry",
        "wagtailcore.modellogentry",
        "wagtailcore.referenceindex",
        "wagtailcore.workflowstate",
        "wagtailcore.taskstate",
    }
)


class Recording:
    __slots__ = ("tags", "expires")

    def __init__(self):
        self.tags: set[str] = set()
        self.expires: datetime.datetime | None = None

    def merge(self, tags, expires):
        self.tags.update(tags)
        if expires is not None:
            self.add_expiry(expires)

    def add_expiry(self, moment):
        if self.expires is None or moment < self.expires:
            self.expires = moment


@contextmanager
def recording():
    """Record what the code in the block uses; nested blocks also report to the outer one."""
    outer = _current.get()
    inner = Recording()
    token = _current.set(inner)
    try:
        yield inner
    finally:
        _current.reset(token)
        if outer is not None:
            outer.merge(inner.tags, inner.expires)


def active() -> bool:
    return _current.get() is not None


def record(*tags: str) -> None:
    current = _current.get()
    if current is not None:
        current.tags.update(tags)


def start_of_day_after(day: datetime.date) -> datetime.datetime:
    """When a date in the site's time zone (Europe/Berlin) is over."""
    following = day + datetime.timedelta(days=1)
    return datetime.datetime.combine(following, datetime.time(), timezone.get_default_timezone())


def expires_at(moment: datetime.datetime | None) -> None:
    """The recorded content changes at `moment` (an aware datetime); past moments are ignored."""
    current = _current.get()
    if current is not None and moment is not None and moment > timezone.now():
        current.add_expiry(moment)


def replay(tags, expires) -> None:
    """Record what a cached fragment recorded when it was built."""
    current = _current.get()
    if current is not None:
        current.merge(tags, expires)


def page_tag(page_id) -> str:
    return f"page:{page_id}"


def object_tag(model, pk) -> str:
    return f"obj:{model._meta.label_lower}:{pk}"


def type_tag(model) -> str:
    return f"type:{model._meta.label_lower}"


def _instance_loaded(sender, instance, **kwargs):
    current = _current.get()
    if current is None or instance.pk is None:
        return
    from wagtail.images.models import AbstractRendition
    from wagtail.models import Page

    changes_at = getattr(type(instance), "page_cache_changes_at", None)
    if changes_at is not None:
        expires_at(changes_at(instance.__dict__))
    if isinstance(instance, Page):
        current.tags.add(page_tag(instance.pk))
        # __dict__: a field left out by only() would cost a query of its own.
        expires_at(instance.__dict__.get("expire_at"))
    elif isinstance(instance, AbstractRendition):
        image_model = sender._meta.get_field("image").related_model
        current.tags.add(object_tag(image_model, instance.__dict__.get("image_id")))
    else:
        label = sender._meta.label_lower
        if label not in IGNORED_MODELS:
            current.tags.add(f"obj:{label}:{instance.pk}")


@contextmanager
def listing_as(*tags: str):
    """Record the live listings queried in the block as `tags` instead of their type: for a
    listing narrower than its type (the releases about one event), which a page of the type
    names among its own tags (`page_cache_tags()`, signals.py) when it belongs in it."""
    token = _listing_tags.set(tags)
    try:
        yield
    finally:
        _listing_tags.reset(token)


def translations_tag(translation_key) -> str:
    return f"translations:{translation_key}"


def _record_live_listings():
    """A query for the live pages of one type is a listing of that type, wherever it is made
    (index pages, home sections, feeds, the API): record it there, once, instead of in each.
    A query over all pages (Page.objects.live()) records nothing here; the few that list the
    whole site (the sitemap, the menu) say so themselves."""
    from wagtail.models import Page
    from wagtail.query import PageQuerySet

    if getattr(PageQuerySet.live, "_glokal_records", False):
        return
    live = PageQuerySet.live

    def recorded_live(self):
        current = _current.get()
        if current is not None and self.model is not Page:
            current.tags.update(_listing_tags.get() or (type_tag(self.model),))
        return live(self)

    recorded_live._glokal_records = True
    PageQuerySet.live = recorded_live


def connect() -> None:
    post_init.connect(_instance_loaded, dispatch_uid="glokal-page-cache-recording")
    _record_live_listings()
