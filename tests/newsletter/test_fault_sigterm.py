"""SIGTERM (a deploy, a scale-down) to a Celery worker in the middle of a digest batch: the
worker stops between two deliveries, hands the rest of the batch back at once (no waiting for
its lease to run out), and exits; the next worker sends the rest. Every subscriber gets exactly
one mail (issue 13: "a worker returns unfinished batches")."""

import signal
import time
from collections import Counter

import pytest

from newsletter.models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    DeliveryStatus,
    DigestRun,
    Frequency,
    RunStatus,
)
from newsletter.runs import start_run
from tests import factories
from tests.helpers import wait_until
from tests.newsletter.test_fault_kill import create_subscribers

BATCH_SIZE = 3000  # one batch: the whole run is in flight when the signal comes
LEASE_SECONDS = 600  # far longer than the test: a hand-back must not wait for it


@pytest.mark.slow
def test_sigterm_hands_the_unfinished_batch_back_and_nobody_gets_two_mails(
    start_worker, shared_db, smtp_sink, settings
):
    env = {
        "GLOKAL_NEWSLETTER_LEASE_SECONDS": LEASE_SECONDS,
        "GLOKAL_NEWSLETTER_BATCH_SIZE": BATCH_SIZE,
    }
    first = start_worker(name="first", concurrency=1, wait=False, **env)
    home, _press = factories.build_site()
    index = factories.add_offer_index(home)
    sector = factories.SectorFactory(name="Energie", slug="energy")
    factories.add_offer(index, title="Kooperationsangebot Energie", sectors=[sector])
    due = create_subscribers([sector])
    settings.NEWSLETTER_BATCH_SIZE = BATCH_SIZE
    first.wait_ready()
    run = start_run(Frequency.WEEKLY)
    assert run.batch_count == 1

    wait_until(lambda: smtp_sink.count >= 200, timeout=60, interval=0.01, message="first mails")
    signalled = time.monotonic()
    first.process.send_signal(signal.SIGTERM)  # the main process only, as an orchestrator does
    first.process.wait(timeout=30)
    stopped_after = time.monotonic() - signalled
    at_stop = smtp_sink.count

    batch = DeliveryBatch.objects.get(run=run)
    assert at_stop < len(due), "the batch finished before the signal: nothing was tested"
    assert batch.status == BatchStatus.QUEUED and batch.claim is None, "not handed back"
    assert "handed back" in first.log()
    assert stopped_after < 15, f"the worker took {stopped_after:.1f} s to stop"
    sent_before = Delivery.objects.filter(run=run, status=DeliveryStatus.SENT).count()
    assert sent_before == at_stop  # what reached the server is what was recorded

    second = start_worker(name="second", concurrency=1, **env)
    wait_until(
        lambda: DigestRun.objects.filter(pk=run.pk, status=RunStatus.DONE).exists(),
        timeout=90,
        interval=0.2,
        message=f"the run to finish\n{second.log_tail()}",
    )
    per_recipient = Counter(address for mail in smtp_sink.mails for address in mail.recipients)
    assert {address for address in due if per_recipient[address] != 1} == set()
    assert set(per_recipient) == due
    statuses = Counter(Delivery.objects.filter(run=run).values_list("status", flat=True))
    assert statuses == {DeliveryStatus.SENT: len(due)}
