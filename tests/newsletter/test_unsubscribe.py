"""Unsubscribing: a GET only shows a page, a POST (the button or the mail client's RFC 8058
one-click POST) unsubscribes without cookie, login or CSRF token, once. Suppression after
bounces and complaints (called by the webhook receiver)."""

from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client

from newsletter import subscriptions, tokens
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
def subscriber(home):
    return make_subscriber("anna@example.org", language="en")


def unsubscribe_path(subscriber):
    return urlparse(tokens.unsubscribe_url(subscriber)).path


def one_click(client, path):
    return client.post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )


def records(action=ConsentAction.UNSUBSCRIBED):
    return ConsentRecord.objects.filter(action=action)


def test_get_shows_a_button_and_changes_nothing(client, subscriber):
    path = unsubscribe_path(subscriber)
    response = client.get(path)
    assert response.status_code == 200
    form = soup(response).select_one("main form")
    assert form["method"] == "post" and form["action"] == path
    assert client.head(path).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert not ConsentRecord.objects.exists()


def test_one_click_post_unsubscribes_without_cookie_or_csrf_token(subscriber):
    client = Client(enforce_csrf_checks=True)  # a mail client: no cookie, no CSRF token
    response = one_click(client, unsubscribe_path(subscriber))
    assert response.status_code == 200
    assert "You have been unsubscribed" in soup(response).select_one("h1").get_text()
    assert not response.cookies
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    record = records().get()
    assert record.source == "one-click"
    assert record.email == "anna@example.org"


def test_repeating_the_post_changes_nothing_and_says_the_link_is_spent(subscriber):
    """Unsubscribing revokes every link mailed before (issue 12), this one too."""
    client = Client(enforce_csrf_checks=True)
    path = unsubscribe_path(subscriber)
    first = one_click(client, path)
    unsubscribed_at = Subscriber.objects.get().unsubscribed_at
    second = one_click(client, path)
    third = client.post(path)  # the button
    assert first.status_code == 200
    assert second.status_code == third.status_code == 410
    # Compared without the footer's sign-up form, whose signed timestamp changes every second.
    assert main(second) == main(third)
    assert "This link no longer works" in main(second)
    assert records().count() == 1
    assert Subscriber.objects.get().unsubscribed_at == unsubscribed_at


def test_the_button_unsubscribes_too(client, subscriber):
    assert client.post(unsubscribe_path(subscriber)).status_code == 200
    assert records().get().source == "unsubscribe-page"
    # Afterwards the page (with a link mailed now) says so and offers no button.
    page = soup(client.get(unsubscribe_path(Subscriber.objects.get())))
    assert "does not receive the newsletter" in page.get_text()
    assert not page.select("main form")


def test_forged_tokens_are_refused_and_change_nothing(subscriber):
    client = Client(enforce_csrf_checks=True)
    token = tokens.link_token(subscriber)
    for forged in (token[:-4] + "AAAA", "x", tokens.confirmation_token(subscriber), "a" * 5000):
        response = one_click(client, f"/en/newsletter/unsubscribe/{forged}/")
        assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert not ConsentRecord.objects.exists()


def test_unsubscribing_a_pending_request_kills_its_confirmation_link(client, home):
    post_signup(client, "eva@example.org")
    confirm = link_path(mail.outbox[0], "confirm")
    unsubscribe = urlparse(tokens.unsubscribe_url(Subscriber.objects.get())).path
    assert client.post(unsubscribe).status_code == 200
    assert client.post(confirm).status_code == 410
    assert Subscriber.objects.get().status == SubscriberStatus.UNSUBSCRIBED


def test_bounced_and_complained_subscribers_keep_their_status(client, home):
    subscriber = make_subscriber("bounced@example.org", SubscriberStatus.BOUNCED)
    assert client.post(unsubscribe_path(subscriber)).status_code == 200
    assert Subscriber.objects.get().status == SubscriberStatus.BOUNCED
    assert not ConsentRecord.objects.exists()


# --- suppress(): what the webhook receiver calls ------------------------------------------


def test_a_hard_bounce_suppresses_once(subscriber):
    assert subscriptions.suppress(subscriber, SuppressionReason.BOUNCED, "550 no such user")
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.BOUNCED
    assert Suppression.objects.get().reason == SuppressionReason.BOUNCED
    assert Suppression.is_suppressed("anna@example.org")
    record = records(ConsentAction.SUPPRESSED).get()
    assert record.details == {"reason": "bounced", "description": "550 no such user"}
    # A replayed event changes nothing.
    assert not subscriptions.suppress(subscriber, SuppressionReason.BOUNCED)
    assert ConsentRecord.objects.count() == 1


def test_a_complaint_is_not_downgraded_to_a_bounce(subscriber):
    assert subscriptions.suppress(subscriber, SuppressionReason.COMPLAINED)
    assert not subscriptions.suppress(subscriber, SuppressionReason.BOUNCED)
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.COMPLAINED
    assert Suppression.objects.get().reason == SuppressionReason.COMPLAINED
    assert records(ConsentAction.SUPPRESSED).count() == 1


def test_an_esp_unsubscribe_unsubscribes_and_keeps_a_suppression(subscriber):
    assert subscriptions.suppress(subscriber, SuppressionReason.UNSUBSCRIBED)
    assert not subscriptions.suppress(subscriber, SuppressionReason.UNSUBSCRIBED)
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    assert records().get().source == "esp"
    assert Suppression.objects.get().reason == SuppressionReason.UNSUBSCRIBED


def test_an_unknown_reason_is_refused(subscriber):
    with pytest.raises(ValueError):
        subscriptions.suppress(subscriber, SuppressionReason.ERASED)
    assert not ConsentRecord.objects.exists()


def main(response):
    return str(BeautifulSoup(response.content, "html.parser").find("main"))
