"""wagtail-localize's background jobs on our Celery workers.

wagtail-localize enqueues work through `wagtail_localize.tasks.background` (a job backend
chosen by WAGTAILLOCALIZE_JOBS) and ships backends for "run it now" and RQ only. Ours sends
the job to Celery:

    WAGTAILLOCALIZE_JOBS = {"BACKEND": "pages.translation.celery_jobs.CeleryJobBackend",
                            "OPTIONS": {"QUEUE": "celery"}}   # QUEUE optional

What travels is the function's dotted path and its arguments, after the transaction that
enqueued it commits (the worker must see the pages it is asked to translate). wagtail-localize
passes model instances (locales, the user, the page) and a TranslationComponentManager:
instances travel as references and are fetched again by the worker; a component manager
without components (ours has none) travels as None, which the jobs treat as "no components".
Anything else cannot cross a JSON broker, so such a job runs in-process after the commit, as
wagtail-localize's default backend would, with a warning in the log.

Only functions of wagtail-localize and of this project are run: the broker is trusted, but a
stray message must not be able to call an arbitrary function.
"""

import logging

from celery import shared_task
from django.apps import apps
from django.db import models, transaction
from django.utils.module_loading import import_string
from wagtail_localize.tasks import BaseJobBackend

logger = logging.getLogger(__name__)

TASK_NAME = "pages.celery_jobs.run_job"
ALLOWED_PREFIXES = ("wagtail_localize.", "pages.", "press.", "newsletter.")
MODEL_KEY = "__model__"


class UnserializableArgument(TypeError):
    pass


def function_path(func):
    """The dotted path a worker imports `func` by; refuses what it could not import."""
    module = getattr(func, "__module__", None)
    qualname = getattr(func, "__qualname__", "")
    if not module or "<" in qualname or "." in qualname:
        raise UnserializableArgument(f"{func!r} is not importable by a dotted path")
    return f"{module}.{qualname}"


def encode(value):
    """JSON-safe form of a job argument: model instances become references."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, models.Model):
        if value.pk is None:
            raise UnserializableArgument(f"unsaved {value!r}")
        return {MODEL_KEY: value._meta.label_lower, "pk": value.pk}
    if isinstance(value, list | tuple | models.QuerySet):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value) or MODEL_KEY in value:
            raise UnserializableArgument(f"dict keys of {value!r}")
        return {key: encode(item) for key, item in value.items()}
    if _is_empty_component_manager(value):
        return None
    raise UnserializableArgument(f"{type(value).__name__} cannot travel through the broker")


def decode(value):
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, dict):
        if MODEL_KEY in value:
            model = apps.get_model(value[MODEL_KEY])
            return model._default_manager.get(pk=value["pk"])
        return {key: decode(item) for key, item in value.items()}
    return value


def _is_empty_component_manager(value):
    from wagtail_localize.views.submit_translations import TranslationComponentManager

    return isinstance(value, TranslationComponentManager) and not value.components


def _check_allowed(path):
    if not path.startswith(ALLOWED_PREFIXES):
        raise PermissionError(f"refusing to run {path!r}: not a wagtail-localize or project job")


@shared_task(name=TASK_NAME, acks_late=True)
def run_job(path, args, kwargs):
    """The Celery task: import the job by path and call it with the decoded arguments."""
    _check_allowed(path)
    func = import_string(path)
    result = func(*decode(args), **decode(kwargs))
    # A job's return value may be anything (a page, a tuple); the result backend gets a summary.
    return result if isinstance(result, int | str | bool | type(None)) else repr(result)[:200]


class CeleryJobBackend(BaseJobBackend):
    """WAGTAILLOCALIZE_JOBS backend: each job becomes a `run_job` Celery task."""

    def __init__(self, options):
        super().__init__(options)
        self.queue = options.get("QUEUE") or None

    def enqueue(self, func, args, kwargs):
        try:
            path = function_path(func)
            _check_allowed(path)
            payload = (path, encode(list(args or [])), encode(dict(kwargs or {})))
        except (UnserializableArgument, PermissionError) as error:
            logger.warning("Running %r in-process after commit: %s", func, error)
            transaction.on_commit(lambda: func(*(args or []), **(kwargs or {})))
            return
        options = {"queue": self.queue} if self.queue else {}
        transaction.on_commit(lambda: run_job.apply_async(payload, **options))
