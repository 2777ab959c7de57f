"""ESP tracking webhooks end to end: raw Postmark, SendGrid and Mailgun bodies posted to
anymail's views (hardened by newsletter/webhooks.py), checked against the database."""

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from anymail.exceptions import AnymailInsecureWebhookWarning
from django.urls import resolve

from newsletter import webhooks
from newsletter.models import (
    ConsentAction,
    ConsentRecord,
    Delivery,
    DeliveryEvent,
    DeliveryStatus,
    DigestRun,
    Frequency,
    RunTrigger,
    Subscriber,
    SubscriberStatus,
    Suppression,
    SuppressionReason,
    email_hash,
)

pytestmark = [
    pytest.mark.django_db,
    # anymail 15 warns on every SendGrid request that it no longer officially supports it.
    pytest.mark.filterwarnings("ignore::anymail.exceptions.AnymailNotSupportedWarning"),
]

PAYLOADS = Path(__file__).parent / "payloads"
SECRET = "glokal:current-webhook-password"
OLD_SECRET = "glokal:previous-webhook-password"
SIGNING_KEY = "test-mailgun-webhook-signing-key"
# Before every payload's timestamp (2 March 2026): the events belong to this subscription.
CONFIRMED = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)

ESPS = {
    "postmark": {
        "url": "/anymail/postmark/tracking/",
        "address": "anna.nowak@example.pl",
        "message_id": "883953f4-6105-42a2-a16a-77a8eac79483",
        "files": {
            "bounce": "bounce",
            "complaint": "spam_complaint",
            "unsubscribe": "subscription_change",
            "delivered": "delivery",
            "soft_bounce": "soft_bounce",
        },
    },
    "sendgrid": {
        "url": "/anymail/sendgrid/tracking/",
        "address": "jan.novak@example.cz",
        # anymail's SendGrid backend reports its own anymail_id as the message id.
        "message_id": "3c2f4df8-c6dd-4cd2-9b91-6582b81a0349",
        "files": {
            "bounce": "bounce",
            "complaint": "spamreport",
            "unsubscribe": "unsubscribe",
            "delivered": "delivered",
            "soft_bounce": "blocked",
        },
    },
    "mailgun": {
        "url": "/anymail/mailgun/tracking/",
        "address": "eva.muster@example.de",
        # Mailgun's send API answers with the id in angle brackets.
        "message_id": "<20260302070413.1.DF5966851B4BAA99@mg.glokal.example>",
        "files": {
            "bounce": "failed_permanent",
            "complaint": "complained",
            "unsubscribe": "unsubscribed",
            "delivered": "delivered",
            "soft_bounce": "failed_temporary",
        },
    },
}
ALL_ESPS = pytest.mark.parametrize("esp", list(ESPS))


