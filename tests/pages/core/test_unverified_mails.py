"""Mails to an address nobody has verified carry no text the sender chose.

Anyone can type any address into a public form, so whatever such a mail repeats from the form
(a name, a title, a message, a company) is the sender's own text delivered in our name, e.g.
"Click here: https://evil.example/…". Each mail of that kind is sent here with hostile text in
every free-text field; none of it may appear in the subject, in any header but the recipient's,
or in any body part (text or HTML).
"""

import email
import time

import pytest
from django.core import mail

from newsletter.forms import STAMP_SCOPE as NEWSLETTER_STAMP_SCOPE
from newsletter.models import Subscriber, SubscriberStatus
from pages.core.public_forms.stamps import issue_stamp
from pages.exchange import inquiry_forms
from pages.exchange.submission_forms import HONEYPOT_FIELD, STAMP_FIELD, stamp_scope
from pages.models import CooperationOfferPage, Inquiry
from tests import factories

LINK = "https://evil.example/win"
BAIT = "Click here"
# The local part of the address is the sender's text too: it must not reappear in the body.
LOCAL_PART = "click-here-evil-example"


def hostile(label):
    """Text a sender might choose for the field `label`, recognisable by its label."""
    return f"{BAIT} {LINK}/{label} {label}-Köder"


def everything_but_the_recipient(message):
    """Subject, every header except the recipients', and every body part, decoded."""
    parsed = email.message_from_bytes(message.message().as_bytes())
    texts = [message.subject]
    texts += [
        str(value) for name, value in parsed.items() if name.lower() not in ("to", "cc", "bcc")
    ]
    for part in parsed.walk():
        if part.get_content_maintype() == "text":
            texts.append(
                part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
            )
    texts += [content for content, _mimetype in getattr(message, "alternatives", [])]
    return "\n".join(texts)


def assert_carries_nothing_chosen(message, chosen):
    text = everything_but_the_recipient(message)
    found = [value for value in [LINK, BAIT, LOCAL_PART, *chosen] if value in text]
    assert not found, f"sender-chosen text in the mail: {found}\n{text}"


@pytest.fixture(autouse=True)
def _editors(settings):
    settings.GLOKAL_EDITOR_EMAILS = ["redaktion@glokal.example"]


# --- The offer form ----------------------------------------------------------------------------


@pytest.fixture
def offer_index(home):
    return factories.add_offer_index(home)


def test_offer_submission_confirmation_repeats_nothing_typed(client, offer_index):
    sector = factories.SectorFactory()
    free_text = {
        name: hostile(name)
        for name in ("title", "summary", "description", "keywords", "company_name", "contact_name")
    }
    data = {
        **free_text,
        "kind": "technology_offer",
        "valid_until": "",
        "sectors": [str(sector.pk)],
        "company_country": "DE",
        "target_countries": ["PL"],
        "partner_types": ["sme"],
        "partnership_types": ["distribution"],
        "development_stage": "prototype",
        "email": f"{LOCAL_PART}@example.org",
        "phone": "+49 30 23125 777",
        "website": f"{LINK}/website",
        "consent": "on",
        HONEYPOT_FIELD: "",
        STAMP_FIELD: issue_stamp(stamp_scope(offer_index), shown_at=time.time() - 30),
    }
    url = offer_index.url + offer_index.reverse_subpage("submit")
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = CooperationOfferPage.objects.get()
    assert page.title == free_text["title"]  # the hostile text was accepted and stored

    to_company = [m for m in mail.outbox if m.to == [data["email"]]]
    assert len(to_company) == 1
    assert_carries_nothing_chosen(to_company[0], [*free_text.values(), "+49 30 23125 777"])
    # The editors' notice does carry it: their address is ours.
    [to_editors] = [m for m in mail.outbox if m.to == ["redaktion@glokal.example"]]
    assert free_text["title"] in to_editors.subject


# --- The inquiry form --------------------------------------------------------------------------


def test_inquiry_confirmation_repeats_nothing_typed(client, offer_index):
    offer = factories.add_offer(offer_index, title="Sensorik für Kläranlagen")
    free_text = {name: hostile(name) for name in ("name", "organisation", "message")}
    data = {
        **free_text,
        "email": f"{LOCAL_PART}@example.org",
        "phone": "+48 71 123 45 67",
        "country": "PL",
        "consent": "on",
        "website": "",
        "started": issue_stamp(inquiry_forms.stamp_scope(offer), shown_at=time.time() - 60),
    }
    response = client.post(offer.url + offer.reverse_subpage("inquiry"), data)
    assert response.status_code == 303, response.content.decode()[:2000]
    assert Inquiry.objects.get().name == free_text["name"]

    [confirmation] = mail.outbox
    assert confirmation.to == [data["email"]]
    assert_carries_nothing_chosen(confirmation, [*free_text.values(), "+48 71 123 45 67"])
    assert offer.reference in confirmation.subject  # the offer's own text is ours


# --- The newsletter sign-up --------------------------------------------------------------------


def signup(client, address, **extra):
    data = {
        "email": address,
        "consent": "on",
        "started": issue_stamp(NEWSLETTER_STAMP_SCOPE, shown_at=time.time() - 30),
        "source": "signup-page",
        "language": "de",
        "frequency": "weekly",
        # Fields the form does not have: a forged post may carry anything.
        **extra,
    }
    return client.post("/de/newsletter/", data)


@pytest.mark.parametrize("already_subscribed", [False, True], ids=["confirmation", "reminder"])
def test_newsletter_signup_mail_repeats_nothing_typed(client, home, already_subscribed):
    address = f"{LOCAL_PART}@example.org"
    if already_subscribed:
        Subscriber.objects.create(email=address, status=SubscriberStatus.ACTIVE)
    extra = {name: hostile(name) for name in ("name", "message", "comment")}
    response = signup(client, address, **extra)
    assert response.status_code in (302, 303), response.content.decode()[:2000]
    [message] = mail.outbox
    assert message.to == [address]
    assert_carries_nothing_chosen(message, extra.values())
