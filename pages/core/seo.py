"""What search engines read: robots.txt and sitemap.xml with hreflang alternates.

The sitemap lists every live, public page of every language once that is not gone (an expired
cooperation offer answers 410, see `gone_pages`), each with `xhtml:link`
alternates to its published translations (and `x-default` pointing at the German source),
as Google documents for multilingual sites. It is built in a constant number of queries:
one for the pages, Wagtail's cached site root paths for the URLs.
"""

from collections import defaultdict
from xml.sax.saxutils import quoteattr

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page, get_page_models

from pages.core.page_cache.recording import record, type_tag
from pages.core.public_url import public_url
from pages.core.restrictions import public

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /*/newsletter/confirm/",
        "Disallow: /*/newsletter/preferences/",
        "Disallow: /*/newsletter/unsubscribe/",
        "Disallow: /*/inquiries/",
        f"Sitemap: {public_url(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def gone_pages():
    """The pks of live pages that answer 410 Gone, as one subquery per page type that has them.

    A page type whose pages expire says which are still current with a queryset method
    `current()` (cooperation offers: `OfferQuerySet.current()`, the one rule their page's 410
    and every listing follow); the others are gone. The core cannot import the features, so it
    asks every page model's queryset for that method instead of naming the offer model."""
    gone = []
    for model in get_page_models():
        queryset = model._default_manager.all()
        if model._meta.abstract or not callable(getattr(queryset, "current", None)):
            continue
        gone.append(queryset.exclude(pk__in=queryset.current().values("pk")).values("pk"))
    return gone


def sitemap_entries(request):
    """[(url, lastmod, [(language, url), …])] for every live public page that is not gone."""
    record(type_tag(Page))  # every page of the site
    pages = public(Page.objects.live().filter(depth__gt=1))
    for gone in gone_pages():
        pages = pages.exclude(pk__in=gone)
    pages = list(
        pages.select_related("locale")
        .only(
            "id",
            "path",
            "depth",
            "url_path",
            "translation_key",
            "last_published_at",
            "locale__language_code",
        )
        .order_by("path")
    )
    by_key = defaultdict(list)
    urls = {}
    for page in pages:
        url = page.get_full_url(request)
        if url:
            urls[page.pk] = url
            by_key[page.translation_key].append((page.locale.language_code, url))
    entries = []
    for page in pages:
        if page.pk not in urls:
            continue
        alternates = sorted(by_key[page.translation_key])
        entries.append((urls[page.pk], page.last_published_at, alternates))
    return entries


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap_xml(request):
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}">',
    ]
    for url, lastmod, alternates in sitemap_entries(request):
        out.append(f"<url><loc>{_escape(url)}</loc>")
        if lastmod:
            out.append(f"<lastmod>{lastmod.date().isoformat()}</lastmod>")
        if len(alternates) > 1:
            for language, href in alternates:
                out.append(
                    f'<xhtml:link rel="alternate" hreflang={quoteattr(language)} '
                    f"href={quoteattr(href)}/>"
                )
            default = dict(alternates).get(settings.LANGUAGE_CODE)
            if default:
                out.append(
                    f'<xhtml:link rel="alternate" hreflang="x-default" href={quoteattr(default)}/>'
                )
        out.append("</url>")
    out.append("</urlset>")
    return HttpResponse("\n".join(out), content_type="application/xml; charset=utf-8")


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
