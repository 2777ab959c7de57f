"""Create or update one German demo page or snippet in place, then translate it.

Demo objects are found again by a natural key (a page's slug under its parent, a term's slug, a
person's email), compared field by field with the demo definition and saved only when
something differs. The German save and its translations run in one transaction, so an
interrupted run never leaves a changed German object whose translations were not refreshed
(the next run would consider it unchanged and skip it).

Wagtail refreshes its reference index ("usage" of images and snippets) after every single save;
creating and translating one release saves it and its translations a dozen times. The index is
refreshed once per demo object and language instead, after its transaction.
"""

import json
from contextlib import contextmanager

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from modelcluster.fields import ParentalKey
from wagtail.fields import StreamField
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from pages.core.locales import source_locale

# Fields of inline children (a release's topics) that say nothing about their content.
_CHILD_BOOKKEEPING = {"sort_order", "translation_key", "locale"}


def sync_snippet(ctx, model, lookup: dict, **fields):
    """The German snippet matching `lookup`, created or updated to `fields`, and translated."""
    with demo_item() as touched:
        instance = model.objects.filter(locale=source_locale(), **lookup).first()
        if instance is None:
            instance = model(locale=source_locale(), **lookup)
        changed = instance.pk is None
        changed |= assign_fields(instance, fields)
        if changed:
            instance.full_clean()
            instance.save()
        if ctx.translate(instance, source_changed=changed) or changed:
            touched.append(instance)
    return instance


def sync_page(ctx, parent, model, *, slug: str, children: dict | None = None, **fields):
    """The German page `slug` under `parent`, created or updated, published and translated.

    `children` maps an inline relation name ("topic_links") to unsaved child objects in order;
    they replace the existing ones only when they differ.
    """
    children = children or {}
    with demo_item() as touched:
        page = model.objects.child_of(parent).filter(slug=slug, locale=source_locale()).first()
        if page is None:
            page = model(slug=slug, locale=source_locale(), **fields)
            for name, items in children.items():
                setattr(page, name, items)
            parent.add_child(instance=page)
            changed = True
        else:
            changed = assign_fields(page, fields)
            changed |= assign_children(page, children)
        if changed or not page.live or page.has_unpublished_changes:
            page.save_revision().publish()
            page.refresh_from_db()
            changed = True
        if ctx.translate(page, source_changed=changed) or changed:
            touched.append(page)
    return page


@contextmanager
def demo_item():
    """Save and translate one demo object atomically; then refresh its reference index.

    Yields a list to which the block appends the objects it changed.
    """
    touched = []
    with disable_reference_index_auto_update(), transaction.atomic():
        yield touched
    # Translated pages are published on commit, so they are final only now.
    for instance in touched:
        for version in instance.get_translations(inclusive=True):
            ReferenceIndex.create_or_update_for_object(version)


def assign_fields(instance, fields: dict) -> bool:
    """Set the fields that differ from `fields`; True if any did."""
    changed = False
    for name, value in fields.items():
        if _comparable(instance, name, getattr(instance, name)) != _comparable(
            instance, name, value
        ):
            setattr(instance, name, value)
            changed = True
    return changed


def assign_children(page, children: dict) -> bool:
    changed = False
    for name, items in children.items():
        # Only admin forms number inline rows; rows made in code keep sort_order NULL, which
        # PostgreSQL returns in any order. Number them so the order is stored and compared.
        for position, item in enumerate(items):
            if hasattr(item, "sort_order"):
                item.sort_order = position
        stored = getattr(page, name).all()
        if hasattr(stored.model, "sort_order"):
            stored = stored.order_by("sort_order", "pk")
        current = [_child_signature(item) for item in stored]
        if current != [_child_signature(item) for item in items]:
            setattr(page, name, items)
            changed = True
    return changed


def _comparable(instance, name, value):
    field = instance._meta.get_field(name)
    if isinstance(field, StreamField):
        if isinstance(value, list):
            value = field.to_python(value)
        return json.dumps(field.get_prep_value(value), sort_keys=True, cls=DjangoJSONEncoder)
    if isinstance(field, models.ForeignKey):
        return getattr(value, "pk", value)
    return value


def _child_signature(item):
    return tuple(
        getattr(item, field.attname)
        for field in item._meta.concrete_fields
        if not field.primary_key
        and not isinstance(field, ParentalKey)
        and field.name not in _CHILD_BOOKKEEPING
    )
