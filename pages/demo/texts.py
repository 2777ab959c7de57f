"""Demo texts in the four content languages, and the translation memory built from them.

Every piece of demo content is written once as a `Text`, the four languages side by side, so a
reader (or a reviewer fluent in Polish) sees at a glance what each translation says. The German
value goes into the source page or snippet; the other three go into a `TranslationMemory` keyed
by the German text, which is then handed to `pages.translation.translate_object` as its
`translate` callback. wagtail-localize asks that callback once per segment, passing the segment
as it stores it (`String.data`): plain fields HTML-escaped, rich text one segment per block
element. Demo rich text is kept to plain `<p>` paragraphs, so unescaping and normalising
whitespace is enough to find every segment again.
"""

import html

from django.core.management.base import CommandError
from django.utils.text import slugify

SOURCE_LANGUAGE = "de"
TARGET_LANGUAGES = ("en", "pl", "cs")
LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)

# {"de": …, "en": …, "pl": …, "cs": …}
Text = dict[str, str]

# slugify() drops letters that do not decompose into ASCII; spell them out as people would.
_SLUG_TRANSLITERATION = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
    }
)


def same(value: str) -> Text:
    """A name written the same in every language (a person, a brand, an address)."""
    return dict.fromkeys(LANGUAGES, value)


def as_text(value: str | Text) -> Text:
    """Accept a plain string as a language-neutral text, so names need no four-way dict."""
    return same(value) if isinstance(value, str) else value


def ascii_slug(value: str) -> str:
    """A URL slug in plain ASCII: "Współpraca für Außenhandel" → "wspolpraca-fuer-aussenhandel"."""
    return slugify(value.translate(_SLUG_TRANSLITERATION), allow_unicode=False)


def normalise(segment: str) -> str:
    """The lookup key of a text: unescaped, with whitespace collapsed as HTML renders it."""
    return " ".join(html.unescape(segment).split())


class MissingTranslation(CommandError):
    """A segment of a German page or snippet has no demo translation.

    Raised instead of letting wagtail-localize fall back to German, which would leave a
    half-German "translation" that looks finished in the admin.
    """


class TranslationMemory:
    """Hand-written translations, looked up by their German text.

    Callable with wagtail-localize's segment data, so it can be passed straight to
    `translate_object` as the `translate` callback.
    """

    def __init__(self):
        self._by_source: dict[str, Text] = {}

    def __len__(self):
        return len(self._by_source)

    def add(self, value: str | Text) -> str:
        """Remember a text's translations and return its German value for the source object."""
        text = as_text(value)
        missing = [code for code in LANGUAGES if not text.get(code, "").strip()]
        if missing:
            raise ValueError(f"Demo text {text!r} lacks {', '.join(missing)}")
        if any("\n" in text[code] for code in LANGUAGES):
            # wagtail-localize turns newlines into <br>; keep one segment per text.
            raise ValueError(f"Demo text {text[SOURCE_LANGUAGE]!r} contains a line break")
        key = normalise(text[SOURCE_LANGUAGE])
        known = self._by_source.get(key)
        if known is not None and any(
            normalise(known[code]) != normalise(text[code]) for code in TARGET_LANGUAGES
        ):
            raise ValueError(f"Demo text {key!r} has two different translations")
        self._by_source[key] = text
        return text[SOURCE_LANGUAGE]

    def add_slug(self, slugs: Text) -> str:
        """Remember a page's slug in each language; returns the German slug."""
        return self.add({code: ascii_slug(slug) for code, slug in slugs.items()})

    def lookup(self, segment: str, language_code: str) -> str:
        text = self._by_source.get(normalise(segment))
        if text is None:
            raise MissingTranslation(
                f"No {language_code} translation for the demo text {normalise(segment)!r}"
            )
        return text[language_code]

    def __call__(self, segment: str, language_code: str, path: str) -> str:
        """The translation in the form wagtail-localize stores it (see module docstring)."""
        translated = self.lookup(segment, language_code)
        if path == "slug":
            return ascii_slug(translated)
        return html.escape(translated, quote=False)
