"""The one rule for link addresses: which URLs may reach a page, a feed, a mail or the API.

A URL is safe when it is relative (`/de/presse/`, `?page=2`, `#kontakt`, `//host/path`) or
its scheme is http, https, mailto or tel. Everything else (`javascript:`, `data:`,
`vbscript:`, `file:`, `ftp:`, any scheme we do not know) is refused, however it is spelled:
the rule looks at the address as a browser, a feed reader or a partner site's HTML parser
would after their own clean-up, so character references (`&#106;avascript:`), whitespace
and control characters inside or before the scheme (`java\tscript:`, ` javascript:`),
invisible characters, case and compatibility forms (full-width letters) do not get past it.
A colon in the first path segment of an address without a known scheme is refused too:
RFC 3986 does not allow it in a relative reference, so only a scheme can be meant.

Protocol-relative addresses (`//partner.example/`) are allowed: they resolve to http or
https on another host, which an editor may link to anyway; the rule is about what a link
does when followed (run script, open a local file), not about where it leads.

Where it is applied (see docs/architecture.md): the link and paragraph blocks refuse unsafe
addresses in the editor; `GlokalPage.clean()` refuses a page whose StreamFields, rich text
or URL fields hold one, whatever wrote them (the translation editor's publish, sync, a PO
import, the shell); pages/translation/override_guard.py refuses an unsafe override in the
translation editor before it is stored; and the blocks' templates and API representations
drop an unsafe address that got into the database behind all of these.
"""

import html
import re
import unicodedata
from collections.abc import Iterator

from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock, EmbedValue
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

#: Block and field names that say a text holds an address (a CharBlock called "url").
URL_NAME_PARTS = ("url", "href", "link")

#: Attributes of rich text that browsers follow or load.
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster")

# What browsers and parsers drop or ignore before they read a scheme: C0 controls, space,
# DEL, C1 controls, no-break space, soft hyphen, zero-width and bidirectional marks, the
# line and paragraph separators, word joiners, the BOM and the replacement character.
_IGNORED = re.compile(
    "[\x00-\x20\x7f-\xa0\xad\u115f\u1160\u1680\u180e\u2000-\u200f"
    "\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\ufff9-\ufffd]"
)
_PATH_END = re.compile(r"[/?#\\]")

UNSAFE_URL_MESSAGE = _(
    "“%(value)s” is not a safe link address. Use an address that starts with http://, "
    "https://, mailto: or tel:, or a relative address such as /de/presse/."
)


def _unescaped(value: str) -> str:
    # Character references are decoded once by an HTML parser; a value that was escaped
    # twice on its way (a template, then a feed) is decoded twice by its last reader.
    for _round in range(3):
        decoded = html.unescape(value)
        if decoded == value:
            break
        value = decoded
    return value


def _scheme_is_safe(text: str) -> bool:
    text = _IGNORED.sub("", text).lower()
    first_segment = _PATH_END.split(text, maxsplit=1)[0]
    if ":" not in first_segment:
        return True  # relative: a path, a query, a fragment or //host
    return first_segment.split(":", 1)[0] in SAFE_SCHEMES


def is_safe_url(value) -> bool:
    """Whether `value` may be used as a link address (see the module docstring).

    Empty and None are safe (an optional link that is not set); anything but a string is not.
    """
    if value is None or value == "":
        return True
    if not isinstance(value, str):
        return False
    text = _unescaped(value)
    return _scheme_is_safe(text) and _scheme_is_safe(unicodedata.normalize("NFKC", text))


def safe_url_or_empty(value) -> str:
    """`value` if it is a safe address, else "": what templates and the API output."""
    return value if is_safe_url(value) else ""


def unsafe_url_error(value) -> ValidationError:
    return ValidationError(
        UNSAFE_URL_MESSAGE,
        code="unsafe_url",
        params={"value": Truncator(str(value)).chars(80)},
    )


def validate_safe_url(value):
    """A Django validator: raises ValidationError for an unsafe address."""
    if not is_safe_url(value):
        raise unsafe_url_error(value)


# --- Rich text -------------------------------------------------------------------------------


def _url_attributes(soup):
    for tag in soup.find_all(True):
        for name in URL_ATTRIBUTES:
            value = tag.attrs.get(name)
            if value is not None:
                yield tag, name, value


