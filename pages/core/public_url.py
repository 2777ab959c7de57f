"""Absolute URLs of what is not a page, on the public base URL (GLOKAL_PUBLIC_BASE_URL).

Pages get theirs from Wagtail and the default Site record, which pages/core/site_record.py
keeps on the same address. Everything else the site hands out absolute (robots.txt's sitemap
line, a feed's own address, images in link previews, structured data and vCards, links in
mails) is built here rather than from the request: its host is whatever the client or the
proxy sent, behind a proxy often a web node's own address.
"""

from urllib.parse import urljoin

from django.conf import settings


def public_url(url: str) -> str:
    """`url` as an absolute URL: a path ("/sitemap.xml") is put on the public base URL; an
    absolute URL (media on object storage, static files on a CDN) is returned as it is."""
    return urljoin(settings.GLOKAL_PUBLIC_BASE_URL.rstrip("/") + "/", url)
