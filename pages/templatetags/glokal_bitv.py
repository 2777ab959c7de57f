"""{% bitv_links as links %}: the Leichte Sprache and sign-language pages (pages/bitv.py)."""

from django import template

from .. import bitv

register = template.Library()


@register.simple_tag
def bitv_links():
    return bitv.bitv_links()
