"""Open Graph tags and schema.org JSON-LD for the page being shown
(pages/core/structured_data.py)."""

from django import template
from django.utils import translation
from django.utils.html import format_html, format_html_join

from pages.core.i18n import live_translations
from pages.core.images import rendition_of
from pages.core.public_url import public_url
from pages.core.structured_data import OG_LOCALES, description_of, json_ld_script, social_image_of

OG_RENDITION = "fill-1200x630"
register = template.Library()


@register.simple_tag(takes_context=True)
def open_graph(context, page):
    request = context.get("request")
    if page is None or not getattr(page, "pk", None) or request is None:
        return ""
    language = translation.get_language()
    tags = [
        ("og:site_name", "Glokal"),
        ("og:type", getattr(page, "og_type", "website")),
        ("og:title", page.seo_title or page.title),
        ("og:url", page.get_full_url(request)),
        ("og:locale", OG_LOCALES.get(language, language)),
    ]
    description = description_of(page)
    if description:
        tags.append(("og:description", description))
    for other in live_translations(page):
        code = other.locale.language_code
        if code != language:
            tags.append(("og:locale:alternate", OG_LOCALES.get(code, code)))
    image = social_image_of(page)
    if image is not None:
        rendition = rendition_of(image, OG_RENDITION)  # no cache write per page view
        tags += [
            ("og:image", public_url(rendition.url)),
            ("og:image:width", str(rendition.width)),
            ("og:image:height", str(rendition.height)),
            ("og:image:alt", rendition.alt),
        ]
    return format_html_join("\n  ", '<meta property="{}" content="{}">', tags)


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    request = context.get("request")
    builder = getattr(page, "structured_data", None)
    if request is None or not callable(builder):
        return ""
    data = builder(request)
    return json_ld_script(data) if data else format_html("")
