"""Where inquiries and reminders go: always to the German record of the offer's contact
person, whatever the offer's language, and never to an address a translator wrote into a
translated contact (pages/core/routing_fields.py)."""

import datetime
import json
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail_localize.models import OverridableSegment, Translation, TranslationContext

from pages.core.models.contacts import ContactPerson
from pages.exchange.tasks import send_offer_renewal_reminders
from pages.models import Inquiry, InquiryStatus
from pages.translation import roles
from tests import factories
from tests.factories import make_user, translator_group

from .helpers import form_data, interest_url

GERMAN_ADDRESS = "erika.muster@glokal.example"
POISONED = "translator@evil.example"


@pytest.fixture
def contact(db):
    return factories.ContactPersonFactory(
        first_name="Erika", last_name="Muster", email=GERMAN_ADDRESS
    )


@pytest.fixture
def polish_offer(home, index, contact):
    offer = factories.add_offer(
        index,
        title="Sensorik für Kläranlagen",
        sectors=[factories.SectorFactory()],
        contact=contact,
    )
    factories.translate(home, "pl")
    factories.translate(index, "pl")
    return factories.translate(offer, "pl")["pl"]  # translates the contact person too


@pytest.fixture
def polish_contact(polish_offer, contact):
    polish = polish_offer.contact
    assert polish.locale.language_code == "pl" and polish.translation_key == contact.translation_key
    return polish


def confirm(client, message):
    found = re.search(r"https?://\S+/inquiries/confirm/\S+/", message.body)
    assert found, message.body
    return client.post(urlsplit(found.group(0)).path)


def test_polish_translator_cannot_redirect_inquiries(
    client, django_user_model, polish_offer, polish_contact
):
    # The attack: a Polish translator overrides the Polish contact's address in the
    # translation editor (through the segment an older extraction left in the database) …
    roles.setup_roles()
    translator = make_user(django_user_model, "translator-pl", translator_group("pl"))
    translation = Translation.objects.get(
        source__object_id=polish_contact.translation_key, target_locale=polish_contact.locale
    )
    context, _ = TranslationContext.objects.get_or_create(
        object_id=translation.source.object_id, path="email"
    )
    segment, _ = OverridableSegment.objects.get_or_create(
        source=translation.source,
        context=context,
        defaults={"order": 99, "data_json": json.dumps(GERMAN_ADDRESS)},
    )
    client.force_login(translator)
    response = client.put(
        reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
        f"value={POISONED}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403
    client.logout()

    # … and, should an old row already carry one (written before the rule), it is not used.
    ContactPerson.objects.filter(pk=polish_contact.pk).update(email=POISONED)

    response = client.post(interest_url(polish_offer), form_data(polish_offer))
    assert response.status_code == 303
    assert confirm(client, mail.outbox[0]).status_code == 200
    assert Inquiry.objects.get().status == InquiryStatus.FORWARDED

    forwarded = mail.outbox[1]
    assert forwarded.to == [GERMAN_ADDRESS]
    assert forwarded.reply_to == ["jan@kowalski.example"]
    assert all(POISONED not in ",".join(message.recipients()) for message in mail.outbox)
    assert "geheim@firma.example" in forwarded.body  # the company's data, to the agency only


def test_a_translated_offer_with_its_own_contact_still_goes_to_the_german_offers_contact(
    client, polish_offer, contact
):
    stranger = factories.ContactPersonFactory(
        email=POISONED, locale=factories.locale("pl")
    )  # a record that exists only in Polish
    type(polish_offer).objects.filter(pk=polish_offer.pk).update(contact=stranger)
    polish_offer.refresh_from_db()
    client.post(interest_url(polish_offer), form_data(polish_offer))
    confirm(client, mail.outbox[0])
    assert mail.outbox[1].to == [GERMAN_ADDRESS]


def test_a_contact_without_a_german_record_sends_to_the_editors(client, index, settings):
    settings.GLOKAL_EDITOR_EMAILS = ["redaktion@glokal.example"]
    polish_only = factories.ContactPersonFactory(email=POISONED, locale=factories.locale("pl"))
    offer = factories.add_offer(index, title="Nur polnischer Kontakt", contact=polish_only)
    client.post(interest_url(offer), form_data(offer))
    confirm(client, mail.outbox[0])
    assert mail.outbox[1].to == ["redaktion@glokal.example"]


def test_renewal_reminder_goes_to_the_german_record(polish_offer, polish_contact, settings):
    settings.GLOKAL_EDITOR_EMAILS = ["redaktion@glokal.example"]
    german_offer = polish_offer.get_translation(factories.locale("de")).specific
    ContactPerson.objects.filter(pk=polish_contact.pk).update(email=POISONED)
    # An editor picked the Polish record on the German offer: the reminder still reaches the
    # German one.
    type(german_offer).objects.filter(pk=german_offer.pk).update(
        contact=polish_contact, valid_until=timezone.localdate() + datetime.timedelta(days=3)
    )
    assert send_offer_renewal_reminders() == 1
    assert mail.outbox[-1].to == ["redaktion@glokal.example", GERMAN_ADDRESS]
