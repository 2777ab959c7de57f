"""The translation status of every page and translatable snippet, per target locale.

One status per (German object, locale), computed for *all* objects at once with a constant
number of queries (about fifteen, whether the site has 20 pages or 5,000): the status board
(pages/translation/status_board.py) filters, counts and paginates the result in Python, and
the API asks the same questions of one page with `api_status` annotations
(pages/core/api_fields.py).

The statuses, in the order in which they win when several apply:

missing
    No version in that locale, or only a wagtail-localize *alias* (a copy that shows the German
    content unchanged).
waiting for review
    A moderation workflow is in progress on the translated page.
out of date
    The German source changed after the translation was made, or it was synced
    (`TranslationSource.last_updated_at`) after this language was last generated from it (the
    latest `TranslationLog`), or the published version still lacks translations for some of
    the source's current segments (German strings would show through). The first two are the
    rule of `pages.translation_workflow.is_out_of_date`, computed here for all objects at once.
draft
    The translated page is not live, or it is live with unpublished changes waiting.
published
    Live, complete and in step with its German source.

"Changed" means: for a page, published after the translation source was last synced; for a
snippet, which has no timestamps, its current field values differ from what the translation
source recorded. Re-publishing a German page without changes therefore
marks its translations out of date until they are synced, which does no harm.
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Count, F, Max
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page, WorkflowState, get_page_models
from wagtail_localize.models import (
    StringSegment,
    Translation,
    TranslationLog,
    TranslationSource,
)

from pages.core.locales import source_locale, target_locales
from pages.core.models.contacts import ContactPerson
from pages.core.models.taxonomy import Region, Sector, Topic


class Status(models.TextChoices):
    MISSING = "missing", _("Missing")
    IN_REVIEW = "in_review", _("Waiting for review")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


#: The statuses a translator still has work in: their queue.
QUEUE_STATUSES = frozenset({Status.MISSING, Status.OUT_OF_DATE, Status.DRAFT})

#: Translatable snippets, in the order the board lists them after the pages.
SNIPPET_MODELS = (ContactPerson, Topic, Sector, Region)


@dataclass
class Cell:
    """One object in one target locale."""

    language_code: str
    status: str
    target_id: int | None = None  # the translated page or snippet
    translation_id: int | None = None  # wagtail-localize's Translation, when enabled
    translation_uuid: str | None = None
    segments_total: int = 0
    segments_translated: int = 0
    source_changed: bool = False  # German edited since the last sync
    behind_sync: bool = False  # synced since this version was generated
    is_alias: bool = False

    @property
    def status_label(self):
        return Status(self.status).label


@dataclass
class Row:
    """One German page or snippet and its status in every target locale."""

    kind: str  # "page" or "snippet"
    model: type
    object_id: int
    translation_key: object  # UUID
    title: str  # what editors see: a page's draft title
    source_live: bool
    source_id: int | None  # TranslationSource, once the object was submitted for translation
    cells: dict = field(default_factory=dict)  # language code -> Cell
    depth: int = 0
    changed_at: object = field(default=None, repr=False)  # pages: German last published/saved
    live_title: str = ""  # the title the public sees ("" while the page is not live)
    source: dict | None = field(default=None, repr=False)  # the TranslationSource's values

    @property
    def type_key(self):
        return self.model._meta.label_lower

    @property
    def type_label(self):
        return str(self.model._meta.verbose_name)


@dataclass
class Board:
    locales: list  # target Locale objects
    rows: list


def type_choices():
    """(key, label) of every page type and translatable snippet, for the board's filter."""
    models_ = [m for m in get_page_models() if m is not Page] + list(SNIPPET_MODELS)
    return [(m._meta.label_lower, str(m._meta.verbose_name).capitalize()) for m in models_]


def _changed_at(page):
    """When the German page last changed what its translation source records: its published
    version (a German draft is not what gets translated)."""
    return page["last_published_at"]


