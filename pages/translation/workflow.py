"""The translation workflow around wagtail-localize: translate a German page or snippet into
every target language in one action, pre-fill by machine, keep translations in sync, submit
them for review.

Everything here drives wagtail-localize's own records (TranslationSource, Translation,
StringTranslation, TranslationLog), so the translation editor, its PO files and its reports
see exactly what this module does. Two deliberate differences from wagtail-localize's own
actions:

- **Drafts stay drafts.** `Translation.save_target(publish=False)` writes the translated
  content into the page row; for a page that is already live, that row *is* the live page, so
  a half-translated re-sync (German fallback text in the Czech page) would go live at once.
  `save_translation_draft` saves a revision only when the target page is live, as Wagtail's
  own editor does; the page changes when the revision is published (by a reviewer).
- **Manual work is never overwritten.** Machine pre-fill only fills segments without any
  translation; a re-sync keeps every translation of a segment whose German text did not
  change (wagtail-localize keys translations by source string and context).

"Out of date" (per translation): the German source was published after the source content
was last extracted, or the source was re-extracted after this language was last generated
(another language re-synced first). Snippets have no publication date: their current content
is compared with the extracted one.
"""

import json
import logging
from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils.text import slugify
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, Locale, Page, Site, WorkflowState
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue
from wagtail_localize.strings import StringValue, validate_translation_links

from pages.core.locales import source_locale, target_locales

logger = logging.getLogger(__name__)

# DeepL accepts at most 50 texts per request; LibreTranslate servers often limit lower.
MACHINE_BATCH_SIZE = 40


class NotASourceError(ValueError):
    """Raised for an object that is not in the source (German) locale."""


class NoWorkflowError(RuntimeError):
    """Raised when a translated page has no review workflow to submit to."""


@dataclass
class Prefill:
    """What machine pre-fill did for one translation."""

    filled: int = 0
    error: str = ""


class TranslateResult(list):
    """`translate_everywhere`'s list of Translation records, plus what was left out and why.

    `skipped`: {language code: reason} (a translation managed by hand, a validation error);
    `prefill`: {language code: Prefill}.
    """

    def __init__(self, *args):
        super().__init__(*args)
        self.skipped = {}
        self.prefill = {}


# --- machine translation -----------------------------------------------------------------------


def machine_translator():
    """The translator WAGTAILLOCALIZE_MACHINE_TRANSLATOR configures, or None."""
    try:
        return get_machine_translator()
    except ImportError:
        logger.exception("WAGTAILLOCALIZE_MACHINE_TRANSLATOR names a class that cannot load")
        return None


def machine_prefill(translation, translator=None, user=None):
    """Fill every untranslated string of `translation` by machine; returns a Prefill.

    Strings that already have a translation (manual or machine) are left alone. Slugs are
    made ASCII slugs again (a translator may return spaces or diacritics). A failing service
    (network, quota, bad key) fills nothing and reports why instead of raising: the
    translation is still created, the translator just starts from the German text.
    """
    translator = translator or machine_translator()
    result = Prefill()
    from_locale = translation.source.locale
    target_locale = translation.target_locale
    if translator is None or not translator.can_translate(from_locale, target_locale):
        return result

    segments = list(
        StringSegment.objects.filter(source=translation.source).select_related("context", "string")
    )
    done = set(
        StringTranslation.objects.filter(
            locale=target_locale,
            translation_of_id__in=[s.string_id for s in segments],
            context_id__in=[s.context_id for s in segments],
        ).values_list("translation_of_id", "context_id")
    )
    wanted = {}  # StringValue -> [(string_id, context_id, path)]
    for segment in segments:
        if (segment.string_id, segment.context_id) in done:
            continue
        value = segment.string.as_value()
        wanted.setdefault(value, []).append(
            (segment.string_id, segment.context_id, segment.context.path)
        )
    if not wanted:
        return result

    values = list(wanted)
    translated = {}
    try:
        for start in range(0, len(values), MACHINE_BATCH_SIZE):
            batch = values[start : start + MACHINE_BATCH_SIZE]
            translated.update(translator.translate(from_locale, target_locale, batch))
    except Exception as error:  # any backend: requests errors, KeyError on a bad reply, …
        logger.warning("Machine translation into %s failed: %s", target_locale.language_code, error)
        result.error = str(error) or error.__class__.__name__
        return result

    tool_name = str(getattr(translator, "display_name", translator.__class__.__name__))
    rows = []
    for value, targets in wanted.items():
        text = translated.get(value)
        if text is None or text.data is None:
            continue  # the service had nothing for this string
        for string_id, context_id, path in targets:
            data = text.data
            if path == "slug":
                data = slugify(data, allow_unicode=False) or value.data
            rows.append(
                StringTranslation(
                    translation_of_id=string_id,
                    locale=target_locale,
                    context_id=context_id,
                    data=data,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                    tool_name=tool_name,
                    last_translated_by=user,
                    has_error=not _valid_translation(value.data, data),
                    field_error="",
                )
            )
    # One INSERT for all strings. ignore_conflicts: a string a translator saved meanwhile
    # keeps the translator's text. (bulk_create skips StringTranslation.save(), whose HTML and
    # link check is done above, and the post_save that copies a title into draft_title, which
    # saving the target does anyway.)
    StringTranslation.objects.bulk_create(rows, ignore_conflicts=True)
    result.filled = len(rows)
    return result


