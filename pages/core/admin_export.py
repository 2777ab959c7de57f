"""What the admin's CSV and XLSX exports share: cells a spreadsheet cannot run as formulas,
times in the agency's time zone, column headings and labels in the editor's language, and a
dated file name. `LocalisedExportMixin` puts them together for a Wagtail listing's IndexView."""

import datetime

from django.utils import timezone, translation
from wagtail.admin.views.mixins import SpreadsheetExportMixin, list_to_str

# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

CSV = SpreadsheetExportMixin.FORMAT_CSV
XLSX = SpreadsheetExportMixin.FORMAT_XLSX


def neutralise_formula(value):
    """A cell a spreadsheet would run as a formula (=, +, -, @ …) becomes plain text: titles,
    names and messages from the public forms come from outside."""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text


def local_time(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def in_language(iterator, language):
    """Each item of `iterator` produced with `language` active."""
    while True:
        with translation.override(language):
            try:
                item = next(iterator)
            except StopIteration:
                return
        yield item


class LocalisedExportMixin:
    """For a Wagtail IndexView (put it first among the bases) whose viewset sets `list_export`
    and `export_filename`: the export of what the listing shows, in the editor's language.

    - Times: local wall-clock text in the CSV; naive local times in the XLSX, whose cells
      cannot hold a time zone. Dates and times stay typed cells in the XLSX, lists become
      "a, b", as Wagtail does by default.
    - Text: the CSV gets the formula guard; in the XLSX, Wagtail already stores a cell that
      looks like a formula as a string.
    - Language: the XLSX is written inside the view, with the editor's language active; the
      CSV is streamed after the view has returned, so its rows are produced in that language.
    - File name: `export_filename` and today's date.

    A view adds its own value types with `{**LocalisedExportMixin.custom_value_preprocess, …}`.
    """

    custom_value_preprocess = {
        # Before (date, time): a datetime is a date too.
        datetime.datetime: {CSV: local_time, XLSX: timezone.make_naive},
        (datetime.date, datetime.time): {XLSX: None},
        list: {CSV: list_to_str, XLSX: list_to_str},
        str: {CSV: neutralise_formula},
    }

    def stream_csv(self, queryset):
        return in_language(super().stream_csv(queryset), translation.get_language())

    def get_filename(self):
        return f"{self.export_filename}-{timezone.localdate():%Y-%m-%d}"
