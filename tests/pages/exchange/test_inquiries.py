"""Inquiries: the "I am interested" form, address confirmation, forwarding to the contact
person, spam protection, and the admin listing with its export."""

import csv
import datetime
import io
import re
import time
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Permission
from django.core import mail, signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pages.core.public_forms.client import client_ip
from pages.exchange import inquiries, inquiry_forms
from pages.exchange.admin.inquiries import inquiry_viewset, offer_inquiries_url
from pages.models import Inquiry, InquiryStatus
from tests import factories
from tests.helpers import soup

from .helpers import (
    MESSAGE,
    PRIVATE,
    check_form_token,
    form_data,
    form_token,
    interest_url,
)


@pytest.fixture(autouse=True)
def _ui_strings_as_written(settings):
    """These tests check behaviour against the English msgids; the project's catalogues are
    switched off here (Django drops its translation caches on this setting change).
    tests/test_catalogues.py checks that every string is translated."""
    settings.LOCALE_PATHS = []


# The confirmation URL and the admin viewset are wired by a test URLconf until their owners
# include them in config/urls.py and pages/wagtail_hooks.py.


@pytest.fixture
def contact(db):
    return factories.ContactPersonFactory(
        first_name="Erika", last_name="Muster", email="erika.muster@glokal.example"
    )


@pytest.fixture
def offer(index, contact):
    return factories.add_offer(
        index,
        title="Sensorik für Kläranlagen",
        sectors=[factories.SectorFactory()],
        contact=contact,
        company_website="https://www.geheim-gmbh.example/",
    )


def send(client, offer, ip="198.51.100.7", **overrides):
    return client.post(interest_url(offer), form_data(offer, **overrides), REMOTE_ADDR=ip)


def confirmation_path(message):
    found = re.search(r"https?://\S+/inquiries/confirm/\S+/", message.body)
    assert found, message.body
    return urlsplit(found.group(0)).path


def assert_no_private_data(text):
    leaked = [value for value in PRIVATE if value in text]
    assert not leaked, f"private company data leaked: {leaked}"


# --- The form ------------------------------------------------------------------------------


def test_offer_page_links_to_the_form_and_hides_the_company(client, offer):
    response = client.get(offer.url)
    assert response.status_code == 200
    link = soup(response).select_one(".offer__interest a.button")
    assert link["href"] == interest_url(offer)
    assert_no_private_data(response.content.decode())


def test_form_has_labelled_fields_consent_and_spam_protection(client, offer):
    response = client.get(interest_url(offer))
    assert response.status_code == 200
    html = response.content.decode()
    assert_no_private_data(html)
    page = soup(response)
    form = page.select_one("form.inquiry-form")
    assert form["method"] == "post"
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    for name in ["name", "organisation", "email", "phone", "country", "message", "consent"]:
        control = form.select_one(f"[name={name}]")
        assert control is not None, name
        assert form.select_one(f"label[for={control['id']}]"), f"{name} has no label"
    assert "(optional)" in form.select_one("label[for=id_phone]").get_text()
    consent_label = form.select_one("label[for=id_consent]").get_text()
    assert "withdraw my consent" in consent_label
    assert inquiry_forms.CONSENT_TEXT_VERSION in form.get_text()
    assert form.select_one("#id_email")["aria-describedby"] == "id_email_helptext"
    honeypot = form.select_one("input[name=website]")
    assert honeypot.find_parent(attrs={"aria-hidden": "true"}) is not None
    assert honeypot["tabindex"] == "-1"
    started = form.select_one("input[name=started]")["value"]
    assert check_form_token(offer, started) == "too_fast"  # just shown
    assert page.select_one('meta[name=robots][content="noindex"]')
    assert "no-store" in response["Cache-Control"]


