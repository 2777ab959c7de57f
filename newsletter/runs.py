"""Digest runs: fixing the recipients, sending batches safely, progress, dry run, preview.

A run writes one Delivery per due subscriber when it starts (unique per run and subscriber
in the database) and numbers them into batches. A batch is sent by whoever claims it with
one conditional UPDATE (`claim_batch`); the claim is a lease the sender renews while it
works, so a worker that dies loses its batch to the next one after at most one lease.

What a crash can and cannot do:
- a delivery recorded SENT is never sent again: only QUEUED and SENDING ones are loaded;
- each delivery is recorded SENT right after the SMTP server (or the Django backend)
  accepted it, so a killed worker leaves at most ONE message accepted but not recorded (the
  unavoidable window between the server's "250" and our UPDATE); the next claimer finds it
  in SENDING and sends it again. Its deterministic Message-ID lets receivers drop the copy.
  With an ESP batch call the window is the one call (up to the ESP's per-call limit);
- SENT records are committed with PostgreSQL's synchronous_commit off (RELAXED_COMMIT): a
  killed worker loses nothing committed; only a crash of the database server itself could
  lose the last fraction of a second of records (and resend those).
"""

import datetime
import logging
import time
import uuid
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, connection, transaction
from django.db.models import Case, Count, F, Min, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone, translation
from django.utils.translation import gettext

from .digest import (
    DEFAULT_WINDOW,
    FIRST_DIGEST_LOOKBACK,
    DigestItems,
    LinkBuilder,
    compose,
    digest_start,
    from_domain,
    message_id,
    personalise,
    render,
    subscriber_since,
)
from .models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    DeliveryStatus,
    DigestRun,
    Frequency,
    RunStatus,
    RunTrigger,
    Subscriber,
    SubscriberStatus,
    Suppression,
    email_hash,
)
from .transports import Recipient, transport_for_settings

logger = logging.getLogger(__name__)

# Recipients are numbered into batches in this order, so subscribers who get the same digest
# (same language and interests) sit in the same batch, which renders each distinct digest
# once. Ordered by language and pk alone, a 500-subscriber batch held ~36 of a run's 144
# distinct digests and rendered them all again (benchmark profile: render was half the CPU).
BATCH_ORDER = (
    "language",
    "offer_kinds",
    "sector_keys",
    "region_keys",
    "countries",
    "topic_keys",
    "pk",
)

BERLIN = ZoneInfo("Europe/Berlin")
STREAM_CHUNK = 2000
UNSENT = (DeliveryStatus.QUEUED, DeliveryStatus.SENDING)
RELAXED_COMMIT = True
# A QUEUED batch of a sending run whose task has not claimed it for this long is taken as a
# lost task message and enqueued again (harmless if the message was not lost: the claim).
LOST_TASK_AFTER = datetime.timedelta(minutes=1)


# --- Starting a run ----------------------------------------------------------------------


def period_key(frequency, when=None):
    """ "2026-W47" (ISO week) or "2026-11", in Berlin time."""
    when = timezone.localtime(when or timezone.now(), BERLIN)
    if frequency == Frequency.WEEKLY:
        year, week, _day = when.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{when:%Y-%m}"


def due_subscribers(frequency):
    """Active subscribers of a frequency (suppressed addresses are dropped by hash as the
    rows stream by: the subscriber table has no hash column)."""
    return Subscriber.objects.filter(status=SubscriberStatus.ACTIVE, frequency=frequency)


def _chunks(iterable, size):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _suppressed(hashes):
    return set(
        Suppression.objects.filter(email_hash__in=hashes).values_list("email_hash", flat=True)
    )


