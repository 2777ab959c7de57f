"""Subscribers, their consents, digest runs and per-subscriber deliveries.

Interests in sectors, regions and topics are stored as translation keys (the UUID every
language version of a term shares), so a Polish subscriber's "Automotive" matches a German
offer's "Automobilindustrie" without a join, and a digest run can match 100,000 subscribers in
memory from one streamed query.
"""

import hashlib
import uuid

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pages.core.fields import ChoiceListField
from pages.core.models.taxonomy import Country
from pages.exchange.models.offers import OfferKind


def normalise_email(address):
    """The form every address is stored and compared in: trimmed, domain and local part lower
    case (no mail system we send to distinguishes case in the local part)."""
    return (address or "").strip().lower()


def email_hash(address):
    """A stable pseudonym of an address, kept after the address itself is deleted."""
    return hashlib.sha256(normalise_email(address).encode()).hexdigest()


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")


class SubscriberStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    ACTIVE = "active", _("Active")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
    BOUNCED = "bounced", _("Bounced")
    COMPLAINED = "complained", _("Complained")


class Subscriber(models.Model):
    """One address that asked for digests, with what it wants to read and how often."""

    email = models.EmailField(_("email address"), max_length=254)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    status = models.CharField(
        _("status"),
        max_length=15,
        choices=SubscriberStatus.choices,
        default=SubscriberStatus.PENDING,
        db_index=True,
    )
    # Interests. An empty list means "all" in that dimension.
    offer_kinds = ChoiceListField(_("offer kinds"), item_choices=OfferKind.choices)
    sector_keys = models.JSONField(_("sectors"), default=list, blank=True)
    region_keys = models.JSONField(_("regions"), default=list, blank=True)
    countries = ChoiceListField(_("countries"), item_choices=Country.choices)
    topic_keys = models.JSONField(_("topics"), default=list, blank=True)

    created_at = models.DateTimeField(_("signed up"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # Everything published after this goes into the next digest; moved forward when a
    # digest is recorded as sent.
    last_digest_at = models.DateTimeField(_("last digest"), null=True, blank=True)
    # Rotated whenever a confirmation link is used or a new one is mailed: that makes the
    # signed confirmation links single-use.
    confirmation_nonce = models.UUIDField(default=uuid.uuid4, editable=False)
    # Part of every signed preferences, unsubscribe and data-rights link; rotating it
    # revokes them all (on unsubscribe, suppression or request: newsletter/subscriptions.py).
    link_key = models.UUIDField(default=uuid.uuid4, editable=False)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="newsletter_subscriber_email_ci_unique")
        ]
        indexes = [models.Index(fields=["status", "frequency"])]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.status == SubscriberStatus.ACTIVE


class ConsentAction(models.TextChoices):
    REQUESTED = "requested", _("Subscription requested")
    CONFIRMED = "confirmed", _("Subscription confirmed")
    CHANGED = "changed", _("Preferences changed")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
    SUPPRESSED = "suppressed", _("Suppressed after a bounce or complaint")


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("Consent records are never edited, only appended.")


class ConsentRecord(models.Model):
    """Proof of one consent event. Rows are only ever added: `save` refuses to change a stored
    row and the queryset refuses bulk updates. They go only when the subscriber erases their
    data (then a pseudonymised Suppression stays)."""

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="consents", verbose_name=_("subscriber")
    )
    action = models.CharField(_("action"), max_length=15, choices=ConsentAction.choices)
    email = models.EmailField(_("email address"), max_length=254)
    language = models.CharField(_("language"), max_length=5)
    consent_text_version = models.CharField(_("consent text version"), max_length=30, blank=True)
    source = models.CharField(_("form"), max_length=40, blank=True)
    ip_address = models.CharField(_("IP address"), max_length=64, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=300, blank=True)
    # What the subscriber chose at that moment (interests, frequency), as they saw it.
    details = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.email} {self.action} {self.created_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise TypeError("Consent records are never edited, only appended.")
        super().save(*args, **kwargs)


class SuppressionReason(models.TextChoices):
    BOUNCED = "bounced", _("Hard bounce")
    COMPLAINED = "complained", _("Complaint")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed at the ESP")
    ERASED = "erased", _("Data erased on request")


class Suppression(models.Model):
    """An address that must not be mailed, kept only as a hash. A new, confirmed double
    opt-in by the address's owner lifts it."""

    email_hash = models.CharField(max_length=64, unique=True)
    reason = models.CharField(_("reason"), max_length=15, choices=SuppressionReason.choices)
    created_at = models.DateTimeField(_("since"), default=timezone.now)

    class Meta:
        verbose_name = _("suppressed address")
        verbose_name_plural = _("suppressed addresses")

    def __str__(self):
        return f"{self.email_hash[:12]}… ({self.get_reason_display()})"

    @classmethod
    def suppress(cls, address, reason):
        cls.objects.update_or_create(email_hash=email_hash(address), defaults={"reason": reason})

    @classmethod
    def is_suppressed(cls, address):
        return cls.objects.filter(email_hash=email_hash(address)).exists()


class RunStatus(models.TextChoices):
    PREPARING = "preparing", _("Preparing recipients")
    SENDING = "sending", _("Sending")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


class RunTrigger(models.TextChoices):
    SCHEDULE = "schedule", _("Schedule")
    EDITOR = "editor", _("Editor")


class DigestRun(models.Model):
    """One sending of the weekly or monthly digest. Its recipients are fixed when it starts:
    one Delivery row per due subscriber, grouped into numbered batches for the workers."""

    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices)
    trigger = models.CharField(_("started by"), max_length=10, choices=RunTrigger.choices)
    # For scheduled runs "2026-W47" or "2026-11": the unique constraint makes a beat that
    # fires twice start one run.
    period = models.CharField(_("period"), max_length=10, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RunStatus.choices, default=RunStatus.PREPARING
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("editor"),
    )
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    recipient_count = models.PositiveIntegerField(_("recipients"), default=0)
    batch_count = models.PositiveIntegerField(_("batches"), default=0)

    class Meta:
        verbose_name = _("digest run")
        verbose_name_plural = _("digest runs")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["frequency", "period"],
                condition=models.Q(trigger="schedule"),
                name="newsletter_one_scheduled_run_per_period",
            )
        ]

    def __str__(self):
        return f"{self.get_frequency_display()} {self.period or f'{self.created_at:%Y-%m-%d}'}"


class BatchStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    CLAIMED = "claimed", _("Being sent")
    DONE = "done", _("Done")


class DeliveryBatch(models.Model):
    """A slice of a run's deliveries that one task sends. A worker owns it after a conditional
    update from QUEUED (or from a CLAIMED whose lease ran out, when its worker died) to CLAIMED
    with its own claim token; nobody else can then send it."""

    run = models.ForeignKey(DigestRun, on_delete=models.CASCADE, related_name="batches")
    number = models.PositiveIntegerField()
    status = models.CharField(
        max_length=10, choices=BatchStatus.choices, default=BatchStatus.QUEUED
    )
    claim = models.UUIDField(null=True, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["run", "number"], name="newsletter_batch_unique")
        ]
        indexes = [models.Index(fields=["status", "lease_until"])]

    def __str__(self):
        return f"{self.run_id}/{self.number}"


class DeliveryStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Handing over")
    SENT = "sent", _("Sent")
    SKIPPED = "skipped", _("Skipped")
    FAILED = "failed", _("Failed")


class Delivery(models.Model):
    """One subscriber's digest in one run. Unique per (run, subscriber): whatever retries or
    restarts happen, a run can record at most one mail per person. After the subscriber
    erases their data the row stays, pseudonymised (subscriber null, only the hash)."""

    run = models.ForeignKey(DigestRun, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        Subscriber, null=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    email_hash = models.CharField(max_length=64)
    batch = models.PositiveIntegerField()
    status = models.CharField(
        _("status"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.QUEUED
    )
    language = models.CharField(_("language"), max_length=5, blank=True)
    # Items published after this went into the digest (the subscriber's last digest).
    since = models.DateTimeField(null=True, blank=True)
    item_count = models.PositiveSmallIntegerField(_("items"), default=0)
    message_id = models.CharField(_("message id"), max_length=255, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(_("error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    # The worst ESP event seen (bounced beats delivered), for the admin and for exports.
    esp_status = models.CharField(_("ESP status"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["run", "subscriber"], name="newsletter_one_delivery_per_run"
            )
        ]
        indexes = [models.Index(fields=["run", "batch", "status"])]

    def __str__(self):
        return f"{self.run_id}/{self.pk} {self.status}"


class DeliveryEvent(models.Model):
    """A tracking event an ESP reported (delivered, bounced, complained, unsubscribed …).
    (esp, event_id) is unique, so a replayed webhook changes nothing."""

    delivery = models.ForeignKey(
        Delivery, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    esp = models.CharField(max_length=30)
    event_id = models.CharField(max_length=255)
    event_type = models.CharField(_("event"), max_length=30)
    message_id = models.CharField(max_length=255, blank=True)
    email_hash = models.CharField(max_length=64, blank=True)
    timestamp = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(default=timezone.now)
    description = models.TextField(blank=True)

    class Meta:
        verbose_name = _("ESP event")
        verbose_name_plural = _("ESP events")
        ordering = ["-received_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["esp", "event_id"], name="newsletter_event_once")
        ]

    def __str__(self):
        return f"{self.esp} {self.event_type} {self.event_id}"
