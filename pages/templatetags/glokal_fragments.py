"""Fragments rendered once and reused: listing cards and filter forms.

A listing page renders the same card for a page on every request, on every filter and page
number it appears under, and in home sections; template rendering (and Wagtail's rendition
lookup, which writes the rendition cache on every `{% image %}`) was most of a listing's cost.
`{% card %}` renders a card once per page revision and language and keeps the HTML in the
shared cache (`pages.core.cache.cached`, under the structure version: any publish, move or
taxonomy edit starts afresh). The card's name holds what the card shows beyond the page's own
revision: its image's file and focal point (an image edit changes no page), the dates of a
calendar listing, the site the links are relative to.

The queries that load what a card shows still run on every request, so the page's own
recording of what it used (pages/core/page_cache/recording.py) stays complete whether a card
comes from the cache or not.
"""

import hashlib

from django import forms, template
from django.db import models
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.images.models import AbstractImage

from pages.core.cache import cached

register = template.Library()


def image_state(image):
    """What a rendition of `image` depends on, without touching storage."""
    if image is None:
        return "-"
    return (
        f"{image.pk}:{image.file.name}:{image.focal_point_x}:{image.focal_point_y}:"
        f"{image.focal_point_width}:{image.focal_point_height}"
    )


def _state(value):
    """A card's `shows` value as text: an image by `image_state`, another model instance by
    its primary key, a list item by item."""
    if isinstance(value, AbstractImage):
        return image_state(value)
    if isinstance(value, models.Model):
        return f"{value._meta.label_lower}:{value.pk}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_state(item) for item in value) + "]"
    return "-" if value is None else str(value)


def _site_of(context):
    site = getattr(context.get("request"), "_wagtail_site", None)
    return site.pk if site is not None else "-"


def _digest(*parts) -> str:
    return hashlib.sha1("\n".join(str(part) for part in parts).encode()).hexdigest()[:20]


def _render(context, template_name, **values):
    """What `{% include template_name with values %}` renders here."""
    fragment = context.template.engine.get_template(template_name)
    with context.push(**values):
        return fragment.render(context)


@register.simple_tag(takes_context=True)
def card(context, template_name, item, *shows):
    """The card `template_name` of `item` as `{% include %}` renders it here, built once per
    revision of the item, language, site and `shows`: whatever else the card shows that the
    item's revision does not pin down (its image, the date a listing shows it under)."""
    name = _digest(
        template_name,
        item.pk,
        # A snippet (a contact) has no revision here: its save bumps the structure version.
        getattr(item, "last_published_at", None),
        getattr(item, "latest_revision_id", None),
        _site_of(context),
        *(_state(value) for value in shows),
    )
    html = cached(
        f"card:{translation.get_language()}:{item.pk}:{name}",
        lambda: _render(context, template_name),
    )
    return mark_safe(html)


def _cache_safe(form) -> bool:
    """Whether the form's HTML can be shared: valid, and what the visitor chose is a choice
    (a bounded set of values), not free text."""
    if form.is_bound and not form.is_valid():
        return False
    for name, field in form.fields.items():
        if isinstance(field, forms.ChoiceField):
            continue
        if form.is_bound and any(value.strip() for value in form.data.getlist(name)):
            return False
    return True


@register.simple_tag(takes_context=True)
def filter_form(context, **options):
    """`includes/filter_form.html` with `options` (label, reset_query, submit_here), reused
    for every request with the same choices selected on the same listing."""
    form = context["filter_form"]
    page = context["page"]

    def build():
        return _render(context, "includes/filter_form.html", **options)

    if not _cache_safe(form):
        return build()
    data = form.data if form.is_bound else {}
    selected = [(name, data.getlist(name) if data else []) for name in form.fields]
    name = _digest(
        type(form).__qualname__,
        page.pk,
        page.last_published_at,
        _site_of(context),
        context.get("filter_query"),
        sorted(options.items()),
        selected,
    )
    return mark_safe(cached(f"filter-form:{translation.get_language()}:{page.pk}:{name}", build))