def start_run(frequency, trigger=RunTrigger.EDITOR, user=None, period=None):
    """Start a run: fix its recipients, write their deliveries and batches, and queue a
    send task per batch once the transaction has committed.

    Subscribers are streamed in chunks (memory stays flat however many there are) and
    ordered by language, so a batch holds few languages and renders few digests. A
    scheduled run for a period that already has one returns that run and queues nothing."""
    if frequency not in Frequency.values:
        raise ValueError(f"Unknown frequency {frequency!r}")
    if trigger == RunTrigger.SCHEDULE and not period:
        period = period_key(frequency)
    batch_size = max(1, settings.NEWSLETTER_BATCH_SIZE)
    with transaction.atomic():
        try:
            with transaction.atomic():
                run = DigestRun.objects.create(
                    frequency=frequency,
                    trigger=trigger,
                    period=period or "",
                    started_by=user,
                    status=RunStatus.PREPARING,
                )
        except IntegrityError:
            existing = DigestRun.objects.filter(
                frequency=frequency, period=period, trigger=RunTrigger.SCHEDULE
            ).first()
            if existing is None:
                raise
            return existing
        count = 0
        rows = (
            due_subscribers(frequency)
            .order_by(*BATCH_ORDER)
            .values_list("pk", "email", "language", "last_digest_at", "confirmed_at")
            .iterator(chunk_size=STREAM_CHUNK)
        )
        for chunk in _chunks(rows, STREAM_CHUNK):
            hashes = [email_hash(row[1]) for row in chunk]
            suppressed = _suppressed(hashes)
            deliveries = []
            for (pk, _email, language, last_digest_at, confirmed_at), hashed in zip(
                chunk, hashes, strict=True
            ):
                if hashed in suppressed:
                    continue
                deliveries.append(
                    Delivery(
                        run=run,
                        subscriber_id=pk,
                        email_hash=hashed,
                        batch=count // batch_size,
                        language=language,
                        since=digest_start(frequency, last_digest_at, confirmed_at),
                    )
                )
                count += 1
            Delivery.objects.bulk_create(deliveries, batch_size=500)
        batch_count = -(-count // batch_size)
        DeliveryBatch.objects.bulk_create(
            [DeliveryBatch(run=run, number=number) for number in range(batch_count)]
        )
        run.recipient_count = count
        run.batch_count = batch_count
        run.status = RunStatus.SENDING if batch_count else RunStatus.DONE
        run.finished_at = None if batch_count else timezone.now()
        run.save(update_fields=["recipient_count", "batch_count", "status", "finished_at"])
        for batch_id in run.batches.order_by("number").values_list("pk", flat=True):
            transaction.on_commit(partial(enqueue_batch, batch_id))
    return run


def enqueue_batch(batch_id, countdown=None):
    from .tasks import send_batch

    if countdown:
        send_batch.apply_async((batch_id,), countdown=countdown)
    else:
        send_batch.delay(batch_id)


# --- Progress ----------------------------------------------------------------------------


def run_progress(run):
    """{"queued", "sending", "sent", "failed", "skipped", "total", "batches_done",
    "batch_count", "status"} of a run, in one query."""
    run_id = getattr(run, "pk", run)
    done = (
        DeliveryBatch.objects.filter(run=OuterRef("pk"), status=BatchStatus.DONE)
        .order_by()
        .values("run")
        .annotate(count=Count("pk"))
        .values("count")
    )
    counts = {
        status: Count("deliveries", filter=Q(deliveries__status=status))
        for status in DeliveryStatus.values
    }
    row = (
        DigestRun.objects.filter(pk=run_id)
        .annotate(total=Count("deliveries"), batches_done=Coalesce(Subquery(done), 0), **counts)
        .values("status", "batch_count", "total", "batches_done", *counts)
        .first()
    )
    if row is None:
        return None
    return row


# --- Claiming and sending a batch ----------------------------------------------------------


class ClaimLost(Exception):
    """Another worker took the batch over (our lease had run out): stop sending."""


class Interrupted(Exception):
    """The worker is shutting down: stop sending and hand the batch back."""


# How often a sending worker asks whether it should stop (a cache read).
STOP_CHECK_SECONDS = 1.0


@dataclass
class Claim:
    batch: DeliveryBatch
    token: uuid.UUID

    @property
    def run(self):
        return self.batch.run


def lease_seconds():
    return max(5, settings.NEWSLETTER_LEASE_SECONDS)


def claim_batch(batch_id):
    """Take a batch with ONE conditional UPDATE: from QUEUED, or from CLAIMED whose lease
    ran out (its worker died). Returns a Claim, or None when someone else has it, it is
    done, or its run is no longer sending."""
    now = timezone.now()
    token = uuid.uuid4()
    # Only the batch row's own columns in the condition: the database re-checks them on the
    # row it locks, so of two racing workers exactly one matches.
    claimed = (
        DeliveryBatch.objects.filter(pk=batch_id)
        .filter(Q(status=BatchStatus.QUEUED) | Q(status=BatchStatus.CLAIMED, lease_until__lt=now))
        .update(
            status=BatchStatus.CLAIMED,
            claim=token,
            lease_until=now + datetime.timedelta(seconds=lease_seconds()),
            attempts=F("attempts") + 1,
        )
    )
    if not claimed:
        return None
    batch = DeliveryBatch.objects.select_related("run").get(pk=batch_id)
    if batch.run.status != RunStatus.SENDING:  # cancelled meanwhile
        DeliveryBatch.objects.filter(pk=batch_id, claim=token).update(
            status=BatchStatus.DONE, lease_until=None
        )
        return None
    return Claim(batch, token)


def release_batch(claim, retry_in=0):
    """Give a claimed batch back for a retry; `lease_until` then says when it is due, so the
    recovery does not send it before its backoff ran out."""
    due = timezone.now() + datetime.timedelta(seconds=retry_in)
    DeliveryBatch.objects.filter(pk=claim.batch.pk, claim=claim.token).update(
        status=BatchStatus.QUEUED, claim=None, lease_until=due
    )


class Recorder:
    """Writes what happened to each delivery as it happens, and keeps the lease alive."""

    def __init__(self, claim, cutoff, subscriber_of, should_stop=None):
        self.claim = claim
        self.cutoff = cutoff
        self.subscriber_of = subscriber_of
        self.should_stop = should_stop
        self.next_stop_check = time.monotonic() + STOP_CHECK_SECONDS
        self.sent_subscribers = []
        self.counts = {"sent": 0, "failed": 0, "skipped": 0}
        self.interval = min(30.0, lease_seconds() / 4)
        self.next_renewal = time.monotonic() + self.interval
        table = connection.ops.quote_name(Delivery._meta.db_table)
        self.sent_sql = (
            f"UPDATE {table} SET status = %s, message_id = %s, sent_at = %s, error = '' "
            "WHERE id = %s"
        )
        self._relaxed = False

    def __enter__(self):
        if RELAXED_COMMIT and connection.vendor == "postgresql" and not connection.in_atomic_block:
            with connection.cursor() as cursor:
                cursor.execute("SET synchronous_commit TO off")
            self._relaxed = True
        return self

    def __exit__(self, *exc):
        if self._relaxed:
            with connection.cursor() as cursor:
                cursor.execute("SET synchronous_commit TO DEFAULT")
        self.flush()

    def sending(self, delivery_ids, item_count):
        Delivery.objects.filter(pk__in=delivery_ids, status__in=UNSENT).update(
            status=DeliveryStatus.SENDING, item_count=item_count, attempts=F("attempts") + 1
        )

    def sent(self, delivery_id, message_id_):
        with connection.cursor() as cursor:
            cursor.execute(
                self.sent_sql, [DeliveryStatus.SENT, message_id_[:255], timezone.now(), delivery_id]
            )
        self._count_sent(delivery_id)
        self.heartbeat()

    def sent_many(self, pairs):
        """Deliveries accepted by one ESP call: one UPDATE per distinct message id (ESPs
        give one id per call or one per recipient; the latter in one CASE)."""
        if not pairs:
            return
        now = timezone.now()
        by_id = {}
        for delivery_id, message_id_ in pairs:
            by_id.setdefault(message_id_[:255], []).append(delivery_id)
        if len(by_id) == 1:
            ((message_id_, ids),) = by_id.items()
            Delivery.objects.filter(pk__in=ids).update(
                status=DeliveryStatus.SENT, message_id=message_id_, sent_at=now, error=""
            )
        else:
            Delivery.objects.filter(pk__in=[pk for pk, _m in pairs]).update(
                status=DeliveryStatus.SENT,
                sent_at=now,
                error="",
                message_id=Case(
                    *[When(pk=pk, then=Value(mid[:255])) for pk, mid in pairs], default=Value("")
                ),
            )
        for delivery_id, _message_id in pairs:
            self._count_sent(delivery_id)
        self.heartbeat()

    def _count_sent(self, delivery_id):
        self.counts["sent"] += 1
        subscriber_id = self.subscriber_of.get(delivery_id)
        if subscriber_id is not None:
            self.sent_subscribers.append(subscriber_id)

    def failed(self, delivery_id, error):
        Delivery.objects.filter(pk=delivery_id).update(
            status=DeliveryStatus.FAILED, error=str(error)[:2000]
        )
        self.counts["failed"] += 1
        self.heartbeat()

    def heartbeat(self, force=False):
        now = time.monotonic()
        if force or now >= self.next_renewal:
            self.renew()
        # Checked only between two recorded deliveries: what was handed over is recorded.
        if self.should_stop and now >= self.next_stop_check:
            self.next_stop_check = now + STOP_CHECK_SECONDS
            if self.should_stop():
                raise Interrupted(self.claim.batch.pk)

    def renew(self):
        until = timezone.now() + datetime.timedelta(seconds=lease_seconds())
        still_ours = DeliveryBatch.objects.filter(
            pk=self.claim.batch.pk, claim=self.claim.token, status=BatchStatus.CLAIMED
        ).update(lease_until=until)
        self.next_renewal = time.monotonic() + self.interval
        self.flush()
        if not still_ours:
            raise ClaimLost(self.claim.batch.pk)

    def flush(self):
        """Move the sent subscribers' last digest to the run's start."""
        if not self.sent_subscribers:
            return
        Subscriber.objects.filter(pk__in=self.sent_subscribers).filter(
            Q(last_digest_at__isnull=True) | Q(last_digest_at__lt=self.cutoff)
        ).update(last_digest_at=self.cutoff)
        self.sent_subscribers = []


@dataclass
class BatchResult:
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    groups: int = 0
    renders: int = 0
    counts: dict = field(default_factory=dict)


# The items of the run this worker process is sending, reused by its later batches: loading
# them was a fifth of the CPU when every batch did it (benchmark profile). Keyed by the run's
# id and start, so a run never sees another's items; one run at a time is kept.
_run_items = {}


def run_items(run, since):
    """The run's items for subscribers whose digest starts at `since` or later. Items loaded
    for an earlier start are a superset and serve; a batch reaching further back loads again."""
    key = (run.pk, run.created_at)
    items = _run_items.get(key)
    if items is None or items.since > since:
        _run_items.clear()
        items = _run_items[key] = DigestItems.load(since, now=run.created_at)
    return items


def deliver_batch(claim, should_stop=None):
    """Compose and send a claimed batch; returns a BatchResult, raises TransportError (the
    caller retries), ClaimLost (the caller stops) or Interrupted (`should_stop()` said so
    between two deliveries: the caller hands the batch back)."""
    batch, run = claim.batch, claim.batch.run
    cutoff = run.created_at
    deliveries = list(
        Delivery.objects.filter(run_id=run.pk, batch=batch.number, status__in=UNSENT)
        .select_related("subscriber")
        .order_by("pk")
    )
    result = BatchResult()
    if deliveries:
        suppressed = _suppressed([d.email_hash for d in deliveries])
        earliest = min((d.since for d in deliveries if d.since), default=None)
        items = run_items(run, earliest or cutoff - DEFAULT_WINDOW)
        groups = {}
        skipped = {"gone": [], "empty": []}
        for delivery in deliveries:
            subscriber = delivery.subscriber
            if (
                subscriber is None
                or subscriber.status != SubscriberStatus.ACTIVE
                or delivery.email_hash in suppressed
            ):
                skipped["gone"].append(delivery.pk)
                continue
            digest = compose(
                subscriber,
                items,
                since=delivery.since or subscriber_since(subscriber, items.since),
                language=delivery.language or subscriber.language,
            )
            if digest is None:
                skipped["empty"].append(delivery.pk)
                continue
            groups.setdefault(digest.key, (digest, []))[1].append(delivery)
        _skip(skipped["gone"], gettext("Unsubscribed or suppressed after the run started."))
        _skip(skipped["empty"], "")
        result.skipped = len(skipped["gone"]) + len(skipped["empty"])
        result.groups = len(groups)
        subscriber_of = {d.pk: d.subscriber_id for d in deliveries}
        links = LinkBuilder()
        domain = from_domain()
        with (
            Recorder(claim, cutoff, subscriber_of, should_stop) as recorder,
            transport_for_settings() as transport,
        ):
            for digest, members in groups.values():
                rendered = render(digest)
                result.renders += 1
                recipients = []
                for delivery in members:
                    unsubscribe_url, preferences_url = links.links(
                        delivery.subscriber, digest.language
                    )
                    recipients.append(
                        Recipient(
                            delivery_id=delivery.pk,
                            address=delivery.subscriber.email,
                            unsubscribe_url=unsubscribe_url,
                            preferences_url=preferences_url,
                            message_id=message_id(run.pk, delivery.pk, domain),
                            run_id=run.pk,
                        )
                    )
                recorder.sending([d.pk for d in members], digest.item_count)
                transport.send_group(rendered, recipients, recorder)
        result.sent = recorder.counts["sent"]
        result.failed = recorder.counts["failed"]
    finish_batch(claim)
    return result


def _skip(delivery_ids, reason):
    if delivery_ids:
        Delivery.objects.filter(pk__in=delivery_ids, status__in=UNSENT).update(
            status=DeliveryStatus.SKIPPED, error=reason
        )


def fail_unsent(claim, error):
    """Give up on a batch after the last attempt: its unsent deliveries become FAILED with
    the error, visible in the admin."""
    Delivery.objects.filter(
        run_id=claim.batch.run_id, batch=claim.batch.number, status__in=UNSENT
    ).update(status=DeliveryStatus.FAILED, error=str(error)[:2000])
    finish_batch(claim)


def finish_batch(claim):
    DeliveryBatch.objects.filter(pk=claim.batch.pk, claim=claim.token).update(
        status=BatchStatus.DONE, lease_until=None
    )
    finish_run_if_done(claim.batch.run_id)


def finish_run_if_done(run_id):
    if not DeliveryBatch.objects.filter(run_id=run_id).exclude(status=BatchStatus.DONE).exists():
        DigestRun.objects.filter(pk=run_id, status=RunStatus.SENDING).update(
            status=RunStatus.DONE, finished_at=timezone.now()
        )


def stale_batches(now=None):
    """Batches to enqueue again: claimed ones whose lease ran out (the worker died), and
    queued ones of sending runs that nobody claimed for a while (a lost task message), not
    before their retry backoff is over."""
    now = now or timezone.now()
    lost_before = now - LOST_TASK_AFTER
    return DeliveryBatch.objects.filter(
        Q(status=BatchStatus.CLAIMED, lease_until__lt=now)
        | Q(
            status=BatchStatus.QUEUED,
            run__created_at__lt=lost_before,
        )
        & (Q(lease_until__isnull=True) | Q(lease_until__lt=lost_before)),
        run__status=RunStatus.SENDING,
    ).order_by("run_id", "number")


# --- Dry run, preview, test send -----------------------------------------------------------


@dataclass
class DryRun:
    """Who would get what: `entries` are (subscriber, summary or None) for the first
    `limit` due subscribers; the totals cover all of them."""

    frequency: str
    would_send: int = 0
    would_skip: int = 0
    suppressed: int = 0
    entries: list = field(default_factory=list)

    @property
    def total(self):
        return self.would_send + self.would_skip + self.suppressed


def dry_run(frequency, limit=50, now=None):
    """What a run started now would send, without writing anything."""
    now = now or timezone.now()
    result = DryRun(frequency)
    subscribers = due_subscribers(frequency)
    earliest = subscribers.aggregate(
        earliest=Min(
            # Greatest is NULL on SQLite when one side is: coalesce both ways.
            Greatest(
                Coalesce("last_digest_at", "confirmed_at"),
                Coalesce("confirmed_at", "last_digest_at"),
            )
        )
    )["earliest"]
    # Earlier than any subscriber's start (digest_start): compose filters per subscriber.
    since = earliest - FIRST_DIGEST_LOOKBACK[frequency] if earliest else now - DEFAULT_WINDOW
    items = DigestItems.load(since, now=now)
    stream = subscribers.order_by("language", "pk").iterator(chunk_size=STREAM_CHUNK)
    for chunk in _chunks(stream, STREAM_CHUNK):
        suppressed = _suppressed([email_hash(s.email) for s in chunk])
        for subscriber in chunk:
            if email_hash(subscriber.email) in suppressed:
                result.suppressed += 1
                continue
            digest = compose(subscriber, items)
            if digest is None:
                result.would_skip += 1
            else:
                result.would_send += 1
            if len(result.entries) < limit:
                result.entries.append((subscriber, digest.summary() if digest else None))
    return result


@dataclass(frozen=True)
class Preview:
    subject: str
    html: str
    text: str
    digest: object
    headers: dict


def _sample_links(language):
    """Links of the right shape that unsubscribe nobody: previews and test sends go to
    editors, who must not change the subscriber by clicking."""
    return LinkBuilder().links(Subscriber(language=language), language, token="preview")


def preview(subscriber, language=None, since=None, now=None):
    """The digest `subscriber` would get now, in `language` (default: theirs), or None when
    nothing is new for them. `subscriber` may be an unsaved Subscriber carrying only
    interests and a language (to preview "what would someone interested in X get");
    `since` defaults to their last digest, else the last 31 days."""
    now = now or timezone.now()
    language = language or subscriber.language
    since = since or subscriber_since(subscriber) or now - DEFAULT_WINDOW
    items = DigestItems.load(since, now=now)
    digest = compose(subscriber, items, since=since, language=language)
    if digest is None:
        return None
    rendered = render(digest)
    mail = personalise(rendered, subscriber, links=_sample_links(language))
    return Preview(mail.subject, mail.html, mail.text, digest, mail.headers)


def send_test(subscriber, language, to_address, since=None):
    """Mail the preview of `subscriber`'s digest in `language` to `to_address` (an editor).
    Returns False when there is nothing to send. Its links are inert samples."""
    result = preview(subscriber, language, since=since)
    if result is None:
        return False
    with translation.override(language):
        subject = gettext("[Test] %(subject)s") % {"subject": result.subject}
    message = EmailMultiAlternatives(
        subject=subject,
        body=result.text,
        from_email=settings.NEWSLETTER_FROM_EMAIL,
        to=[to_address],
        headers=result.headers,
    )
    message.attach_alternative(result.html, "text/html")
    message.send()
    return True
