"""Site-wide template tags: menus, footer links, language switcher, hreflang."""

from django import template
from wagtail.models import Page

from pages.core.i18n import hreflang_alternates, page_language_links, path_language_links
from pages.core.navigation import footer_links, main_menu

register = template.Library()


register.simple_tag(main_menu)
register.simple_tag(footer_links)


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
