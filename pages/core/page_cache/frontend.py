"""The proxy or CDN in front of the site: the URLs a change purged from the page cache go to
Wagtail's frontend cache backends too (settings.WAGTAILFRONTENDCACHE, from GLOKAL_VARNISH_URL),
so Varnish or a CDN drops its copies at the same moment.

Only the sending is Wagtail's: wagtail.contrib.frontend_cache is not an installed app, because
its ready() connects page_published/unpublished to a purge of the page alone, which the page
cache's purge (the page, its listings, every language) already covers.

A purge runs after the change is committed, in the editor's request or in the task that made
the change: a proxy that is down or slow costs a log line, never the publish.
"""

import logging
from http.client import HTTPConnection, HTTPException, HTTPSConnection
from urllib.parse import urlsplit

from django.conf import settings
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache

logger = logging.getLogger(__name__)

# A local Varnish answers a PURGE in a millisecond; this bounds what a hung one costs.
TIMEOUT_SECONDS = 2.0
AGENT = f"Wagtail-frontendcache/{wagtail_version}"  # what Wagtail's own backend sends


def purge_frontend(urls: list[str]) -> None:
    if not urls or not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    try:
        purge_urls_from_cache(list(urls))
    except Exception:  # noqa: BLE001 (a misconfigured backend, a task queue that is down)
        logger.exception("Frontend cache purge of %d URLs failed", len(urls))


def clear_frontend() -> None:
    """Drop every copy the proxies in front keep (the admin's "clear cache"): once the page
    cache has forgotten which URLs it served, no later purge would reach those copies."""
    for backend in get_backends().values():
        if isinstance(backend, PurgeBackend):
            backend.ban_everything()


class PurgeBackend(HTTPBackend):
    """Wagtail's HTTP backend (a PURGE per URL, with the URL's host as Host), sending a batch
    over one connection with a timeout: a publish purges dozens of URLs, and Wagtail's own
    opens a connection for each and waits without limit for a proxy that does not answer,
    and logs each failure on its own line.

    Settings: LOCATION (the proxy's purge listener), TIMEOUT (seconds), HOSTNAMES (as Wagtail's).
    """

    def __init__(self, params):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", TIMEOUT_SECONDS))
        super().__init__(params)

    def purge(self, url):
        self.purge_batch([url])

    def ban_everything(self):
        """A BAN of the whole store (config/stack/varnish.vcl.template takes it)."""
        connection = self._connection()
        try:
            connection.request("BAN", "/", headers={"User-Agent": AGENT})
            response = connection.getresponse()
            response.read()
            if response.status >= 400:
                logger.error("%s refused the ban: %s %s", self, response.status, response.reason)
        except (OSError, HTTPException) as error:
            logger.error("%s did not take the ban (%s)", self, error or type(error).__name__)
        finally:
            connection.close()

    def _connection(self):
        connection_class = HTTPSConnection if self.cache_scheme == "https" else HTTPConnection
        return connection_class(self.cache_netloc, timeout=self.timeout)

    def __str__(self):
        return f"Frontend cache at {self.cache_scheme}://{self.cache_netloc}"

    def purge_batch(self, urls):
        urls = list(urls)
        connection = self._connection()
        refused = []
        sent = 0
        try:
            for url in urls:
                parts = urlsplit(url)
                host = parts.hostname + (f":{parts.port}" if parts.port else "")
                target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
                connection.request("PURGE", target, headers={"Host": host, "User-Agent": AGENT})
                response = connection.getresponse()
                response.read()
                sent += 1
                if response.status >= 400:
                    refused.append(f"{url} ({response.status} {response.reason})")
        except (OSError, HTTPException) as error:
            logger.error(
                "%s did not take the purge (%s): %d of %d URLs not purged",
                self,
                error or type(error).__name__,
                len(urls) - sent,
                len(urls),
            )
        finally:
            connection.close()
        if refused:
            logger.error(
                "%s refused %d purges: %s",
                self,
                len(refused),
                ", ".join(refused[:10]),
            )
