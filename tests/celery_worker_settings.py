"""The Celery worker that the end-to-end and fault tests start (tests/celery_worker.py).

The test profile (same SECRET_KEY, so links signed by the worker verify in the test's live
server), but with the real parts the tests exercise, all from the environment the test sets:
the Redis broker and a queue of its own (parallel test processes share one Redis), the test
database (DATABASE_URL, read by base.py), and SMTP to the sink on loopback.
"""

import os
import signal
import threading
import time

from celery.signals import worker_init

from config.settings.base import LOGGING as PRODUCTION_LOGGING
from config.settings.test import *  # noqa: F403

CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]
CELERY_TASK_ALWAYS_EAGER = False
# One queue per test process: `-Q` makes the worker consume only it, and the beat below
# sends recovery tasks into it.
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("GLOKAL_CELERY_QUEUE", "celery")
# Nothing here talks to other workers: no broadcast mailboxes left behind in the shared Redis.
CELERY_WORKER_ENABLE_REMOTE_CONTROL = False
# The embedded beat (`worker -B`) runs only the recovery of stale batches, and often, standing
# in for production's every-minute schedule so a test sees a killed worker's batches go out
# again within seconds. The digest schedules stay off: a test must not start a real run.
CELERY_BEAT_SCHEDULE = {
    "newsletter-recover-batches": {
        "task": "newsletter.tasks.recover_stale_batches",
        "schedule": float(os.environ.get("GLOKAL_RECOVER_EVERY_SECONDS", "2")),
    },
}

# Digests and every other mail to the SMTP sink the test runs on loopback.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
NEWSLETTER_TRANSPORT = os.environ.get("GLOKAL_NEWSLETTER_TRANSPORT", "smtp")

# The logging of every deployed profile (base.py: request ids, GLOKAL_LOG_FORMAT), not the
# test profile's, so the tests read in the worker's log what an operator would; the worker
# uses it instead of Celery's own, `--loglevel INFO` sets its level. To stderr, which the test
# keeps in a file next to the worker.
LOGGING = PRODUCTION_LOGGING

# A task of the request-id tests (tests/config/test_request_id.py).
CELERY_IMPORTS = [*CELERY_IMPORTS, "tests.config.request_id_tasks"]  # noqa: F405


def _die_with_parent(parent_pid):
    """Kill this worker's process group when the test process that started it is gone (even
    when it was SIGKILLed and had no chance to clean up): no worker outlives its test run."""
    while os.getppid() == parent_pid:
        time.sleep(1)
    os.killpg(os.getpgrp(), signal.SIGKILL)


@worker_init.connect
def _watch_parent(**_kwargs):
    """In the worker's main process only (`worker_init` fires before the pool forks)."""
    parent = os.environ.get("GLOKAL_E2E_PARENT_PID", "")
    if parent.isdigit():
        threading.Thread(
            target=_die_with_parent, args=(int(parent),), name="die-with-parent", daemon=True
        ).start()
