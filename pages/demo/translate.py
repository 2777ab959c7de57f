"""Bring the en/pl/cs translations of one demo object up to date, skipping work already done.

`translate_object` always re-extracts the source, rewrites every string translation and saves
(for pages: revises and republishes) each target. That is right when content changed, but a
second `load_demo` run would then create a new revision of every translated page. So before
translating we compare what is stored with what the memory would write; only when something
differs (or a target is missing or unpublished) does wagtail-localize run.
"""

from django.core.management.base import CommandError
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from pages.translation.translate import translate_object

from .texts import TARGET_LANGUAGES, TranslationMemory


def sync_translations(instance, memory: TranslationMemory, *, source_changed: bool) -> bool:
    """Translate `instance` into every target language unless that is already done.

    `source_changed` says the German object was saved in this run, so its TranslationSource is
    stale and must be re-extracted. Returns True when translations were written.
    """
    locales = list(Locale.objects.filter(language_code__in=TARGET_LANGUAGES))
    if not source_changed and _is_up_to_date(instance, locales, memory):
        return False
    # Related snippets (topics, contact persons) are translated by the loaders beforehand;
    # translating them again here for every page would only repeat that work.
    translate_object(instance, TARGET_LANGUAGES, memory, include_related=False)
    _check_related_objects(instance, locales)
    return True


def _is_up_to_date(instance, locales, memory) -> bool:
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is None:
        return False
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    enabled = set(
        Translation.objects.filter(source=source, enabled=True).values_list(
            "target_locale_id", flat=True
        )
    )
    for locale in locales:
        if locale.pk not in enabled:
            return False
        target = instance.get_translation_or_none(locale)
        if target is None:
            return False
        if isinstance(target, Page) and (not target.live or target.has_unpublished_changes):
            return False
        stored = {
            (string_id, context_id): data
            for string_id, context_id, data in StringTranslation.objects.filter(
                locale=locale,
                translation_of_id__in={segment.string_id for segment in segments},
                context_id__in={segment.context_id for segment in segments},
            ).values_list("translation_of_id", "context_id", "data")
        }
        for segment in segments:
            wanted = memory(segment.string.data, locale.language_code, segment.context.path)
            if stored.get((segment.string_id, segment.context_id)) != wanted:
                return False
    return True


def _check_related_objects(instance, locales):
    """Fail rather than publish a translation that points at German topics or contacts.

    wagtail-localize's save_target falls back to the source object when a related snippet has
    no translation yet; for demo content that is always a loader ordering mistake.
    """
    source = TranslationSource.objects.get_for_instance(instance)
    for segment in source.relatedobjectsegment_set.select_related("object"):
        for locale in locales:
            if not segment.object.has_translation(locale):
                raise CommandError(
                    f"{instance} refers to {segment.object.get_instance(source.locale)}, "
                    f"which has no {locale.language_code} translation yet"
                )