def test_invalid_entries_show_a_summary_linked_to_the_fields(client, offer):
    response = send(client, offer, name="", email="not-an-address", consent="", country="XX")
    assert response.status_code == 400
    page = soup(response)
    summary = page.select_one("#error-summary")
    assert summary["role"] == "alert"
    targets = {a["href"] for a in summary.select("a")}
    assert {"#id_name", "#id_email", "#id_consent", "#id_country"} <= targets
    email = page.select_one("#id_email")
    assert email["aria-invalid"] == "true"
    assert "id_email_error" in email["aria-describedby"].split()
    assert page.select_one("#id_email_error")
    # What the visitor typed stays in the form.
    assert page.select_one("#id_organisation")["value"] == "Kowalski Sp. z o.o."
    assert not Inquiry.objects.exists()
    assert not mail.outbox


# --- The whole path ------------------------------------------------------------------------


def test_inquiry_is_confirmed_and_forwarded_with_the_company_data(client, offer, contact):
    form_page = client.get(interest_url(offer))
    assert form_page.status_code == 200

    response = send(client, offer)
    assert response.status_code == 303
    assert response["Location"] == interest_url(offer) + "?sent=1"

    inquiry = Inquiry.objects.get()
    assert inquiry.status == InquiryStatus.PENDING
    assert (inquiry.offer_id, inquiry.language) == (offer.pk, "de")
    assert (inquiry.name, inquiry.email, inquiry.country) == (
        "Jan Kowalski",
        "jan@kowalski.example",
        "PL",
    )
    assert inquiry.message == MESSAGE
    assert inquiry.consent_text_version == inquiry_forms.CONSENT_TEXT_VERSION
    assert inquiry.confirmed_at is None and inquiry.forwarded_at is None

    assert len(mail.outbox) == 1
    confirmation = mail.outbox[0]
    assert confirmation.to == ["jan@kowalski.example"]
    assert offer.reference in confirmation.subject
    assert confirmation.extra_headers["Content-Language"] == "de"
    assert_no_private_data(confirmation.subject + confirmation.body)
    # Nothing the sender typed goes to the unconfirmed address.
    assert MESSAGE not in confirmation.body and "Kowalski" not in confirmation.body

    sent_page = client.get(response["Location"])
    assert sent_page.status_code == 200
    assert "check your inbox" in sent_page.content.decode().lower()
    assert_no_private_data(sent_page.content.decode())

    path = confirmation_path(confirmation)
    assert path.startswith("/de/inquiries/confirm/")
    confirmed_page = client.post(path)
    assert confirmed_page.status_code == 200
    assert "Thank you" in confirmed_page.content.decode()
    assert_no_private_data(confirmed_page.content.decode())

    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.FORWARDED
    assert inquiry.confirmed_at is not None
    assert inquiry.forwarded_at >= inquiry.confirmed_at

    assert len(mail.outbox) == 2
    forwarded = mail.outbox[1]
    assert forwarded.to == [contact.email]
    assert forwarded.reply_to == ["jan@kowalski.example"]
    assert offer.reference in forwarded.subject
    body = forwarded.body
    for value in PRIVATE:
        assert value in body, value
    for value in [offer.title, offer.reference, MESSAGE, "Jan Kowalski", "+48 71 123 45 67"]:
        assert value in body, value
    assert f"http://testserver/admin/pages/{offer.pk}/edit/" in body
    assert f"http://testserver/admin/inquiries/inspect/{inquiry.pk}/" in body
    assert "&amp;" not in body and "&quot;" not in body  # plain text, not HTML-escaped


