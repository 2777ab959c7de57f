"""Media in an S3-compatible bucket, read by visitors through the site's own address.

Every URL is <GLOKAL_PUBLIC_BASE_URL>/media/<key>; the reverse proxy in front of the web nodes
forwards GETs under /media/ to the bucket. Visitors never learn the bucket's address, nothing
needs signing, and the proxy decides what is public: it refuses /media/documents/, because
documents may be private and are served only by Wagtail's serve view, which checks
collection privacy (WAGTAILDOCS_SERVE_METHOD = "serve_view").
"""

from urllib.parse import urlsplit

from django.conf import settings
from storages.backends.s3 import S3Storage


class SiteMediaStorage(S3Storage):
    """S3Storage whose URLs follow settings.GLOKAL_PUBLIC_BASE_URL, so they change with the
    site's address rather than with the bucket's."""

    def get_default_settings(self):
        base = urlsplit(settings.GLOKAL_PUBLIC_BASE_URL)
        return {
            **super().get_default_settings(),
            # S3Storage builds "<url_protocol>//<custom_domain>/<key>"; the domain may carry
            # a path, here the base URL's own (if any) and /media.
            "custom_domain": f"{base.netloc}{base.path.rstrip('/')}/media",
            "url_protocol": f"{base.scheme}:",
        }
