"""The Celery application.

With CELERY_BROKER_URL set (redis://127.0.0.1:6379/0) tasks go to a real worker:
    celery -A config worker -l info      celery -A config beat -l info
Without it, CELERY_TASK_ALWAYS_EAGER runs every task in-process (the embedded default).
"""

import os
import sys

from celery import Celery
from celery.signals import before_task_publish, task_postrun, task_prerun, worker_init

from . import request_id

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

app = Celery("glokal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# The request id travels with each task message and is restored while the task runs, so the
# logs of a request and of the tasks it started share it (config/request_id.py).
before_task_publish.connect(request_id.add_to_task_headers, weak=False)
task_prerun.connect(request_id.enter_task, weak=False)
task_postrun.connect(request_id.leave_task, weak=False)


@worker_init.connect(weak=False)
def _refuse_a_bad_configuration(sender=None, **kwargs):
    """A worker whose database, cache, broker or bucket is wrong stops at start with one line
    per problem (config/preflight.py), before its pool forks. SystemExit is not an Exception:
    Celery's signal dispatch lets it through, so the worker exits with status 1."""
    from .preflight import report

    problems = report(f"Celery worker {getattr(sender, 'hostname', '')}".strip())
    if problems:
        print(problems, file=sys.stderr, flush=True)
        raise SystemExit(1)
