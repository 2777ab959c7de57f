"""Links in newsletter mails expire and are revoked (issue 12, finding 7).

The preferences and unsubscribe links in every mail are signed with the subscriber's
`link_key`; unsubscribing (on the page, by one-click POST, or through an ESP webhook), a
suppression, erasure and the "revoke all links" button give the subscriber a new key, which
kills every link mailed before. The links in mails never lead to the data itself: the
subscriber asks for a data-rights link, which is mailed to the stored address only, works for
one hour and for one purpose (export or erase), and dies with the key as well.
"""

import json
import re
import time
from unittest import mock
from urllib.parse import urlparse

import pytest
from django.core import mail, signing
from django.test import Client

from newsletter import subscriptions, tokens
from newsletter.digest import DigestItems, compose, personalise, render
from newsletter.models import (
    ConsentRecord,
    Subscriber,
    SubscriberStatus,
    SuppressionReason,
)
from tests import factories
from tests.helpers import soup

from .helpers import link_path, make_subscriber, post_signup

ONE_CLICK = "List-Unsubscribe=One-Click"
as_written = pytest.mark.usefixtures("ui_strings_as_written")


@pytest.fixture
def reader(client, home):
    """Signed up through the form in Polish (from 192.0.2.10, a Firefox) and confirmed; the
    path of the preferences link in the confirmation mail."""
    mail.outbox.clear()
    visitor = Client(REMOTE_ADDR="192.0.2.10", HTTP_USER_AGENT="Firefox/140 reader")
    post_signup(visitor, "jan@example.net", page="pl", language="pl")
    assert visitor.post(link_path(mail.outbox[0], "confirm")).status_code == 200
    mail.outbox.clear()
    return Subscriber.objects.get(email="jan@example.net")


def mailed_links(subscriber):
    """(preferences path, unsubscribe path) as a mail sent now would carry them."""
    return (
        urlparse(tokens.preferences_url(subscriber)).path,
        urlparse(tokens.unsubscribe_url(subscriber)).path,
    )


def request_data_link(client, preferences, purpose, page_language=None):
    """Follow the preferences page to the data-rights page and ask for a `purpose` link
    (export or erase) as the subscriber would; the path of the link in the mail."""
    if page_language:
        preferences = f"/{page_language}/" + preferences.split("/", 2)[2]
    page = soup(client.get(preferences))
    anchor = page.select_one("main a[href*='/newsletter/data/']")
    assert anchor is not None, "the preferences page does not lead to the data-rights page"
    data_page = client.get(anchor["href"])
    assert data_page.status_code == 200
    button = soup(data_page).select_one(f"main form button[name=purpose][value={purpose}]")
    assert button is not None, f"no button asking for a {purpose} link"
    form = button.find_parent("form")
    assert form["method"] == "post"
    sent_before = len(mail.outbox)
    response = client.post(form["action"], {"purpose": purpose})
    assert response.status_code == 303
    assert len(mail.outbox) == sent_before + 1
    return link_path(mail.outbox[-1], purpose)


def one_click(client, path):
    return client.post(path, ONE_CLICK, content_type="application/x-www-form-urlencoded")


def is_export(response):
    return response.status_code == 200 and response["Content-Type"].startswith("application/json")


# --- the links in mails lead to no data ------------------------------------------------------


@as_written
def test_a_mail_link_neither_downloads_nor_erases_the_data(client, reader):
    """The preferences token used to open the export and erase directly: a forwarded digest
    gave anyone the consent records with IP addresses for a year."""
    token = tokens.link_token(reader)
    export = client.get(f"/pl/newsletter/export/{token}/")
    assert export.status_code == 400
    assert not is_export(export)
    assert b"192.0.2.10" not in export.content
    assert client.post(f"/pl/newsletter/erase/{token}/").status_code == 400
    assert client.get(f"/pl/newsletter/erase/{token}/").status_code == 400
    assert Subscriber.objects.filter(pk=reader.pk).exists()
    assert ConsentRecord.objects.filter(subscriber=reader).count() == 2


