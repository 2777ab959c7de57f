"""What the admin's CSV and XLSX exports share: cells a spreadsheet cannot run as formulas,
times in the agency's time zone, column headings in the editor's language."""

from django.utils import timezone, translation

# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


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
