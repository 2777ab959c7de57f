"""Template side of the fallback rule (pages/core/fallback.py).

{% load glokal_fallback %}
{% translated_link page as link %}
<a href="{{ link.url }}"{% if link.is_fallback %} hreflang="{{ link.language_code }}"
   lang="{{ link.language_code }}"{% endif %}>{{ link.page.title|default:page.title }}</a>
{% include "pages/core/includes/fallback_note.html" with language=link.language_code %}

{% content_language page as content_lang %}
<div{% if content_lang %} lang="{{ content_lang }}"{% endif %}> … </div>
{% if content_lang %}
  {% include "pages/core/includes/fallback_note.html" with language=content_lang %}
{% endif %}
"""

from django import template
from django.utils import translation

from pages.core import fallback

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_link(context, page, language_code=None):
    """Where a link to `page` leads for a reader of `language_code` (default: the active
    language). One query per call: for lists, resolve them in the view with
    `fallback.resolve_many`."""
    return fallback.resolve(
        page, language_code or translation.get_language(), request=context.get("request")
    )


@register.simple_tag
def content_language(page):
    """The language of `page`'s content when it is not the URL's language (an alias of the
    German page), else an empty string."""
    return fallback.content_language(page) or ""