@as_written
def test_the_data_page_mails_a_fresh_export_link_that_works(client, reader):
    preferences, _unsubscribe = mailed_links(reader)
    export = request_data_link(client, preferences, "export")
    [message] = mail.outbox
    assert message.to == ["jan@example.net"]
    assert export.startswith("/pl/newsletter/export/")
    response = client.get(export)
    assert is_export(response)
    assert response["Content-Disposition"] == 'attachment; filename="glokal-newsletter-data.json"'
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    data = json.loads(response.content)
    assert data["profile"]["email"] == "jan@example.net"
    assert [r["ip_address"] for r in data["consent_records"]] == ["192.0.2.10"] * 2
    # A download link, not a single-use one: it works again within the hour.
    assert is_export(client.get(export))


@as_written
def test_a_get_of_the_data_page_mails_nothing(client, reader):
    """Mail scanners prefetch links: only the button's POST sends a mail."""
    preferences, _unsubscribe = mailed_links(reader)
    data_page = soup(client.get(preferences)).select_one("main a[href*='/newsletter/data/']")
    assert data_page is not None
    assert client.get(data_page["href"]).status_code == 200
    assert client.head(data_page["href"]).status_code == 200
    assert not mail.outbox


@as_written
def test_the_fresh_export_link_expires_after_an_hour(client, reader):
    preferences, _unsubscribe = mailed_links(reader)
    export = request_data_link(client, preferences, "export")
    assert tokens.DATA_RIGHTS_MAX_AGE.total_seconds() == 3600
    now = time.time()
    # signing.loads compares the token's timestamp with time.time().
    with mock.patch("time.time", return_value=now + 3590):
        assert is_export(client.get(export))
    with mock.patch("time.time", return_value=now + 3700):
        response = client.get(export)
    assert response.status_code == 410
    assert not is_export(response)
    assert "This link has expired" in soup(response).select_one("h1").get_text()
    assert "valid for 1 hour" in soup(response).select_one("main").get_text()


@as_written
def test_an_old_data_rights_token_with_a_forged_timestamp_is_refused(client, reader):
    """A token signed an hour and a half ago (TimestampSigner's own timestamp)."""
    with mock.patch("time.time", return_value=time.time() - 5400):
        token = tokens.data_rights_token(reader, tokens.EXPORT)
    assert client.get(f"/pl/newsletter/export/{token}/").status_code == 410


def unsubscribe_on_the_page(client, subscriber, unsubscribe):
    assert client.post(unsubscribe).status_code == 200


def unsubscribe_in_one_click(client, subscriber, unsubscribe):
    assert one_click(Client(enforce_csrf_checks=True), unsubscribe).status_code == 200


def unsubscribed_at_the_esp(client, subscriber, unsubscribe):
    assert subscriptions.suppress(subscriber, SuppressionReason.UNSUBSCRIBED)


def bounced(client, subscriber, unsubscribe):
    assert subscriptions.suppress(subscriber, SuppressionReason.BOUNCED, "550 no such user")


def complained(client, subscriber, unsubscribe):
    assert subscriptions.suppress(subscriber, SuppressionReason.COMPLAINED)


@as_written
@pytest.mark.parametrize(
    "stop",
    [
        unsubscribe_on_the_page,
        unsubscribe_in_one_click,
        unsubscribed_at_the_esp,
        bounced,
        complained,
    ],
)
def test_every_link_mailed_before_dies_when_the_mails_stop(client, reader, stop):
    preferences, unsubscribe = mailed_links(reader)
    export = request_data_link(client, preferences, "export")
    erase = request_data_link(client, preferences, "erase")
    key = Subscriber.objects.get().link_key

    stop(client, reader, unsubscribe)

    assert Subscriber.objects.get().link_key != key
    for old in (preferences, unsubscribe, export, erase):
        response = client.get(old)
        assert response.status_code == 410, old
        assert "This link no longer works" in soup(response).select_one("h1").get_text()
    assert client.post(erase).status_code == 410
    assert Subscriber.objects.filter(pk=reader.pk).exists()
    # A link mailed from now on works again.
    assert client.get(mailed_links(Subscriber.objects.get())[0]).status_code == 200


