"""Sending batches: claims, leases, retries, the crash window, query counts (Celery eager)."""

import datetime
import uuid

import pytest
from anymail.exceptions import AnymailAPIError
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsletter import runs, tasks
from newsletter.models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    DeliveryStatus,
    RunStatus,
    Subscriber,
    SubscriberStatus,
)
from tests import factories

from .digest_helpers import make_subscriber, start

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("ui_strings_as_written")]


@pytest.fixture(autouse=True)
def _settings(settings):
    settings.NEWSLETTER_BATCH_SIZE = 50
    settings.NEWSLETTER_MAX_ATTEMPTS = 3
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.NEWSLETTER_TRANSPORT = ""


@pytest.fixture
def offer(content):
    return factories.add_offer(content["offers"], "Angebot", sectors=[content["auto"]])


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_a_run_sends_one_mail_per_due_subscriber_and_a_second_task_nothing(
    offer, monkeypatch, django_capture_on_commit_callbacks, settings
):
    settings.NEWSLETTER_BATCH_SIZE = 2
    subscribers = [make_subscriber(f"r{n}@example.org") for n in range(5)]
    make_subscriber("pending@example.org", status=SubscriberStatus.PENDING)
    with django_capture_on_commit_callbacks(execute=True):
        run = runs.start_run("weekly")  # eager Celery: the batches are sent on commit
    assert recipients() == sorted(s.email for s in subscribers)
    run.refresh_from_db()
    assert run.status == RunStatus.DONE and run.finished_at is not None
    assert set(Delivery.objects.filter(run=run).values_list("status", flat=True)) == {"sent"}
    assert all(
        d.message_id == f"digest.{run.pk}.{d.pk}@glokal.example"
        for d in Delivery.objects.filter(run=run)
    )
    for subscriber in subscribers:
        subscriber.refresh_from_db()
        assert subscriber.last_digest_at == run.created_at

    # A redelivered task message, for every batch: nothing more goes out.
    for batch in DeliveryBatch.objects.filter(run=run):
        assert tasks.send_batch.delay(batch.pk).get() == "not claimed"
    assert len(mail.outbox) == 5


def test_two_claims_race_one_wins(offer, monkeypatch):
    make_subscriber("r@example.org")
    _run, (batch,) = start(monkeypatch)
    first = runs.claim_batch(batch.pk)
    second = runs.claim_batch(batch.pk)
    assert first is not None and second is None
    batch.refresh_from_db()
    assert batch.claim == first.token and batch.attempts == 1
    # The task of the loser returns without sending.
    assert tasks.send_batch.delay(batch.pk).get() == "not claimed"
    assert mail.outbox == []


def test_an_expired_lease_is_taken_over_and_the_old_worker_stops(offer, monkeypatch):
    make_subscriber("r@example.org")
    _run, (batch,) = start(monkeypatch)
    dead = runs.claim_batch(batch.pk)
    DeliveryBatch.objects.filter(pk=batch.pk).update(
        lease_until=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert tasks.send_batch.delay(batch.pk).get() == {"sent": 1, "failed": 0, "skipped": 0}
    assert recipients() == ["r@example.org"]
    batch.refresh_from_db()
    assert batch.status == BatchStatus.DONE and batch.attempts == 2
    # The worker that lost the lease notices at its next renewal.
    recorder = runs.Recorder(dead, timezone.now(), {})
    with pytest.raises(runs.ClaimLost):
        recorder.renew()


def test_sending_deliveries_are_sent_again_sent_ones_never(offer, monkeypatch):
    for n in range(4):
        make_subscriber(f"r{n}@example.org")
    run, (batch,) = start(monkeypatch)
    deliveries = list(Delivery.objects.filter(run=run).select_related("subscriber").order_by("pk"))
    # A killed worker left: r0 recorded as sent, r1 handed over but not recorded (SENDING).
    Delivery.objects.filter(pk=deliveries[0].pk).update(status=DeliveryStatus.SENT)
    Delivery.objects.filter(pk=deliveries[1].pk).update(status=DeliveryStatus.SENDING)
    DeliveryBatch.objects.filter(pk=batch.pk).update(
        status=BatchStatus.CLAIMED,
        claim=uuid.uuid4(),
        lease_until=timezone.now() - datetime.timedelta(seconds=5),
    )
    assert tasks.recover_stale_batches.delay().get() == 1  # runs send_batch eagerly
    assert recipients() == ["r1@example.org", "r2@example.org", "r3@example.org"]
    run.refresh_from_db()
    assert run.status == RunStatus.DONE


def test_lost_task_messages_are_recovered_after_a_minute(offer, monkeypatch):
    make_subscriber("r@example.org")
    type(offer).objects.filter(pk=offer.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(minutes=3)
    )
    run, (batch,) = start(monkeypatch)
    assert list(runs.stale_batches()) == []  # just queued: its task may still come
    type(run).objects.filter(pk=run.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=2)
    )
    assert list(runs.stale_batches()) == [batch]
    tasks.recover_stale_batches.delay()
    assert recipients() == ["r@example.org"]
    assert list(runs.stale_batches()) == []


