"""The request id: one token that ties together every log line of a request, from the proxy
through the web node to the Celery tasks the request started.

The proxy sends X-Request-ID (nginx: `proxy_set_header X-Request-ID $request_id`); without
one, or with one that is not a plain token, the web node makes its own. The id lives in a
context variable for the duration of the request, goes into the headers of every task message
published meanwhile, and is restored from there in the worker while the task runs, so that
tasks those tasks start carry it too. `RequestIdFilter` puts it on every log record.
"""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
# The message header a task carries it in; Celery hands custom headers to the worker as
# attributes of `task.request`.
TASK_HEADER = "glokal_request_id"
NONE = "-"

# A header is copied into every log line: only a short token of safe characters is taken,
# so a client cannot forge log lines (newlines), break JSON logs or fill them.
VALID = re.compile(r"[A-Za-z0-9._-]{1,64}")

_current = contextvars.ContextVar("glokal_request_id", default=None)
logger = logging.getLogger(__name__)


def new_request_id():
    return uuid.uuid4().hex


def valid_or_none(value):
    """`value` if it is a token we may log, else None."""
    if isinstance(value, str) and VALID.fullmatch(value):
        return value
    return None


def current_request_id():
    """The id of the request or task being handled, or None outside of both."""
    return _current.get()


class RequestIdMiddleware:
    """Takes the proxy's X-Request-ID (or makes one), holds it while the request is handled and
    answers with it, so a visitor's report of a failed page can be found in the logs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = valid_or_none(request.headers.get(HEADER)) or new_request_id()
        token = _current.set(request_id)
        try:
            response = self.get_response(request)
            response[HEADER] = request_id
            # The proxy and gunicorn write the access log; this line only helps debugging.
            logger.debug(
                "%s %s -> %s",
                request.method,
                ascii(request.get_full_path()),
                response.status_code,
            )
        finally:
            _current.reset(token)
        return response


class RequestIdFilter(logging.Filter):
    """Puts `request_id` on every record ("-" outside requests and tasks), for the formatters
    of LOGGING. A record that names one itself (extra={"request_id": …}) keeps it."""

    def filter(self, record):
        if not getattr(record, "request_id", None):
            record.request_id = current_request_id() or NONE
        return True


# --- Celery: connected in config/celery_app.py ------------------------------------------------


def add_to_task_headers(headers=None, **_kwargs):
    """before_task_publish: the message of a task published while a request (or a task) is
    handled carries its id."""
    request_id = current_request_id()
    if request_id and headers is not None:
        headers[TASK_HEADER] = request_id


def enter_task(task=None, **_kwargs):
    """task_prerun: the task runs under the id its message carries. A task without one (sent
    by beat or a shell) gets one of its own, which the tasks it starts inherit; in-process
    (eager) tasks publish no message and keep the id of the request that runs them."""
    request_id = (
        valid_or_none(getattr(task.request, TASK_HEADER, None))
        or current_request_id()
        or new_request_id()
    )
    # The request context lives exactly as long as this run of the task (Celery pushes one per
    # run, also for nested eager calls), so it holds the token for task_postrun.
    task.request._glokal_request_id_token = _current.set(request_id)


def leave_task(task=None, **_kwargs):
    """task_postrun: a worker process handles the next task under that task's id, not this one's."""
    token = getattr(task.request, "_glokal_request_id_token", None)
    if token is not None:
        _current.reset(token)
        task.request._glokal_request_id_token = None