def test_polish_visitor_gets_the_form_mail_and_pages_in_polish(
    client, home, index, offer, settings
):
    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale"]  # this one reads the catalogues
    factories.translate(home, "pl")
    factories.translate(index, "pl")
    offer_pl = factories.translate(offer, "pl")["pl"]
    assert offer_pl.url.startswith("/pl/")

    form_page = client.get(interest_url(offer_pl))
    assert form_page.status_code == 200
    page = soup(form_page)
    assert page.html["lang"] == "pl"
    # Strings the catalogue already has come out in Polish.
    assert page.select_one("label[for=id_country]").get_text(strip=True) == "Kraj"
    assert "Polska" in page.select_one("#id_country").get_text()
    assert_no_private_data(form_page.content.decode())

    response = send(client, offer_pl)
    assert response.status_code == 303
    inquiry = Inquiry.objects.get()
    assert (inquiry.offer_id, inquiry.language) == (offer_pl.pk, "pl")

    confirmation = mail.outbox[0]
    assert confirmation.extra_headers["Content-Language"] == "pl"
    assert offer_pl.title in confirmation.body and offer_pl.title.startswith("[pl]")
    assert offer_pl.reference == offer.reference
    assert_no_private_data(confirmation.subject + confirmation.body)
    path = confirmation_path(confirmation)
    assert path.startswith("/pl/inquiries/confirm/")

    confirmed_page = client.post(path)
    assert confirmed_page.status_code == 200
    assert soup(confirmed_page).html["lang"] == "pl"
    assert_no_private_data(confirmed_page.content.decode())

    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.FORWARDED
    forwarded = mail.outbox[1]
    assert forwarded.to == [offer_pl.contact.email]
    assert forwarded.extra_headers["Content-Language"] == "de"  # the agency's language
    for value in PRIVATE:
        assert value in forwarded.body, value


def test_offer_without_contact_goes_to_the_editors(client, index, settings):
    settings.GLOKAL_EDITOR_EMAILS = ["redaktion@glokal.example", "leitung@glokal.example"]
    offer = factories.add_offer(index, title="Ohne Ansprechpartner", contact=None)
    send(client, offer)
    client.post(confirmation_path(mail.outbox[0]))
    forwarded = mail.outbox[1]
    assert forwarded.to == ["redaktion@glokal.example", "leitung@glokal.example"]
    assert "no responsible contact person" in forwarded.body
    assert Inquiry.objects.get().status == InquiryStatus.FORWARDED


def test_link_works_once(client, offer):
    send(client, offer)
    path = confirmation_path(mail.outbox[0])
    assert client.post(path).status_code == 200
    forwarded_at = Inquiry.objects.get().forwarded_at

    again = client.post(path)
    assert again.status_code == 200
    assert "Already confirmed" in again.content.decode()
    assert len(mail.outbox) == 2  # the confirmation and one forward, nothing more
    assert Inquiry.objects.get().forwarded_at == forwarded_at

    # Opening the link again later only says so, without a button.
    later = client.get(path)
    assert later.status_code == 200
    assert "Already confirmed" in later.content.decode()
    assert not soup(later).select("form.inquiry-confirm")
    assert len(mail.outbox) == 2


def test_opening_the_link_only_shows_a_button(client, offer):
    """Mail scanners prefetch links: a GET must change nothing and send nothing."""
    send(client, offer)
    path = confirmation_path(mail.outbox[0])
    for _ in range(3):
        page = client.get(path)
        assert page.status_code == 200
        assert page["Referrer-Policy"] == "no-referrer"
        assert "no-cache" in page["Cache-Control"] or "max-age=0" in page["Cache-Control"]
    assert Inquiry.objects.get().status == InquiryStatus.PENDING
    assert Inquiry.objects.get().confirmed_at is None
    assert len(mail.outbox) == 1
    form = soup(page).select_one("form.inquiry-confirm")
    assert form is not None and form["method"] == "post" and form.get("action", "") == ""
    assert form.select_one("button[type=submit]")
    assert offer.reference in page.content.decode()

    # The button posts to the same URL, without a CSRF cookie (the link authorises it).
    response = Client(enforce_csrf_checks=True).post(path)
    assert response.status_code == 200
    assert Inquiry.objects.get().status == InquiryStatus.FORWARDED
    assert len(mail.outbox) == 2


def test_other_methods_are_refused(client, offer):
    send(client, offer)
    path = confirmation_path(mail.outbox[0])
    assert client.put(path).status_code == 405
    assert client.delete(path).status_code == 405
    assert Inquiry.objects.get().status == InquiryStatus.PENDING


def test_head_request_of_a_link_checker_confirms_nothing(client, offer):
    send(client, offer)
    path = confirmation_path(mail.outbox[0])
    assert client.head(path).status_code == 200
    assert Inquiry.objects.get().status == InquiryStatus.PENDING
    assert len(mail.outbox) == 1


