"""The gettext catalogues in locale/: every UI string translated in de, en, pl and cs.

A string added to the code or a template without translations fails here, as does an entry left
empty, fuzzy or obsolete, or a translation that loses or invents a placeholder. The fix is
`make catalogues`, then translating what it added in all four locale/<lang>/LC_MESSAGES/django.po.
"""

import os
import re
import shutil
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from tests import factories

LANGUAGES = ["de", "en", "pl", "cs"]
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
NPLURALS = {"de": 2, "en": 2, "pl": 3, "cs": 3}
# Quotes a translation uses where the English msgid has “…”.
QUOTES = {"de": ("„", "“"), "pl": ("„", "”"), "cs": ("„", "“")}

# What `make catalogues` leaves out, and the tests.
IGNORE_PATTERNS = [".venv/*", "var/*", "bench/*", "tests/*"]
PRUNED_DIRS = {"locale", "var", "bench", "tests", "node_modules", "__pycache__"}
SOURCE_SUFFIXES = {".py", ".html", ".txt"}  # the files makemessages reads for the django domain

# printf-style conversions as Python's % operator reads them: %s, %d, %(name)s, %(n).2f …
PLACEHOLDER = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?P<type>[diouxXeEfFgGcrsa%])"
)


def catalogue_path(code):
    return LOCALE_DIR / code / "LC_MESSAGES" / "django.po"


def load(code):
    return polib.pofile(str(catalogue_path(code)))


def key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


def label(entry):
    context = f" [context {entry.msgctxt!r}]" if entry.msgctxt else ""
    return f"{entry.msgid!r}{context}"


def placeholders(text):
    return sorted(m.group(0) for m in PLACEHOLDER.finditer(text) if m.group("type") != "%")


def translations(entry):
    if entry.msgid_plural:
        return [entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


@pytest.mark.parametrize("code", LANGUAGES)
def test_header_names_the_language_and_its_plural_forms(code):
    po = load(code)
    assert not po.metadata_is_fuzzy, f"{code}: the header is marked fuzzy"
    assert po.metadata.get("Project-Id-Version") == "Glokal"
    assert po.metadata.get("Language") == code
    assert "charset=UTF-8" in po.metadata.get("Content-Type", "")
    plural_forms = po.metadata.get("Plural-Forms", "")
    assert re.match(rf"nplurals={NPLURALS[code]};\s*plural=", plural_forms), plural_forms


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_entry_is_translated(code):
    po = load(code)
    problems = []
    for entry in po:
        if entry.obsolete:
            problems.append(f"obsolete: {label(entry)}")
        elif "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {label(entry)}")
        elif entry.msgid_plural and len(entry.msgstr_plural) != NPLURALS[code]:
            problems.append(
                f"{len(entry.msgstr_plural)} plural forms instead of {NPLURALS[code]}: "
                f"{label(entry)}"
            )
        elif not all(translations(entry)):
            problems.append(f"untranslated: {label(entry)}")
    assert not problems, f"locale/{code}: " + "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_the_placeholders(code):
    problems = []
    for entry in load(code):
        if entry.obsolete:
            continue
        sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        expected = {tuple(placeholders(text)) for text in sources}
        if "python-format" not in entry.flags and expected == {()}:
            continue  # not %-formatted: a literal % is just a per cent sign
        for text in translations(entry):
            if text and tuple(placeholders(text)) not in expected:
                problems.append(f"{label(entry)}: {text!r} has {placeholders(text)}")
    assert not problems, f"locale/{code}: " + "\n".join(problems)


@pytest.mark.parametrize("code", sorted(QUOTES))
def test_quoted_words_use_the_languages_own_quotes(code):
    opening, closing = QUOTES[code]
    problems = [
        f"{label(entry)}: {text!r}"
        for entry in load(code)
        if "“" in entry.msgid and not entry.obsolete
        for text in translations(entry)
        if text and (opening not in text or closing not in text or '"' in text)
    ]
    assert not problems, f"locale/{code} should quote with {opening}…{closing}: " + "\n".join(
        problems
    )


def test_all_catalogues_hold_the_same_strings():
    reference = {key(e) for e in load("de") if not e.obsolete}
    for code in LANGUAGES[1:]:
        assert {key(e) for e in load(code) if not e.obsolete} == reference, code


def copy_sources(target):
    """Copy the files makemessages would read into `target`, nothing else: no locale/ folder,
    no virtualenv, no var/, so the extraction below cannot touch the real catalogues."""
    root = Path(settings.BASE_DIR)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [
            d
            for d in dirnames
            if not d.startswith(".")
            and d not in PRUNED_DIRS
            and not (Path(dirpath, d) / "pyvenv.cfg").exists()  # any virtualenv
        ]
        for filename in filenames:
            if Path(filename).suffix in SOURCE_SUFFIXES:
                source = Path(dirpath, filename)
                destination = target / source.relative_to(root)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, destination)


@pytest.fixture(scope="module")
def extracted_strings(tmp_path_factory):
    """The msgids `makemessages` extracts from the code and templates as they are now.

    makemessages reads the current directory and writes to the first LOCALE_PATHS entry, or to
    a `locale` folder it finds while walking; both point into a temporary copy of the sources.
    """
    work = tmp_path_factory.mktemp("makemessages")
    copy_sources(work)
    locale_dir = work / "locale"
    locale_dir.mkdir()
    previous_cwd = os.getcwd()
    os.chdir(work)
    try:
        with override_settings(LOCALE_PATHS=[str(locale_dir)]):
            call_command(
                "makemessages",
                locale=["de"],
                ignore_patterns=IGNORE_PATTERNS,
                no_obsolete=True,
                no_location=True,
                verbosity=0,
            )
    finally:
        os.chdir(previous_cwd)
    po = polib.pofile(str(locale_dir / "de" / "LC_MESSAGES" / "django.po"))
    return {key(entry): entry for entry in po if not entry.obsolete}


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_has_every_string_of_the_code(extracted_strings, code):
    committed = {key(entry) for entry in load(code)}
    missing = [label(entry) for k, entry in extracted_strings.items() if k not in committed]
    assert not missing, (
        f"locale/{code} lacks strings used in the code or templates; run `make catalogues` "
        "and translate them in every language:\n" + "\n".join(missing)
    )


@pytest.fixture
def compiled_catalogues(tmp_path, settings):
    """The committed .po files compiled into a temporary LOCALE_PATHS, so the rendering test
    checks the catalogues themselves, not whatever .mo files the last `make messages` left."""
    for code in LANGUAGES:
        target = tmp_path / code / "LC_MESSAGES"
        target.mkdir(parents=True)
        load(code).save_as_mofile(str(target / "django.mo"))
    settings.LOCALE_PATHS = [str(tmp_path)]


SKIP_LINK = {
    "de": "Zum Inhalt springen",
    "en": "Skip to content",
    "pl": "Przejdź do treści",
    "cs": "Přejít k obsahu",
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_pages_show_the_skip_link_in_their_language(client, home, compiled_catalogues, code):
    if code != "de":
        factories.translate(home, code)
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    skip_link = BeautifulSoup(response.content, "html.parser").select_one("a.skip-link")
    assert skip_link.get_text(strip=True) == SKIP_LINK[code]