@pytest.fixture(autouse=True)
def anymail_settings(settings):
    settings.ANYMAIL = {"WEBHOOK_SECRET": SECRET, "MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY}
    return settings


def basic_auth(credentials):
    return "Basic " + base64.b64encode(credentials.encode()).decode()


def mailgun_sign(data, key=SIGNING_KEY):
    """What Mailgun does: HMAC-SHA256 of timestamp + token with the webhook signing key."""
    block = data["signature"]
    block["signature"] = hmac.new(
        key.encode(), f"{block['timestamp']}{block['token']}".encode(), hashlib.sha256
    ).hexdigest()
    return data


def raw_body(esp, event):
    text = (PAYLOADS / esp / f"{ESPS[esp]['files'].get(event, event)}.json").read_text()
    if esp == "mailgun":
        return json.dumps(mailgun_sign(json.loads(text)))
    return text


def payload(esp, event):
    """The parsed payload, for tests that change one field before posting."""
    text = (PAYLOADS / esp / f"{ESPS[esp]['files'].get(event, event)}.json").read_text()
    return json.loads(text)


def encode(esp, data):
    return json.dumps(mailgun_sign(data) if esp == "mailgun" else data)


def post(client, esp, body, auth=SECRET):
    headers = {} if auth is None else {"HTTP_AUTHORIZATION": basic_auth(auth)}
    return client.post(ESPS[esp]["url"], data=body, content_type="application/json", **headers)


def make_delivery(address, message_id, status=SubscriberStatus.ACTIVE, run=None):
    run = run or DigestRun.objects.create(frequency=Frequency.WEEKLY, trigger=RunTrigger.EDITOR)
    subscriber = Subscriber.objects.create(
        email=address, language="pl", status=status, confirmed_at=CONFIRMED
    )
    return Delivery.objects.create(
        run=run,
        subscriber=subscriber,
        email_hash=email_hash(address),
        batch=0,
        status=DeliveryStatus.SENT,
        message_id=message_id,
        sent_at=CONFIRMED,
    )


@pytest.fixture
def sent(esp):
    return make_delivery(ESPS[esp]["address"], ESPS[esp]["message_id"])


def reload(delivery):
    delivery.refresh_from_db()
    delivery.subscriber.refresh_from_db()
    return delivery, delivery.subscriber


def consent_actions(subscriber):
    records = ConsentRecord.objects.filter(subscriber=subscriber)
    return list(records.values_list("action", flat=True))


# --- effects ----------------------------------------------------------------------------


@ALL_ESPS
def test_hard_bounce_suppresses_the_subscriber(client, esp, sent):
    response = post(client, esp, raw_body(esp, "bounce"))

    assert response.status_code == 200
    delivery, subscriber = reload(sent)
    assert subscriber.status == SubscriberStatus.BOUNCED
    assert delivery.esp_status == "bounced"
    suppression = Suppression.objects.get(email_hash=email_hash(ESPS[esp]["address"]))
    assert suppression.reason == SuppressionReason.BOUNCED
    assert consent_actions(subscriber) == [ConsentAction.SUPPRESSED]
    event = DeliveryEvent.objects.get()
    assert event.delivery == delivery
    assert event.esp.lower() == esp
    assert event.event_type == "bounced"
    assert event.email_hash == delivery.email_hash
    assert event.timestamp.date().isoformat() == "2026-03-02"


def test_postmark_bounce_is_stored_with_its_details(client):
    delivery = make_delivery(ESPS["postmark"]["address"], ESPS["postmark"]["message_id"])

    post(client, "postmark", raw_body("postmark", "bounce"))

    event = DeliveryEvent.objects.get()
    assert (event.esp, event.event_id) == ("Postmark", "901542550")
    assert event.message_id == delivery.message_id
    assert event.timestamp == datetime(2026, 3, 2, 7, 5, 50, 396393, tzinfo=UTC)
    assert "unable to deliver" in event.description
    assert "550 5.1.1" in event.description


@ALL_ESPS
def test_complaint_suppresses_the_subscriber(client, esp, sent):
    response = post(client, esp, raw_body(esp, "complaint"))

    assert response.status_code == 200
    delivery, subscriber = reload(sent)
    assert subscriber.status == SubscriberStatus.COMPLAINED
    assert delivery.esp_status == "complained"
    assert Suppression.objects.get(email_hash=delivery.email_hash).reason == "complained"
    assert consent_actions(subscriber) == [ConsentAction.SUPPRESSED]


@ALL_ESPS
def test_unsubscribe_at_the_esp_unsubscribes(client, esp, sent):
    response = post(client, esp, raw_body(esp, "unsubscribe"))

    assert response.status_code == 200
    delivery, subscriber = reload(sent)
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    assert delivery.esp_status == "unsubscribed"
    record = ConsentRecord.objects.get(subscriber=subscriber)
    assert record.action == ConsentAction.UNSUBSCRIBED
    assert record.email == ESPS[esp]["address"]
    assert record.source.startswith("esp")


@ALL_ESPS
def test_soft_bounce_changes_no_subscriber(client, esp, sent):
    response = post(client, esp, raw_body(esp, "soft_bounce"))

    assert response.status_code == 200
    delivery, subscriber = reload(sent)
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert delivery.esp_status == "deferred"
    assert not Suppression.objects.exists()
    assert not ConsentRecord.objects.exists()
    assert DeliveryEvent.objects.get().event_type == "deferred"


@ALL_ESPS
@pytest.mark.parametrize("event", ["bounce", "complaint", "unsubscribe"])
def test_an_event_that_stops_the_mails_revokes_every_link_mailed(client, esp, sent, event):
    """A new link_key (issue 12, finding 7): the links in the digests sent so far die."""
    key = sent.subscriber.link_key

    assert post(client, esp, raw_body(esp, event)).status_code == 200

    _delivery, subscriber = reload(sent)
    assert subscriber.status != SubscriberStatus.ACTIVE
    assert subscriber.link_key != key


@ALL_ESPS
@pytest.mark.parametrize("event", ["delivered", "soft_bounce"])
def test_an_event_that_stops_no_mail_keeps_the_links(client, esp, sent, event):
    key = sent.subscriber.link_key

    assert post(client, esp, raw_body(esp, event)).status_code == 200

    _delivery, subscriber = reload(sent)
    assert subscriber.link_key == key


def test_sendgrid_drop_of_a_bounced_address_suppresses(client):
    delivery = make_delivery(ESPS["sendgrid"]["address"], ESPS["sendgrid"]["message_id"])

    post(client, "sendgrid", raw_body("sendgrid", "dropped_bounced"))

    delivery, subscriber = reload(delivery)
    assert subscriber.status == SubscriberStatus.BOUNCED
    assert delivery.esp_status == "rejected"
    assert Suppression.is_suppressed(subscriber.email)


def test_sendgrid_batch_stores_every_event_and_keeps_the_worst(client):
    delivery = make_delivery(ESPS["sendgrid"]["address"], ESPS["sendgrid"]["message_id"])

    response = post(client, "sendgrid", raw_body("sendgrid", "batch"))

    assert response.status_code == 200
    assert sorted(DeliveryEvent.objects.values_list("event_type", flat=True)) == [
        "deferred",
        "delivered",
        "opened",
        "queued",
    ]
    delivery, subscriber = reload(delivery)
    assert delivery.esp_status == "opened"
    assert subscriber.status == SubscriberStatus.ACTIVE


# --- order and replays ------------------------------------------------------------------


@ALL_ESPS
def test_late_delivered_never_undoes_a_bounce(client, esp, sent):
    post(client, esp, raw_body(esp, "bounce"))
    response = post(client, esp, raw_body(esp, "delivered"))

    assert response.status_code == 200
    delivery, subscriber = reload(sent)
    assert delivery.esp_status == "bounced"
    assert subscriber.status == SubscriberStatus.BOUNCED
    assert DeliveryEvent.objects.count() == 2


@ALL_ESPS
def test_bounce_after_delivered_wins(client, esp, sent):
    post(client, esp, raw_body(esp, "delivered"))
    assert reload(sent)[0].esp_status == "delivered"

    post(client, esp, raw_body(esp, "bounce"))

    delivery, subscriber = reload(sent)
    assert delivery.esp_status == "bounced"
    assert subscriber.status == SubscriberStatus.BOUNCED


@ALL_ESPS
def test_replayed_event_changes_nothing(client, esp, sent):
    first = post(client, esp, raw_body(esp, "bounce"))
    second = post(client, esp, raw_body(esp, "bounce"))

    assert (first.status_code, second.status_code) == (200, 200)
    assert DeliveryEvent.objects.count() == 1
    assert Suppression.objects.count() == 1
    assert consent_actions(reload(sent)[1]) == [ConsentAction.SUPPRESSED]


@ALL_ESPS
def test_replayed_unsubscribe_appends_one_consent_record(client, esp, sent):
    post(client, esp, raw_body(esp, "unsubscribe"))
    post(client, esp, raw_body(esp, "unsubscribe"))

    assert consent_actions(reload(sent)[1]) == [ConsentAction.UNSUBSCRIBED]


def test_replay_after_a_new_opt_in_does_not_suppress_again(client):
    # Without a timestamp only the stored event id tells the replay apart from a new bounce.
    delivery = make_delivery(ESPS["postmark"]["address"], ESPS["postmark"]["message_id"])
    data = payload("postmark", "bounce")
    del data["BouncedAt"]
    post(client, "postmark", encode("postmark", data))
    assert reload(delivery)[1].status == SubscriberStatus.BOUNCED
    # The owner subscribes again and confirms (what subscriptions.confirm does).
    Subscriber.objects.filter(pk=delivery.subscriber_id).update(
        status=SubscriberStatus.ACTIVE, confirmed_at=datetime(2026, 4, 1, tzinfo=UTC)
    )
    Suppression.objects.all().delete()

    response = post(client, "postmark", encode("postmark", data))

    assert response.status_code == 200
    assert DeliveryEvent.objects.count() == 1
    assert reload(delivery)[1].status == SubscriberStatus.ACTIVE
    assert not Suppression.objects.exists()


def test_event_without_esp_id_is_recognised_when_replayed(client):
    # Postmark sends no ID with deliveries, opens and clicks: the id is a hash of the event.
    make_delivery(ESPS["postmark"]["address"], ESPS["postmark"]["message_id"])
    post(client, "postmark", raw_body("postmark", "delivered"))
    post(client, "postmark", raw_body("postmark", "delivered"))
    other = payload("postmark", "delivered")
    other["DeliveredAt"] = "2026-03-09T07:04:11Z"
    post(client, "postmark", encode("postmark", other))

    ids = list(DeliveryEvent.objects.values_list("event_id", flat=True))
    assert len(ids) == 2
    assert all(event_id.startswith("sha256:") for event_id in ids)


@ALL_ESPS
def test_unsubscribe_after_bounce_keeps_the_bounce(client, esp, sent):
    post(client, esp, raw_body(esp, "bounce"))
    post(client, esp, raw_body(esp, "unsubscribe"))

    delivery, subscriber = reload(sent)
    assert subscriber.status == SubscriberStatus.BOUNCED
    assert delivery.esp_status == "bounced"
    assert consent_actions(subscriber) == [ConsentAction.SUPPRESSED]


@ALL_ESPS
def test_complaint_after_unsubscribe_suppresses(client, esp, sent):
    post(client, esp, raw_body(esp, "unsubscribe"))
    post(client, esp, raw_body(esp, "complaint"))

    delivery, subscriber = reload(sent)
    assert subscriber.status == SubscriberStatus.COMPLAINED
    assert Suppression.is_suppressed(subscriber.email)


@ALL_ESPS
def test_delivered_never_reactivates(client, esp):
    delivery = make_delivery(
        ESPS[esp]["address"], ESPS[esp]["message_id"], status=SubscriberStatus.UNSUBSCRIBED
    )

    post(client, esp, raw_body(esp, "delivered"))

    assert reload(delivery)[1].status == SubscriberStatus.UNSUBSCRIBED


def test_event_older_than_the_latest_opt_in_is_ignored(client):
    # The address bounced once, then its owner subscribed again and confirmed: a bounce from
    # before that confirmation arriving late must not suppress the new subscription.
    delivery = make_delivery(ESPS["postmark"]["address"], ESPS["postmark"]["message_id"])
    Subscriber.objects.filter(pk=delivery.subscriber_id).update(
        confirmed_at=datetime(2026, 3, 5, tzinfo=UTC)
    )

    post(client, "postmark", raw_body("postmark", "bounce"))

    assert DeliveryEvent.objects.count() == 1
    assert reload(delivery)[1].status == SubscriberStatus.ACTIVE
    assert not Suppression.objects.exists()


# --- finding the delivery ---------------------------------------------------------------


def test_unknown_message_id_and_address_is_stored_without_effect(client):
    bystander = make_delivery(ESPS["postmark"]["address"], ESPS["postmark"]["message_id"])
    data = payload("postmark", "bounce")
    data["MessageID"] = "00000000-0000-0000-0000-000000000000"
    data["Email"] = "nobody@example.org"

    response = post(client, "postmark", encode("postmark", data))

    assert response.status_code == 200
    event = DeliveryEvent.objects.get()
    assert event.delivery is None
    assert event.email_hash == email_hash("nobody@example.org")
    assert reload(bystander)[1].status == SubscriberStatus.ACTIVE
    assert not Suppression.objects.exists()


def test_unknown_message_id_falls_back_to_the_subscriber_by_address(client):
    # E.g. a bounce of the confirmation mail, which is no Delivery.
    delivery = make_delivery(ESPS["postmark"]["address"], "another-message-id")
    data = payload("postmark", "bounce")
    data["MessageID"] = "00000000-0000-0000-0000-000000000000"

    post(client, "postmark", encode("postmark", data))

    assert DeliveryEvent.objects.get().delivery is None
    delivery, subscriber = reload(delivery)
    assert subscriber.status == SubscriberStatus.BOUNCED
    assert delivery.esp_status == ""


def test_our_metadata_finds_the_delivery(client):
    # The webhook may arrive before the worker recorded the ESP's message id. Postmark sends
    # metadata back as strings, the way newsletter/transports.py sets it.
    delivery = make_delivery(ESPS["postmark"]["address"], "")
    data = payload("postmark", "delivered")
    data["Metadata"] = {"glk_delivery": str(delivery.pk), "glk_run": str(delivery.run_id)}

    post(client, "postmark", encode("postmark", data))

    assert DeliveryEvent.objects.get().delivery == delivery
    assert reload(delivery)[0].esp_status == "delivered"


def test_sendgrid_custom_args_find_the_delivery(client):
    # SendGrid merges custom args into the event itself; anymail splits them out again.
    delivery = make_delivery(ESPS["sendgrid"]["address"], "")
    data = payload("sendgrid", "bounce")
    data[0]["delivery_id"] = str(delivery.pk)

    post(client, "sendgrid", encode("sendgrid", data))

    assert DeliveryEvent.objects.get().delivery == delivery
    assert reload(delivery)[0].esp_status == "bounced"


def test_metadata_naming_another_run_is_not_trusted(client):
    delivery = make_delivery(ESPS["postmark"]["address"], "")
    data = payload("postmark", "delivered")
    data["Metadata"] = {"glk_delivery": str(delivery.pk), "glk_run": str(delivery.run_id + 1)}

    post(client, "postmark", encode("postmark", data))

    assert DeliveryEvent.objects.get().delivery is None


def test_metadata_delivery_id_of_another_address_is_not_trusted(client):
    delivery = make_delivery("someone.else@example.org", "")
    make_delivery(ESPS["postmark"]["address"], "", run=delivery.run)
    data = payload("postmark", "bounce")
    data["Metadata"] = {"glk_delivery": str(delivery.pk)}
    data["MessageID"] = "00000000-0000-0000-0000-000000000000"

    post(client, "postmark", encode("postmark", data))

    assert DeliveryEvent.objects.get().delivery is None
    assert reload(delivery)[1].status == SubscriberStatus.ACTIVE


def test_our_message_id_header_echoed_by_mailgun_finds_the_delivery(client):
    delivery = make_delivery(ESPS["mailgun"]["address"], "")
    data = payload("mailgun", "bounce")
    header = f"digest.{delivery.run_id}.{delivery.pk}@glokal.example"
    data["event-data"]["message"]["headers"]["message-id"] = header

    post(client, "mailgun", encode("mailgun", data))

    event = DeliveryEvent.objects.get()
    assert event.delivery == delivery
    assert event.message_id == f"<{header}>"
    delivery, subscriber = reload(delivery)
    assert delivery.esp_status == "bounced"
    assert subscriber.status == SubscriberStatus.BOUNCED


def test_batch_message_id_shared_by_recipients_is_told_apart_by_address(client):
    # Mailgun batch sending returns one message id for every recipient of the call.
    eva = make_delivery(ESPS["mailgun"]["address"], ESPS["mailgun"]["message_id"])
    other = make_delivery("karl.beispiel@example.de", ESPS["mailgun"]["message_id"], run=eva.run)

    post(client, "mailgun", raw_body("mailgun", "bounce"))

    assert DeliveryEvent.objects.get().delivery == eva
    assert reload(eva)[1].status == SubscriberStatus.BOUNCED
    other, other_subscriber = reload(other)
    assert other_subscriber.status == SubscriberStatus.ACTIVE
    assert other.esp_status == ""


def test_nul_characters_from_the_esp_are_dropped(client):
    # PostgreSQL refuses NUL in text columns; a body carrying one must not become a 500.
    delivery = make_delivery(ESPS["postmark"]["address"], ESPS["postmark"]["message_id"])
    data = payload("postmark", "bounce")
    data["Description"] = "mailbox\u0000 not found"

    response = post(client, "postmark", encode("postmark", data))

    assert response.status_code == 200
    assert DeliveryEvent.objects.get().description.startswith("mailbox not found")
    assert reload(delivery)[1].status == SubscriberStatus.BOUNCED


# --- authentication and bad input -------------------------------------------------------


def assert_nothing_changed(delivery):
    delivery, subscriber = reload(delivery)
    assert not DeliveryEvent.objects.exists()
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert delivery.esp_status == ""
    assert not Suppression.objects.exists()
    assert not ConsentRecord.objects.exists()


@ALL_ESPS
def test_wrong_password_is_refused(client, esp, sent):
    response = post(client, esp, raw_body(esp, "bounce"), auth="glokal:guessed-password")

    assert response.status_code == 400
    assert_nothing_changed(sent)


@ALL_ESPS
def test_missing_auth_is_refused(client, esp, sent):
    response = post(client, esp, raw_body(esp, "bounce"), auth=None)

    assert response.status_code == 400
    assert_nothing_changed(sent)


def test_mailgun_wrong_signature_is_refused(client):
    delivery = make_delivery(ESPS["mailgun"]["address"], ESPS["mailgun"]["message_id"])
    body = json.dumps(mailgun_sign(payload("mailgun", "bounce"), key="not-the-signing-key"))

    response = post(client, "mailgun", body)

    assert response.status_code == 400
    assert_nothing_changed(delivery)


@ALL_ESPS
@pytest.mark.parametrize(
    "body",
    ['{"RecordType": "Bounce", "Email": ', "", "null", "42", '"text"', "[[]]", b"\xff\xfe{"],
    ids=["truncated", "empty", "null", "number", "string", "nested-list", "not-utf8"],
)
def test_malformed_body_is_a_400_not_a_500(client, esp, sent, body):
    response = post(client, esp, body)

    assert response.status_code == 400
    assert_nothing_changed(sent)


def test_wrong_field_types_are_a_400(client):
    delivery = make_delivery(ESPS["sendgrid"]["address"], ESPS["sendgrid"]["message_id"])
    data = payload("sendgrid", "bounce")
    data[0]["timestamp"] = "yesterday"  # anymail only expects ints here

    response = post(client, "sendgrid", encode("sendgrid", data))

    assert response.status_code == 400
    assert_nothing_changed(delivery)


def test_no_secret_configured_refuses_everything(client, settings):
    delivery = make_delivery(ESPS["postmark"]["address"], ESPS["postmark"]["message_id"])
    settings.ANYMAIL = {}

    with pytest.warns(AnymailInsecureWebhookWarning):
        response = post(client, "postmark", raw_body("postmark", "bounce"), auth=None)

    assert response.status_code == 400
    assert_nothing_changed(delivery)


@pytest.mark.parametrize("esp", ["postmark", "sendgrid"])
def test_old_and_new_secret_both_work_during_rotation(client, settings, esp, sent):
    settings.ANYMAIL = {**settings.ANYMAIL, "WEBHOOK_SECRET": [OLD_SECRET, SECRET]}

    assert post(client, esp, raw_body(esp, "delivered"), auth=OLD_SECRET).status_code == 200
    assert post(client, esp, raw_body(esp, "bounce"), auth=SECRET).status_code == 200
    refused = post(client, esp, raw_body(esp, "complaint"), auth="glokal:something-else")

    assert refused.status_code == 400
    assert DeliveryEvent.objects.count() == 2
    assert reload(sent)[1].status == SubscriberStatus.BOUNCED

    # Rotation done: the old credential is gone from the list and stops working.
    settings.ANYMAIL = {**settings.ANYMAIL, "WEBHOOK_SECRET": [SECRET]}
    assert post(client, esp, raw_body(esp, "complaint"), auth=OLD_SECRET).status_code == 400
    assert post(client, esp, raw_body(esp, "complaint"), auth=SECRET).status_code == 200


def test_get_is_not_allowed(client):
    assert client.get(ESPS["postmark"]["url"]).status_code == 405


def test_site_urls_route_webhooks_to_the_hardened_views():
    # Needs `path("anymail/", include("newsletter.webhooks"))` in config/urls.py.
    view_class = resolve(ESPS["postmark"]["url"]).func.view_class
    assert issubclass(view_class, webhooks.HardenedWebhookMixin)
