"""Issue 4's whole journey in one test: a company submits an offer in Czech, an editor
approves it and has it translated, a Polish visitor finds it through the filters and sends an
inquiry that reaches the contact person, and the offer disappears when it expires."""

import re
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from pages.models import CooperationOfferPage
from tests import factories
from tests.pages.exchange.helpers import form_data, interest_url, valid_data


def test_czech_offer_found_and_answered_by_a_polish_visitor_until_it_expires(home, settings):
    settings.GLOKAL_EDITOR_EMAILS = ["redaktion@glokal.example"]
    contact = factories.ContactPersonFactory(email="betreuung@glokal.example")
    index = factories.add_offer_index(home)
    auto = factories.SectorFactory(name="Automobil", slug="automotive")
    energy = factories.SectorFactory(name="Energie", slug="energy")
    region = factories.RegionFactory(
        name="Ústí", slug="ustecky-kraj", country="CZ", nuts_code="CZ042"
    )
    for page in (home, index):
        factories.translate(page, "cs", "pl")
    for snippet in (auto, energy, region, contact):
        factories.translate(snippet, "cs", "pl")
    cs_locale = factories.locale("cs")
    czech = {
        "index": index.get_translation(cs_locale),
        "auto": auto.get_translation(cs_locale),
        "energy": energy.get_translation(cs_locale),
        "region": region.get_translation(cs_locale),
    }
    czech["url"] = czech["index"].url + "submit/"

    # 1. A Czech company submits; nothing is public yet.
    company = Client()
    assert company.post(czech["url"], valid_data(czech)).status_code == 302
    offer = CooperationOfferPage.objects.get()
    assert (offer.locale.language_code, offer.live) == ("cs", False)

    # 2. An editor approves it, names the responsible contact, and has it translated to Polish.
    editor = get_user_model().objects.create_superuser("editor", "editor@glokal.example", "pw")
    offer.current_workflow_task_state.specific.approve(user=editor)
    offer.refresh_from_db()
    offer.contact = contact.get_translation(cs_locale)
    offer.save_revision(user=editor).publish()
    polish = factories.translate(offer, "pl")["pl"]
    assert polish.live and polish.reference == offer.reference

    # 3. A Polish visitor finds it with the exchange's filters.
    visitor = Client()
    polish_index = index.get_translation(factories.locale("pl"))
    found = visitor.get(
        polish_index.url, {"kind": "technology_offer", "sector": "automotive", "country": "CZ"}
    )
    assert found.status_code == 200
    assert polish.url in found.content.decode()

    # 4. They send an inquiry, confirm it from the mail, and it reaches the contact person.
    mail.outbox.clear()
    sent = visitor.post(interest_url(polish), form_data(polish), REMOTE_ADDR="198.51.100.9")
    assert sent.status_code == 303  # See Other: the "check your inbox" page
    link = re.search(r"https?://\S+/inquiries/confirm/\S+/", mail.outbox[-1].body).group(0)
    mail.outbox.clear()
    assert visitor.get(urlsplit(link).path).status_code == 200  # the page with the button
    assert mail.outbox == []
    assert visitor.post(urlsplit(link).path).status_code == 200
    [forward] = mail.outbox
    assert forward.to == ["betreuung@glokal.example"]
    assert offer.reference in forward.subject + forward.body
    assert "Tajná s.r.o." in forward.body  # the contact person needs the company to broker

    # 5. On expiry the offer leaves the listing and its page answers 410.
    CooperationOfferPage.objects.filter(translation_key=offer.translation_key).update(
        valid_until="2020-01-01"
    )
    assert polish.url not in visitor.get(polish_index.url).content.decode()
    assert visitor.get(polish.url).status_code == 410
