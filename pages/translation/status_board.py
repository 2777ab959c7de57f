"""The "Translations" status board in the Wagtail admin, its CSV export and translators' queues.

Every German page and translatable snippet is a row, every target locale a column; each cell
shows the status computed by pages/translation/status.py and links straight to where the work
is done: the translation editor of the translated page or snippet, or wagtail-localize's
"translate" form when the translation is missing. The whole board is computed with a constant
number of queries and then filtered, counted and paginated in Python, so the figures per locale
always cover everything the filters select, not just the rows on screen.

A translator (a member of a group "Translators (<language>)", pages/core/locales.py)
opens the board on their *queue*: the rows of their locales that are missing, out of date or draft.
Whoever may not edit the German source (translators, reviewers) sees only what can be
translated: German content that is live, under its public title; German drafts and company
submissions in moderation stay with the editors, in the board, its search and its CSV export.

Wired from pages/translation/admin/board.py.
"""

import csv
from dataclasses import replace

from django import forms
from django.contrib.admin.utils import quote
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from pages.core.admin_export import neutralise_formula
from pages.core.locales import source_locale, translator_locales
from pages.translation import roles
from pages.translation.status import (
    QUEUE_STATUSES,
    Status,
    compute_board,
    counts_per_locale,
    type_choices,
)

ROWS_PER_PAGE = 50


# --- Who translates what ----------------------------------------------------------------------


def queue_codes(user):
    """The language codes of `user`'s queue: the locales they translate into; empty for anyone
    who is not a translator (editors, reviewers) and for superusers."""
    if user.is_superuser:
        # A superuser oversees every language: the board opens on all of them, never on a
        # queue, even when the superuser also belongs to a translator group.
        return set()
    return {locale.language_code for locale in translator_locales(user)}


def sees_unpublished_sources(user):
    """Whether `user` works on the German source itself, drafts included: editors and
    administrators (the roles' locale rule for the source locale)."""
    return roles.may_edit_locale(user, source_locale().pk)


def visible_rows(user, rows):
    """The rows `user` may see: all of them for those who edit the German source; for everyone
    else the live German content, under the title the public sees (not a draft's)."""
    if sees_unpublished_sources(user):
        return rows
    return [replace(row, title=row.live_title) for row in rows if row.source_live]


# --- Filters ----------------------------------------------------------------------------------


class BoardFilterForm(forms.Form):
    """The board's query string. Unknown values are dropped, never a 500."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    locale = forms.ChoiceField(label=_("Language"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    type = forms.ChoiceField(label=_("Type"), required=False)
    queue = forms.BooleanField(label=_("My queue only"), required=False)

    def __init__(self, *args, locales=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].choices = [("", _("All languages"))] + [
            (loc.language_code, loc.get_display_name()) for loc in locales
        ]
        self.fields["status"].choices = [("", _("All statuses"))] + list(Status.choices)
        self.fields["type"].choices = [("", _("All types"))] + type_choices()


def board_for_request(request):
    """(form, board, rows, columns) for the query string: the filtered rows, all of them."""
    query = request.GET.copy()
    own_codes = queue_codes(request.user)
    if own_codes and not query:
        query["queue"] = "1"  # translators land on their queue; any filter (or ?all=1) leaves it
    # The form needs the locales first; they come with the board, so validate the type first.
    types = dict(type_choices())
    wanted_type = query.get("type") if query.get("type") in types else None
    board = compute_board([wanted_type] if wanted_type else None)
    form = BoardFilterForm(query, locales=board.locales)
    form.is_valid()  # invalid fields are simply left out of cleaned_data
    data = form.cleaned_data

    columns = list(board.locales)
    if data.get("locale"):
        columns = [loc for loc in columns if loc.language_code == data["locale"]]
    in_queue = bool(data.get("queue") and own_codes)
    if in_queue:
        columns = [loc for loc in columns if loc.language_code in own_codes]
    codes = [loc.language_code for loc in columns]

    rows = visible_rows(request.user, board.rows)
    search = (data.get("q") or "").strip().casefold()
    if search:
        rows = [row for row in rows if search in row.title.casefold()]
    counted = rows
    statuses = {data["status"]} if data.get("status") else None
    if in_queue:
        statuses = (statuses or set(QUEUE_STATUSES)) & set(QUEUE_STATUSES)
    if statuses is not None:
        rows = [row for row in rows if any(row.cells[code].status in statuses for code in codes)]
    return {
        "form": form,
        "board": board,
        "rows": rows,
        "columns": columns,
        "counts": counts_per_locale(board, counted),
        "queue_codes": sorted(own_codes),
        "in_queue": in_queue,
    }


# --- Links ------------------------------------------------------------------------------------


def edit_url(model, pk, kind):
    if kind == "page":
        return reverse("wagtailadmin_pages:edit", args=[pk])
    return reverse(model.snippet_viewset.get_url_name("edit"), args=[quote(pk)])


def translate_url(row):
    """Where a missing translation is started: "Translate into all languages"
    (pages/translation/admin/workflow.py), else wagtail-localize's own "Translate" form."""
    meta = row.model._meta
    try:
        if row.kind == "page":
            return reverse("glokal_translation:translate_page", args=[row.object_id])
        return reverse(
            "glokal_translation:translate_snippet",
            args=[meta.app_label, meta.model_name, quote(row.object_id)],
        )
    except NoReverseMatch:
        pass
    if row.kind == "page":
        return reverse("wagtail_localize:submit_page_translation", args=[row.object_id])
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, quote(row.object_id)],
    )


