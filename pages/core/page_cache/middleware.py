"""Serve anonymous visitors from the shared page cache; store what they are served.

Sits right after the security headers and before sessions, locale and auth: a hit costs one
cache read and skips everything else. The response is stored as the inner middleware left it
(Content-Language, Vary, X-Frame-Options, CSP), so a hit carries the same headers as a fresh
render. What the render used is recorded (recording.py) and stored with it; purge.py drops
exactly the entries a change concerns.
"""

import hashlib
import time

from django.http import HttpResponse, QueryDict
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag

from pages.core.cache import one_structure_version

from . import keys, policy, stats, store
from .recording import recording

CACHE_HEADER = "X-Glokal-Cache"
# Set per request, by the middleware outside this one or below.
NOT_STORED_HEADERS = frozenset({"set-cookie", "x-request-id", CACHE_HEADER.lower()})


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with one_structure_version():
            return self._serve(request)

    def _serve(self, request):
        lifetime = policy.seconds()
        if not lifetime or not policy.request_is_cacheable(request):
            return self.get_response(request)

        query = keys.normalised_query(request.GET)
        _drop_tracking_parameters(request, query)
        key = keys.entry_key(request, query)
        now = time.time()
        entry = store.get(key)
        if entry is not None and entry["expires"] > now:
            stats.count("hits")
            return _answer(request, entry, now, "hit")

        stats.count("misses")
        started = time.time()
        with recording() as used:
            response = self.get_response(request)
        if request.method != "GET" or not policy.response_is_storable(response):
            response[CACHE_HEADER] = "bypass"
            return response
        expires = now + lifetime
        if used.expires is not None:
            expires = min(expires, used.expires.timestamp())
        entry = _entry(response, keys.absolute_url(request, query), now, expires)
        if int(expires - now) >= 1 and store.save(
            key, entry, int(expires - now), entry["url"], used.tags, started, lifetime
        ):
            stats.count("stores")
        return _validated(request, response, entry, now, "miss")


def _drop_tracking_parameters(request, query):
    """Let the view see the query the entry is stored under, so nothing it renders (a
    pagination link, a canonical URL) carries one visitor's campaign parameters to the next."""
    if query != request.META.get("QUERY_STRING", ""):
        request.META["QUERY_STRING"] = query
        request.GET = QueryDict(query)


def _entry(response, url, now, expires):
    content = response.content
    return {
        "status": response.status_code,
        "headers": [
            (name, value)
            for name, value in response.items()
            if name.lower() not in NOT_STORED_HEADERS
        ],
        "content": content,
        "etag": quote_etag(hashlib.sha256(content).hexdigest()[:32]),
        "last_modified": now,
        "expires": expires,
        "url": url,
    }


def _answer(request, entry, now, outcome):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    return _validated(request, response, entry, now, outcome)


def _validated(request, response, entry, now, outcome):
    """The response with its validators and cache lifetime, or a 304 when the client's copy
    is current."""
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["last_modified"])
    response[CACHE_HEADER] = outcome
    # Browsers revalidate (cheap: a 304 from here); a shared proxy keeps it as long as we do.
    remaining = max(0, int(entry["expires"] - now))
    if "max-age" in response.get("Cache-Control", ""):
        patch_cache_control(response, public=True, s_maxage=remaining)
    else:
        patch_cache_control(
            response, public=True, max_age=0, must_revalidate=True, s_maxage=remaining
        )
    return get_conditional_response(
        request,
        etag=entry["etag"],
        last_modified=int(entry["last_modified"]),
        response=response,
    )
