"""Answers of the public forms: 303 See Other after a successful POST, and the headers of a
page whose URL carries a secret (a confirmation or data-rights link)."""

from django.http import HttpResponseRedirect
from django.utils.cache import add_never_cache_headers


class HttpResponseSeeOther(HttpResponseRedirect):
    """So a reload does not send the form again."""

    status_code = 303


def keep_link_private(response):
    """Never stored by a cache, never indexed, and its URL (which carries the secret link) never
    sent on as a Referer. Returns the response."""
    add_never_cache_headers(response)
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response
