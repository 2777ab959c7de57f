"""Download and erasure of one's data through the signed link mailed for it (see
test_link_revocation.py for how it is asked for, expires and is revoked): the JSON export
holds the profile, interests with names, consent records and what was sent; erasure deletes
the subscriber and their records, keeps deliveries pseudonymised and a hashed suppression."""

import datetime
import json
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.utils import timezone

from newsletter import subscriptions, tokens
from newsletter.models import (
    ConsentAction,
    ConsentRecord,
    Delivery,
    DeliveryEvent,
    DeliveryStatus,
    DigestRun,
    RunTrigger,
    Subscriber,
    SubscriberStatus,
    Suppression,
    SuppressionReason,
    email_hash,
)
from tests.helpers import soup

from .helpers import key, link_path, post_signup

pytestmark = pytest.mark.usefixtures("ui_strings_as_written")


@pytest.fixture
def subscriber(client, terms):
    """Signed up through the form in Polish and confirmed, with one digest sent."""
    post_signup(
        client,
        "jan@example.net",
        page="pl",
        language="pl",
        sectors=[key(terms["auto"])],
        countries=["DE"],
        offer_kinds=["business_offer"],
    )
    client.post(link_path(mail.outbox[0], "confirm"))
    subscriber = Subscriber.objects.get()
    run = DigestRun.objects.create(
        frequency="weekly", trigger=RunTrigger.SCHEDULE, period="2026-W48"
    )
    delivery = Delivery.objects.create(
        run=run,
        subscriber=subscriber,
        email_hash=email_hash(subscriber.email),
        batch=1,
        status=DeliveryStatus.SENT,
        language="pl",
        item_count=4,
        message_id="<digest-1@glokal.example>",
        sent_at=timezone.now(),
        error="first try: 451 jan@example.net greylisted",
    )
    DeliveryEvent.objects.create(
        delivery=delivery,
        esp="postmark",
        event_id="evt-1",
        event_type="delivered",
        email_hash=delivery.email_hash,
        description="delivered to jan@example.net",
    )
    return subscriber


DATA_RIGHTS = {"newsletter:export": tokens.EXPORT, "newsletter:erase": tokens.ERASE}


def path(name, subscriber):
    """The path of a link as mailed now: export and erase with their own tokens."""
    if name in DATA_RIGHTS:
        token = tokens.data_rights_token(subscriber, DATA_RIGHTS[name])
    else:
        token = tokens.link_token(subscriber)
    return urlparse(tokens._url(name, token, subscriber.language)).path


def test_export_is_a_json_download_of_everything_stored(client, subscriber, terms):
    response = client.get(path("newsletter:export", subscriber))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == ('attachment; filename="glokal-newsletter-data.json"')
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)

    assert data["profile"]["email"] == "jan@example.net"
    assert data["profile"]["status"] == "active"
    assert data["profile"]["language"] == "pl"
    assert data["profile"]["confirmed_at"]
    assert data["interests"]["sectors"] == [{"key": key(terms["auto"]), "name": "Motoryzacja"}]
    assert data["interests"]["countries"][0]["code"] == "DE"
    assert data["interests"]["offer_kinds"][0]["code"] == "business_offer"
    assert data["interests"]["regions"] == data["interests"]["topics"] == []

    actions = [record["action"] for record in data["consent_records"]]
    assert actions == [ConsentAction.REQUESTED, ConsentAction.CONFIRMED]
    requested = data["consent_records"][0]
    assert requested["email"] == "jan@example.net"
    assert requested["ip_address"] == "127.0.0.1"
    assert requested["consent_text_version"] == "newsletter-v1"
    assert requested["consent_text"].startswith("I would like to receive")
    assert requested["source"] == "signup-page"

    [delivery] = data["deliveries"]
    assert delivery["status"] == "sent"
    assert delivery["message_id"] == "<digest-1@glokal.example>"
    assert delivery["items"] == 4
    assert delivery["frequency"] == "weekly"
    assert delivery["run_date"]
    assert delivery["events"][0]["event"] == "delivered"
    # Reading the export changes nothing.
    assert ConsentRecord.objects.count() == 2