def test_failed_forward_leaves_the_inquiry_confirmed(client, offer, monkeypatch):
    send(client, offer)
    path = confirmation_path(mail.outbox[0])

    def broken_send(self, fail_silently=False):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken_send)
    assert client.post(path).status_code == 200
    inquiry = Inquiry.objects.get()
    assert inquiry.status == InquiryStatus.CONFIRMED
    assert inquiry.forwarded_at is None


# --- Bad links -----------------------------------------------------------------------------


def sign_at(token, seconds_ago):
    class EarlierSigner(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time() - seconds_ago))

    return EarlierSigner(salt=inquiries.CONFIRM_SALT).sign(str(token))


def confirm_url(signed, language="de"):
    return f"/{language}/inquiries/confirm/{signed}/"


@pytest.mark.parametrize(
    "make_link",
    [
        pytest.param(lambda token: "nonsense", id="malformed"),
        pytest.param(lambda token: signing.TimestampSigner().sign(str(token)), id="wrong-salt"),
        pytest.param(
            lambda token: (
                signing.TimestampSigner(salt=inquiries.CONFIRM_SALT).sign(str(token))[:-2] + "xx"
            ),
            id="tampered",
        ),
        pytest.param(
            lambda token: signing.TimestampSigner(salt=inquiries.CONFIRM_SALT).sign("not-a-uuid"),
            id="not-a-uuid",
        ),
        pytest.param(
            lambda token: signing.TimestampSigner(salt=inquiries.CONFIRM_SALT).sign(
                "0b0e5b8e-5f51-4c38-9a86-0f6b36a1f7aa"
            ),
            id="unknown-inquiry",
        ),
    ],
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_forged_links_change_nothing(client, offer, make_link, method):
    send(client, offer)
    inquiry = Inquiry.objects.get()
    response = getattr(client, method)(confirm_url(make_link(inquiry.token)))
    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()
    assert Inquiry.objects.get().status == InquiryStatus.PENDING
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("method", ["get", "post"])
def test_bad_link_is_explained_in_the_pages_language(client, offer, settings, method):
    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale"]  # this one reads the catalogues
    response = getattr(client, method)(confirm_url("nonsense", language="pl"))
    assert response.status_code == 400
    assert "Ten link jest nieprawidłowy" in response.content.decode()


@pytest.mark.parametrize("method", ["get", "post"])
def test_expired_link_changes_nothing(client, offer, method):
    send(client, offer)
    inquiry = Inquiry.objects.get()
    too_old = inquiries.CONFIRMATION_MAX_AGE.total_seconds() + 60
    response = getattr(client, method)(confirm_url(sign_at(inquiry.token, too_old)))
    assert response.status_code == 400
    assert "This link has expired" in response.content.decode()
    assert Inquiry.objects.get().status == InquiryStatus.PENDING
    assert len(mail.outbox) == 1

    # Just inside the window, the same inquiry still confirms.
    almost = inquiries.CONFIRMATION_MAX_AGE.total_seconds() - 60
    assert client.post(confirm_url(sign_at(inquiry.token, almost))).status_code == 200
    assert Inquiry.objects.get().status == InquiryStatus.FORWARDED


def test_unconfirmed_inquiries_are_purged_after_the_link_expires(client, offer):
    send(client, offer)
    send(client, offer, email="anna@nowak.example")
    stale, fresh = Inquiry.objects.order_by("pk")
    Inquiry.objects.filter(pk=stale.pk).update(
        created_at=timezone.now() - inquiries.CONFIRMATION_MAX_AGE - datetime.timedelta(hours=1)
    )
    assert inquiries.purge_unconfirmed_inquiries() == 1
    assert list(Inquiry.objects.all()) == [fresh]


# --- Input and spam ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "field, value",
    [
        ("message", "Hallo <script>alert('x')</script> wir sind interessiert an Ihrem Angebot."),
        ("message", 'Bitte <a href="https://spam.example">hier</a> klicken, sehr interessant.'),
        ("name", "<b>Jan</b>"),
        ("organisation", "Firma <!-- Kommentar -->"),
    ],
)
def test_html_is_rejected_with_a_clear_message(client, offer, field, value):
    response = send(client, offer, **{field: value})
    assert response.status_code == 400
    html = response.content.decode()
    assert "HTML tags and scripts are not allowed" in html
    assert "<script>alert" not in html and "<b>Jan</b>" not in html  # shown escaped only
    assert not Inquiry.objects.exists()
    assert not mail.outbox


