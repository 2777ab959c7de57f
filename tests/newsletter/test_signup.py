"""Signing up for the newsletter: the full page and the compact footer form, double opt-in,
and the same answer on screen whether the address is new, pending or already active."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.template import RequestContext, Template
from django.test import RequestFactory
from django.utils import translation

from newsletter import subscriptions
from newsletter.consent import CONSENT_TEXT_VERSION
from newsletter.models import (
    ConsentAction,
    ConsentRecord,
    Subscriber,
    SubscriberStatus,
    Suppression,
    SuppressionReason,
)
from tests import factories
from tests.helpers import soup

from .helpers import key, link_path, make_subscriber, post_signup, signup_data, stamp

pytestmark = pytest.mark.usefixtures("ui_strings_as_written")

FROM = "Glokal Newsletter <newsletter@glokal.example>"


@pytest.fixture(autouse=True)
def _newsletter_sender(settings):
    settings.NEWSLETTER_FROM_EMAIL = FROM


# --- The signup page -----------------------------------------------------------------------


def test_signup_page_lists_terms_in_the_page_language_and_submits_translation_keys(client, terms):
    response = client.get("/pl/newsletter/")
    assert response.status_code == 200
    page = soup(response)
    sectors = {
        label.get_text(strip=True): page.find(id=label["for"])["value"]
        for label in page.select("#id_sectors label")
    }
    assert sectors == {
        "Motoryzacja": key(terms["auto"]),
        "Energetyka": key(terms["energy"]),
        "Logistik": key(terms["logistics"]),
    }
    assert page.select_one("#id_regions label").get_text(strip=True) == "Dolny Śląsk (Poland)"
    assert page.select_one("#id_topics label").get_text(strip=True) == "Innowacje"
    # The page language is preselected; weekly is the default frequency.
    assert page.select_one("#id_language option[selected]")["value"] == "pl"
    assert page.select_one("#id_frequency input[checked]")["value"] == "weekly"
    # Checkbox groups are fieldsets with legends; the consent text shows its version.
    for group in ("offer_kinds", "sectors", "regions", "countries", "topics", "frequency"):
        assert page.select_one(f"fieldset#id_{group} > legend")
    consent = page.select_one("label[for=id_consent]").get_text(" ", strip=True)
    assert consent.startswith("I would like to receive the Glokal newsletter")
    assert CONSENT_TEXT_VERSION in page.select_one("#id_consent_helptext").get_text()
    assert page.select_one("#id_consent")["aria-describedby"] == "id_consent_helptext"
    # No inline script or style on the page.
    assert not page.select("script:not([src])")
    assert not page.select("[style]")


def test_signup_page_links_the_privacy_policy_when_there_is_one(client, home):
    assert "Privacy policy" not in soup(client.get("/de/newsletter/")).get_text()
    privacy = factories.add_standard_page(home, "Datenschutz", footer_link="privacy")
    page = soup(client.get("/de/newsletter/"))
    link = page.select_one("#id_consent_helptext a")
    assert link.get_text() == "Privacy policy"
    assert link["href"] == privacy.url


# --- Double opt-in -------------------------------------------------------------------------


def test_a_new_address_becomes_pending_with_a_consent_record_and_a_confirmation_mail(client, terms):
    response = client.post(
        "/pl/newsletter/",
        signup_data(
            " Jan.Kowalski@Example.NET ",
            language="pl",
            frequency="monthly",
            offer_kinds=["technology_offer"],
            sectors=[key(terms["auto"])],
            regions=[key(terms["region"])],
            countries=["PL", "DE"],
            topics=[key(terms["topic"])],
        ),
        HTTP_USER_AGENT="Mozilla/5.0 (Test)",
        REMOTE_ADDR="192.0.2.7",
    )
    assert response.status_code == 303
    assert response["Location"] == "/pl/newsletter/check-your-inbox/"

    subscriber = Subscriber.objects.get()
    assert subscriber.email == "jan.kowalski@example.net"
    assert subscriber.status == SubscriberStatus.PENDING
    assert subscriber.confirmed_at is None
    assert (subscriber.language, subscriber.frequency) == ("pl", "monthly")
    assert subscriber.offer_kinds == ["technology_offer"]
    assert subscriber.sector_keys == [key(terms["auto"])]
    assert subscriber.region_keys == [key(terms["region"])]
    assert subscriber.countries == ["PL", "DE"]
    assert subscriber.topic_keys == [key(terms["topic"])]

    record = ConsentRecord.objects.get()
    assert record.action == ConsentAction.REQUESTED
    assert record.email == "jan.kowalski@example.net"
    assert record.language == "pl"
    assert record.consent_text_version == CONSENT_TEXT_VERSION
    assert record.source == "signup-page"
    assert record.ip_address == "192.0.2.7"
    assert record.user_agent == "Mozilla/5.0 (Test)"
    assert record.details["frequency"] == "monthly"
    assert record.details["sector_keys"] == [key(terms["auto"])]
    assert record.details["interests"]["sectors"] == [
        {"key": key(terms["auto"]), "name": "Motoryzacja"}
    ]

    [message] = mail.outbox
    assert message.to == ["jan.kowalski@example.net"]
    assert message.from_email == FROM
    assert message.extra_headers["Content-Language"] == "pl"
    assert message.subject == "Please confirm your subscription to the Glokal newsletter"
    # What they asked for, the link and how long it is valid; links only to the confirmation
    # and to the stored request, nothing else (no advertising).
    assert "48 hours" in message.body
    assert "Motoryzacja" in message.body and "Dolny Śląsk" in message.body
    assert link_path(message, "confirm").startswith("/pl/newsletter/confirm/")
    links = re.findall(r"https?://\S+", message.body)
    assert len(links) == 2
    assert all(
        "/newsletter/confirm/" in link or "/newsletter/preferences/" in link for link in links
    )


def test_the_answer_is_the_same_for_new_pending_and_active_addresses(client, home):
    make_subscriber("active@example.org", SubscriberStatus.ACTIVE)
    make_subscriber("pending@example.org", SubscriberStatus.PENDING)

    answers = []
    for email in ("new@example.org", "pending@example.org", "active@example.org"):
        response = post_signup(client, email)
        followed = client.get(response["Location"])
        # The answer is the page's main content; the footer's sign-up form carries a signed
        # timestamp that differs from one second to the next.
        main = str(BeautifulSoup(followed.content, "html.parser").find("main"))
        answers.append((response.status_code, response["Location"], main))
    assert answers[0] == answers[1] == answers[2]
    assert answers[0][0] == 303
    assert "Please check your inbox" in answers[0][2]
    # Each address got exactly one mail.
    assert sorted(m.to[0] for m in mail.outbox) == [
        "active@example.org",
        "new@example.org",
        "pending@example.org",
    ]


def test_an_active_address_gets_a_reminder_and_nothing_changes(client, terms):
    subscriber = make_subscriber(
        "active@example.org",
        language="en",
        frequency="monthly",
        sector_keys=[key(terms["energy"])],
    )
    before = Subscriber.objects.values().get(pk=subscriber.pk)

    response = post_signup(
        client,
        "ACTIVE@example.org",
        language="pl",
        frequency="weekly",
        sectors=[key(terms["auto"])],
    )
    assert response.status_code == 303

    # Nobody can change someone else's subscription by typing their address.
    assert Subscriber.objects.values().get(pk=subscriber.pk) == before
    assert not ConsentRecord.objects.exists()
    [message] = mail.outbox
    assert message.to == ["active@example.org"]
    assert message.subject == "You already receive the Glokal newsletter"
    assert message.extra_headers["Content-Language"] == "en"  # their language, not the page's
    assert "/newsletter/confirm/" not in message.body  # no second opt-in
    assert link_path(message, "preferences").startswith("/en/newsletter/preferences/")
    assert client.get(link_path(message, "preferences")).status_code == 200
    assert link_path(message, "unsubscribe").startswith("/en/newsletter/unsubscribe/")


def test_a_pending_address_gets_a_new_link_and_the_old_one_stops_working(client, home):
    post_signup(client, "eva@example.org", frequency="weekly")
    first = link_path(mail.outbox[0], "confirm")
    post_signup(client, "eva@example.org", frequency="monthly", language="cs")
    second = link_path(mail.outbox[1], "confirm")
    assert first != second

    subscriber = Subscriber.objects.get()
    assert subscriber.status == SubscriberStatus.PENDING
    # The latest request's choices count until the address is confirmed.
    assert (subscriber.frequency, subscriber.language) == ("monthly", "cs")
    assert mail.outbox[1].extra_headers["Content-Language"] == "cs"
    assert ConsentRecord.objects.filter(action=ConsentAction.REQUESTED).count() == 2

    assert client.get(first).status_code == 410
    assert client.post(first).status_code == 410
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING
    assert client.post(second).status_code == 200
    assert Subscriber.objects.get().status == SubscriberStatus.ACTIVE


@pytest.mark.parametrize(
    "status",
    [SubscriberStatus.UNSUBSCRIBED, SubscriberStatus.BOUNCED, SubscriberStatus.COMPLAINED],
)
def test_a_former_subscriber_starts_a_new_double_opt_in(client, home, status):
    subscriber = make_subscriber("former@example.org", status)
    post_signup(client, "former@example.org", frequency="monthly")

    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.PENDING
    assert subscriber.frequency == "monthly"
    [message] = mail.outbox
    assert message.subject == "Please confirm your subscription to the Glokal newsletter"
    assert ConsentRecord.objects.get().action == ConsentAction.REQUESTED


def test_a_suppressed_address_can_sign_up_again_and_confirming_lifts_the_suppression(client, home):
    Suppression.suppress("gone@example.org", SuppressionReason.COMPLAINED)
    post_signup(client, "gone@example.org")
    assert Suppression.is_suppressed("gone@example.org")  # not before the confirmation
    client.post(link_path(mail.outbox[0], "confirm"))
    assert not Suppression.is_suppressed("gone@example.org")
    assert Subscriber.objects.get().status == SubscriberStatus.ACTIVE


# --- The compact form ----------------------------------------------------------------------


def test_the_compact_form_posts_address_and_consent_and_the_rest_takes_defaults(client, terms):
    response = client.post(
        "/cs/newsletter/",
        {"email": "petr@example.net", "consent": "on", "source": "footer", "started": stamp()},
    )
    assert response.status_code == 303
    assert response["Location"] == "/cs/newsletter/check-your-inbox/"
    subscriber = Subscriber.objects.get()
    assert subscriber.language == "cs"  # the page's language
    assert subscriber.frequency == "weekly"
    # Empty interests: everything.
    assert subscriber.offer_kinds == subscriber.sector_keys == subscriber.region_keys == []
    assert subscriber.countries == subscriber.topic_keys == []
    assert ConsentRecord.objects.get().source == "footer"
    assert mail.outbox[0].extra_headers["Content-Language"] == "cs"


def test_an_invalid_compact_form_comes_back_as_the_full_form_with_the_address_kept(client, home):
    response = client.post(
        "/de/newsletter/", {"email": "petr@example.net", "source": "footer", "started": stamp()}
    )
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("#id_email")["value"] == "petr@example.net"
    assert page.select_one("#id_consent_error").get_text(strip=True) == (
        "Please agree so that we can send you the newsletter."
    )
    assert "id_consent_error" in page.select_one("#id_consent")["aria-describedby"]
    assert page.select_one("#error-summary a[href='#id_consent']")
    assert page.select_one("#id_frequency input[checked]")["value"] == "weekly"
    assert page.select_one("input[name=source]")["value"] == "footer"
    assert not Subscriber.objects.exists()


def render_compact(context=None, language="pl"):
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        template = Template("{% load newsletter_tags %}{% newsletter_signup_compact %}")
        return template.render(RequestContext(request, context or {}))


def test_the_compact_tag_renders_an_accessible_form_without_database_queries(
    home, django_assert_num_queries
):
    render_compact()  # fills the footer links' cache, which the page's footer reads anyway
    with django_assert_num_queries(0):
        html = render_compact()
    form = BeautifulSoup(html, "html.parser").select_one("form")
    assert form["action"] == "/pl/newsletter/"
    assert form["method"] == "post"
    names = {field["name"] for field in form.select("input")}
    assert names == {"email", "consent", "source", "started", "website"}
    assert form.select_one("input[name=source]")["value"] == "footer"
    # Own ids (a page can have another form with a "website" field), labels tied to inputs.
    for field in form.select("input:not([type=hidden])"):
        assert field["id"].startswith("newsletter-compact-")
        assert form.select_one(f"label[for={field['id']}]")
    assert form.find_parent("section")["aria-labelledby"] == "newsletter-compact-heading"


def test_the_compact_tag_renders_nothing_on_the_signup_page(db):
    assert render_compact({"newsletter_signup_page": True}).strip() == ""


# --- Spam and failures ---------------------------------------------------------------------


def test_a_filled_honeypot_gets_the_usual_answer_and_nothing_happens(client, home):
    response = post_signup(client, "bot@example.org", website="http://spam.example")
    assert response.status_code == 303
    assert response["Location"] == "/de/newsletter/check-your-inbox/"
    assert not Subscriber.objects.exists()
    assert not mail.outbox


def test_nothing_is_stored_when_the_mail_cannot_be_sent(client, home, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)
    response = post_signup(client, "anna@example.org")
    assert response.status_code == 503
    assert "could not send the confirmation mail" in soup(response).get_text()
    assert not Subscriber.objects.exists()
    assert not ConsentRecord.objects.exists()


def test_request_subscription_reports_what_it_did(home):
    choices = {"language": "de", "frequency": "weekly"}
    assert (
        subscriptions.request_subscription("x@example.org", choices, source="test")
        == subscriptions.Outcome.CONFIRMATION_SENT
    )
    Subscriber.objects.update(status=SubscriberStatus.ACTIVE)
    assert (
        subscriptions.request_subscription("X@Example.org", choices, source="test")
        == subscriptions.Outcome.REMINDER_SENT
    )
    assert Subscriber.objects.count() == 1


def test_only_the_signup_page_may_be_indexed(client, home):
    assert "X-Robots-Tag" not in client.get("/de/newsletter/")
    assert client.get("/de/newsletter/check-your-inbox/")["X-Robots-Tag"] == "noindex"
    assert client.post("/de/newsletter/", {})["X-Robots-Tag"] == "noindex"
