"""A worker asked to stop (SIGTERM: warm shutdown) hands its unfinished digest batches back
instead of sending them to the end, so a deploy or a scale-down does not wait minutes for a
batch, and no batch waits for a lease to run out before another worker takes it.

Celery announces the shutdown in the worker's main process; the batches are sent in its pool
processes. The announcement reaches them through the shared cache, under the worker's name,
which every task of that worker carries (`task.request.hostname`).
"""

import contextlib

from celery.signals import worker_ready, worker_shutting_down
from django.core.cache import cache

KEY = "newsletter:worker-stopping:{}"
KEY_TIMEOUT = 3600


def stop_check(task_request):
    """A callable saying whether this task's worker is shutting down, or None in-process."""
    hostname = getattr(task_request, "hostname", None)
    if not hostname or getattr(task_request, "is_eager", False):
        return None
    key = KEY.format(hostname)

    def stopping():
        try:
            return bool(cache.get(key))
        except Exception:  # noqa: BLE001 (a cache outage must not stop a batch)
            return False

    return stopping


@worker_shutting_down.connect
def _announce_shutdown(sender=None, **kwargs):
    # sender is the worker's name (digests@node1); the cache may be down: then batches run on.
    with contextlib.suppress(Exception):  # a lost announcement only slows the shutdown
        cache.set(KEY.format(sender), True, timeout=KEY_TIMEOUT)


@worker_ready.connect
def _clear_announcement(sender=None, **kwargs):
    # A restarted worker of the same name starts afresh.
    hostname = getattr(sender, "hostname", None)
    if hostname:
        with contextlib.suppress(Exception):
            cache.delete(KEY.format(hostname))
