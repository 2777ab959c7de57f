"""ESP tracking webhooks: anymail normalises each ESP's events; this module stores them per
delivery and turns hard bounces, complaints and unsubscribes into subscriber state.

Rules, all enforced here, whatever order or how often the ESP sends:
- (esp, event_id) is unique: a replayed event is stored once and changes nothing again.
- `Delivery.esp_status` only moves up `ESP_STATUS_RANK`: a late "delivered" never undoes a
  bounce.
- A subscriber's status only moves up `SUBSCRIBER_RANK`: no webhook ever makes a bounced,
  complained or unsubscribed address active again (only a new double opt-in does that).

The URL patterns at the bottom wrap anymail's tracking views (`include("newsletter.webhooks")`
under "anymail/"), so a request with valid credentials but a body the ESP parser chokes on
gets a 400 instead of a 500, and an ESP that relies on basic auth alone refuses every request
while no WEBHOOK_SECRET is configured instead of accepting the whole web.

Credentials: anymail compares the request's basic auth "user:password" with
`settings.ANYMAIL["WEBHOOK_SECRET"]`, a string or a list of strings; any entry of the list is
accepted. To rotate: add the new credential to the list, change it at the ESP, then remove
the old one.
"""

import hashlib
import json
import logging
import re
from datetime import UTC, datetime

from anymail import urls as anymail_urls
from anymail.exceptions import (
    AnymailAPIError,
    AnymailConfigurationError,
    AnymailWebhookValidationFailure,
)
from anymail.signals import EventType, RejectReason, tracking
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.dispatch import receiver
from django.urls import URLPattern
from django.utils import timezone

from .models import (
    Delivery,
    DeliveryEvent,
    Subscriber,
    SubscriberStatus,
    SuppressionReason,
    email_hash,
    normalise_email,
)

logger = logging.getLogger(__name__)

# Worst state wins. "deferred" sits below "delivered": a deferral is by definition followed
# by a delivery or a bounce, and either of those is the message's final state. Events not
# listed (subscribed, autoresponded, unknown, inbound…) never change esp_status.
ESP_STATUS_RANK = {
    EventType.QUEUED: 1,
    EventType.SENT: 2,
    EventType.DEFERRED: 3,
    EventType.DELIVERED: 4,
    EventType.OPENED: 5,
    EventType.CLICKED: 6,
    EventType.FAILED: 7,
    EventType.REJECTED: 8,
    EventType.UNSUBSCRIBED: 9,
    EventType.COMPLAINED: 10,
    EventType.BOUNCED: 11,
}

# A subscriber only ever moves right. A complaint outranks a bounce: a person said "spam".
SUBSCRIBER_RANK = {
    SubscriberStatus.PENDING: 0,
    SubscriberStatus.ACTIVE: 0,
    SubscriberStatus.UNSUBSCRIBED: 1,
    SubscriberStatus.BOUNCED: 2,
    SubscriberStatus.COMPLAINED: 3,
}

# Our own Message-ID header, `<digest.{run}.{delivery}@domain>`: known before the ESP
# answers, so it identifies the delivery even when the webhook beats the recorded message id.
DIGEST_MESSAGE_ID = re.compile(r"<?digest\.(\d{1,18})\.(\d{1,18})@[^>\s]+>?")

# "rejected" means the ESP refused to send; these reasons mirror a suppression the ESP holds.
REJECT_EFFECTS = {
    RejectReason.BOUNCED: SubscriberStatus.BOUNCED,
    RejectReason.INVALID: SubscriberStatus.BOUNCED,
    RejectReason.SPAM: SubscriberStatus.COMPLAINED,
    RejectReason.UNSUBSCRIBED: SubscriberStatus.UNSUBSCRIBED,
}


# --- reading anymail's event ------------------------------------------------------------


def _text(value, limit):
    """A value from the ESP as storable text: ESPs (and forgers) send any JSON type, and
    PostgreSQL refuses NUL characters in text."""
    if value is None:
        return ""
    return str(value).replace("\x00", "")[:limit]


def _recipient(event):
    recipient = event.recipient
    if not isinstance(recipient, str):
        return ""
    return normalise_email(recipient.replace("\x00", ""))[:254]


def _timestamp(event):
    value = event.timestamp
    if not isinstance(value, datetime):
        return None
    if timezone.is_naive(value):
        value = value.replace(tzinfo=UTC)
    return value


def _raw_event_digest(esp_event):
    """A stable id for an event the ESP sends without one (Postmark deliveries, opens and
    clicks): the same raw event always gives the same id, so a replay is recognised."""
    if hasattr(esp_event, "lists"):  # a QueryDict (form-encoded webhooks)
        esp_event = sorted(esp_event.lists())
    try:
        canonical = json.dumps(esp_event, sort_keys=True, default=str, ensure_ascii=False)
    except (TypeError, ValueError):
        canonical = repr(esp_event)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8", "replace")).hexdigest()