@as_written
def test_the_page_after_unsubscribing_leads_to_the_data_with_a_fresh_link(client, reader):
    _preferences, unsubscribe = mailed_links(reader)
    done = client.post(unsubscribe)
    anchor = soup(done).select_one("main a[href*='/newsletter/data/']")
    assert anchor is not None
    assert client.get(anchor["href"]).status_code == 200
    # Repeating the POST with the old link changes nothing and says the link is spent.
    again = one_click(client, unsubscribe)
    assert again.status_code == 410
    assert Subscriber.objects.get().status == SubscriberStatus.UNSUBSCRIBED


@as_written
def test_links_of_an_erased_subscriber_are_dead(client, reader):
    preferences, unsubscribe = mailed_links(reader)
    export = request_data_link(client, preferences, "export")
    erase = request_data_link(client, preferences, "erase")
    assert client.post(erase).status_code == 303
    assert not Subscriber.objects.exists()
    for old in (preferences, unsubscribe, export, erase):
        assert client.get(old).status_code == 400
    # Signing up again makes a new subscriber: the old links name nobody.
    post_signup(client, "jan@example.net", page="pl")
    client.post(link_path(mail.outbox[-1], "confirm"))
    assert Subscriber.objects.get().status == SubscriberStatus.ACTIVE
    for old in (preferences, unsubscribe, export, erase):
        assert client.get(old).status_code == 400


# --- revoking every link on request ----------------------------------------------------------


def test_revoking_all_links_mails_a_fresh_one_in_the_subscribers_language(client, reader):
    """With the real catalogues: the button, the page and the mail are Polish, whatever the
    language of the page the button was pressed on."""
    preferences, unsubscribe = mailed_links(reader)
    export = request_data_link(client, preferences, "export")
    mail.outbox.clear()
    german_page = "/de/" + preferences.split("/", 2)[2]
    page = soup(client.get(german_page))
    button = page.select_one("main form[action*='/newsletter/revoke/'] button")
    assert button.get_text(strip=True) == "Alle bisher gesendeten Links ungültig machen"
    form = button.find_parent("form")
    assert form["method"] == "post"

    response = client.post(form["action"])
    assert response.status_code == 303
    done = client.get(response["Location"])
    assert done.status_code == 200
    status = soup(done).select_one("main [role=status]").get_text()
    assert "Die Links in allen bisher gesendeten E-Mails funktionieren nicht mehr" in status

    [message] = mail.outbox
    assert message.to == ["jan@example.net"]
    assert message.extra_headers["Content-Language"] == "pl"
    assert "Nowy link do ustawień newslettera" in message.subject
    fresh = link_path(message, "preferences")
    assert fresh.startswith("/pl/newsletter/preferences/")
    assert client.get(fresh).status_code == 200
    for old in (preferences, unsubscribe, export):
        response = client.get(old)
        assert response.status_code == 410
        assert "Ten link już nie działa" in soup(response).select_one("h1").get_text()
    # The revoke link itself is spent too: a second press changes nothing more.
    assert client.post(form["action"]).status_code == 410
    assert len(mail.outbox) == 1
    assert Subscriber.objects.get().status == SubscriberStatus.ACTIVE


@as_written
def test_revoking_needs_a_post(client, reader):
    token = tokens.link_token(reader)
    key = reader.link_key
    assert client.get(f"/pl/newsletter/revoke/{token}/").status_code == 405
    assert Subscriber.objects.get().link_key == key
    assert not mail.outbox


# --- the data-rights mail and its links -------------------------------------------------------


@as_written
def test_the_link_goes_to_the_stored_address_only_and_says_only_what_we_wrote(client, reader):
    preferences, _unsubscribe = mailed_links(reader)
    data_page = "/de/newsletter/data/" + preferences.rstrip("/").rsplit("/", 1)[1] + "/"
    response = client.post(
        data_page,
        {
            "purpose": "export",
            "email": "mallory@example.com",
            "to": "mallory@example.com",
            "message": "Click https://evil.example/ now",
        },
        HTTP_X_FORWARDED_FOR="203.0.113.9",
    )
    assert response.status_code == 303
    [message] = mail.outbox
    assert message.to == ["jan@example.net"]
    assert not message.cc and not message.bcc and not message.reply_to
    assert message.extra_headers["Content-Language"] == "pl"  # the subscriber's language
    everything = message.subject + message.body
    for chosen in ("mallory", "evil.example", "203.0.113.9"):
        assert chosen not in everything
    assert "/pl/newsletter/export/" in message.body


