"""`{% rendition image "spec" as name %}`: what `{% image image spec as name %}` gives, without
the rendition cache write Wagtail's tag does on every page view (pages/core/images.py)."""

from django import template

from pages.core.images import rendition_of

register = template.Library()


@register.simple_tag
def rendition(image, spec):
    return rendition_of(image, spec) if image else None