def test_unsubscribed_after_the_start_and_empty_digests_are_skipped(content, monkeypatch):
    factories.add_offer(content["offers"], "Angebot", sectors=[content["auto"]])
    make_subscriber("reader@example.org")
    leaving = make_subscriber("leaving@example.org")
    make_subscriber("picky@example.org", sector_keys=[str(content["energy"].translation_key)])
    run, (batch,) = start(monkeypatch)
    type(leaving).objects.filter(pk=leaving.pk).update(status=SubscriberStatus.UNSUBSCRIBED)
    tasks.send_batch.delay(batch.pk)
    assert recipients() == ["reader@example.org"]
    statuses = dict(Delivery.objects.filter(run=run).values_list("subscriber__email", "status"))
    assert statuses == {
        "reader@example.org": "sent",
        "leaving@example.org": "skipped",
        "picky@example.org": "skipped",
    }


def test_esp_errors_are_retried_with_backoff_then_failed(offer, monkeypatch, settings):
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    make_subscriber("a@example.org")
    make_subscriber("b@example.org")
    run, (batch,) = start(monkeypatch)
    calls = []

    def outage(self, payload, message):
        calls.append(message)
        raise AnymailAPIError("ESP is down")

    monkeypatch.setattr("anymail.backends.test.EmailBackend.post_to_esp", outage)
    countdowns = []
    real_release = runs.release_batch

    def release(claim, retry_in=0):
        countdowns.append(retry_in)
        return real_release(claim, retry_in)

    monkeypatch.setattr(runs, "release_batch", release)
    assert tasks.send_batch.delay(batch.pk).get() == "failed"
    assert len(calls) == 3  # NEWSLETTER_MAX_ATTEMPTS
    assert countdowns == [tasks.backoff(1), tasks.backoff(2)] == [30, 60]
    deliveries = Delivery.objects.filter(run=run)
    assert set(deliveries.values_list("status", flat=True)) == {DeliveryStatus.FAILED}
    assert all("ESP is down" in d.error for d in deliveries)
    batch.refresh_from_db()
    run.refresh_from_db()
    assert batch.status == BatchStatus.DONE and batch.attempts == 3
    assert run.status == RunStatus.DONE


def test_a_passing_esp_error_is_retried_and_then_sent(offer, monkeypatch, settings):
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    make_subscriber("a@example.org")
    run, (batch,) = start(monkeypatch)
    from anymail.backends.test import EmailBackend

    real = EmailBackend.post_to_esp
    failures = iter([AnymailAPIError("timeout")])

    def flaky(self, payload, message):
        error = next(failures, None)
        if error:
            raise error
        return real(self, payload, message)

    monkeypatch.setattr(EmailBackend, "post_to_esp", flaky)
    tasks.send_batch.delay(batch.pk)
    assert recipients() == ["a@example.org"]
    assert Delivery.objects.get(run=run).status == DeliveryStatus.SENT


def test_a_cancelled_run_sends_nothing(offer, monkeypatch):
    make_subscriber("a@example.org")
    run, (batch,) = start(monkeypatch)
    type(run).objects.filter(pk=run.pk).update(status=RunStatus.CANCELLED)
    assert tasks.send_batch.delay(batch.pk).get() == "not claimed"
    assert mail.outbox == []


def test_start_scheduled_run_task(offer, django_capture_on_commit_callbacks):
    make_subscriber("a@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        first = tasks.start_scheduled_run.delay("weekly").get()
        second = tasks.start_scheduled_run.delay("weekly").get()
    assert first == second
    assert recipients() == ["a@example.org"]


@pytest.mark.parametrize("backend", ["anymail.backends.test.EmailBackend"])
def test_a_batch_costs_the_same_queries_for_20_and_200_subscribers(
    content,
    monkeypatch,
    settings,
    backend,
):
    settings.EMAIL_BACKEND = backend
    settings.NEWSLETTER_BATCH_SIZE = 1000
    offer = factories.add_offer(content["offers"], "Angebot", sectors=[content["auto"]])
    factories.translate(offer, "pl")
    factories.add_release(content["press"], "Mitteilung")

    def queries_for(count, prefix):
        for n in range(count):
            make_subscriber(f"{prefix}{n}@example.org", language=("de", "pl")[n % 2])
        run, (batch,) = start(monkeypatch)
        with CaptureQueriesContext(connection) as context:
            tasks.send_batch.delay(batch.pk)
        assert Delivery.objects.filter(run=run, status="sent").count() == count
        type(run).objects.filter(pk=run.pk).delete()
        Subscriber.objects.all().delete()
        return len(context)

    queries_for(2, "warm")  # caches that a running site has warm (view restrictions)
    small = queries_for(20, "small")
    large = queries_for(200, "large")
    assert small == large


def test_a_worker_loads_a_runs_items_once_for_all_its_batches(offer, monkeypatch, settings):
    settings.NEWSLETTER_BATCH_SIZE = 2
    for n in range(6):
        make_subscriber(f"b{n}@example.org")
    loads = []
    real_load = runs.DigestItems.load

    def counting_load(since, now=None):
        loads.append(since)
        return real_load(since, now=now)

    monkeypatch.setattr(runs.DigestItems, "load", counting_load)
    run, batches = start(monkeypatch)
    for batch in batches:
        tasks.send_batch.delay(batch.pk).get()
    assert len(batches) == 3
    assert len(loads) == 1
    assert len(mail.outbox) == 6
