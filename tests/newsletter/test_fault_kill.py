"""Fault test (issue 5, quality bar): SIGKILL the Celery worker in the middle of a digest run
to a few thousand subscribers, start a new one, and count at the SMTP server.

Every due subscriber must end with a mail (no losses), nobody recorded as sent before the
kill may get a second one, and the duplicates there are must come from the one documented
window: a message the SMTP server accepted whose SENT record the killed process could not
write any more, at most one per worker process (the pool's concurrency). The figures are
printed (pytest -s) and logged, for docs/newsletter.md.
"""

import datetime
import logging
import re
import time
from collections import Counter

import pytest
from django.utils import timezone

from newsletter.models import (
    Delivery,
    DeliveryStatus,
    DigestRun,
    Frequency,
    RunStatus,
    Subscriber,
    SubscriberStatus,
)
from newsletter.runs import start_run
from tests import factories
from tests.helpers import wait_until

logger = logging.getLogger(__name__)

SUBSCRIBERS = 3000
BATCH_SIZE = 100
LEASE_SECONDS = 5
CONCURRENCY = 2
KILL_AT = 0.2  # share of the run's mails at the sink when the worker is killed
LANGUAGES = ("de", "en", "pl", "cs")
MESSAGE_ID = re.compile(rb"^Message-ID:\s*<([^>\r\n]+)>", re.IGNORECASE | re.MULTILINE)


def message_id_of(mail):
    """The Message-ID header, read from the raw head (parsing 3,000 mails would take long)."""
    head = mail.data.split(b"\r\n\r\n", 1)[0]
    found = MESSAGE_ID.search(head)
    return found.group(1).decode() if found else None


