"""The site's navigation in the current language: the main menu and the footer's legal links,
cached per language under the structure version (pages/core/cache.py)."""

from django.utils import translation
from wagtail.models import Locale, Page

from pages.core.cache import cached
from pages.core.models.standard import FooterLink, StandardPage
from pages.core.page_cache.recording import record
from pages.core.restrictions import public


def main_menu():
    """The current language's top-level pages marked "show in menus"."""
    language = translation.get_language()

    def build():
        record(
            *(
                f"menu:{pk}"
                for pk in Locale.objects.filter(language_code=language).values_list("pk", flat=True)
            )
        )
        pages = (
            Page.objects.live()
            .in_menu()
            .filter(depth=3, locale__language_code=language)
            .order_by("path")
        )
        return [
            {"title": page.title, "url": page.url, "path": page.url_path} for page in public(pages)
        ]

    return cached(f"menu:{language}", build)


def footer_links():
    """Imprint, privacy policy and accessibility statement in the current language."""
    language = translation.get_language()
    order = [value for value, _label in FooterLink.choices]

    def build():
        record("footer")
        pages = (
            StandardPage.objects.live()
            .filter(locale__language_code=language)
            .exclude(footer_link="")
        )
        links = [{"title": p.title, "url": p.url, "role": p.footer_link} for p in pages]
        return sorted(links, key=lambda link: order.index(link["role"]))

    return cached(f"footer:{language}", build)
