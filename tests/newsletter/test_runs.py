"""Digest runs: fixing recipients, batches, the scheduled-run guard, progress, dry run, preview."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from newsletter import runs
from newsletter.models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    DeliveryStatus,
    DigestRun,
    RunStatus,
    RunTrigger,
    Subscriber,
    SubscriberStatus,
    Suppression,
    SuppressionReason,
    email_hash,
)
from tests import factories

from .digest_helpers import make_subscriber

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("ui_strings_as_written")]


@pytest.fixture(autouse=True)
def _batch_size(settings):
    settings.NEWSLETTER_BATCH_SIZE = 3


@pytest.fixture
def audience(db):
    """Seven due weekly subscribers and the ones that are not due."""
    due = [make_subscriber(f"due{n}@example.org", language=("de", "pl")[n % 2]) for n in range(7)]
    make_subscriber("monthly@example.org", frequency="monthly")
    make_subscriber("pending@example.org", status=SubscriberStatus.PENDING)
    make_subscriber("gone@example.org", status=SubscriberStatus.UNSUBSCRIBED)
    make_subscriber("bounced@example.org")
    Suppression.suppress("bounced@example.org", SuppressionReason.BOUNCED)
    return due


def test_period_keys_in_berlin_time():
    berlin = runs.BERLIN
    monday = datetime.datetime(2026, 11, 16, 7, 0, tzinfo=berlin)
    assert runs.period_key("weekly", monday) == "2026-W47"
    assert runs.period_key("monthly", monday) == "2026-11"
    # 23:30 UTC on 30 November is already 1 December in Berlin.
    late = datetime.datetime(2026, 11, 30, 23, 30, tzinfo=datetime.UTC)
    assert runs.period_key("monthly", late) == "2026-12"
    # ISO weeks: 1 January 2027 (a Friday) belongs to 2026-W53.
    assert runs.period_key("weekly", datetime.datetime(2027, 1, 1, 12, tzinfo=berlin)) == (
        "2026-W53"
    )


def test_a_run_fixes_one_delivery_per_due_subscriber(
    audience, django_capture_on_commit_callbacks, monkeypatch
):
    queued = []
    monkeypatch.setattr(
        runs, "enqueue_batch", lambda batch_id, countdown=None: queued.append(batch_id)
    )
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        run = runs.start_run("weekly", RunTrigger.EDITOR)
    # Nothing is queued before the transaction commits.
    assert queued == []
    for callback in callbacks:
        callback()
    run.refresh_from_db()
    deliveries = Delivery.objects.filter(run=run)
    assert run.status == RunStatus.SENDING
    assert run.recipient_count == 7 == deliveries.count()
    assert set(deliveries.values_list("subscriber_id", flat=True)) == {s.pk for s in audience}
    assert run.batch_count == 3
    assert sorted(deliveries.values_list("batch", flat=True)) == [0, 0, 0, 1, 1, 1, 2]
    batches = DeliveryBatch.objects.filter(run=run)
    assert sorted(batches.values_list("number", flat=True)) == [0, 1, 2]
    assert set(batches.values_list("status", flat=True)) == {BatchStatus.QUEUED}
    assert sorted(queued) == sorted(batches.values_list("pk", flat=True))
    # Each delivery records the language, the hash and what counts as new for it.
    delivery = deliveries.get(subscriber=audience[1])
    assert delivery.language == "pl"
    assert delivery.email_hash == email_hash(audience[1].email)
    # A first digest also brings the week before the subscriber confirmed.
    assert delivery.since == audience[1].confirmed_at - datetime.timedelta(days=7)
    # Batches hold one language where they can (ordered by language).
    languages = {}
    for batch, language in deliveries.values_list("batch", "language"):
        languages.setdefault(batch, set()).add(language)
    assert sum(len(found) for found in languages.values()) == 4


def test_a_scheduled_run_for_the_same_period_starts_once(
    audience, django_capture_on_commit_callbacks, monkeypatch
):
    queued = []
    monkeypatch.setattr(
        runs, "enqueue_batch", lambda batch_id, countdown=None: queued.append(batch_id)
    )
    with django_capture_on_commit_callbacks(execute=True):
        first = runs.start_run("weekly", RunTrigger.SCHEDULE, period="2026-W47")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        second = runs.start_run("weekly", RunTrigger.SCHEDULE, period="2026-W47")
    assert second.pk == first.pk
    assert callbacks == []
    assert len(queued) == 3
    assert DigestRun.objects.count() == 1
    assert Delivery.objects.count() == 7
    # An editor may still start one by hand, and another period is another run.
    runs.start_run("weekly", RunTrigger.EDITOR)
    runs.start_run("weekly", RunTrigger.SCHEDULE, period="2026-W48")
    assert DigestRun.objects.count() == 3


def test_a_run_without_recipients_is_done_at_once(db):
    run = runs.start_run("monthly")
    assert run.status == RunStatus.DONE and run.finished_at is not None
    assert run.recipient_count == 0 and run.batch_count == 0


def test_unknown_frequency_is_refused(db):
    with pytest.raises(ValueError):
        runs.start_run("daily")
    assert DigestRun.objects.count() == 0


def test_run_progress_counts_in_one_query(audience, monkeypatch, django_assert_num_queries):
    monkeypatch.setattr(runs, "enqueue_batch", lambda *args, **kwargs: None)
    run = runs.start_run("weekly")
    deliveries = list(Delivery.objects.filter(run=run).order_by("pk"))
    Delivery.objects.filter(pk__in=[d.pk for d in deliveries[:3]]).update(
        status=DeliveryStatus.SENT
    )
    Delivery.objects.filter(pk=deliveries[3].pk).update(status=DeliveryStatus.FAILED)
    Delivery.objects.filter(pk=deliveries[4].pk).update(status=DeliveryStatus.SKIPPED)
    DeliveryBatch.objects.filter(run=run, number=0).update(status=BatchStatus.DONE)
    with django_assert_num_queries(1):
        progress = runs.run_progress(run)
    assert progress["sent"] == 3
    assert progress["failed"] == 1
    assert progress["skipped"] == 1
    assert progress["queued"] == 2
    assert progress["sending"] == 0
    assert progress["total"] == 7
    assert progress["batches_done"] == 1
    assert progress["batch_count"] == 3
    assert progress["status"] == RunStatus.SENDING


def test_dry_run_says_who_would_get_what_and_writes_nothing(content, audience):
    factories.add_offer(content["offers"], "Angebot", sectors=[content["auto"]])
    picky = make_subscriber(
        "picky@example.org", sector_keys=[str(content["energy"].translation_key)]
    )
    before = (DigestRun.objects.count(), Delivery.objects.count())
    result = runs.dry_run("weekly", limit=3)
    assert (DigestRun.objects.count(), Delivery.objects.count()) == before
    assert result.would_send == 7
    assert result.would_skip == 1  # the picky one: nothing in their sector
    assert result.suppressed == 1
    assert result.total == 9
    assert len(result.entries) == 3
    subscriber, summary = result.entries[0]
    assert isinstance(subscriber, Subscriber)
    assert summary["offers"] == ["Angebot"]
    full = runs.dry_run("weekly", limit=100)
    assert {s.email: summary for s, summary in full.entries}[picky.email] is None


def test_preview_and_test_send(content):
    offer = factories.add_offer(content["offers"], "Angebot", sectors=[content["auto"]])
    factories.translate(offer, "cs")
    subscriber = make_subscriber("reader@example.org", language="de")
    preview = runs.preview(subscriber, "cs")
    assert "[cs] Angebot" in preview.html
    assert "GLK_" not in preview.html
    assert preview.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # An unsaved subscriber stands for a set of interests.
    interests = Subscriber(language="en", sector_keys=[str(content["energy"].translation_key)])
    assert runs.preview(interests, since=timezone.now() - datetime.timedelta(days=1)) is None

    assert runs.send_test(subscriber, "cs", "editor@glokal.example") is True
    (message,) = mail.outbox
    assert message.to == ["editor@glokal.example"]
    assert message.subject.startswith("[Test] ")
    assert "[cs] Angebot" in message.body
    # Its links unsubscribe nobody.
    assert "/preview/" in message.extra_headers["List-Unsubscribe"]
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE


def test_a_returning_subscriber_gets_the_week_before_they_confirmed_again(db):
    now = timezone.now()
    returning = make_subscriber(
        "back@example.org",
        last_digest_at=now - datetime.timedelta(days=200),
        confirmed_at=now - datetime.timedelta(days=2),
    )
    regular = make_subscriber(
        "regular@example.org",
        last_digest_at=now - datetime.timedelta(days=7),
        confirmed_at=now - datetime.timedelta(days=300),
    )
    run = runs.start_run("weekly", RunTrigger.EDITOR)
    since = dict(run.deliveries.values_list("subscriber_id", "since"))
    assert since[returning.pk] == returning.confirmed_at - datetime.timedelta(days=7)
    assert since[regular.pk] == regular.last_digest_at


def test_a_new_subscribers_first_digest_brings_the_last_period(
    content,
    django_capture_on_commit_callbacks,
):
    factories.add_offer(content["offers"], "Vor der Anmeldung", sectors=[content["auto"]])
    newcomer = make_subscriber("new@example.org", days=0, frequency="monthly")
    with django_capture_on_commit_callbacks(execute=True):
        run = runs.start_run("monthly", RunTrigger.EDITOR)
    delivery = run.deliveries.get()
    assert delivery.status == DeliveryStatus.SENT
    assert "Vor der Anmeldung" in mail.outbox[-1].body
    assert newcomer.email in mail.outbox[-1].to


def test_subscribers_with_the_same_interests_share_a_batch(db, settings):
    settings.NEWSLETTER_BATCH_SIZE = 2
    cars, energy = ["business_offer"], ["technology_offer"]
    subscribers = [
        make_subscriber(f"s{n}@example.org", offer_kinds=kinds)
        for n, kinds in enumerate([cars, energy, cars, energy])
    ]
    run = runs.start_run("weekly", RunTrigger.EDITOR)
    batch_of = dict(run.deliveries.values_list("subscriber_id", "batch"))
    assert batch_of[subscribers[0].pk] == batch_of[subscribers[2].pk]
    assert batch_of[subscribers[1].pk] == batch_of[subscribers[3].pk]
    assert batch_of[subscribers[0].pk] != batch_of[subscribers[1].pk]