def test_angle_brackets_in_plain_text_are_fine(client, offer):
    response = send(client, offer, message="Stückzahlen < 500 und Preise > 2 EUR sind für uns ok.")
    assert response.status_code == 303


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"name": "Jan\r\nBcc: spam@example.com"}, "name"),
        ({"message": "zu kurz"}, "message"),
        ({"message": "x" * 4001}, "message"),
        ({"organisation": "O" * 201}, "organisation"),
        ({"phone": "call me maybe"}, "phone"),
        ({"email": "jan@"}, "email"),
        (
            {"message": "Siehe " + " ".join(f"https://s{i}.example" for i in range(4)) + " bitte"},
            "message",
        ),
    ],
)
def test_lengths_lines_and_formats_are_checked(client, offer, overrides, field):
    response = send(client, offer, **overrides)
    assert response.status_code == 400
    assert soup(response).select_one(f"#id_{field}_error"), field
    assert not Inquiry.objects.exists()


def test_phone_is_optional(client, offer):
    assert send(client, offer, phone="").status_code == 303


def test_honeypot_pretends_success_and_stores_nothing(client, offer):
    response = send(client, offer, website="https://spam.example")
    assert response.status_code == 303
    assert not Inquiry.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    "started, text",
    [
        (lambda offer: form_token(offer), "quicker than anyone"),
        (lambda offer: form_token(offer, at=time.time() - 13 * 3600), "form has expired"),
        (lambda offer: "forged:1700000000:abc", "form has expired"),
        (lambda offer: "", "form has expired"),
    ],
    ids=["too-fast", "too-old", "forged", "missing"],
)
def test_form_timestamp_is_checked(client, offer, started, text):
    response = send(client, offer, started=started(offer))
    assert response.status_code == 400
    assert text in response.content.decode()
    assert not Inquiry.objects.exists()
    # The form comes back with a usable timestamp.
    fresh = soup(response).select_one("input[name=started]")["value"]
    assert check_form_token(offer, fresh) != "invalid"


def test_form_timestamp_of_another_offer_is_refused(client, index, offer):
    other = factories.add_offer(index, title="Anderes Angebot")
    token = form_token(other, at=time.time() - 60)
    assert send(client, offer, started=token).status_code == 400


def test_flood_from_one_address_gets_429(client, offer, settings):
    settings.GLOKAL_INQUIRY_RATE_LIMITS = {"ip": [(3, 3600)], "email": [(100, 3600)]}
    for n in range(3):
        assert send(client, offer, email=f"bot{n}@spam.example").status_code == 303
    response = send(client, offer, email="bot9@spam.example")
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Too many inquiries" in response.content.decode()
    assert_no_private_data(response.content.decode())
    assert Inquiry.objects.count() == 3
    # Another visitor is not affected.
    assert send(client, offer, ip="203.0.113.50").status_code == 303


def test_flood_for_one_mailbox_gets_429(client, offer, settings):
    settings.GLOKAL_INQUIRY_RATE_LIMITS = {"ip": [(100, 3600)], "email": [(2, 3600)]}
    for n in range(2):
        assert send(client, offer, ip=f"203.0.113.{n}").status_code == 303
    response = send(client, offer, ip="203.0.113.99", email="JAN@kowalski.example")
    assert response.status_code == 429
    assert Inquiry.objects.count() == 2
    assert len(mail.outbox) == 2


def test_default_limits_stop_a_flood(client, offer):
    statuses = [send(client, offer, email=f"bot{n}@spam.example").status_code for n in range(25)]
    assert statuses[0] == 303
    assert statuses[-1] == 429