def _event_id(event):
    event_id = _text(event.event_id, 10_000)
    if not event_id:
        return _raw_event_digest(event.esp_event)
    if len(event_id) > 255:
        return "sha256:" + hashlib.sha256(event_id.encode()).hexdigest()
    return event_id


def _is_soft_bounce(event, esp_name):
    """anymail reports some temporary failures as "bounced"; they must not suppress anyone.
    Postmark's SoftBounce may still become a HardBounce later; SendGrid's "blocked" bounces
    are refusals of the content or the sending IP, not of the address."""
    raw = event.esp_event if isinstance(event.esp_event, dict) else {}
    if esp_name == "Postmark":
        return raw.get("Type") == "SoftBounce"
    if esp_name == "SendGrid":
        return str(raw.get("type", "")).lower() == "blocked"
    return False


def classify(event, esp_name):
    """(state for Delivery.esp_status, effect on the subscriber or None)."""
    event_type = event.event_type
    if event_type == EventType.BOUNCED:
        # Only a bounce of the address itself is hard; a virus notice or a policy block is not.
        if _is_soft_bounce(event, esp_name) or event.reject_reason not in (
            None,
            RejectReason.BOUNCED,
            RejectReason.INVALID,
        ):
            return EventType.DEFERRED, None
        return EventType.BOUNCED, SubscriberStatus.BOUNCED
    if event_type == EventType.REJECTED:
        return EventType.REJECTED, REJECT_EFFECTS.get(event.reject_reason)
    if event_type == EventType.COMPLAINED:
        return EventType.COMPLAINED, SubscriberStatus.COMPLAINED
    if event_type == EventType.UNSUBSCRIBED:
        return EventType.UNSUBSCRIBED, SubscriberStatus.UNSUBSCRIBED
    return event_type, None


# --- finding what the event is about ----------------------------------------------------


# Metadata keys newsletter/transports.py sets on every ESP message ("delivery_id" accepted too).
METADATA_DELIVERY_KEYS = ("glk_delivery", "delivery_id")
METADATA_RUN_KEY = "glk_run"


def _positive_int(value):
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if 0 < number < 2**63 else None


def _metadata_lookup(metadata):
    """Q for the delivery our own metadata names, or None."""
    if not isinstance(metadata, dict):
        return None
    for key in METADATA_DELIVERY_KEYS:
        delivery_id = _positive_int(metadata.get(key, ""))
        if delivery_id:
            lookup = Q(pk=delivery_id)
            run_id = _positive_int(metadata.get(METADATA_RUN_KEY, ""))
            return lookup & Q(run_id=run_id) if run_id else lookup
    return None


def find_delivery(message_id, metadata, address_hash):
    """The Delivery an event is about, or None. Tries what we set ourselves before sending
    (our metadata, our Message-ID header) and the ESP's message id recorded after
    sending. Several deliveries share one message id when the ESP batches recipients, so the
    recipient's hash decides; without a recipient only an unambiguous match counts."""
    lookups = []
    ours = _metadata_lookup(metadata)
    if ours is not None:
        lookups.append(ours)
    if message_id:
        bare = message_id.strip().strip("<>")
        lookups.append(Q(message_id__in={message_id, bare, f"<{bare}>"}))
        header = DIGEST_MESSAGE_ID.fullmatch(message_id.strip())
        if header:
            run_id, pk = (int(part) for part in header.groups())
            if pk < 2**63 and run_id < 2**63:
                lookups.append(Q(pk=pk, run_id=run_id))
    for lookup in lookups:
        matches = Delivery.objects.filter(lookup)
        if address_hash:
            matches = matches.filter(email_hash=address_hash)
        found = list(matches.order_by("-pk")[:2])
        if len(found) == 1 or (found and address_hash):
            return found[0]
    return None


# --- state changes ----------------------------------------------------------------------


def apply_to_subscriber(subscriber_id, effect, when, description=""):
    """Move the subscriber to `effect` if that is further along SUBSCRIBER_RANK, through the
    one code path for subscriber state changes (newsletter/subscriptions.py, which appends the
    consent record). The row is locked so two webhooks for one person cannot interleave."""
    # Imported here: subscriptions pulls in forms, mails and pages; this module is loaded
    # from AppConfig.ready and stays light.
    from . import subscriptions

    subscriber = Subscriber.objects.select_for_update().filter(pk=subscriber_id).first()
    if subscriber is None:
        return False
    if SUBSCRIBER_RANK.get(effect, 0) <= SUBSCRIBER_RANK.get(subscriber.status, 0):
        return False
    # An event older than the subscriber's latest confirmed opt-in belongs to the previous
    # subscription; the newer consent stands.
    if when and subscriber.confirmed_at and when < subscriber.confirmed_at:
        return False
    if effect == SubscriberStatus.UNSUBSCRIBED:
        return subscriptions.unsubscribe(subscriber, subscriptions.UnsubscribeSource.ESP)
    return subscriptions.suppress(subscriber, SuppressionReason(effect), description)


