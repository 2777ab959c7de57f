"""Bad input on the signup form: malformed and foreign-script addresses, oversized fields,
unknown choices, spam checks and floods. Always a clear message and a 4xx, never a 500, and
nothing stored or sent."""

import pytest
from django.core import mail

from newsletter.models import ConsentRecord, Subscriber
from tests.helpers import soup

from .helpers import post_signup, signup_data, stamp

ASCII_MESSAGE = "Please enter the address in Latin letters without accents (ASCII)."
CHOICE_MESSAGE = "Please choose only from the listed options."

pytestmark = pytest.mark.usefixtures("ui_strings_as_written")


def assert_nothing_happened():
    assert not Subscriber.objects.exists()
    assert not ConsentRecord.objects.exists()
    assert not mail.outbox


def error_of(response, field):
    element = soup(response).select_one(f"#id_{field}_error")
    assert element is not None, f"no error shown for {field}"
    return element.get_text(" ", strip=True)


@pytest.mark.parametrize(
    "address",
    [
        "not-an-address",
        "anna@",
        "@example.org",
        "anna@@example.org",
        "anna example@example.org",
        "<script>alert(1)</script>@example.org",
        "anna@example.org\r\nBcc: victim@example.org",
        "anna@example..org",
        "anna@-example.org",
    ],
)
def test_malformed_addresses_are_refused(client, home, address):
    response = post_signup(client, address)
    assert response.status_code == 400
    assert error_of(response, "email") == (
        "Please enter a valid email address, for example name@company.com."
    )
    # The error is tied to the field and listed in the summary.
    field = soup(response).select_one("#id_email")
    assert "id_email_error" in field["aria-describedby"]
    assert field["aria-invalid"] == "true"
    assert soup(response).select_one("#error-summary a[href='#id_email']")
    assert_nothing_happened()


@pytest.mark.parametrize(
    "address",
    [
        "пример@пример.рф",  # Cyrillic
        "müller@example.org",  # accented local part
        "anna@bücher.de",  # internationalised domain
        "用户@例子.中国",  # Chinese
        "аnna@example.org",  # a Cyrillic "а" that looks Latin
        "anna@example.org\u202e",  # an invisible direction override
    ],
)
def test_foreign_script_addresses_are_refused_with_a_clear_message(client, home, address):
    response = post_signup(client, address)
    assert response.status_code == 400
    assert error_of(response, "email").startswith(ASCII_MESSAGE)
    assert "xn--bcher-kva.de" in error_of(response, "email")
    assert_nothing_happened()


def test_the_ascii_form_of_an_internationalised_domain_is_accepted(client, home):
    response = post_signup(client, "anna@xn--bcher-kva.de")
    assert response.status_code == 303
    assert Subscriber.objects.get().email == "anna@xn--bcher-kva.de"


def test_an_oversized_address_is_refused(client, home):
    address = "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 63 + ".org"
    assert len(address) == 260
    response = post_signup(client, address)
    assert response.status_code == 400
    assert error_of(response, "email") == (
        "Please enter an email address of at most 254 characters (it has 260)."
    )
    assert_nothing_happened()


def test_a_huge_address_is_refused(client, home):
    response = post_signup(client, "a" * 100_000 + "@example.org")
    assert response.status_code == 400
    assert "at most 254 characters" in error_of(response, "email")
    assert_nothing_happened()


@pytest.mark.parametrize(
    "field, value",
    [
        ("offer_kinds", ["business_offer", "free_beer"]),
        ("sectors", ["00000000-0000-0000-0000-000000000000"]),
        ("sectors", ["x" * 10_000]),
        ("regions", ["'; DROP TABLE newsletter_subscriber; --"]),
        ("countries", ["XX"]),
        ("topics", ["<b>topic</b>"]),
        ("language", "xx"),
        ("language", "de" * 5000),
        ("frequency", "daily"),
    ],
)
def test_unknown_choices_are_refused(client, home, field, value):
    response = client.post("/de/newsletter/", signup_data("anna@example.org", **{field: value}))
    assert response.status_code == 400
    assert error_of(response, field) == CHOICE_MESSAGE
    assert_nothing_happened()