def test_client_ip_trusts_only_the_configured_proxies(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 198.51.100.7")
    assert client_ip(request) == "10.0.0.1"
    settings.GLOKAL_TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "198.51.100.7"


def test_csrf_is_enforced(offer):
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(interest_url(offer), form_data(offer))
    assert response.status_code == 403
    assert not Inquiry.objects.exists()

    form_page = csrf_client.get(interest_url(offer))
    token = soup(form_page).select_one("input[name=csrfmiddlewaretoken]")["value"]
    response = csrf_client.post(interest_url(offer), form_data(offer, csrfmiddlewaretoken=token))
    assert response.status_code == 303
    assert Inquiry.objects.count() == 1


def test_mail_failure_stores_nothing(client, offer, monkeypatch):
    def broken_send(self, fail_silently=False):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken_send)
    response = send(client, offer)
    assert response.status_code == 503
    assert "could not send the confirmation mail" in response.content.decode()
    assert not Inquiry.objects.exists()


# --- Offers that take no inquiries -------------------------------------------------------


def test_expired_offer_answers_410_and_stores_nothing(client, index):
    offer = factories.add_offer(index, title="Abgelaufen", valid_until=datetime.date(2020, 1, 1))
    assert client.get(interest_url(offer)).status_code == 410
    response = send(client, offer)
    assert response.status_code == 410
    assert not Inquiry.objects.exists()
    assert not mail.outbox


def test_unpublished_offer_answers_404_and_stores_nothing(client, offer):
    url = interest_url(offer)
    offer.unpublish()
    assert client.get(url).status_code == 404
    assert send(client, offer).status_code == 404
    assert not Inquiry.objects.exists()


def test_unpublished_offer_is_refused_even_when_routed_directly(rf, offer):
    offer.live = False
    with pytest.raises(inquiries.Http404):
        inquiries.inquiry_view(offer, rf.get("/"))


# --- Admin -------------------------------------------------------------------------------


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("chefin", "chefin@glokal.example", "pw")
    client.force_login(user)
    return client


def make_inquiry(offer, **fields):
    fields.setdefault("name", "Jan Kowalski")
    fields.setdefault("organisation", "Kowalski Sp. z o.o.")
    fields.setdefault("email", "jan@kowalski.example")
    fields.setdefault("country", "PL")
    fields.setdefault("message", MESSAGE)
    fields.setdefault("language", offer.locale.language_code)
    fields.setdefault("consent_text_version", inquiry_forms.CONSENT_TEXT_VERSION)
    return Inquiry.objects.create(offer=offer, **fields)


def test_admin_lists_filters_and_searches_inquiries(superuser_client, index, offer):
    other = factories.add_offer(index, title="Laserschneiden", kind="technology_request")
    make_inquiry(offer, name="Jan Kowalski", status=InquiryStatus.FORWARDED)
    make_inquiry(other, name="Petra Nováková", organisation="Nováková s.r.o.", country="CZ")

    url = reverse("inquiries:index")
    response = superuser_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in ["Jan Kowalski", "Petra Nováková", offer.reference, "Laserschneiden"]:
        assert text in html
    assert_no_private_data(html)
    assert reverse("inquiries:add") not in html  # inquiries only come from the form

    by_offer = superuser_client.get(offer_inquiries_url(offer)).content.decode()
    assert "Jan Kowalski" in by_offer and "Petra Nováková" not in by_offer

    by_status = superuser_client.get(url, {"status": "pending"}).content.decode()
    assert "Petra Nováková" in by_status and "Jan Kowalski" not in by_status

    by_kind = superuser_client.get(url, {"kind": "technology_request"}).content.decode()
    assert "Petra Nováková" in by_kind and "Jan Kowalski" not in by_kind

    today = timezone.localdate().isoformat()
    received_today = superuser_client.get(url, {"created_at_from": today}).content.decode()
    assert "Petra Nováková" in received_today and "Jan Kowalski" in received_today
    received_before = superuser_client.get(url, {"created_at_to": "2020-01-01"}).content.decode()
    assert "Petra Nováková" not in received_before and "Jan Kowalski" not in received_before

    searched = superuser_client.get(url, {"q": "Nováková s.r.o."}).content.decode()
    assert "Petra Nováková" in searched and "Jan Kowalski" not in searched