def _segment_counts(source_locale_id):
    """(total per source, translated per (source, locale)): two grouped queries."""
    segments = StringSegment.objects.filter(source__locale_id=source_locale_id)
    totals = dict(segments.values_list("source_id").annotate(n=Count("id")))
    # A segment counts as translated in a locale when a string translation without error exists
    # for its string in its context: both conditions in one filter() use the same join.
    translated = {
        (source_id, locale_id): n
        for source_id, locale_id, n in segments.filter(
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values_list("source_id", "string__translations__locale_id")
        .annotate(n=Count("id"))
    }
    return totals, translated


def _progress(cell, source_id, locale_id, totals, translated):
    if source_id is None:
        return False
    cell.segments_total = totals.get(source_id, 0)
    cell.segments_translated = translated.get((source_id, locale_id), 0)
    return cell.segments_translated < cell.segments_total


def compute_board(content_types=None):
    """Every German page and translatable snippet with its status in every target locale.

    `content_types` (model label_lower values) restricts the rows; None means all. The number of
    queries does not depend on the number of objects.
    """
    source = source_locale()
    targets = target_locales()
    wanted = set(content_types) if content_types else None

    page_models = [m for m in get_page_models() if m is not Page]
    # One query for all content types (none when Django's cache has them already).
    content_type_ids = {
        ct.pk: model for model, ct in ContentType.objects.get_for_models(*page_models).items()
    }

    sources = {}
    for row in TranslationSource.objects.filter(locale_id=source.pk).values(
        "id", "object_id", "last_updated_at"
    ):
        sources[row["object_id"]] = row
    translations = {
        (row["source_id"], row["target_locale_id"]): row
        for row in Translation.objects.filter(source__locale_id=source.pk, enabled=True).values(
            "id", "uuid", "source_id", "target_locale_id"
        )
    }
    totals, translated = _segment_counts(source.pk)
    # When each translation was last generated from its source (wagtail-localize logs every
    # save_target; pages/translation/workflow.py logs its draft revisions too).
    generated = {
        (entry["source_id"], entry["locale_id"]): entry["last"]
        for entry in TranslationLog.objects.filter(source__locale_id=source.pk)
        .values("source_id", "locale_id")
        .annotate(last=Max("created_at"))
    }
    progress = (totals, translated, generated)

    rows = _page_rows(source, targets, content_type_ids, wanted, sources)
    _fill_page_cells(rows, source, targets, translations, progress)
    rows += _snippet_rows(source, targets, wanted, sources, translations, progress)
    return Board(locales=targets, rows=rows)


def _page_rows(source, targets, content_type_ids, wanted, sources):
    rows = []
    german = (
        Page.objects.filter(locale_id=source.pk, depth__gt=1, alias_of__isnull=True)
        .order_by("path")
        .values(
            "id",
            "title",
            "draft_title",
            "translation_key",
            "content_type_id",
            "live",
            "last_published_at",
            "latest_revision_created_at",
            "depth",
        )
    )
    for page in german:
        model = content_type_ids.get(page["content_type_id"])
        if model is None or (wanted is not None and model._meta.label_lower not in wanted):
            continue
        key = page["translation_key"]
        src = sources.get(key)
        row = Row(
            kind="page",
            model=model,
            object_id=page["id"],
            translation_key=key,
            title=page["draft_title"] or page["title"],
            source_live=page["live"],
            live_title=page["title"] if page["live"] else "",
            source_id=src["id"] if src else None,
            depth=page["depth"],
            changed_at=_changed_at(page),
            source=src,
        )
        rows.append(row)
    return rows


def _fill_page_cells(rows, source, targets, translations, progress):
    if not rows:
        return
    keys = Page.objects.filter(locale_id=source.pk).values("translation_key")
    translated_pages = {
        (page["translation_key"], page["locale_id"]): page
        for page in Page.objects.filter(translation_key__in=keys)
        .exclude(locale_id=source.pk)
        .values(
            "id",
            "translation_key",
            "locale_id",
            "live",
            "has_unpublished_changes",
            "last_published_at",
            "latest_revision_created_at",
            "alias_of_id",
        )
    }
    page_type = ContentType.objects.get_for_model(Page)
    in_review = set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, base_content_type_id=page_type.pk
        ).values_list("object_id", flat=True)
    )
    for row in rows:
        for locale in targets:
            row.cells[locale.language_code] = _page_cell(
                row, locale, translated_pages, translations, in_review, progress
            )


