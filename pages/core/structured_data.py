"""schema.org JSON-LD and Open Graph data for pages that search engines and link previews use.

A page type opts in by defining `structured_data(request) -> dict` (press releases: a
NewsArticle; events: an Event) and may define `social_image()`; the template tags in
`glokal_seo` turn them into `<script type="application/ld+json">` (a data block, which a
Content Security Policy without 'unsafe-inline' does not block) and `og:` meta tags.
Everything here is built from the page's own fields, never from third-party services.
"""

import json

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from pages.core.images import rendition_of
from pages.core.public_url import public_url
from pages.core.safe_urls import safe_url_or_empty

ORGANISATION_NAME = "Glokal"
EVENT_ATTENDANCE = {
    "on_site": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}
# Escapes that keep a JSON string from ending the <script> element it sits in.
_SCRIPT_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def organisation():
    return {
        "@type": "Organization",
        "name": ORGANISATION_NAME,
        "url": public_url("/"),
        "logo": {
            "@type": "ImageObject",
            "url": public_url(settings.STATIC_URL + "img/favicon.svg"),
        },
    }


def image_url(image, spec="fill-1200x675"):
    """The absolute URL of a rendition of `image` (None without an image)."""
    if image is None:
        return None
    return public_url(rendition_of(image, spec).url)


def language_of(page):
    return page.locale.language_code


def news_article(page, request, *, headline, description, published, modified, image=None):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline[:110],
        "description": description,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "inLanguage": language_of(page),
        "mainEntityOfPage": page.get_full_url(request),
        "url": page.get_full_url(request),
        "author": organisation(),
        "publisher": organisation(),
    }
    if image:
        data["image"] = [image]
    return data


def event(page, request, *, dates, description, image=None):
    """An Event for the page's next (or last) date; `dates` are EventDate rows, soonest first."""
    when = dates[0]
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": description,
        "url": page.get_full_url(request),
        "inLanguage": language_of(page),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": EVENT_ATTENDANCE.get(page.event_format, EVENT_ATTENDANCE["on_site"]),
    }
    if when.all_day:
        data["startDate"] = when.start_date.isoformat()
        data["endDate"] = when.end_date.isoformat()
    else:
        data["startDate"] = when.local_start.isoformat()
        data["endDate"] = when.local_end.isoformat()
    locations = []
    if page.has_place:
        locations.append(
            {
                "@type": "Place",
                "name": page.venue or page.city,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": page.street_address,
                    "postalCode": page.postal_code,
                    "addressLocality": page.city,
                    "addressCountry": page.country,
                },
            }
        )
    online_url, registration_url = (
        safe_url_or_empty(page.online_url),
        safe_url_or_empty(page.registration_url),
    )
    if online_url:
        locations.append({"@type": "VirtualLocation", "url": online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if page.organiser:
        data["organizer"] = {"@type": "Organization", "name": page.organiser}
    else:
        data["organizer"] = organisation()
    if image:
        data["image"] = [image]
    if registration_url or page.is_free:
        offer = {"@type": "Offer", "url": registration_url or page.get_full_url(request)}
        if page.is_free:
            offer["price"] = "0"
            offer["priceCurrency"] = "EUR"
        data["offers"] = offer
    return data


def json_ld_script(data):
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


OG_LOCALES = {"de": "de_DE", "en": "en_GB", "pl": "pl_PL", "cs": "cs_CZ"}
DESCRIPTION_FIELDS = ("search_description", "lead", "teaser", "summary", "intro")


def description_of(page):
    """The first non-empty short text of the page, for link previews and JSON-LD."""
    for name in DESCRIPTION_FIELDS:
        value = getattr(page, name, "") or ""
        if value.strip():
            return " ".join(value.split())[:300]
    return ""


def social_image_of(page):
    finder = getattr(page, "social_image", None)
    return finder() if callable(finder) else None