def test_admin_offer_filter_covers_every_language_of_the_offer(
    superuser_client, home, index, offer
):
    factories.translate(home, "pl")
    factories.translate(index, "pl")
    offer_pl = factories.translate(offer, "pl")["pl"]
    make_inquiry(offer, name="Deutsche Anfrage")
    make_inquiry(offer_pl, name="Polskie zapytanie")
    html = superuser_client.get(offer_inquiries_url(offer)).content.decode()
    assert "Deutsche Anfrage" in html and "Polskie zapytanie" in html


def test_admin_inspect_view_is_read_only(superuser_client, offer):
    inquiry = make_inquiry(offer, message="Zeile eins\n<b>Zeile zwei</b>")
    response = superuser_client.get(reverse("inquiries:inspect", args=[inquiry.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Zeile eins<br>&lt;b&gt;Zeile zwei&lt;/b&gt;" in html
    assert f"/admin/pages/{offer.pk}/edit/" in html
    assert reverse("inquiries:edit", args=[inquiry.pk]) not in html
    # Wagtail answers a denied admin view by redirecting to the dashboard with a message.
    for url in [reverse("inquiries:edit", args=[inquiry.pk]), reverse("inquiries:add")]:
        response = superuser_client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url
    assert (
        superuser_client.post(
            reverse("inquiries:edit", args=[inquiry.pk]), {"status": "forwarded"}
        ).status_code
        == 302
    )
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.PENDING


def test_admin_exports_csv_and_xlsx(superuser_client, offer):
    make_inquiry(offer, name="Jan Kowalski", phone="+48 71 123 45 67")
    make_inquiry(offer, name='=HYPERLINK("https://evil.example")', email="x@evil.example")

    response = superuser_client.get(reverse("inquiries:index"), {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "glokal-inquiries-" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode()
    header, *lines = list(csv.reader(io.StringIO(content)))
    assert len(header) == len(inquiry_viewset.list_export)
    # Headings follow the admin's language; read the columns by field.
    rows = [dict(zip(inquiry_viewset.list_export, line, strict=True)) for line in lines]
    assert len(rows) == 2
    jan = next(row for row in rows if row["name"] == "Jan Kowalski")
    assert jan["offer.reference"] == offer.reference
    assert jan["offer.title"] == offer.title
    assert jan["get_status_display"]
    assert jan["phone"] == "'+48 71 123 45 67"  # a leading + would start a formula
    assert jan["message"] == MESSAGE
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", jan["created_at"])
    assert any(row["name"].startswith("'=HYPERLINK") for row in rows)
    assert_no_private_data(content)

    xlsx = superuser_client.get(reverse("inquiries:index"), {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_admin_listing_needs_permission(client, django_user_model, offer):
    make_inquiry(offer)
    user = django_user_model.objects.create_user("gast", "gast@glokal.example", "pw")
    client.force_login(user)
    response = client.get(reverse("inquiries:index"))
    assert response.status_code in (302, 403)


def test_editor_with_view_permission_lists_and_exports(client, django_user_model, offer):
    make_inquiry(offer, name="Jan Kowalski")
    editor = django_user_model.objects.create_user("redakteurin", "r@glokal.example", "pw")
    editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="pages", codename="view_inquiry"),
    )
    client.force_login(editor)
    listing = client.get(reverse("inquiries:index"))
    assert listing.status_code == 200
    assert "Jan Kowalski" in listing.content.decode()
    assert client.get(reverse("inquiries:index"), {"export": "csv"}).status_code == 200
    # Viewing does not allow deleting.
    inquiry = Inquiry.objects.get()
    assert client.post(reverse("inquiries:delete", args=[inquiry.pk])).status_code == 302
    assert Inquiry.objects.filter(pk=inquiry.pk).exists()