def _page_cell(row, locale, translated_pages, translations, in_review, progress):
    code = locale.language_code
    src = row.source
    page = translated_pages.get((row.translation_key, locale.pk))
    if page is None or page["alias_of_id"]:
        return Cell(
            code,
            Status.MISSING,
            target_id=page["id"] if page else None,
            is_alias=bool(page),
        )
    cell = Cell(code, Status.PUBLISHED, target_id=page["id"])
    translation = translations.get((src["id"], locale.pk)) if src else None
    incomplete = False
    if translation:
        cell.translation_id = translation["id"]
        cell.translation_uuid = str(translation["uuid"])
        synced_at = src["last_updated_at"]
        cell.source_changed = bool(row.changed_at and row.changed_at > synced_at)
        totals, translated, generated = progress
        last = generated.get((src["id"], locale.pk))
        cell.behind_sync = bool(last and last < synced_at)
        incomplete = _progress(cell, src["id"], locale.pk, totals, translated)
    if str(page["id"]) in in_review:
        cell.status = Status.IN_REVIEW
    elif cell.source_changed or cell.behind_sync or (incomplete and page["live"]):
        cell.status = Status.OUT_OF_DATE
    elif not page["live"] or page["has_unpublished_changes"]:
        cell.status = Status.DRAFT
    return cell


def serialised_content(instance):
    """The instance as TranslationSource.content_json records it, parsed."""
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def _snippet_rows(source, targets, wanted, sources, translations, progress):
    models_ = [m for m in SNIPPET_MODELS if wanted is None or m._meta.label_lower in wanted]
    if not models_:
        return []
    # Snippets have no timestamps: whether the German record changed is read from its field
    # values, compared with what the translation source recorded.
    recorded = dict(
        TranslationSource.objects.filter(
            locale_id=source.pk,
            specific_content_type__in=ContentType.objects.get_for_models(*models_).values(),
        ).values_list("id", "content_json")
    )
    rows = []
    for model in models_:
        objects = list(model.objects.order_by(*(model._meta.ordering or ["pk"]), "pk"))
        by_key = {
            (obj.translation_key, obj.locale_id): obj
            for obj in objects
            if obj.locale_id != source.pk
        }
        for obj in objects:
            if obj.locale_id != source.pk:
                continue
            src = sources.get(obj.translation_key)
            row = Row(
                kind="snippet",
                model=model,
                object_id=obj.pk,
                translation_key=obj.translation_key,
                title=str(obj),
                source_live=True,
                live_title=str(obj),
                source_id=src["id"] if src else None,
            )
            changed = bool(
                src
                and src["id"] in recorded
                and json.loads(recorded[src["id"]]) != serialised_content(obj)
            )
            for locale in targets:
                row.cells[locale.language_code] = _snippet_cell(
                    obj, src, locale, by_key, translations, changed, progress
                )
            rows.append(row)
    return rows


def _snippet_cell(obj, src, locale, by_key, translations, changed, progress):
    code = locale.language_code
    target = by_key.get((obj.translation_key, locale.pk))
    if target is None:
        return Cell(code, Status.MISSING)
    cell = Cell(code, Status.PUBLISHED, target_id=target.pk)
    translation = translations.get((src["id"], locale.pk)) if src else None
    if translation is None:
        return cell  # translated by hand, outside wagtail-localize: nothing to compare
    cell.translation_id = translation["id"]
    cell.translation_uuid = str(translation["uuid"])
    cell.source_changed = changed
    totals, translated, generated = progress
    last = generated.get((src["id"], locale.pk))
    cell.behind_sync = bool(last and last < src["last_updated_at"])
    incomplete = _progress(cell, src["id"], locale.pk, totals, translated)
    if changed or cell.behind_sync or incomplete:
        cell.status = Status.OUT_OF_DATE
    return cell


def counts_per_locale(board, rows=None):
    """{language code: {status: number}} over `rows` (all rows of the board by default)."""
    counts = {loc.language_code: defaultdict(int) for loc in board.locales}
    for row in board.rows if rows is None else rows:
        for code, cell in row.cells.items():
            counts[code][cell.status] += 1
    return {
        code: {s.value: found.get(s.value, 0) for s in Status} for code, found in counts.items()
    }