@as_written
def test_an_erase_link_erases_only_after_the_confirmation_post(client, reader):
    preferences, _unsubscribe = mailed_links(reader)
    erase = request_data_link(client, preferences, "erase")
    assert erase.startswith("/pl/newsletter/erase/")
    page = client.get(erase)
    assert page.status_code == 200
    assert client.head(erase).status_code == 200
    form = soup(page).select_one("main form[method=post]")
    assert form["action"] == erase
    assert Subscriber.objects.filter(pk=reader.pk).exists()
    response = client.post(form["action"])
    assert response.status_code == 303
    assert not Subscriber.objects.exists()


@as_written
def test_links_are_single_purpose(client, reader):
    export = tokens.data_rights_token(reader, tokens.EXPORT)
    erase = tokens.data_rights_token(reader, tokens.ERASE)
    link = tokens.link_token(reader)
    assert client.post(f"/pl/newsletter/erase/{export}/").status_code == 400
    assert client.get(f"/pl/newsletter/export/{erase}/").status_code == 400
    assert client.get(f"/pl/newsletter/preferences/{export}/").status_code == 400
    assert client.post(f"/pl/newsletter/unsubscribe/{erase}/").status_code == 400
    assert client.post(f"/pl/newsletter/revoke/{export}/").status_code == 400
    assert client.get(f"/pl/newsletter/data/{erase}/").status_code == 400
    assert client.get(f"/pl/newsletter/export/{link}/").status_code == 400
    reader.refresh_from_db()
    assert reader.status == SubscriberStatus.ACTIVE
    assert Subscriber.objects.count() == 1


@as_written
def test_the_export_holds_no_data_of_other_subscribers(client, reader):
    other = Client(REMOTE_ADDR="198.51.100.77", HTTP_USER_AGENT="Safari/other person")
    post_signup(other, "eva@example.org", page="de", language="de")
    other.post(link_path(mail.outbox[-1], "confirm"))
    mail.outbox.clear()
    preferences, _unsubscribe = mailed_links(reader)
    body = client.get(request_data_link(client, preferences, "export")).content.decode()
    for foreign in ("eva@example.org", "198.51.100.77", "Safari/other person"):
        assert foreign not in body
    assert "jan@example.net" in body and "Firefox/140 reader" in body


@as_written
def test_requests_for_one_address_are_limited_without_telling(client, reader, settings):
    settings.GLOKAL_NEWSLETTER_DATA_RIGHTS_RATE_LIMITS = {"subscriber": [(2, 3600)]}
    preferences, _unsubscribe = mailed_links(reader)
    data_page = "/pl/newsletter/data/" + preferences.rstrip("/").rsplit("/", 1)[1] + "/"
    answers = [client.post(data_page, {"purpose": "export"}) for _ in range(4)]
    assert {answer.status_code for answer in answers} == {303}
    assert {answer["Location"] for answer in answers} == {answers[0]["Location"]}
    assert len(mail.outbox) == 2


@as_written
def test_an_unknown_purpose_is_refused(client, reader):
    token = tokens.link_token(reader)
    for purpose in ("", "delete-everything", "export\x00", "e" * 5000):
        response = client.post(f"/pl/newsletter/data/{token}/", {"purpose": purpose})
        assert response.status_code == 400
        assert soup(response).select_one("main [role=alert]")
    assert not mail.outbox


GARBLED = [
    "x",
    "a" * 5000,
    "%00",
    "eyJ%22%3C%3E",
    "%E2%80%AEabc",
    signing.dumps(["1", "2"], salt=tokens.LINK_SALT),
    signing.dumps({"pk": 1}, salt=tokens.LINK_SALT),
    signing.dumps([2**70, "0" * 32], salt=tokens.LINK_SALT),
    signing.dumps([1, "0" * 32, "x"], salt="glokal.newsletter.data-rights.export"),
]


