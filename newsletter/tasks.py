"""Celery tasks of the newsletter.

Tasks are acknowledged late (CELERY_TASK_ACKS_LATE), so a worker killed mid-batch gets its
task redelivered: harmless, because `send_batch` first claims the batch with a conditional
UPDATE and sends only deliveries not recorded as sent. A redelivered or duplicate message
for a batch someone else holds, or that is done, returns without doing anything.
"""

import logging

from celery import shared_task
from celery.signals import worker_ready
from django.conf import settings

from . import runs, shutdown
from .transports import TransportError

logger = logging.getLogger(__name__)

BACKOFF_BASE = 30  # seconds; doubled per attempt
BACKOFF_MAX = 3600


def backoff(attempt):
    """30 s, 60 s, 120 s … after the first, second, third failed attempt, at most an hour."""
    return min(BACKOFF_MAX, BACKOFF_BASE * 2 ** max(0, attempt - 1))


@shared_task
def start_scheduled_run(frequency):
    """Beat's entry point: the run of this period (a second call for it starts nothing)."""
    run = runs.start_run(frequency, runs.RunTrigger.SCHEDULE)
    return run.pk


@shared_task(bind=True, max_retries=None)
def send_batch(self, batch_id):
    """Claim a batch and send it. Hand-over errors put it back with exponential backoff;
    after NEWSLETTER_MAX_ATTEMPTS claims its unsent deliveries become FAILED."""
    while True:
        claim = runs.claim_batch(batch_id)
        if claim is None:
            return "not claimed"
        try:
            result = runs.deliver_batch(claim, should_stop=shutdown.stop_check(self.request))
        except runs.Interrupted:
            # SIGTERM: give the rest of the batch to another worker now, not after the lease.
            runs.release_batch(claim)
            runs.enqueue_batch(batch_id)
            logger.info("Batch %s handed back: this worker is shutting down.", batch_id)
            return "handed back"
        except runs.ClaimLost:
            logger.warning("Batch %s was taken over by another worker; stopping.", batch_id)
            return "claim lost"
        except TransportError as error:
            attempts = claim.batch.attempts  # read after the claim's UPDATE counted this one
            if attempts >= settings.NEWSLETTER_MAX_ATTEMPTS:
                logger.error("Batch %s failed after %s attempts: %s", batch_id, attempts, error)
                runs.fail_unsent(claim, error)
                return "failed"
            countdown = backoff(attempts)
            logger.warning(
                "Batch %s attempt %s failed (%s); retry in %ss",
                batch_id,
                attempts,
                error,
                countdown,
            )
            runs.release_batch(claim, retry_in=countdown)
            if self.request.is_eager:
                # In-process (no broker): nothing could hold a delayed retry, and Celery's
                # eager retry would raise into the caller. Try again at once, up to the cap.
                continue
            raise self.retry(exc=error, countdown=countdown) from error
        return {"sent": result.sent, "failed": result.failed, "skipped": result.skipped}


@shared_task
def purge_unconfirmed_subscribers():
    """Delete sign-ups nobody confirmed in time (the confirmation mail says so)."""
    from .subscriptions import purge_unconfirmed

    return purge_unconfirmed()


@shared_task
def recover_stale_batches():
    """Enqueue again the batches of dead workers (lease ran out) and of lost task messages,
    and close runs whose batches are all done. Beat runs it every minute; a starting worker
    runs it at once."""
    batch_ids = list(runs.stale_batches().values_list("pk", flat=True))
    for batch_id in batch_ids:
        runs.enqueue_batch(batch_id)
    for run_id in runs.DigestRun.objects.filter(status=runs.RunStatus.SENDING).values_list(
        "pk", flat=True
    ):
        runs.finish_run_if_done(run_id)
    return len(batch_ids)


@worker_ready.connect
def _recover_when_worker_starts(sender=None, **kwargs):
    # A restarted worker picks up what a killed one left: now (lost task messages, leases
    # already expired) and once more when a lease taken just before the kill has run out.
    try:
        recover_stale_batches.delay()
        recover_stale_batches.apply_async(countdown=runs.lease_seconds() + 1)
    except Exception:  # the broker may not be reachable yet; beat retries every minute
        logger.exception("Could not queue the recovery of stale newsletter batches")
