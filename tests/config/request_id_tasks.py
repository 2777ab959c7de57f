"""A task for the request-id tests: it logs, and leaves the id it ran under in the cache that
the test process and its worker share (tests/celery_worker_settings.py imports it)."""

from celery import shared_task
from celery.utils.log import get_task_logger
from django.core.cache import cache

from config.request_id import current_request_id

# Celery's task logger, which the worker would give a handler of its own (without the id) but
# for LOGGING's "celery.task" entry.
logger = get_task_logger(__name__)


@shared_task(name="tests.config.request_id_tasks.report_request_id")
def report_request_id(cache_key, child_cache_key=None):
    """Logs, records the id it sees under `cache_key` and, given `child_cache_key`, starts
    itself again from inside the task, as a digest run starts its batches."""
    request_id = current_request_id()
    logger.warning("reporting request id for %s", cache_key)
    cache.set(cache_key, request_id, timeout=300)
    if child_cache_key:
        report_request_id.delay(child_cache_key)
    return request_id