@pytest.mark.parametrize(
    "view", ["preferences", "unsubscribe", "data", "export", "erase", "revoke"]
)
def test_garbled_tokens_get_a_translated_4xx_page(client, reader, view):
    """With the real catalogues: the Polish page says the link is not valid."""
    for token in GARBLED + [tokens.link_token(reader)[:-3] + "abc"]:
        for method in ("get", "post"):
            response = getattr(client, method)(f"/pl/newsletter/{view}/{token}/")
            assert 400 <= response.status_code < 500, (view, token, method)
            if response.status_code != 405:
                heading = soup(response).select_one("h1").get_text()
                assert heading == "Ten link jest nieprawidłowy", (view, token)
    assert Subscriber.objects.get().status == SubscriberStatus.ACTIVE
    assert Subscriber.objects.get().link_key == reader.link_key
    assert not mail.outbox


# --- digests keep working for a subscribed reader -------------------------------------------


@as_written
def test_a_digest_s_links_and_list_unsubscribe_header_work(client, home, settings):
    settings.GLOKAL_PUBLIC_BASE_URL = "https://www.glokal.example"
    factories.add_offer(factories.add_offer_index(home), "Angebot")
    subscriber = make_subscriber("a@example.org", language="pl")
    subscriber.confirmed_at = subscriber.created_at.replace(year=2020)
    subscriber.save()
    rendered = render(compose(subscriber, DigestItems.load(subscriber.confirmed_at)))
    digest = personalise(rendered, subscriber, run_id=1, delivery_id=1)
    preferences = urlparse(digest.preferences_url).path
    unsubscribe = urlparse(re.fullmatch(r"<(\S+)>", digest.headers["List-Unsubscribe"])[1]).path

    assert client.get(preferences).status_code == 200
    data_page = soup(client.get(preferences)).select_one("main a[href*='/newsletter/data/']")
    assert client.get(data_page["href"]).status_code == 200
    assert client.get(unsubscribe).status_code == 200
    assert one_click(Client(enforce_csrf_checks=True), unsubscribe).status_code == 200
    assert Subscriber.objects.get().status == SubscriberStatus.UNSUBSCRIBED
    # After that, the digest's links are spent.
    assert client.get(preferences).status_code == 410


@pytest.mark.django_db
def test_every_token_is_in_django_s_signing_format():
    """One signer (tokens.TokenSigner) for every link, byte for byte what signing.dumps
    makes with that salt, so signing.loads with its max_age is what checks them."""
    subscriber = make_subscriber("a@example.org")
    pk, nonce, key = subscriber.pk, subscriber.confirmation_nonce.hex, subscriber.link_key.hex
    with mock.patch("time.time", return_value=1_790_000_000.5):
        assert tokens.confirmation_token(subscriber) == signing.dumps(
            [pk, nonce], salt=tokens.CONFIRM_SALT
        )
        assert tokens.link_token(subscriber) == signing.dumps([pk, key], salt=tokens.LINK_SALT)
        for purpose, salt in tokens.DATA_RIGHTS_SALTS.items():
            assert tokens.data_rights_token(subscriber, purpose) == signing.dumps(
                [pk, key], salt=salt
            )
    assert len(set(tokens.DATA_RIGHTS_SALTS.values()) | {tokens.LINK_SALT}) == 3


@as_written
def test_when_the_mail_cannot_go_out_nothing_is_revoked(client, reader):
    token = tokens.link_token(reader)
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("relay down")):
        revoke = client.post(f"/pl/newsletter/revoke/{token}/")
        data = client.post(f"/pl/newsletter/data/{token}/", {"purpose": "export"})
    for response in (revoke, data):
        assert response.status_code == 503
        assert "could not send the email" in soup(response).select_one("main").get_text()
    assert Subscriber.objects.get().link_key == reader.link_key
    assert client.get(f"/pl/newsletter/preferences/{token}/").status_code == 200