def _valid_translation(source_html, translated_html):
    """StringTranslation.save()'s check: well-formed HTML with the source's links."""
    try:
        StringValue.from_translated_html(translated_html)
        validate_translation_links(source_html, translated_html)
    except ValueError:
        return False
    return True


# --- saving targets ----------------------------------------------------------------------------


def save_translation_draft(translation, user=None):
    """Bring the target of `translation` up to date with the source as a draft.

    New or unpublished target pages are saved by wagtail-localize itself (their row is not
    live). A live target page gets a new revision only, so visitors keep seeing the published
    translation until the revision is published. Snippets have no drafts: they are saved live.
    Returns the target instance; raises ValidationError as `save_target` does.
    """
    source = translation.source
    locale = translation.target_locale
    try:
        target = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        target = None

    if not isinstance(target, Page) or not target.live:
        publish = not isinstance(source.as_instance(), DraftStateMixin)
        translation.save_target(user=user, publish=publish)
        return source.get_translated_instance(locale)

    if target.alias_of_id:
        # A live alias shows the German page; make it a page of its own, content unchanged,
        # so the translation can be a draft of it.
        target.alias_of_id = None
        target.save(update_fields=["alias_of_id"], clean=False)

    draft = source.get_ephemeral_translated_instance(locale, fallback=True)
    draft.alias_of_id = None
    draft.slug = find_available_slug(
        draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk
    )
    revision = draft.save_revision(user=user)
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return draft


def _translate_into(source, locale, *, translator, user, result, code=None):
    """Create or update one translation; records problems in `result`."""
    code = code or locale.language_code
    instance = source.as_instance()
    existing = instance.get_translation_or_none(locale)
    translation = Translation.objects.filter(source=source, target_locale=locale).first()
    manual = existing is not None and (translation is None or not translation.enabled)
    if manual and not (isinstance(existing, Page) and existing.alias_of_id):
        # Translated by hand (or its synced translation was stopped): not ours to overwrite.
        result.skipped[code] = "managed by hand"
        return None
    if translation is None:
        translation = Translation.objects.create(source=source, target_locale=locale)
    elif not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    if translator is not None:
        result.prefill[code] = machine_prefill(translation, translator, user)
    try:
        with transaction.atomic():
            save_translation_draft(translation, user)
    except ValidationError as error:
        # wagtail-localize marked the offending strings; the translator fixes them in the editor.
        result.skipped[code] = "; ".join(error.messages)
    result.append(translation)
    return translation


def _source_for(instance):
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    return source


