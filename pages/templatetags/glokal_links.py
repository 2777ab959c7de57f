"""`|safe_richtext`: Wagtail's `|richtext` without unsafe link addresses; `|safe_url`: a link
address, or "" when it is unsafe (model URL fields such as an event's registration link).

For rich text fields of models (a story's challenge, approach and result); StreamField
paragraphs clean their own value (pages/core/blocks.py). The rule is pages/core/safe_urls.py.
"""

from django import template
from wagtail.templatetags.wagtailcore_tags import richtext

from pages.core.safe_urls import safe_rich_text, safe_url_or_empty, without_unsafe_urls

register = template.Library()


@register.filter
def safe_richtext(value):
    if isinstance(value, str):
        return richtext(without_unsafe_urls(value))
    return richtext(safe_rich_text(value))


@register.filter
def safe_url(value):
    return safe_url_or_empty(value)