def test_an_unknown_source_is_refused_and_replaced_for_the_next_try(client, home):
    response = post_signup(client, "anna@example.org", source="x" * 500)
    assert response.status_code == 400
    assert "could not be verified" in soup(response).select_one("#error-summary").get_text()
    assert_nothing_happened()
    # The form comes back with a valid source, so sending it again works.
    assert soup(response).select_one("input[name=source]")["value"] == "signup-page"
    assert post_signup(client, "anna@example.org").status_code == 303


def test_consent_is_required(client, home):
    response = post_signup(client, "anna@example.org", consent=None)
    assert response.status_code == 400
    assert error_of(response, "consent") == "Please agree so that we can send you the newsletter."
    assert_nothing_happened()


def test_too_many_fields_or_too_large_a_body_is_a_400(client, home, settings):
    many = signup_data("anna@example.org")
    many.update({f"f{n}": "x" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)})
    assert client.post("/de/newsletter/", many).status_code == 400
    big = signup_data("anna@example.org", website="", countries=["DE"])
    big["filler"] = "x" * (3 * 1024 * 1024)
    assert client.post("/de/newsletter/", big).status_code == 400
    assert_nothing_happened()


# --- The signed form timestamp -------------------------------------------------------------


@pytest.mark.parametrize("started", [None, "", "12345", "1700000000:forged-signature", "x" * 500])
def test_a_missing_or_forged_form_timestamp_is_refused(client, home, started):
    response = post_signup(client, "anna@example.org", started=started)
    assert response.status_code == 400
    assert "The form has expired" in soup(response).select_one("#error-summary").get_text()
    # The form comes back with a fresh, valid timestamp to send it again.
    fresh = soup(response).select_one("input[name=started]")["value"]
    assert fresh and fresh != started
    assert_nothing_happened()


def test_a_form_sent_too_quickly_or_too_late_is_refused(client, home):
    response = post_signup(client, "anna@example.org", started=stamp(age=0))
    assert response.status_code == 400
    assert "quicker than anyone can type" in soup(response).get_text()
    response = post_signup(client, "anna@example.org", started=stamp(age=13 * 60 * 60))
    assert response.status_code == 400
    assert "The form has expired" in soup(response).get_text()
    assert_nothing_happened()


# --- Floods --------------------------------------------------------------------------------


def test_an_ip_over_its_limit_gets_a_readable_429(client, home, settings):
    settings.GLOKAL_NEWSLETTER_RATE_LIMITS = {"ip": [(3, 3600)]}
    for n in range(3):
        assert post_signup(client, f"user{n}@example.org").status_code == 303
    response = post_signup(client, "user3@example.org")
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Too many requests" in soup(response).select_one("h1").get_text()
    assert not Subscriber.objects.filter(email="user3@example.org").exists()
    assert len(mail.outbox) == 3
    # Invalid posts count too, and another IP is not affected.
    assert post_signup(client, "not-an-address").status_code == 429
    other = client.post(
        "/de/newsletter/", signup_data("user4@example.org"), REMOTE_ADDR="192.0.2.99"
    )
    assert other.status_code == 303


def test_a_flood_for_one_address_stops_the_mails_but_not_the_answer(client, home, settings):
    settings.GLOKAL_NEWSLETTER_RATE_LIMITS = {"email": [(2, 3600)]}
    answers = set()
    for n in range(5):
        response = client.post(
            "/de/newsletter/",
            signup_data("Victim@example.org" if n % 2 else "victim@example.org"),
            REMOTE_ADDR=f"192.0.2.{n}",
        )
        answers.add((response.status_code, response["Location"]))
    assert answers == {(303, "/de/newsletter/check-your-inbox/")}
    assert [message.to for message in mail.outbox] == [["victim@example.org"]] * 2