@transaction.atomic
def translate_everywhere(instance, user=None, machine=True, locales=None):
    """Create or update the translations of a German page or snippet in every target locale.

    Pre-filled by the configured machine translator when `machine` is true (only strings
    nobody translated yet), then saved as drafts (snippets: live). Translatable snippets the
    object refers to (topics, contact persons) are translated first where a locale lacks them,
    as wagtail-localize's "Translate" does. Returns a TranslateResult (a list of Translation).
    """
    if isinstance(instance, Page):
        instance = instance.specific
    if instance.locale_id != source_locale().pk:
        raise NotASourceError(f"{instance!r} is not in the source locale")
    locales = list(locales) if locales is not None else target_locales()
    translator = machine_translator() if machine else None
    result = TranslateResult()

    source = _source_for(instance)
    related_result = TranslateResult()
    for segment in source.relatedobjectsegment_set.select_related("object"):
        related = segment.object.get_instance(instance.locale)
        if isinstance(related, Page):
            continue  # pages are translated along their own tree
        missing = [loc for loc in locales if related.get_translation_or_none(loc) is None]
        if missing:
            related_source = _source_for(related)
            for locale in missing:
                _translate_into(
                    related_source, locale, translator=translator, user=user, result=related_result
                )

    for locale in locales:
        if locale.pk != source.locale_id:
            _translate_into(source, locale, translator=translator, user=user, result=result)

    if isinstance(instance, Page) and Site.objects.filter(root_page=instance).exists():
        # A new language tree: translators and reviewers get their rights on it.
        from pages.translation.roles import setup_roles

        setup_roles()
    return result


def translate_subtree_everywhere(page_id, user_id=None, machine=True):
    """Background job: translate every page below `page_id` (parents before children).

    Arguments are ids so the job can travel through a broker as JSON.
    """
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    page = Page.objects.get(pk=page_id)
    count = 0
    for descendant in page.get_descendants().order_by("path").specific():
        translate_everywhere(descendant, user=user, machine=machine)
        count += 1
    return count


def enqueue_subtree(page, user=None, machine=True):
    """Hand the subtree to wagtail-localize's job backend (Celery in production)."""
    from wagtail_localize.tasks import background

    user_id = user.pk if user is not None and user.is_authenticated else None
    background.enqueue(translate_subtree_everywhere, [page.pk, user_id, machine], {})


@transaction.atomic
def resync(translation, user=None, machine=False):
    """Re-extract the German source and regenerate this translation as a draft.

    Translations of unchanged segments are kept, manual edits included; changed and new
    segments start from the German text, or from machine pre-fill when `machine` is true.
    Other languages of the same source then show as out of date until they are re-synced.
    """
    translation.source.update_from_db()
    translation.refresh_from_db()
    prefill = machine_prefill(translation, user=user) if machine else Prefill()
    save_translation_draft(translation, user)
    return prefill


# --- review -------------------------------------------------------------------------------------


def submit_for_review(translation, user):
    """Save the translation as a draft and put it into the page's review workflow.

    Starts the workflow, or resumes it after a reviewer asked for changes; while a review is
    under way the new revision simply becomes the one the reviewer approves (and publishes).
    """
    with transaction.atomic():
        page = save_translation_draft(translation, user)
        if not isinstance(page, Page):
            raise NoWorkflowError("only pages go through review")
        page = Page.objects.get(pk=page.pk).specific
        workflow = page.get_workflow()
        if workflow is None:
            raise NoWorkflowError(f"no workflow applies to {page!r}")
        state = page.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        elif state is None:
            workflow.start(page, user)
        return Page.objects.get(pk=page.pk).specific


# --- staying in sync ----------------------------------------------------------------------------


def _serialized(instance):
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def out_of_date_translation_ids(translations=None):
    """Ids of the translations (a Translation queryset) whose German source changed since.

    A fixed number of queries whatever the count: one for all translations, plus, when
    snippets are among them, one for their extracted content and one per snippet model.
    """
    if translations is None:
        translations = Translation.objects.filter(enabled=True)
    last_log = (
        TranslationLog.objects.filter(
            source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id")
        )
        .order_by("-created_at")
        .values("created_at")[:1]
    )
    source_published = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id")
    ).values("last_published_at")[:1]
    page_type_ids = _page_content_type_ids()
    rows = translations.annotate(
        _last_log=Subquery(last_log), _source_published=Subquery(source_published)
    ).values_list(
        "pk",
        "source_id",
        "source__last_updated_at",
        "source__specific_content_type_id",
        "_last_log",
        "_source_published",
    )
    stale = set()
    snippet_rows = []
    for pk, source_id, extracted_at, type_id, last_log_at, published_at in rows:
        if last_log_at is None:
            continue  # never generated: "missing", not "out of date"
        if last_log_at < extracted_at:
            stale.add(pk)
        elif type_id in page_type_ids:
            if published_at is not None and published_at > extracted_at:
                stale.add(pk)
        else:
            snippet_rows.append((pk, source_id))
    if snippet_rows:
        stale |= _stale_snippet_translations(snippet_rows)
    return stale


