"""Where each language version of a page lives: the language switcher and hreflang alternates.

The rule (documented in docs/i18n.md): a link to another language leads to the published
translation of the same page, or to that language's home page when there is none. The
`hreflang` alternates list exactly the published translations, the page itself included.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Page

from pages.core.page_cache.recording import record, translations_tag


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False when the link falls back to the language's home page


def locale_home_url(language_code: str) -> str:
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def live_translations(page: Page) -> list[Page]:
    """The page's published language versions (itself included), fetched once per request.

    View restrictions are synchronised to translations by wagtail-localize, so a public
    page's translations are public too and need no separate check.
    """
    if not hasattr(page, "_glokal_live_translations"):
        record(translations_tag(page.translation_key))  # a new translation changes the links
        page._glokal_live_translations = list(
            Page.objects.live()
            .filter(translation_key=page.translation_key)
            .select_related("locale")
            .only("id", "url_path", "locale__language_code", "translation_key", "depth", "path")
        )
    return page._glokal_live_translations


def page_language_links(page: Page, request) -> list[LanguageLink]:
    current = translation.get_language()
    by_language = {p.locale.language_code: p for p in live_translations(page)}
    links = []
    for code, name in settings.LANGUAGES:
        target = by_language.get(code)
        url = target.get_url(request) if target is not None else None
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url or locale_home_url(code),
                is_current=code == current,
                is_translation=url is not None,
            )
        )
    return links


def path_language_links(request) -> list[LanguageLink]:
    """For views that are not Wagtail pages: the same path under each language prefix."""
    current = translation.get_language()
    return [
        LanguageLink(
            code=code,
            name=name,
            url=translate_url(request.path, code),
            is_current=code == current,
            is_translation=True,
        )
        for code, name in settings.LANGUAGES
    ]


def hreflang_alternates(page: Page, request) -> list[tuple[str, str]]:
    """(language, absolute URL) of every published translation, for <link rel=alternate>."""
    alternates = []
    for target in live_translations(page):
        url = target.get_full_url(request)
        if url:
            alternates.append((target.locale.language_code, url))
    return sorted(alternates)
