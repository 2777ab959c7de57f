"""StreamField content for demo pages, written as short (block type, value) pairs.

    stream(ctx, "release/forum", [
        ("paragraph", {"de": "…", "en": "…", "pl": "…", "cs": "…"}),
        ("heading", {...}),
        ("quote", {"quote": {...}, "speaker": "Dr. Annette Reinholz", "role": {...}}),
        ("image", {"image": "forum-hero", "caption": {...}}),
        ("link_list", {"heading": {...}, "links": [{"title": {...}, "page": "press"}]}),
    ])

Block ids are derived from the page key and the block's position instead of being random:
wagtail-localize names each segment by its block id, so stable ids keep the same translation
contexts from one run to the next, and an unchanged page compares equal and is left alone.
"""

import html
import uuid
from urllib.parse import urlparse

from pages.core.safe_urls import is_safe_url

from .images import DEMO_CREDIT

_ID_NAMESPACE = uuid.UUID("5b0f2a52-1f0c-4a47-9a8e-3f1d3c6f7a10")
# External demo links may only point to the domain reserved for examples (RFC 2606).
EXTERNAL_LINK_DOMAIN = "example.org"


def block_id(*parts) -> str:
    return str(uuid.uuid5(_ID_NAMESPACE, "/".join(str(part) for part in parts)))


def stream(ctx, key: str, blocks: list[tuple[str, object]]) -> list[dict]:
    """Raw StreamField data for `blocks`, registering every text with the translation memory."""
    return [
        {
            "type": kind,
            "value": _BUILDERS[kind](ctx, value, f"{key}/{index}"),
            "id": block_id(key, index),
        }
        for index, (kind, value) in enumerate(blocks)
    ]


def _paragraph(ctx, text, key):
    return f"<p>{html.escape(ctx.text(text), quote=False)}</p>"


def _heading(ctx, text, key):
    return {"text": ctx.text(text), "level": "h2"}


def _quote(ctx, value, key):
    return {
        "quote": ctx.text(value["quote"]),
        "speaker": ctx.text(value["speaker"]),
        "role": ctx.text(value["role"]),
    }


def _image(ctx, value, key):
    return {
        "image": ctx.images[value["image"]].pk,
        "caption": ctx.text(value["caption"]),
        "credit": ctx.text(value.get("credit", DEMO_CREDIT)),
    }


def _link(ctx, value, key):
    url = value.get("url", "")
    # The scheme first: javascript://example.org/%0Aalert(1) has the example host too.
    if url and (not is_safe_url(url) or urlparse(url).hostname != EXTERNAL_LINK_DOMAIN):
        raise ValueError(f"Demo links must point to {EXTERNAL_LINK_DOMAIN}, not {url}")
    page = ctx.pages[value["page"]] if "page" in value else None
    return {"title": ctx.text(value["title"]), "page": getattr(page, "pk", None), "url": url}


def _link_list(ctx, value, key):
    return {
        "heading": ctx.text(value["heading"]),
        "links": [
            {"type": "item", "value": _link(ctx, link, key), "id": block_id(key, index)}
            for index, link in enumerate(value["links"])
        ],
    }


_BUILDERS = {
    "paragraph": _paragraph,
    "heading": _heading,
    "quote": _quote,
    "image": _image,
    "link": _link,
    "link_list": _link_list,
}
