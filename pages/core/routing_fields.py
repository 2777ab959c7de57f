"""Routing fields: the fields that decide where private data or mail goes, and the rule that
keeps them out of translators' hands.

A contact person's address and phone number, an offer company's address: whoever can change
one of them redirects inquiries (with the company's private data), reminders and visitors'
calls. Translators may change what a record says, never where it sends anyone. For every
translatable model, snippets and pages alike:

1. **Declared**: each routing field is a wagtail-localize `SynchronizedField(...,
   overridable=False)` in the model's `override_translatable_fields`, so the translation
   editor neither offers nor extracts it. tests/pages/core/test_routing_fields.py enumerates
   every translatable model: a new model with such a field fails there until it declares it.
2. **Refused**: the translation editor's override endpoint answers 403 for a routing field,
   even when an overridable segment extracted before the rule is still in the database.
3. **Kept**: whenever a translation is saved, whatever wrote it (publishing an override stored
   before the rule, a translation whose sync was stopped and that is then edited directly, the
   shell), its routing fields are reset to the source record's; saving the source passes its
   values on to the translations.
4. **Read from the source**: mail code takes recipients from the source-language record
   (`source_record`), never from a translation, so a row changed behind the rule's back (or
   before it existed) still routes nowhere new.

`install()`, called from `PagesConfig.ready()`, puts 2 and 3 in place.
"""

import functools

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models.signals import post_save, pre_save
from django.http import JsonResponse
from django.utils.translation import gettext as _
from wagtail.models import get_translatable_models

from pages.core.locales import source_language_code
from pages.core.phone import validate_international_phone

# A field whose name contains one of these routes data, whatever its type.
ROUTING_NAME_PARTS = ("email", "mail", "phone", "fax", "recipient", "reply")


def is_routing_field(field):
    """Whether the model field `field` says where data or mail goes: an address, a phone
    number, a recipient or reply-to."""
    if not getattr(field, "concrete", False):
        return False
    return (
        isinstance(field, models.EmailField)
        or validate_international_phone in getattr(field, "validators", ())
        or any(part in field.name.lower() for part in ROUTING_NAME_PARTS)
    )


def routing_field_names(model):
    """The names of `model`'s routing fields (its own and inherited concrete fields)."""
    return [field.name for field in model._meta.concrete_fields if is_routing_field(field)]


def source_record(instance):
    """The source-language (German) record of the translatable `instance`: itself when it is
    one, the translation with its translation key otherwise (of the same specific model), None
    when it has no source record or is None."""
    if instance is None:
        return None
    return (
        type(instance)
        ._default_manager.filter(
            translation_key=instance.translation_key,
            locale__language_code=source_language_code(),
        )
        .first()
    )


# --- 3. Kept: translations take the source record's values ----------------------------------


def keep_source_values(sender, instance, raw=False, **kwargs):
    """pre_save: a translation's routing fields are its source record's (one query)."""
    if raw or instance.translation_key is None:
        return  # fixtures load rows as they are
    names = routing_field_names(sender)
    values = (
        sender._default_manager.filter(
            translation_key=instance.translation_key,
            locale__language_code=source_language_code(),
        )
        .exclude(locale_id=instance.locale_id)  # the instance is the source itself
        .values(*names)
        .first()
    )
    for name, value in (values or {}).items():
        setattr(instance, name, value)


def pass_values_on(sender, instance, raw=False, **kwargs):
    """post_save: a source record's routing fields go to its translations."""
    if raw or instance.translation_key is None:
        return
    if instance.locale.language_code != source_language_code():
        return
    names = routing_field_names(sender)
    sender._default_manager.filter(translation_key=instance.translation_key).exclude(
        pk=instance.pk
    ).update(**{name: getattr(instance, name) for name in names})


# --- 2. Refused: the translation editor's override endpoint --------------------------------


def overrides_routing_field(overridable_segment):
    """Whether `overridable_segment` (wagtail-localize) overrides a routing field of its
    source's model: its path starts with that field's name."""
    model = overridable_segment.source.specific_content_type.model_class()
    field_name = overridable_segment.context.path.split(".", 1)[0]
    try:
        field = model._meta.get_field(field_name)
    except FieldDoesNotExist:
        return False
    return is_routing_field(field)


def refuse_routing_overrides(view):
    """Wrap wagtail-localize's `edit_override` view: a PUT for a routing field answers 403 and
    stores nothing. Deleting an override stays possible (it restores the source's value)."""

    @functools.wraps(view)
    def guarded(request, translation_id, overridable_segment_id, *args, **kwargs):
        from wagtail_localize.models import OverridableSegment

        if request.method == "PUT":
            segment = (
                OverridableSegment.objects.select_related("context", "source")
                .filter(pk=overridable_segment_id)
                .first()
            )
            if segment is not None and overrides_routing_field(segment):
                message = _(
                    "Addresses and phone numbers cannot be changed in a translation: they are "
                    "always those of the original."
                )
                return JsonResponse({"detail": message}, status=403)
        return view(request, translation_id, overridable_segment_id, *args, **kwargs)

    guarded.glokal_refuses_routing_overrides = True
    return guarded


def install():
    """Connect the signals of every translatable model with routing fields and wrap the
    override endpoint. Idempotent."""
    from wagtail_localize.views import edit_translation

    for model in get_translatable_models(include_subclasses=True):
        if routing_field_names(model):
            uid = f"glokal-routing-{model._meta.label_lower}"
            pre_save.connect(keep_source_values, sender=model, dispatch_uid=f"{uid}-keep")
            post_save.connect(pass_values_on, sender=model, dispatch_uid=f"{uid}-pass")
    if not getattr(edit_translation.edit_override, "glokal_refuses_routing_overrides", False):
        edit_translation.edit_override = refuse_routing_overrides(edit_translation.edit_override)
