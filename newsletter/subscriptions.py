"""Every state change of a subscriber, each proven by an appended ConsentRecord.

Views, the ESP webhook receiver and the admin call these functions; none of them changes a
Subscriber's status directly. Changes that could race (two clicks on a link, a webhook and an
unsubscribe at the same moment) are conditional updates, so each takes effect, and is
recorded, once.

- `request_subscription`: the signup form. New, pending and former (unsubscribed, bounced,
  complained, erased) addresses become PENDING and get a confirmation mail; an active address
  gets a reminder mail with its preferences link and nothing else changes, so nobody can alter
  someone else's subscription by typing their address.
- `confirm`: the confirmation link (POST). PENDING → ACTIVE, single use, lifts a suppression.
- `change_preferences`, `unsubscribe`, `suppress` (bounces and complaints), `export_data`,
  `erase`, and `purge_unconfirmed` for requests nobody confirmed.
- Links: `unsubscribe` and `suppress` give the subscriber a new `link_key`, which revokes
  every link mailed before (newsletter/tokens.py); `revoke_links` does that on request and
  mails a fresh preferences link; `send_data_rights_link` mails a short-lived export or
  erase link. Neither of the last two touches consent, so they append no record.
"""

import datetime
import logging
import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Value
from django.db.models.functions import Lower, Replace
from django.utils import timezone, translation
from django.utils.translation import gettext

from pages.core.models.taxonomy import Country, Region, Sector, Topic
from pages.core.public_forms import mail
from pages.core.public_forms.client import client_ip
from pages.exchange.models.offers import OfferKind

from . import tokens
from .consent import CONSENT_TEXT_VERSION, consent_text
from .forms import term_names
from .models import (
    ConsentAction,
    ConsentRecord,
    Delivery,
    DeliveryEvent,
    Subscriber,
    SubscriberStatus,
    Suppression,
    SuppressionReason,
    email_hash,
    normalise_email,
)

logger = logging.getLogger(__name__)

# The fields a subscriber chooses; everything else on the model is bookkeeping.
CHOICE_FIELDS = (
    "language",
    "frequency",
    "offer_kinds",
    "sector_keys",
    "region_keys",
    "countries",
    "topic_keys",
)
# Requests nobody confirmed are deleted after this (see purge_unconfirmed).
UNCONFIRMED_RETENTION = datetime.timedelta(days=7)


class Outcome:
    """What request_subscription did. The visitor never learns it: the screen answer is
    the same for all of them."""

    CONFIRMATION_SENT = "confirmation_sent"
    REMINDER_SENT = "reminder_sent"


class UnsubscribeSource:
    ONE_CLICK = "one-click"  # RFC 8058 POST from the mail client
    PAGE = "unsubscribe-page"  # the button on the unsubscribe page
    ESP = "esp"  # an unsubscribe the ESP reported


# --- Helpers ---------------------------------------------------------------------------------


def find_subscriber(address, lock=False):
    """The subscriber with this address (any case), through the case-insensitive unique index."""
    queryset = Subscriber.objects.alias(email_lower=Lower("email")).filter(
        email_lower=normalise_email(address)
    )
    if lock:
        queryset = queryset.select_for_update()
    return queryset.first()


def choices_of(subscriber):
    return {name: getattr(subscriber, name) for name in CHOICE_FIELDS}


def interest_names(subscriber, language=None):
    """The subscriber's interests with their names, in `language` (default: theirs)."""
    language = language or subscriber.language
    with translation.override(language):
        kinds = dict(OfferKind.choices)
        countries = dict(Country.choices)
        return {
            "offer_kinds": [
                {"code": code, "name": str(kinds.get(code, code))}
                for code in subscriber.offer_kinds or []
            ],
            "sectors": _named_terms(Sector, subscriber.sector_keys, language),
            "regions": _named_terms(Region, subscriber.region_keys, language),
            "countries": [
                {"code": code, "name": str(countries.get(code, code))}
                for code in subscriber.countries or []
            ],
            "topics": _named_terms(Topic, subscriber.topic_keys, language),
        }


def _named_terms(model, keys, language):
    keys = list(keys or [])
    names = term_names(model, language, keys) if keys else {}
    # A term deleted since keeps its key, so the record still says what was chosen.
    return [{"key": key, "name": names.get(key, "")} for key in keys]


def _details(subscriber, language=None):
    """What the subscriber chose, with names as shown in `language`, for a consent record."""
    details = choices_of(subscriber)
    details["interests"] = interest_names(subscriber, language or translation.get_language())
    return details


