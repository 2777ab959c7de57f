"""Background jobs of the content core (run by Celery, or in-process without a broker)."""

import datetime

from celery import shared_task
from django.conf import settings
from django.db.models import F
from django.utils import timezone

from pages.core.public_forms import mail
from pages.exchange.models.offers import CooperationOfferPage

REMINDER_LEAD_TIME = datetime.timedelta(days=14)


# Task names keep the path they had before the exchange got its own package: a message queued
# by an older release (or a beat schedule entry) still finds its task after an upgrade.
@shared_task(name="pages.tasks.send_offer_renewal_reminders")
def send_offer_renewal_reminders(today=None):
    """Mail editors about German offers that expire in REMINDER_LEAD_TIME (or less).

    Each offer is reminded once per expiry date (`reminder_sent_for`), so the daily run can be
    repeated or retried without mailing twice; extending the offer re-arms the reminder.
    Returns the number of reminders sent.
    """
    today = (
        datetime.date.fromisoformat(today)
        if isinstance(today, str)
        else (today or timezone.localdate())
    )
    due = (
        CooperationOfferPage.objects.live()
        .current(today)
        .filter(
            locale__language_code=settings.LANGUAGE_CODE,
            valid_until__lte=today + REMINDER_LEAD_TIME,
        )
        .exclude(reminder_sent_for=F("valid_until"))
        .select_related("contact")
    )
    sent = 0
    for offer in due:
        recipients = list(settings.GLOKAL_EDITOR_EMAILS)
        contact = offer.responsible_contact()  # the German record, never a translation
        if contact and contact.email:
            recipients.append(contact.email)
        context = {
            "offer": offer,
            "admin_url": mail.admin_url("wagtailadmin_pages:edit", offer.pk),
        }
        mail.send(
            "pages/exchange/emails/offer_renewal",
            context,
            language=settings.LANGUAGE_CODE,
            to=recipients,
        )
        # Only this field: the page itself is not re-saved, so no revision or publish happens.
        CooperationOfferPage.objects.filter(pk=offer.pk).update(reminder_sent_for=offer.valid_until)
        sent += 1
    return sent


@shared_task(name="pages.tasks.purge_unconfirmed_inquiries")
def purge_unconfirmed_inquiries():
    """Delete inquiries whose confirmation link expired unconfirmed (data minimisation)."""
    from pages.exchange.inquiries import purge_unconfirmed_inquiries as purge

    return purge()
