"""Helpers for the digest tests: subscribers that are due for a digest, and runs whose
batches the test sends itself."""

import datetime

from django.utils import timezone

from newsletter import runs
from newsletter.models import DeliveryBatch, Subscriber, SubscriberStatus


def make_subscriber(email, language="de", days=10, **fields):
    """An active subscriber confirmed `days` ago (so what is published now is new)."""
    fields.setdefault("status", SubscriberStatus.ACTIVE)
    fields.setdefault("confirmed_at", timezone.now() - datetime.timedelta(days=days))
    return Subscriber.objects.create(email=email, language=language, **fields)


def start(monkeypatch, frequency="weekly"):
    """A run whose batches are not queued: the test sends them itself."""
    with monkeypatch.context() as patch:
        patch.setattr(runs, "enqueue_batch", lambda *args, **kwargs: None)
        run = runs.start_run(frequency)
    return run, list(DeliveryBatch.objects.filter(run=run).order_by("number"))
