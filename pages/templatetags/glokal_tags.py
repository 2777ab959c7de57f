"""Site-wide template tags: menus, footer links, language switcher, hreflang."""

from django import template
from django.utils import translation
from wagtail.models import Page

from pages.core.cache import cached
from pages.core.i18n import hreflang_alternates, page_language_links, path_language_links
from pages.core.models.standard import FooterLink, StandardPage
from pages.core.restrictions import public

register = template.Library()


@register.simple_tag
def main_menu():
    """The current language's top-level pages marked "show in menus" (cached per language)."""
    language = translation.get_language()

    def build():
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


@register.simple_tag
def footer_links():
    """Imprint, privacy policy and accessibility statement in the current language."""
    language = translation.get_language()
    order = [value for value, _label in FooterLink.choices]

    def build():
        pages = (
            StandardPage.objects.live()
            .filter(locale__language_code=language)
            .exclude(footer_link="")
        )
        links = [{"title": p.title, "url": p.url, "role": p.footer_link} for p in pages]
        return sorted(links, key=lambda link: order.index(link["role"]))

    return cached(f"footer:{language}", build)


@register.simple_tag(takes_context=True)
def language_links(context):
    request = context.get("request")
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        return page_language_links(page, request)
    if request is not None:
        return path_language_links(request)
    return []


@register.simple_tag(takes_context=True)
def alternate_links(context):
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        return hreflang_alternates(page, context.get("request"))
    return []


@register.filter
def is_ancestor_path(menu_path, page):
    """True when the menu entry is the current page or one of its ancestors."""
    return isinstance(page, Page) and page.url_path.startswith(menu_path)