def test_erase_get_only_asks(client, subscriber):
    response = client.get(path("newsletter:erase", subscriber))
    assert response.status_code == 200
    form = soup(response).select_one("main form")
    assert form["method"] == "post"
    assert Subscriber.objects.exists()


def test_erase_deletes_the_subscriber_and_keeps_pseudonymised_deliveries(client, subscriber):
    export = path("newsletter:export", subscriber)
    preferences = path("newsletter:preferences", subscriber)
    unsubscribe = path("newsletter:unsubscribe", subscriber)
    response = client.post(path("newsletter:erase", subscriber))
    assert response.status_code == 303
    assert response["Location"] == "/pl/newsletter/erased/"
    done = client.get(response["Location"])
    assert "Your data has been deleted" in soup(done).select_one("h1").get_text()

    assert not Subscriber.objects.exists()
    assert not ConsentRecord.objects.exists()
    delivery = Delivery.objects.get()
    assert delivery.subscriber is None
    assert delivery.email_hash == email_hash("jan@example.net")
    assert "jan@example.net" not in delivery.error
    assert "jan@example.net" not in DeliveryEvent.objects.get().description
    suppression = Suppression.objects.get()
    assert suppression.reason == SuppressionReason.ERASED
    assert suppression.email_hash == email_hash("jan@example.net")
    # Every old link is dead, and says so without a 500.
    for old in (export, preferences, unsubscribe, path("newsletter:erase", subscriber)):
        assert client.get(old).status_code == 400
    for old in (preferences, unsubscribe, path("newsletter:erase", subscriber)):
        assert client.post(old).status_code == 400
    assert client.post(export).status_code == 405  # the export is only ever read


def test_an_erased_address_can_sign_up_again_as_new(client, subscriber):
    subscriptions.erase(subscriber)
    mail.outbox.clear()
    post_signup(client, "jan@example.net")
    renewed = Subscriber.objects.get()
    assert renewed.status == SubscriberStatus.PENDING
    assert [r.action for r in renewed.consents.all()] == [ConsentAction.REQUESTED]
    client.post(link_path(mail.outbox[0], "confirm"))
    assert Subscriber.objects.get().status == SubscriberStatus.ACTIVE
    assert not Suppression.objects.exists()


def test_forged_links_neither_export_nor_erase(client, subscriber):
    token = tokens.data_rights_token(subscriber, tokens.EXPORT)
    forged_links = (
        token[:-2] + "zz",
        tokens.confirmation_token(subscriber),
        tokens.link_token(subscriber),  # the link in every mail opens no data
        "-",
    )
    for forged in forged_links:
        assert client.get(f"/pl/newsletter/export/{forged}/").status_code == 400
        assert client.post(f"/pl/newsletter/erase/{forged}/").status_code == 400
    assert Subscriber.objects.get().consents.count() == 2
    assert not Suppression.objects.exists()


def test_unconfirmed_requests_are_purged_after_a_week(client, home):
    post_signup(client, "stale@example.org")
    post_signup(client, "fresh@example.org")
    week_ago = timezone.now() - datetime.timedelta(days=8)
    Subscriber.objects.filter(email="stale@example.org").update(created_at=week_ago)
    stale = Subscriber.objects.get(email="stale@example.org")
    # Consent records cannot be edited, so the old request is added as it would have been.
    stale.consents.all().delete()
    ConsentRecord.objects.create(
        subscriber=stale,
        action=ConsentAction.REQUESTED,
        email=stale.email,
        language="de",
        created_at=week_ago,
    )
    # A confirmed subscriber who asked again is kept: their records prove earlier consents.
    former = Subscriber.objects.create(
        email="former@example.org",
        status=SubscriberStatus.PENDING,
        created_at=week_ago,
        confirmed_at=week_ago,
    )
    assert subscriptions.purge_unconfirmed() == 1
    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        "fresh@example.org",
        former.email,
    }