def _record(subscriber, action, request=None, *, source="", version="", details=None):
    """Append one consent record: address, time, language, form, IP and user agent."""
    ip_address = user_agent = ""
    if request is not None:
        ip_address = client_ip(request)
        user_agent = (request.META.get("HTTP_USER_AGENT") or "")[:300]
    return ConsentRecord.objects.create(
        subscriber=subscriber,
        action=action,
        email=subscriber.email,
        language=subscriber.language,
        consent_text_version=version,
        source=source[:40],
        ip_address=ip_address,
        user_agent=user_agent,
        details=details or {},
    )


def _last_request(subscriber):
    return (
        subscriber.consents.filter(action=ConsentAction.REQUESTED).order_by("-created_at", "-pk")
    ).first()


# --- Mails -----------------------------------------------------------------------------------


def confirmation_valid_hours():
    return int(tokens.CONFIRMATION_MAX_AGE.total_seconds() // 3600)


def _send(subscriber, template, context):
    context = {
        "subscriber": subscriber,
        "language_name": dict(settings.LANGUAGES).get(subscriber.language, subscriber.language),
        "preferences_url": tokens.preferences_url(subscriber),
        **context,
    }
    with translation.override(subscriber.language):
        context["frequency_name"] = str(subscriber.get_frequency_display())
        context["interests"] = interest_names(subscriber)
    mail.send(
        f"newsletter/email/{template}",
        context,
        language=subscriber.language,
        to=[subscriber.email],
        from_email=settings.NEWSLETTER_FROM_EMAIL,
    )


def send_confirmation_mail(subscriber):
    """The double opt-in mail: no advertising, only what was asked for, the link and how long
    it is valid."""
    _send(
        subscriber,
        "confirm",
        {
            "confirmation_url": tokens.confirmation_url(subscriber),
            "valid_hours": confirmation_valid_hours(),
            "retention_days": UNCONFIRMED_RETENTION.days,
        },
    )


def send_reminder_mail(subscriber):
    """For an address that is already subscribed: its preferences link, no second opt-in."""
    _send(subscriber, "reminder", {"unsubscribe_url": tokens.unsubscribe_url(subscriber)})


def send_data_rights_link(subscriber, purpose):
    """Mail a link that exports or erases the subscriber's data (tokens.EXPORT or ERASE),
    valid for an hour, to the stored address and in the subscriber's language. The mail says
    only what we wrote: nothing from the request that asked for it."""
    _send(
        subscriber,
        "data_link",
        {
            "purpose": purpose,
            "data_rights_url": tokens.data_rights_url(subscriber, purpose),
            "valid_hours": tokens.data_rights_valid_hours(),
        },
    )


# --- State changes ---------------------------------------------------------------------------


def request_subscription(email, choices, *, source, request=None, version=CONSENT_TEXT_VERSION):
    """Handle a signup for `email` with `choices` (Subscriber field names → values).

    Returns an Outcome. The state change and its mail are one transaction: when the mail
    cannot be handed over the exception propagates and nothing is stored.
    """
    address = normalise_email(email)
    choices = {name: choices[name] for name in CHOICE_FIELDS if name in choices}
    with transaction.atomic():
        subscriber = find_subscriber(address, lock=True)
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(
                        email=address, status=SubscriberStatus.PENDING, **choices
                    )
            except IntegrityError:
                # The same address was submitted twice at once: the other request created it.
                subscriber = find_subscriber(address, lock=True)
                if subscriber is None:
                    raise
        elif subscriber.is_active:
            send_reminder_mail(subscriber)
            return Outcome.REMINDER_SENT
        else:
            # Pending, or a former subscriber: a new double opt-in with this request's
            # choices; the new nonce invalidates confirmation links mailed before.
            for name, value in choices.items():
                setattr(subscriber, name, value)
            subscriber.status = SubscriberStatus.PENDING
            subscriber.confirmation_nonce = uuid.uuid4()
            subscriber.save(update_fields=[*choices, "status", "confirmation_nonce"])
        _record(
            subscriber,
            ConsentAction.REQUESTED,
            request,
            source=source,
            version=version,
            details=_details(subscriber),
        )
        send_confirmation_mail(subscriber)
    return Outcome.CONFIRMATION_SENT


def confirm(subscriber, request=None):
    """The confirmation link was used (POST): PENDING → ACTIVE. Raises tokens.BadToken("used")
    when this link's nonce is no longer current or the subscriber is not pending."""
    now = timezone.now()
    with transaction.atomic():
        claimed = Subscriber.objects.filter(
            pk=subscriber.pk,
            status=SubscriberStatus.PENDING,
            confirmation_nonce=subscriber.confirmation_nonce,
        ).update(
            status=SubscriberStatus.ACTIVE,
            confirmed_at=now,
            unsubscribed_at=None,
            confirmation_nonce=uuid.uuid4(),
        )
        if not claimed:
            raise tokens.BadToken("used")
        subscriber.refresh_from_db()
        # A fresh double opt-in by the address's owner lifts an earlier suppression.
        Suppression.objects.filter(email_hash=email_hash(subscriber.email)).delete()
        requested = _last_request(subscriber)
        _record(
            subscriber,
            ConsentAction.CONFIRMED,
            request,
            source="confirmation-link",
            version=requested.consent_text_version if requested else CONSENT_TEXT_VERSION,
            details=_details(subscriber),
        )
    return subscriber


def change_preferences(subscriber, choices, request=None):
    """Apply new choices from the preferences page; True when anything changed (then a
    CHANGED record holds the new choices)."""
    changed = [
        name
        for name in CHOICE_FIELDS
        if name in choices and _plain(choices[name]) != _plain(getattr(subscriber, name))
    ]
    if not changed:
        return False
    with transaction.atomic():
        for name in changed:
            setattr(subscriber, name, choices[name])
        subscriber.save(update_fields=changed)
        details = _details(subscriber)
        details["changed"] = changed
        _record(subscriber, ConsentAction.CHANGED, request, source="preferences", details=details)
    return True


def _plain(value):
    return list(value) if isinstance(value, (list, tuple)) else value


def unsubscribe(subscriber, source, request=None):
    """Stop all digests to `subscriber`; True when this call did it (a repeated unsubscribe
    appends nothing). Bounced and complained subscribers are already not mailed and keep
    their status."""
    now = timezone.now()
    with transaction.atomic():
        done = Subscriber.objects.filter(
            pk=subscriber.pk,
            status__in=[SubscriberStatus.ACTIVE, SubscriberStatus.PENDING],
        ).update(
            status=SubscriberStatus.UNSUBSCRIBED,
            unsubscribed_at=now,
            # An unconfirmed request's link must not resubscribe the address afterwards.
            confirmation_nonce=uuid.uuid4(),
            # Nor may a forwarded mail's links still open the settings and the data.
            link_key=uuid.uuid4(),
        )
        subscriber.refresh_from_db()
        if done:
            _record(subscriber, ConsentAction.UNSUBSCRIBED, request, source=source)
    return bool(done)


def revoke_links(subscriber):
    """A new `link_key` on request: every preferences, unsubscribe and data-rights link
    mailed so far stops working, and a fresh preferences link is mailed to the stored
    address. False when the key had changed already (the same old link used twice at once).
    The rotation and the mail are one transaction: without the mail the old key stays."""
    with transaction.atomic():
        rotated = Subscriber.objects.filter(pk=subscriber.pk, link_key=subscriber.link_key).update(
            link_key=uuid.uuid4()
        )
        if not rotated:
            return False
        subscriber.refresh_from_db()
        _send(subscriber, "links_revoked", {})
    return True


SUPPRESSED_STATUS = {
    SuppressionReason.BOUNCED: SubscriberStatus.BOUNCED,
    SuppressionReason.COMPLAINED: SubscriberStatus.COMPLAINED,
}


def suppress(subscriber, reason, description=""):
    """A hard bounce or complaint reported by the ESP: the subscriber gets the matching status,
    the address a hashed Suppression entry, and a SUPPRESSED record is appended. True when this
    call changed the status; replaying the same event changes nothing. A complaint is not
    downgraded to a bounce. `SuppressionReason.UNSUBSCRIBED` (the ESP's own unsubscribe list)
    unsubscribes and keeps a suppression entry."""
    if reason == SuppressionReason.UNSUBSCRIBED:
        with transaction.atomic():
            Suppression.suppress(subscriber.email, reason)
            return unsubscribe(subscriber, UnsubscribeSource.ESP)
    if reason not in SUPPRESSED_STATUS:
        raise ValueError(f"Unknown suppression reason {reason!r}")
    status = SUPPRESSED_STATUS[reason]
    keep = [status]
    if status == SubscriberStatus.BOUNCED:
        keep.append(SubscriberStatus.COMPLAINED)
    with transaction.atomic():
        changed = (
            Subscriber.objects.filter(pk=subscriber.pk)
            .exclude(status__in=keep)
            .update(status=status, confirmation_nonce=uuid.uuid4(), link_key=uuid.uuid4())
        )
        subscriber.refresh_from_db()
        if changed:
            Suppression.suppress(subscriber.email, reason)
            _record(
                subscriber,
                ConsentAction.SUPPRESSED,
                source="esp",
                details={"reason": str(reason), "description": description[:500]},
            )
    return bool(changed)


# --- Data rights -----------------------------------------------------------------------------


def export_data(subscriber):
    """Everything stored about the subscriber, JSON-serialisable (datetimes as ISO strings)."""
    records = []
    for record in subscriber.consents.order_by("created_at", "pk"):
        records.append(
            {
                "action": record.action,
                "time": record.created_at.isoformat(),
                "email": record.email,
                "language": record.language,
                "consent_text_version": record.consent_text_version,
                "consent_text": _consent_text_in(record.consent_text_version, record.language),
                "source": record.source,
                "ip_address": record.ip_address,
                "user_agent": record.user_agent,
                "details": record.details,
            }
        )
    deliveries = []
    sent = (
        subscriber.deliveries.select_related("run")
        .prefetch_related("events")
        .order_by("run__created_at", "pk")
    )
    for delivery in sent:
        deliveries.append(
            {
                "run_date": delivery.run.created_at.isoformat(),
                "frequency": delivery.run.frequency,
                "status": delivery.status,
                "sent_at": _iso(delivery.sent_at),
                "message_id": delivery.message_id,
                "language": delivery.language,
                "items_since": _iso(delivery.since),
                "items": delivery.item_count,
                "esp_status": delivery.esp_status,
                "events": [
                    {
                        "event": event.event_type,
                        "time": _iso(event.timestamp or event.received_at),
                    }
                    for event in delivery.events.all()
                ],
            }
        )
    return {
        "exported_at": timezone.now().isoformat(),
        "profile": {
            "email": subscriber.email,
            "language": subscriber.language,
            "frequency": subscriber.frequency,
            "status": subscriber.status,
            "created_at": _iso(subscriber.created_at),
            "confirmed_at": _iso(subscriber.confirmed_at),
            "unsubscribed_at": _iso(subscriber.unsubscribed_at),
            "last_digest_at": _iso(subscriber.last_digest_at),
        },
        "interests": interest_names(subscriber),
        "consent_records": records,
        "deliveries": deliveries,
    }


def _iso(value):
    return value.isoformat() if value else None


def _consent_text_in(version, language):
    if not version:
        return ""
    with translation.override(language or settings.LANGUAGE_CODE):
        return consent_text(version)


def erase(subscriber):
    """Delete the subscriber and their consent records (erasure on request). Deliveries stay
    pseudonymised: the subscriber link is cleared (their email_hash was stored with them) and
    the address is cut out of error texts; a hashed ERASED suppression keeps the address from
    being mailed until its owner signs up and confirms again."""
    address = subscriber.email
    with transaction.atomic():
        Suppression.suppress(address, SuppressionReason.ERASED)
        deliveries = Delivery.objects.filter(subscriber=subscriber)
        placeholder = Value(gettext("[erased address]"))
        deliveries.filter(error__icontains=address).update(
            error=Replace("error", Value(address), placeholder)
        )
        DeliveryEvent.objects.filter(
            delivery__in=deliveries, description__icontains=address
        ).update(description=Replace("description", Value(address), placeholder))
        # Cascades to the consent records; deliveries are kept with subscriber = NULL.
        subscriber.delete()


def purge_unconfirmed(now=None):
    """Delete requests nobody confirmed within UNCONFIRMED_RETENTION (data minimisation).
    Only addresses never confirmed: a former subscriber's records prove earlier consents.
    Returns how many subscribers were deleted. Meant for a daily Celery beat task."""
    cutoff = (now or timezone.now()) - UNCONFIRMED_RETENTION
    recent_request = ConsentRecord.objects.filter(
        subscriber=OuterRef("pk"), action=ConsentAction.REQUESTED, created_at__gte=cutoff
    )
    stale = Subscriber.objects.filter(
        status=SubscriberStatus.PENDING, confirmed_at__isnull=True, created_at__lt=cutoff
    ).exclude(Exists(recent_request))
    count = 0
    for subscriber in stale.iterator():
        subscriber.delete()
        count += 1
    return count