def _optional_url(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def decorate(rows, codes):
    """Attach the links the template shows: only for the rows of one screen."""
    download = reverse("glokal_translation_board:po_download")
    for row in rows:
        row.source_url = edit_url(row.model, row.object_id, row.kind)
        row.translate_url = translate_url(row)
        row.visible_cells = []
        for code in codes:
            cell = row.cells[code]
            cell.url = (
                edit_url(row.model, cell.target_id, row.kind)
                if cell.target_id and not cell.is_alias
                else row.translate_url
            )
            cell.po_url = ""
            cell.changes_url = ""
            cell.submit_url = ""
            if cell.translation_id:
                cell.po_url = f"{download}?translation={cell.translation_id}"
                if cell.status == Status.OUT_OF_DATE:
                    # What changed in German, segment by segment
                    # (pages/translation/admin/workflow.py).
                    cell.changes_url = _optional_url(
                        "glokal_translation:changes", cell.translation_id
                    )
                elif cell.status == Status.DRAFT and row.kind == "page":
                    cell.submit_url = _optional_url(
                        "glokal_translation:submit", cell.translation_id
                    )
            row.visible_cells.append(cell)
    return rows


# --- Views ------------------------------------------------------------------------------------


class StatusBoardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "pages/translation/admin/status_board.html"
    page_title = _("Translations")
    header_icon = "globe"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        found = board_for_request(self.request)
        page = Paginator(found["rows"], ROWS_PER_PAGE).get_page(self.request.GET.get("p"))
        codes = [loc.language_code for loc in found["columns"]]
        decorate(page.object_list, codes)
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            found,
            page_obj=page,
            query_string=query.urlencode(),
            csv_url=reverse("glokal_translation_board:board_csv") + "?" + query.urlencode(),
            upload_url=reverse("glokal_translation_board:po_upload"),
            download_url=reverse("glokal_translation_board:po_download"),
            total=len(found["rows"]),
            count_rows=[
                (
                    loc,
                    [
                        (Status(s).label, s, n)
                        for s, n in found["counts"][loc.language_code].items()
                    ],
                )
                for loc in found["columns"]
            ],
        )
        return context


def _count_cells(figures):
    return [(Status(status).label, status, number) for status, number in figures.items()]


def board_csv(request):
    """The filtered board as CSV: every matching row, not only one screen."""
    found = board_for_request(request)
    codes = [loc.language_code for loc in found["columns"]]
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="translations-{stamp}.csv"'
    response.write("\ufeff")  # spreadsheet programs read UTF-8 only with a byte order mark
    writer = csv.writer(response)
    header = [str(_("Type")), str(_("Title")), str(_("German ID"))]
    for code in codes:
        header += [
            f"{code}: {_('status')}",
            f"{code}: {_('translated segments')}",
            f"{code}: {_('ID')}",
        ]
    writer.writerow(header)
    for row in found["rows"]:
        line = [row.type_label, neutralise_formula(row.title), row.object_id]
        for code in codes:
            cell = row.cells[code]
            progress = (
                f"{cell.segments_translated}/{cell.segments_total}" if cell.segments_total else ""
            )
            line += [cell.status, progress, cell.target_id or ""]
        writer.writerow(line)
    return response
