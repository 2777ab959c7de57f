"""Translate a page or snippet through wagtail-localize with strings supplied by the caller.

This drives wagtail-localize's own machinery (TranslationSource → segments → StringTranslation →
save_target), so what it creates is an ordinary synced translation: editors see it in the
translation editor, and a change to the German source shows up there as out of date. The demo
loader feeds it hand-written translations; tests feed it predictable ones.
"""

from collections.abc import Callable

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

# translate(source_text, language_code, segment_path) -> translated text, or None to keep the source
Translate = Callable[[str, str, str], str | None]


@transaction.atomic
def translate_object(
    instance,
    language_codes,
    translate: Translate,
    *,
    user=None,
    publish=True,
    include_related=True,
    tool_name="glokal",
):
    """Create or update the translations of `instance` into `language_codes`.

    Related translatable snippets (topics, contact persons) are translated first, one level
    deep, as wagtail-localize's own "Translate" action does. Returns {language_code: instance}.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()

    if include_related:
        for segment in source.relatedobjectsegment_set.select_related("object"):
            related = segment.object.get_instance(instance.locale)
            translate_object(
                related,
                language_codes,
                translate,
                user=user,
                include_related=False,
                tool_name=tool_name,
            )

    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    results = {}
    for code in language_codes:
        locale = Locale.objects.get(language_code=code)
        if locale.pk == source.locale_id:
            continue
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        for segment in segments:
            path = segment.context.path
            text = translate(segment.string.data, code, path)
            if text is None:
                continue
            if path == "slug":
                text = slugify(text, allow_unicode=False) or segment.string.data
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": tool_name,
                    "last_translated_by": user,
                    "has_error": False,
                    "field_error": "",
                },
            )
        # Snippets have no drafts: they are always saved live.
        translation.save_target(user=user, publish=publish if isinstance(instance, Page) else True)
        results[code] = instance.get_translation(locale)
    return results