def raise_esp_status(delivery_id, state):
    """Set Delivery.esp_status to `state` unless it already holds a worse one; a conditional
    UPDATE, so concurrent webhooks cannot lower it."""
    rank = ESP_STATUS_RANK.get(state)
    if rank is None:
        return
    lower = ["", *(name for name, value in ESP_STATUS_RANK.items() if value < rank)]
    Delivery.objects.filter(pk=delivery_id, esp_status__in=lower).update(esp_status=state)


@receiver(tracking, dispatch_uid="newsletter.webhooks.handle_tracking_event")
def handle_tracking_event(sender, event, esp_name, **kwargs):
    """Store one normalised tracking event once and apply its effects, all in one
    transaction: if anything fails, nothing is kept, anymail answers 500, and the ESP's
    retry starts clean."""
    esp = _text(esp_name, 30)
    recipient = _recipient(event)
    message_id = _text(event.message_id, 255)
    address_hash = email_hash(recipient) if recipient else ""
    state, effect = classify(event, esp_name)
    when = _timestamp(event)
    delivery = find_delivery(message_id, event.metadata, address_hash)
    details = (_text(part, 2000) for part in (event.description, event.mta_response) if part)
    description = " · ".join(details)

    with transaction.atomic():
        try:
            with transaction.atomic():
                DeliveryEvent.objects.create(
                    delivery=delivery,
                    esp=esp,
                    event_id=_event_id(event),
                    # What the event means here: a soft bounce is stored as "deferred".
                    event_type=_text(state, 30),
                    message_id=message_id,
                    email_hash=address_hash or (delivery.email_hash if delivery else ""),
                    timestamp=when,
                    description=description,
                )
        except IntegrityError:
            logger.info("Replayed %s event ignored", esp)
            return

        if delivery is not None:
            raise_esp_status(delivery.pk, state)
        if effect is None:
            return
        if delivery is not None:
            subscriber_id = delivery.subscriber_id
        elif recipient:
            # Lower(email) is what the unique index covers: one index probe, any stored case.
            subscriber_id = (
                Subscriber.objects.alias(email_lower=Lower("email"))
                .filter(email_lower=recipient)
                .values_list("pk", flat=True)
                .first()
            )
        else:
            subscriber_id = None
        if subscriber_id is None:
            logger.info("%s %s event for no known subscriber", esp, event.event_type)
            return
        apply_to_subscriber(subscriber_id, effect, when, description)


# --- URLs: anymail's tracking views, hardened -------------------------------------------


class HardenedWebhookMixin:
    """Two gaps of anymail's views closed: with basic auth as the only protection and no
    credentials configured they accept anyone (anymail only warns); and a body that fails
    to parse after authentication raises a 500, which makes ESPs retry it for days."""

    # What ESP parsers raise on a body of the wrong shape.
    payload_errors = (
        ValueError,  # also JSON and Unicode decoding errors
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
        OverflowError,
        OSError,  # datetime.fromtimestamp on absurd values
        AnymailConfigurationError,  # e.g. an inbound payload sent to a tracking URL
        # Amazon SES (with boto3 installed) for a post that is no SNS message of a known type
        AnymailAPIError,
    )

    def __init__(self, **kwargs):
        try:  # an ESP without its settings or package fails here, once per request: refuse it
            super().__init__(**kwargs)
        except AnymailConfigurationError as error:
            self.unconfigured = error

    def run_validators(self, request):
        if getattr(self, "unconfigured", None):
            raise AnymailWebhookValidationFailure(f"The {self.esp_name} webhook is not set up")
        if getattr(self, "warn_if_no_basic_auth", False) and not self.basic_auth:
            raise AnymailWebhookValidationFailure(
                f"No WEBHOOK_SECRET configured for the {self.esp_name} webhook"
            )
        # Signature checks read the body too (Mailgun: `null` gives a TypeError there).
        try:
            super().run_validators(request)
        except AnymailWebhookValidationFailure:
            raise
        except self.payload_errors as error:
            raise AnymailWebhookValidationFailure(
                f"Malformed {self.esp_name} webhook payload"
            ) from error

    def parse_events(self, request):
        try:
            return super().parse_events(request)
        except AnymailWebhookValidationFailure:
            raise
        except self.payload_errors as error:
            raise AnymailWebhookValidationFailure(
                f"Malformed {self.esp_name} webhook payload"
            ) from error


def _hardened_tracking_patterns():
    patterns = []
    for pattern in anymail_urls.urlpatterns:
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class is None or getattr(view_class, "signal", None) is not tracking:
            continue  # inbound mail and Mandrill's combined view: not used here
        hardened = type(
            f"Hardened{view_class.__name__}",
            (HardenedWebhookMixin, view_class),
            {"__module__": __name__},
        )
        view = hardened.as_view(**pattern.callback.view_initkwargs)
        patterns.append(URLPattern(pattern.pattern, view, pattern.default_args, pattern.name))
    return patterns


# Same paths and names as anymail.urls (namespace "anymail"), tracking views only.
app_name = "anymail"
urlpatterns = _hardened_tracking_patterns()
