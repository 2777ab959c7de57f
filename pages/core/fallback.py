"""The one fallback rule: what a visitor, an API client or a newsletter reader gets for a page
in a language.

Given a page (any of its language versions) and a language:

1. the **published translation** in that language, if there is one;
2. otherwise the **published German source**, marked as German (`language_code == "de"`,
   `is_fallback`): links to it carry `hreflang="de" lang="de"` and a note "in German". A
   wagtail-localize *alias* in that language (a copy showing the German content under the
   language's URL) counts as this case too, and the page itself then marks its content
   `lang="de"` (see `content_language`);
3. otherwise the language's **home page**.

A draft, a page in a moderation workflow, or a half-finished translation is never a result:
only live pages count, and a translation's draft changes are revisions that visitors never see
until they are published (pages.translation_workflow.save_translation_draft).

Who uses it:

- the site's language switcher (pages/i18n.py) skips step 2: the German page is the switcher's
  own "DE" entry, so a missing translation leads to the language's home page;
- links and listings that point at content in another language (`resolve_many`, and the
  `{% translated_link %}` tag of pages/templatetags/glokal_fallback.py);
- the newsletter: `resolve_many(pages, subscriber_language)` for the items of a digest;
- the API lists exactly the step-1 candidates in `meta.translations`, each with its status
  (pages/core/api_fields.py); the German source is among them, so a client applies steps 2
  and 3 itself.

One query for any number of pages (`resolve_many`), none for the home URL.
"""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Page

from pages.core.i18n import locale_home_url
from pages.core.page_cache.recording import record, translations_tag
from pages.core.restrictions import public

SOURCE_LANGUAGE = settings.LANGUAGE_CODE

TRANSLATION = "translation"
SOURCE = "source"
HOME = "home"


@dataclass(frozen=True)
class Resolved:
    """Where a page leads in one language, and in which language its content is."""

    requested: str  # the language asked for
    kind: str  # TRANSLATION, SOURCE or HOME
    url: str
    language_code: str  # the language of the content at `url`
    page: Page | None = None

    @property
    def is_fallback(self):
        return self.kind != TRANSLATION


def _candidates(translation_keys, language_code):
    """Live, public versions of the pages in the requested language and in German."""
    languages = {language_code, SOURCE_LANGUAGE}
    record(*(translations_tag(key) for key in translation_keys))
    return public(
        Page.objects.live()
        .filter(translation_key__in=translation_keys, locale__language_code__in=languages)
        .select_related("locale")
    )


def _choose(versions, language_code, request, allow_source):
    by_language = {}
    for version in versions:
        by_language.setdefault(version.locale.language_code, []).append(version)
    for version in by_language.get(language_code, []):
        if version.alias_of_id is None or language_code == SOURCE_LANGUAGE:
            url = version.get_url(request)
            if url:
                return Resolved(language_code, TRANSLATION, url, language_code, version)
    if allow_source:
        # An alias under the requested language's URL keeps the visitor in that language's
        # site; the German page itself is the other way to show the German content.
        aliases = [v for v in by_language.get(language_code, []) if v.alias_of_id]
        for version in aliases + by_language.get(SOURCE_LANGUAGE, []):
            url = version.get_url(request)
            if url:
                return Resolved(language_code, SOURCE, url, SOURCE_LANGUAGE, version)
    return Resolved(language_code, HOME, locale_home_url(language_code), language_code, None)


def resolve_many(pages, language_code, *, request=None, allow_source=True):
    """{page.pk: Resolved} for every page of `pages` (any language versions) in one query."""
    pages = list(pages)
    if not pages:
        return {}
    by_key = {}
    for version in _candidates({p.translation_key for p in pages}, language_code):
        by_key.setdefault(version.translation_key, []).append(version)
    return {
        page.pk: _choose(by_key.get(page.translation_key, []), language_code, request, allow_source)
        for page in pages
    }


def resolve(page, language_code, *, request=None, allow_source=True):
    """The rule for one page (one query)."""
    return resolve_many([page], language_code, request=request, allow_source=allow_source)[page.pk]


def content_language(page):
    """The language of a served page's content when it differs from its URL's language: the
    German source's for an alias in another locale (one query, aliases only), else None."""
    if not isinstance(page, Page) or not page.alias_of_id:
        return None
    code = (
        Page.objects.filter(pk=page.alias_of_id)
        .values_list("locale__language_code", flat=True)
        .first()
    )
    own = page.locale.language_code if page.locale_id else None
    return code if code and code != own else None
