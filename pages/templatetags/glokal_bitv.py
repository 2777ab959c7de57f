"""{% bitv_links as links %}: the Leichte Sprache and sign-language pages (pages/core/bitv.py)."""

from django import template

from pages.core import bitv

register = template.Library()


@register.simple_tag
def bitv_links():
    return bitv.bitv_links()
