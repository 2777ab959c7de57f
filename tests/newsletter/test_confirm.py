"""The confirmation link: a GET only shows a button (mail scanners prefetch links), the POST
confirms once; expired, used and forged links change nothing."""

import datetime
import uuid
from urllib.parse import urlparse

import pytest
from django.core import mail, signing
from django.test import Client

from newsletter import tokens
from newsletter.consent import CONSENT_TEXT_VERSION
from newsletter.models import (
    ConsentAction,
    ConsentRecord,
    Subscriber,
    SubscriberStatus,
    Suppression,
    SuppressionReason,
)
from tests.helpers import soup

from .helpers import link_path, make_subscriber, post_signup

pytestmark = pytest.mark.usefixtures("ui_strings_as_written")


@pytest.fixture
def pending(client, home):
    """An address signed up through the form, and the confirmation link from its mail."""
    post_signup(client, "eva@example.org", page="en", language="en", countries=["CZ"])
    return Subscriber.objects.get(), link_path(mail.outbox[0], "confirm")


def state(subscriber):
    """Everything a confirmation could change."""
    subscriber.refresh_from_db()
    return (
        subscriber.status,
        subscriber.confirmed_at,
        subscriber.confirmation_nonce,
        list(ConsentRecord.objects.values_list("action", flat=True)),
    )


def test_get_shows_what_was_asked_for_and_a_button_but_confirms_nothing(client, pending):
    subscriber, link = pending
    before = state(subscriber)
    response = client.get(link)
    assert response.status_code == 200
    page = soup(response)
    assert "eva@example.org" in page.select_one(".lead").get_text()
    assert "Czechia" in page.select_one(".newsletter-interests").get_text()
    form = page.select_one("main form")
    assert form["method"] == "post"
    assert form.select_one("button[type=submit]").get_text() == "Confirm subscription"
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]
    assert client.head(link).status_code == 200
    assert state(subscriber) == before


def test_post_confirms_once(pending):
    subscriber, link = pending
    nonce = subscriber.confirmation_nonce
    client = Client(enforce_csrf_checks=True, HTTP_USER_AGENT="Thunderbird/128")
    response = client.post(link, REMOTE_ADDR="198.51.100.4")
    assert response.status_code == 200
    assert "Your subscription is confirmed" in soup(response).select_one("h1").get_text()

    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert subscriber.confirmed_at is not None
    assert subscriber.confirmation_nonce != nonce  # single use
    record = ConsentRecord.objects.get(action=ConsentAction.CONFIRMED)
    assert record.email == "eva@example.org"
    assert record.ip_address == "198.51.100.4"
    assert record.user_agent == "Thunderbird/128"
    assert record.consent_text_version == CONSENT_TEXT_VERSION
    assert record.language == "en"
    # The confirmed page leads to the settings.
    settings_link = soup(response).select_one("a.button")["href"]
    assert client.get(settings_link).status_code == 200

    # The same link again: a clear page, nothing changes, nothing is appended.
    before = state(subscriber)
    again = client.post(link)
    assert again.status_code == 410
    assert "already been used" in soup(again).select_one("h1").get_text()
    assert soup(again).select_one("a.button")["href"] == "/en/newsletter/"
    assert client.get(link).status_code == 410
    assert state(subscriber) == before


def test_confirming_lifts_a_suppression_of_the_address(client, pending):
    subscriber, link = pending
    Suppression.suppress("eva@example.org", SuppressionReason.BOUNCED)
    client.post(link)
    assert not Suppression.is_suppressed("eva@example.org")


def test_an_expired_link_changes_nothing(client, pending, monkeypatch):
    subscriber, link = pending
    before = state(subscriber)
    monkeypatch.setattr(tokens, "CONFIRMATION_MAX_AGE", datetime.timedelta(seconds=-1))
    for response in (client.get(link), client.post(link)):
        assert response.status_code == 410
        assert "This link has expired" in soup(response).select_one("h1").get_text()
        assert "Please sign up again" in soup(response).get_text()
    assert state(subscriber) == before


def forged_links(subscriber, link):
    token = link.rstrip("/").rsplit("/", 1)[1]
    prefix = link[: -len(token) - 1]
    yield prefix + token[:-2] + ("AA" if not token.endswith("AA") else "BB") + "/"
    yield prefix + "not-a-token/"
    # Properly signed, but with another salt (a preferences link is no confirmation link).
    yield prefix + tokens.link_token(subscriber) + "/"
    # Properly signed for a subscriber that does not exist, or with a nonce never issued.
    yield prefix + signing.dumps([subscriber.pk + 1000, uuid.uuid4().hex], salt=tokens.CONFIRM_SALT)
    yield prefix + signing.dumps(["1", subscriber.confirmation_nonce.hex], salt=tokens.CONFIRM_SALT)
    yield prefix + signing.dumps({"pk": subscriber.pk}, salt=tokens.CONFIRM_SALT) + "/"
    yield prefix + "x" * 3000 + "/"


def test_forged_links_are_refused_and_change_nothing(client, pending):
    subscriber, link = pending
    before = state(subscriber)
    for forged in forged_links(subscriber, link):
        if not forged.endswith("/"):
            forged += "/"
        for response in (client.get(forged), client.post(forged)):
            assert response.status_code == 400, forged
            assert "This link is not valid" in soup(response).select_one("h1").get_text()
    assert state(subscriber) == before


def test_a_link_with_a_nonce_from_before_is_used(client, pending):
    subscriber, link = pending
    Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_nonce=uuid.uuid4())
    assert client.post(link).status_code == 410
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING


def test_the_link_of_an_active_or_unsubscribed_subscriber_does_not_change_them(client, home):
    subscriber = make_subscriber("anna@example.org", SubscriberStatus.UNSUBSCRIBED)
    link = urlparse(tokens.confirmation_url(subscriber)).path
    response = client.post(link)
    assert response.status_code == 410
    assert Subscriber.objects.get().status == SubscriberStatus.UNSUBSCRIBED
    assert not ConsentRecord.objects.exists()