def create_subscribers(sectors):
    """SUBSCRIBERS due ones (active, weekly, confirmed yesterday; all four languages, with and
    without a sector interest, so batches render several digests), plus some that are not
    due and must get nothing."""
    confirmed = timezone.now() - datetime.timedelta(days=1)
    due = [
        Subscriber(
            email=f"due{number:05d}@fault.example",
            language=LANGUAGES[number % len(LANGUAGES)],
            frequency=Frequency.WEEKLY,
            status=SubscriberStatus.ACTIVE,
            confirmed_at=confirmed,
            sector_keys=[str(sectors[number % len(sectors)].translation_key)] if number % 3 else [],
        )
        for number in range(SUBSCRIBERS)
    ]
    not_due = [
        Subscriber(email=f"{status}{number}@fault.example", status=status, frequency=frequency)
        for number in range(10)
        for status, frequency in (
            (SubscriberStatus.PENDING, Frequency.WEEKLY),
            (SubscriberStatus.UNSUBSCRIBED, Frequency.WEEKLY),
            (SubscriberStatus.BOUNCED, Frequency.WEEKLY),
            (SubscriberStatus.ACTIVE, Frequency.MONTHLY),
        )
    ]
    Subscriber.objects.bulk_create(due + not_due, batch_size=1000)
    return {subscriber.email for subscriber in due}


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_nobody_and_resends_nobody_recorded_as_sent(
    start_worker, shared_db, smtp_sink, settings
):
    timings = {"started": time.monotonic()}
    worker_env = {
        "GLOKAL_NEWSLETTER_LEASE_SECONDS": LEASE_SECONDS,
        "GLOKAL_NEWSLETTER_BATCH_SIZE": BATCH_SIZE,
    }
    first = start_worker(name="first", concurrency=CONCURRENCY, wait=False, **worker_env)

    home, _press = factories.build_site()
    index = factories.add_offer_index(home)
    sectors = [
        factories.SectorFactory(name="Automobilindustrie", slug="automotive"),
        factories.SectorFactory(name="Energie", slug="energy"),
    ]
    for number, sector in enumerate(sectors * 2):
        offer = factories.add_offer(index, title=f"Kooperationsangebot {number}", sectors=[sector])
        if number == 0:
            factories.translate(offer, "pl")
    due = create_subscribers(sectors)

    settings.NEWSLETTER_BATCH_SIZE = BATCH_SIZE
    first.wait_ready()
    timings["prepared"] = time.monotonic()
    run = start_run(Frequency.WEEKLY)
    assert run.recipient_count == len(due) == SUBSCRIBERS
    assert run.batch_count == SUBSCRIBERS // BATCH_SIZE

    # --- Kill the worker (main process and pool, SIGKILL) once a fifth has arrived ---------
    wait_until(
        lambda: smtp_sink.count >= KILL_AT * SUBSCRIBERS,
        timeout=60,
        interval=0.002,
        message=f"the first mails\n{first.log_tail()}",
    )
    first.kill()
    timings["killed"] = time.monotonic()
    at_kill = smtp_sink.count
    recorded = dict(
        Delivery.objects.filter(run=run, status=DeliveryStatus.SENT).values_list(
            "subscriber__email", "message_id"
        )
    )
    in_flight = Delivery.objects.filter(run=run, status=DeliveryStatus.SENDING).count()
    assert at_kill < SUBSCRIBERS, "the run finished before the kill: nothing was tested"
    assert DigestRun.objects.get(pk=run.pk).status == RunStatus.SENDING

    # --- A new worker (with beat, as in production) finishes the run -------------------------
    second = start_worker(name="second", concurrency=CONCURRENCY, beat=True, **worker_env)
    timings["restarted"] = time.monotonic()
    wait_until(
        lambda: DigestRun.objects.filter(pk=run.pk, status=RunStatus.DONE).exists(),
        timeout=75,
        interval=0.2,
        message=f"the run to finish after the restart\n{second.log_tail()}",
    )
    timings["done"] = time.monotonic()

    # --- Count at the SMTP server --------------------------------------------------------
    mails = smtp_sink.mails
    per_recipient = Counter(address for mail in mails for address in mail.recipients)
    ids_per_recipient = {}
    for mail in mails:
        for address in mail.recipients:
            ids_per_recipient.setdefault(address, set()).add(message_id_of(mail))
    losses = sorted(address for address in due if per_recipient[address] == 0)
    unexpected = sorted(set(per_recipient) - due)
    duplicates = {address: count - 1 for address, count in per_recipient.items() if count > 1}
    resent_after_recorded = sorted(address for address in recorded if per_recipient[address] != 1)

    deliveries = Delivery.objects.filter(run=run)
    statuses = Counter(deliveries.values_list("status", flat=True))
    message_ids = dict(deliveries.values_list("subscriber__email", "message_id"))
    figures = {
        "subscribers due": len(due),
        "batches": run.batch_count,
        "worker processes": CONCURRENCY,
        "mails at the sink when killed": at_kill,
        "deliveries recorded SENT before the kill": len(recorded),
        "deliveries SENDING at the kill": in_flight,
        "mails at the sink in all": len(mails),
        "losses (due, no mail)": len(losses),
        "duplicates (extra mails)": sum(duplicates.values()),
        "duplicates of deliveries recorded SENT before the kill": len(resent_after_recorded),
        "mails to addresses not due": len(unexpected),
        "delivery rows by status": dict(statuses),
        "seconds: new worker ready after the kill": round(
            timings["restarted"] - timings["killed"], 1
        ),
        "seconds: kill to run done": round(timings["done"] - timings["killed"], 1),
        "seconds: whole test": round(timings["done"] - timings["started"], 1),
    }
    report = "\n".join(f"  {name}: {value}" for name, value in figures.items())
    print(f"\nFault test (SIGKILL mid-run):\n{report}")
    logger.warning("Fault test figures:\n%s", report)

    assert losses == [], f"{len(losses)} due subscribers got no mail: {losses[:10]}"
    assert unexpected == [], f"mails to addresses that were not due: {unexpected[:10]}"
    assert resent_after_recorded == [], (
        f"{len(resent_after_recorded)} recorded as SENT before the kill got a second mail: "
        f"{resent_after_recorded[:10]}"
    )
    # The window: accepted by the server, not yet recorded when the process died; one per
    # worker process at most, and a resend carries the same deterministic Message-ID.
    assert sum(duplicates.values()) <= CONCURRENCY, duplicates
    assert all(len(ids_per_recipient[address]) == 1 for address in duplicates), duplicates
    # In the database: one row per due subscriber, each SENT once, with the id it was sent with.
    assert statuses == {DeliveryStatus.SENT: SUBSCRIBERS}, statuses
    assert len(message_ids) == SUBSCRIBERS
    assert len(set(message_ids.values())) == SUBSCRIBERS
    assert all(ids_per_recipient[address] == {message_ids[address]} for address in due)
    # Everyone recorded before the kill kept the id of the one mail they got.
    assert all(recorded[address] == message_ids[address] for address in recorded)
