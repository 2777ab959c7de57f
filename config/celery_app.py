"""The Celery application.

With CELERY_BROKER_URL set (redis://127.0.0.1:6379/0) tasks go to a real worker:
    celery -A config worker -l info      celery -A config beat -l info
Without it, CELERY_TASK_ALWAYS_EAGER runs every task in-process (the embedded default).
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

app = Celery("glokal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
