"""What identifies a cached response: scheme, host, path, the query without tracking
parameters (sorted), and the language the response is in."""

import hashlib
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils import translation

# Added by campaign links and ad clicks; they never change what a page shows.
TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "matomo_")
TRACKING_NAMES = frozenset(
    {"gclid", "gbraid", "wbraid", "dclid", "fbclid", "msclkid", "mc_cid", "mc_eid", "_ga", "yclid"}
)


def is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_NAMES or lowered.startswith(TRACKING_PREFIXES)


def normalised_query(query: QueryDict) -> str:
    pairs = sorted(
        (name, value) for name, values in query.lists() if not is_tracking(name) for value in values
    )
    return urlencode(pairs)


def language_of(request) -> str:
    """The language the response will be in: the URL's prefix, else what the visitor's browser
    asks for (the API and other unprefixed URLs follow Accept-Language)."""
    return translation.get_language_from_path(request.path_info) or (
        translation.get_language_from_request(request)
    )


def entry_key(request, query: str) -> str:
    identity = "\n".join(
        [request.scheme, request.get_host(), request.path, query, language_of(request)]
    )
    return "glokal:page-cache:entry:" + hashlib.sha256(identity.encode()).hexdigest()


def absolute_url(request, query: str) -> str:
    return f"{request.scheme}://{request.get_host()}{request.path}" + (f"?{query}" if query else "")