def unsafe_urls_in_html(source) -> list[str]:
    """The unsafe addresses in the links and sources of an HTML fragment (rich text)."""
    if not source or ("=" not in source):
        return []
    soup = BeautifulSoup(source, "html.parser")
    return [value for _tag, _name, value in _url_attributes(soup) if not is_safe_url(value)]


def without_unsafe_urls(source: str) -> str:
    """`source` with every unsafe link address removed (the link text stays, unlinked).

    HTML without unsafe addresses is returned unchanged, byte for byte.
    """
    if not unsafe_urls_in_html(source):
        return source
    soup = BeautifulSoup(source, "html.parser")
    for tag, name, value in list(_url_attributes(soup)):
        if not is_safe_url(value):
            del tag.attrs[name]
    return str(soup)


def safe_rich_text(value):
    """A RichText (or None) whose source has no unsafe addresses; the same object if it had
    none, so rendering the usual content costs one parse and no copy."""
    if value is None:
        return None
    source = value.source if isinstance(value, RichText) else str(value)
    cleaned = without_unsafe_urls(source)
    if isinstance(value, RichText) and cleaned == source:
        return value
    return RichText(cleaned)


# --- What carries an address -----------------------------------------------------------------


def _named_like_url(name) -> bool:
    return any(part in (name or "").lower() for part in URL_NAME_PARTS)


def is_url_block(block) -> bool:
    """Whether a block's value is a link address: URL and embed blocks, and text blocks whose
    name says they hold one."""
    if isinstance(block, blocks.URLBlock | EmbedBlock):
        return True
    return isinstance(block, blocks.CharBlock | blocks.TextBlock) and _named_like_url(block.name)


def is_url_field(field) -> bool:
    """Whether a model field holds a link address (Wagtail's own `url_path`, a path in the
    page tree built from slugs, does not count)."""
    if field.model is Page:
        return False
    if isinstance(field, models.URLField):
        return True
    return (
        isinstance(field, models.CharField | models.TextField)
        and not isinstance(field, RichTextField | models.EmailField | models.SlugField)
        and not field.choices
        and _named_like_url(field.name)
    )


def _block_url(value):
    return value.url if isinstance(value, EmbedValue) else value


def unsafe_urls_in_block(block, value, path="") -> Iterator[tuple[str, str]]:
    """(path, address) for every unsafe address in a block value, however deeply nested."""
    if value is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from unsafe_urls_in_block(child.block, child.value, f"{path}.{child.block_type}")
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from unsafe_urls_in_block(child_block, value.get(name), f"{path}.{name}")
    elif isinstance(block, blocks.ListBlock):
        for position, item in enumerate(value):
            yield from unsafe_urls_in_block(block.child_block, item, f"{path}.{position}")
    elif isinstance(block, blocks.RichTextBlock):
        source = value.source if isinstance(value, RichText) else value
        for url in unsafe_urls_in_html(source):
            yield path, url
    elif is_url_block(block):
        url = _block_url(value)
        if not is_safe_url(url):
            yield path, url


def unsafe_urls_in_field(field, value) -> Iterator[tuple[str, str]]:
    """(path, address) for every unsafe address in the value of one model field."""
    if isinstance(field, StreamField):
        yield from unsafe_urls_in_block(field.stream_block, value, field.name)
    elif isinstance(field, RichTextField):
        for url in unsafe_urls_in_html(value):
            yield field.name, url
    elif is_url_field(field) and not is_safe_url(value):
        yield field.name, value


def carries_urls(field) -> bool:
    return isinstance(field, StreamField | RichTextField) or is_url_field(field)


def unsafe_urls(instance) -> dict[str, list[tuple[str, str]]]:
    """{field name: [(path, address), …]} for the unsafe addresses in a model instance."""
    found = {}
    for field in instance._meta.concrete_fields:
        if not carries_urls(field):
            continue
        urls = list(unsafe_urls_in_field(field, getattr(instance, field.attname)))
        if urls:
            found[field.name] = urls
    return found


def check_safe_urls(instance):
    """Raise ValidationError, by field, when `instance` holds an unsafe address.

    Called from `clean()`, so an admin form shows the error at its field, and every save
    that validates (Page.save, save_revision, publishing a revision, wagtail-localize's
    save_target) refuses to store it.
    """
    found = unsafe_urls(instance)
    if found:
        raise ValidationError(
            {name: [unsafe_url_error(url) for _path, url in urls] for name, urls in found.items()}
        )
