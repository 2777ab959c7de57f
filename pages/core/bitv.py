"""The start-page information BITV 2.0 § 4 asks for: where the Leichte Sprache page and the
sign-language (DGS) page are, so every page's header can link to them.

Both pages are German (Leichte Sprache and Deutsche Gebärdensprache are German by nature); the
model has no field that marks them, so they are found by their slugs in the German tree, a
convention the editors' guide names. Another language's site links to its own version when an
editor made one, else to the German page, marked as German (pages/core/fallback.py's rule).

Cached per language with the menus (pages/core/cache.py): no query on a warm page.
"""

from django.utils import translation

from pages.core.cache import cached
from pages.core.fallback import SOURCE_LANGUAGE, resolve_many
from pages.core.models.standard import StandardPage
from pages.core.restrictions import public

EASY_LANGUAGE_SLUG = "leichte-sprache"
SIGN_LANGUAGE_SLUG = "gebaerdensprache"
# In the order the header shows them.
BITV_SLUGS = {"easy_language": EASY_LANGUAGE_SLUG, "sign_language": SIGN_LANGUAGE_SLUG}


def bitv_links(language=None):
    """[{"role", "title", "url", "lang", "is_fallback"}] for the pages that exist and are live."""
    language = language or translation.get_language()

    def build():
        pages = public(
            StandardPage.objects.live().filter(
                locale__language_code=SOURCE_LANGUAGE, slug__in=BITV_SLUGS.values()
            )
        )
        by_slug = {page.slug: page for page in pages}
        resolved = resolve_many(by_slug.values(), language)
        links = []
        for role, slug in BITV_SLUGS.items():
            page = by_slug.get(slug)
            target = resolved.get(page.pk) if page else None
            if target is None or target.page is None:
                continue
            links.append(
                {
                    "role": role,
                    "title": target.page.title,
                    "url": target.url,
                    "lang": target.language_code,
                    "is_fallback": target.is_fallback,
                }
            )
        return links

    return cached(f"bitv:{language}", build)
