"""503 instead of 500 while the database or the cache cannot be reached.

A visitor who arrives while PostgreSQL restarts, or Redis is away, should read "back in a
moment" (and a crawler or the proxy a Retry-After), not "something went wrong".

Why the error view (handler500 in config/urls.py) and not a middleware: Django turns an
exception into a response inside the very middleware it passes through
(convert_exception_to_response wraps each one), so an outer middleware never sees an
exception from the session, locale or redirect middleware, or from the 404 page that looks
up a redirect, only their 500 response; process_exception sees only the view's. Every one of
those paths ends in handle_uncaught_exception, which calls handler500 inside the `except`
block: sys.exc_info() there is the error, whichever layer raised it. Django also logs it
(django.request, ERROR, with the traceback and, through LOGGING's filter, the request id).
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.datastructures import MultiValueDictKeyError
from django.views.defaults import bad_request
from django.views.defaults import server_error as django_server_error

RETRY_AFTER_SECONDS = 30
TEMPLATE = "503.html"

# OperationalError also covers lock timeouts and deadlocks: "try again" is the right answer
# to those too.
UNAVAILABLE_ERRORS = (OperationalError, InterfaceError)
try:
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError
except ImportError:  # no Redis client: the cache is not Redis either
    pass
else:
    UNAVAILABLE_ERRORS += (RedisConnectionError, RedisTimeoutError)


def is_unavailable(error):
    """Whether `error`, or an error it was raised from, means a backing service is down."""
    while error is not None:
        if isinstance(error, UNAVAILABLE_ERRORS):
            return True
        error = error.__cause__
    return False


def server_error(request):
    """handler500: the 503 page for an outage, 400 for a form post that lacks a field some
    code read without checking (Wagtail's StreamField reads `<name>-count` so), Django's
    500 page for anything else."""
    error = sys.exc_info()[1]
    if is_unavailable(error):
        return unavailable(request)
    if isinstance(error, MultiValueDictKeyError):
        return bad_request(request, error)
    return django_server_error(request)


def unavailable(request):
    """The 503 page, in the language of the URL. It reads no database, cache or Wagtail setting
    (rendered without a request, so no context processor runs either): those are what failed."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        body = loader.get_template(TEMPLATE).render({"language": language})
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    return response
