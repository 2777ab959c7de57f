"""Which requests the page cache answers and which responses it keeps, and for how long."""

from django.conf import settings
from django.utils.cache import cc_delim_re

from pages.core.public_forms.stamps import MAX_FORM_AGE

# Machine-facing or personal URLs, and the files nginx or WhiteNoise serve.
NEVER_CACHED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/media/",
    "/static/",
    "/_health/",
    "/anymail/",
    "/i18n/",
)
# A visitor needs this long to fill in a form on a page served at the end of its lifetime.
FORM_FILL_RESERVE_SECONDS = 30 * 60
# A response may vary on these and still be cached: the key holds the language, the bypass
# covers the cookies that make a response personal, nothing here compresses, and the API has
# one representation only (JSON), whatever DRF's `Vary: Accept` suggests.
HARMLESS_VARY = frozenset({"accept-language", "cookie", "accept-encoding", "accept"})
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")


def seconds() -> int:
    """How long an entry lives at most (GLOKAL_PAGE_CACHE_SECONDS; 0 turns the cache off).

    Capped so a form stamp (pages/core/public_forms/stamps.py) issued when the page was
    rendered is still accepted when a visitor posts from the last served copy."""
    wanted = int(getattr(settings, "GLOKAL_PAGE_CACHE_SECONDS", 0))
    return max(0, min(wanted, MAX_FORM_AGE - FORM_FILL_RESERVE_SECONDS))


def request_is_cacheable(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(NEVER_CACHED_PREFIXES):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or settings.CSRF_COOKIE_NAME in cookies:
        return False  # possibly signed in (the userbar), or mid-way through a form
    return "HTTP_AUTHORIZATION" not in request.META


def response_is_storable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(response, "glokal_no_page_cache", False):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
        return False
    varies = {
        header.strip().lower() for header in cc_delim_re.split(response.get("Vary", "")) if header
    }
    return varies <= HARMLESS_VARY