def _page_content_type_ids():
    from django.contrib.contenttypes.models import ContentType

    return {
        ct.pk
        for ct in ContentType.objects.get_for_models(
            *[m for m in _all_models() if issubclass(m, Page)]
        ).values()
    }


def _all_models():
    from django.apps import apps

    return apps.get_models()


def _stale_snippet_translations(rows):
    sources = {
        s.pk: s
        for s in TranslationSource.objects.filter(pk__in={sid for _, sid in rows}).select_related(
            "specific_content_type"
        )
    }
    by_model = {}
    for source in sources.values():
        by_model.setdefault(source.specific_content_type.model_class(), []).append(source)
    changed_sources = set()
    for model, model_sources in by_model.items():
        if model is None:
            continue
        keys = {(s.object_id, s.locale_id): s for s in model_sources}
        instances = model.objects.filter(
            translation_key__in={k for k, _ in keys}, locale_id__in={loc for _, loc in keys}
        )
        for instance in instances:
            source = keys.get((instance.translation_key, instance.locale_id))
            if source is not None and _serialized(instance) != json.loads(source.content_json):
                changed_sources.add(source.pk)
    return {pk for pk, source_id in rows if source_id in changed_sources}


def is_out_of_date(translation):
    """Whether the German source changed since this translation was last generated."""
    return translation.pk in out_of_date_translation_ids(
        Translation.objects.filter(pk=translation.pk)
    )


@dataclass
class SegmentChange:
    """One string of the German source: how it changed and what the translation says now."""

    path: str
    kind: str  # "added", "changed", "removed"
    before: str | None
    after: str | None
    translation: str | None


def changed_segments(translation):
    """The strings of the German source that changed since the source was last extracted.

    Compares the extracted segments (what translators translated) with the source object as
    it is now (for pages: the published version). Each change carries the translation of the
    old text, so a translator sees what to revise. Empty after a re-sync: the changed strings
    are then the untranslated or machine-filled ones, see `segments_to_check`.
    """
    source = translation.source
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist:
        return []
    stored = {}
    for segment in (
        StringSegment.objects.filter(source=source)
        .annotate_translation(translation.target_locale)
        .select_related("context", "string")
        .order_by("order")
    ):
        stored[segment.context.path] = (segment.string.data, segment.translation)
    current = {}
    for value in extract_segments(instance):
        if isinstance(value, StringSegmentValue):
            current[value.path] = value.string.data
    changes = []
    for path, text in current.items():
        if path not in stored:
            changes.append(SegmentChange(path, "added", None, text, None))
        elif stored[path][0] != text:
            changes.append(SegmentChange(path, "changed", stored[path][0], text, stored[path][1]))
    for path, (text, translated) in stored.items():
        if path not in current:
            changes.append(SegmentChange(path, "removed", text, None, translated))
    return changes


@dataclass
class SegmentToCheck:
    path: str
    source: str
    translation: str | None
    kind: str  # "missing" (shows German text) or "machine" (nobody checked it yet)


def segments_to_check(translation):
    """Strings of the extracted source that still need a translator: untranslated ones
    (the page shows the German text) and machine translations nobody has edited."""
    rows = (
        StringSegment.objects.filter(source=translation.source)
        .select_related("context", "string")
        .order_by("order")
    )
    translations = {
        (t.translation_of_id, t.context_id): t
        for t in StringTranslation.objects.filter(
            locale=translation.target_locale,
            translation_of_id__in=[r.string_id for r in rows],
        )
    }
    result = []
    for segment in rows:
        found = translations.get((segment.string_id, segment.context_id))
        if found is None or found.has_error:
            result.append(
                SegmentToCheck(segment.context.path, segment.string.data, None, "missing")
            )
        elif found.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
            result.append(
                SegmentToCheck(segment.context.path, segment.string.data, found.data, "machine")
            )
    return result


def translation_for(instance):
    """The enabled Translation whose target is `instance`, or None (German or hand-made)."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale", "source__locale")
        .first()
    )


def locale_by_code(code):
    return Locale.objects.filter(language_code=code).first()
