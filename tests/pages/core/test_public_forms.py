"""The pieces every public form shares (pages/core/public_forms/): the signed stamp, plain-text
validation, the honeypot, the error summary, rate limits, the client address and the
transactional mail. The forms that use them are tested in tests/pages/exchange/ and
tests/newsletter/."""

import datetime
import logging
import time

import pytest
from django import forms
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import translation

from pages.core.public_forms import mail as transactional_mail
from pages.core.public_forms.client import client_ip
from pages.core.public_forms.honeypot import HoneypotMixin, is_filled
from pages.core.public_forms.ratelimit import RateLimits, windows
from pages.core.public_forms.stamps import (
    CLOCK_SKEW_SECONDS,
    INVALID,
    MAX_FORM_AGE,
    MIN_FORM_SECONDS,
    SALT,
    TOO_FAST,
    TOO_OLD,
    StampedFormMixin,
    check_stamp,
    issue_stamp,
    read_stamp,
    renew_stamp,
)
from pages.core.public_forms.summary import ErrorSummaryMixin
from pages.core.public_forms.text import (
    PlainTextField,
    TextMessages,
    normalise_text,
    reject_control_characters,
    reject_line_breaks,
    reject_markup,
)

SCOPE = "inquiry:42"


@pytest.fixture(autouse=True)
def _ui_strings_as_written(settings):
    """Messages are checked against the English msgids (project catalogues switched off)."""
    settings.LOCALE_PATHS = []


def ago(seconds):
    return time.time() - seconds


# --- The signed stamp ----------------------------------------------------------------------


def test_a_stamp_shown_long_enough_ago_is_accepted():
    assert check_stamp(issue_stamp(SCOPE, shown_at=ago(MIN_FORM_SECONDS + 1)), SCOPE) is None


def test_a_stamp_is_bound_to_its_scope():
    stamp = issue_stamp("inquiry:42", shown_at=ago(60))
    assert check_stamp(stamp, "inquiry:42") is None
    assert check_stamp(stamp, "inquiry:43") == INVALID
    assert check_stamp(stamp, "newsletter-signup") == INVALID
    # A scope that merely ends like another is not the same scope.
    assert check_stamp(issue_stamp("x|inquiry:42", shown_at=ago(60)), "inquiry:42") == INVALID


def test_too_fast():
    assert check_stamp(issue_stamp(SCOPE), SCOPE) == TOO_FAST
    assert check_stamp(issue_stamp(SCOPE, shown_at=ago(MIN_FORM_SECONDS - 1)), SCOPE) == TOO_FAST


def test_too_old():
    assert check_stamp(issue_stamp(SCOPE, shown_at=ago(MAX_FORM_AGE - 60)), SCOPE) is None
    assert check_stamp(issue_stamp(SCOPE, shown_at=ago(MAX_FORM_AGE + 60)), SCOPE) == TOO_OLD


@pytest.mark.parametrize(
    "make_value",
    [
        pytest.param(lambda: None, id="missing"),
        pytest.param(lambda: "", id="empty"),
        pytest.param(lambda: "1700000000", id="unsigned"),
        pytest.param(lambda: issue_stamp(SCOPE, shown_at=ago(60))[:-3] + "abc", id="tampered"),
        pytest.param(
            lambda: signing.Signer(salt="another").sign(f"{SCOPE}|{int(ago(60))}|{int(ago(60))}"),
            id="other-salt",
        ),
        pytest.param(lambda: signing.Signer(salt=SALT).sign("no times"), id="malformed"),
        pytest.param(lambda: issue_stamp(SCOPE, shown_at=ago(60)) + "x" * 300, id="oversized"),
    ],
)
def test_forged_or_missing_stamps_are_invalid(make_value):
    assert check_stamp(make_value(), SCOPE) == INVALID
    assert read_stamp(make_value(), SCOPE) is None


def test_clock_skew_within_the_allowance_is_measured_beyond_it_invalid():
    # Issued by a server whose clock runs ahead: within the allowance it is genuine (and, as
    # measured here, just shown), further ahead it was not made by us.
    slightly_ahead = issue_stamp(SCOPE, shown_at=time.time() + CLOCK_SKEW_SECONDS - 10)
    assert read_stamp(slightly_ahead, SCOPE) is not None
    assert check_stamp(slightly_ahead, SCOPE) == TOO_FAST
    far_ahead = issue_stamp(SCOPE, shown_at=time.time() + CLOCK_SKEW_SECONDS + 10)
    assert check_stamp(far_ahead, SCOPE) == INVALID


def test_a_renewed_stamp_keeps_the_first_showing_and_restarts_the_maximum_age():
    now = time.time()
    submitted = issue_stamp(SCOPE, shown_at=now - MAX_FORM_AGE + 30)
    renewed = renew_stamp(submitted, SCOPE, now=now)
    assert renewed != submitted
    stamp = read_stamp(renewed, SCOPE, now=now)
    assert stamp.first_shown == int(now - MAX_FORM_AGE + 30)
    assert stamp.issued == int(now)
    # Sent again at once: the time already spent counts, and it is no longer close to expiry.
    assert check_stamp(renewed, SCOPE, now=now) is None
    assert check_stamp(renewed, SCOPE, now=now + 60) is None


def test_a_too_fast_stamp_is_renewed_with_its_first_showing():
    now = time.time()
    renewed = renew_stamp(issue_stamp(SCOPE, shown_at=now - 1), SCOPE, now=now)
    assert check_stamp(renewed, SCOPE, now=now) == TOO_FAST
    assert check_stamp(renewed, SCOPE, now=now + MIN_FORM_SECONDS) is None


@pytest.mark.parametrize(
    "submitted",
    [
        pytest.param("", id="missing"),
        pytest.param("forged", id="forged"),
        pytest.param(issue_stamp("inquiry:43", shown_at=ago(60)), id="other-scope"),
        pytest.param(issue_stamp(SCOPE, shown_at=ago(MAX_FORM_AGE + 60)), id="too-old"),
    ],
)
def test_an_invalid_or_expired_stamp_is_replaced_by_a_fresh_one(submitted):
    now = time.time()
    renewed = renew_stamp(submitted, SCOPE, now=now)
    assert read_stamp(renewed, SCOPE, now=now).first_shown == int(now)
    assert check_stamp(renewed, SCOPE, now=now) == TOO_FAST


class StampedForm(StampedFormMixin, forms.Form):
    stamp_name = "stamp"
    stamp_messages = {TOO_FAST: "too fast", TOO_OLD: "too old", INVALID: "invalid"}
    name = forms.CharField()


def test_a_stamped_form_refuses_a_bad_stamp_and_renders_a_renewed_one():
    unbound = StampedForm(stamp_scope=SCOPE)
    assert check_stamp(unbound["stamp"].value(), SCOPE) == TOO_FAST

    good = issue_stamp(SCOPE, shown_at=ago(60))
    assert StampedForm({"name": "Jan", "stamp": good}, stamp_scope=SCOPE).is_valid()

    for value, message in [("forged", "invalid"), (issue_stamp(SCOPE), "too fast")]:
        form = StampedForm({"name": "Jan", "stamp": value}, stamp_scope=SCOPE)
        assert not form.is_valid()
        assert form.non_field_errors() == [message]
        assert form.non_field_errors().as_data()[0].code in (INVALID, TOO_FAST)
        # The form shown again carries a stamp for the next attempt.
        assert read_stamp(form["stamp"].value(), SCOPE) is not None
        assert 'type="hidden"' in str(form["stamp"])

    other_scope = StampedForm({"name": "Jan", "stamp": good}, stamp_scope="inquiry:43")
    assert not other_scope.is_valid()


# --- Plain text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "char",
    ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\ue000", "\u202e", "\u2066", "\u200f"],
)
def test_invisible_control_characters_are_refused(char):
    with pytest.raises(ValidationError) as caught:
        reject_control_characters(f"Text{char}mehr")
    assert caught.value.code == "control_characters"


def test_tab_and_line_breaks_are_allowed_controls_and_other_text_is_fine():
    reject_control_characters("Zeile eins\r\nZeile\tzwei\n")
    reject_control_characters("Łódź, Ústí nad Labem, 😀, a\u00a0b, a\u2028b")


@pytest.mark.parametrize("char", ["\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"])
def test_line_breaks_are_refused_on_one_line(char):
    with pytest.raises(ValidationError) as caught:
        reject_line_breaks(f"Jan{char}Bcc: spam@example.com")
    assert caught.value.code == "line_break"


@pytest.mark.parametrize(
    "value",
    ["<script>x</script>", "Hallo <b>fett</b>", "<!-- x -->", "</p>", "<?php", "<!DOCTYPE html>"],
)
def test_markup_is_refused(value):
    with pytest.raises(ValidationError) as caught:
        reject_markup(value)
    assert caught.value.code == "markup"


@pytest.mark.parametrize("value", ["a < b", "<5 kg", "R&D", "x<>y", "3 << 2", "> zitat"])
def test_angle_brackets_that_are_not_markup_are_fine(value):
    reject_markup(value)


def test_normalise_text():
    assert normalise_text("  Cafe\u0301 \t  Zwei  ") == "Café Zwei"
    assert normalise_text("  eins  \r\n\r\n\r\n\r\nzwei\tdrei  ", multiline=True) == (
        "eins\n\nzwei drei"
    )


class TextForm(forms.Form):
    line = PlainTextField(max_length=10)
    text = PlainTextField(multiline=True, required=False)
    worded = PlainTextField(
        required=False,
        messages=TextMessages(markup="no markup", control="no controls", line_break="one line"),
    )


def test_plain_text_field_tidies_and_refuses_with_the_forms_wording():
    form = TextForm({"line": "  a \t b ", "text": " eins \r\nzwei ", "worded": ""})
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {"line": "a b", "text": "eins\nzwei", "worded": ""}
    assert 'maxlength="10"' in str(form["line"]) and "<textarea" in str(form["text"])

    worded = TextForm({"line": "ok", "worded": "<b>x</b>"})
    assert worded.errors["worded"] == ["no markup"]
    assert TextForm({"line": "ok", "worded": "a\nb"}).errors["worded"] == ["one line"]
    assert TextForm({"line": "ok", "worded": "a\x00b"}).errors["worded"] == ["no controls"]
    default = TextForm({"line": "a\u202eb"})
    assert default.errors["line"] == [
        "Please remove the invisible control characters from this text."
    ]
    # Markup and length are both reported.
    both = TextForm({"line": "<b>too long</b>"})
    assert "Please enter plain text without HTML." in both.errors["line"]
    assert len(both.errors["line"]) == 2


# --- Honeypot and error summary --------------------------------------------------------------


class ContactForm(HoneypotMixin, ErrorSummaryMixin, forms.Form):
    honeypot_name = "url"
    summary_labels = {"consent": "Consent"}
    name = forms.CharField(label="Name")
    secret = forms.CharField(widget=forms.HiddenInput, required=False)
    consent = forms.BooleanField(label="I agree to a very long text")

    def clean_url(self):
        raise ValidationError("An error on the honeypot itself.")

    def clean(self):
        raise ValidationError("Something about the whole form.")


def test_is_filled_ignores_white_space():
    assert not is_filled({}, "url")
    assert not is_filled({"url": "  \t"}, "url")
    assert is_filled({"url": " x "}, "url")


def test_the_honeypot_is_a_field_people_never_reach():
    form = ContactForm()
    html = str(form.honeypot)
    assert 'name="url"' in html and 'tabindex="-1"' in html and 'autocomplete="off"' in html
    assert form.honeypot.label == "Leave this field empty"
    assert not form.honeypot_filled
    assert ContactForm({"url": "http://spam.example"}).honeypot_filled
    assert not ContactForm({"url": " "}).honeypot_filled
    assert [field.name for field in form.fields_to_fill] == ["name", "consent"]


def test_the_error_summary_lists_every_error_in_order_never_the_honeypot():
    form = ContactForm({"url": "x"})
    assert not form.is_valid()
    assert form.errors["url"]  # an error on the honeypot is never listed
    with translation.override("en"):
        assert form.error_summary() == [
            ("", "", "Something about the whole form."),
            ("id_name", "Name", "This field is required."),
            ("id_consent", "Consent", "This field is required."),
        ]
    assert ContactForm().error_summary() == []


# --- Rate limits -------------------------------------------------------------------------------


@pytest.fixture
def limits():
    return RateLimits(
        "test-form",
        defaults={"ip": [(2, 60), (3, 3600)], "email": (1, 600)},
        setting="GLOKAL_TEST_FORM_LIMITS",
    )


def test_every_attempt_counts_then_the_check(limits):
    assert limits.attempt(ip="192.0.2.1") is None
    assert limits.attempt(ip="192.0.2.1") is None
    assert limits.attempt(ip="192.0.2.1") == 60  # the third in a minute
    # A refused attempt counts too: the hourly limit is over now as well, so the wait is the
    # longest window exceeded.
    assert limits.attempt(ip="192.0.2.1") == 3600
    assert limits.attempt(ip="192.0.2.2") is None  # another address is not affected


def test_each_scope_of_an_attempt_counts(limits):
    assert limits.attempt(ip="192.0.2.1", email="anna@example.org") is None
    # Refused for the address, and the attempt still counted for the IP.
    assert limits.attempt(ip="192.0.2.1", email=" Anna@Example.org ") == 600
    assert limits.attempt(ip="192.0.2.1") == 60


def test_the_setting_overrides_the_defaults_scope_by_scope(limits, settings):
    settings.GLOKAL_TEST_FORM_LIMITS = {"email": [(3, 60)]}
    assert limits.limits("email") == [(3, 60)]
    assert limits.limits("ip") == [(2, 60), (3, 3600)]  # not named: the default stays
    assert limits.limits("unknown") == []
    for _n in range(3):
        assert limits.attempt(email="anna@example.org") is None
    assert limits.attempt(email="anna@example.org") == 60


def test_a_single_pair_is_one_window():
    assert windows((5, 3600)) == [(5, 3600)]
    assert windows([5, 3600]) == [(5, 3600)]
    assert windows([(5, 3600), (20, 86400)]) == [(5, 3600), (20, 86400)]
    assert windows([]) == []


def test_forms_count_separately_and_values_are_not_kept_in_the_clear(limits):
    from unittest import mock

    from django.core.cache import caches

    backend = caches["default"]
    keys = []
    make_key = backend.make_key

    def recording_make_key(key, version=None):
        keys.append(key)
        return make_key(key, version)

    other = RateLimits("other-form", defaults={"ip": (1, 60)}, setting="GLOKAL_OTHER_LIMITS")
    with mock.patch.object(backend, "make_key", recording_make_key):
        assert other.attempt(ip="192.0.2.1") is None
        assert other.attempt(ip="192.0.2.1") == 60
        assert limits.attempt(ip="192.0.2.1") is None  # the other form's count is its own
    assert keys and not any("192.0.2.1" in key for key in keys)


def test_client_ip_trusts_only_the_configured_proxies(settings):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 198.51.100.7"
    )
    settings.GLOKAL_TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.1"
    settings.GLOKAL_TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "198.51.100.7"
    settings.GLOKAL_TRUSTED_PROXY_COUNT = 3  # fewer hops than proxies: the header is not used
    assert client_ip(request) == "10.0.0.1"


# --- Transactional mail ------------------------------------------------------------------------


@pytest.fixture
def mail_templates(tmp_path, settings):
    """A mail `test/hello` in a template folder of its own."""
    folder = tmp_path / "test"
    folder.mkdir()
    (folder / "hello_subject.txt").write_text(
        '{% load i18n %}{% autoescape off %}{% translate "Hello," %}\n  {{ name }}\r\n'
        "Bcc: x@example.org\n{% endautoescape %}"
    )
    (folder / "hello.txt").write_text(
        '{% load i18n %}{% autoescape off %}{% translate "Hello," %} {{ name }}\n'
        '{{ day|date:"F" }}\n{{ link }}\n\n\n{% endautoescape %}'
    )
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path, *engine["DIRS"]]}]
    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale"]
    return "test/hello"


CONTEXT = {"name": "Jan & Co", "day": datetime.date(2027, 11, 3), "link": "https://x.example"}


@pytest.mark.parametrize(
    ("language", "greeting", "month"),
    [
        ("de", "Guten Tag,", "November"),
        ("pl", "Dzień dobry,", "listopad"),
        ("cs", "Dobrý den,", "listopad"),
    ],
)
def test_a_mail_is_rendered_in_its_language_with_a_one_line_subject(
    mail_templates, language, greeting, month
):
    subject, body = transactional_mail.render_mail(mail_templates, CONTEXT, language)
    assert subject == f"{greeting} Jan & Co Bcc: x@example.org"  # one line, whatever it holds
    assert body.startswith(f"{greeting} Jan & Co\n")
    assert month.lower() in body.lower()
    assert body.endswith("https://x.example\n")


def test_a_mail_is_sent_with_recipients_reply_to_and_headers(mail_templates, settings):
    transactional_mail.send(
        mail_templates,
        CONTEXT,
        language="pl",
        to=("jan@example.org",),
        reply_to=["r@glokal.example"],
    )
    [message] = mail.outbox
    assert message.to == ["jan@example.org"]
    assert message.reply_to == ["r@glokal.example"]
    assert message.extra_headers == {
        "Content-Language": "pl",
        "Auto-Submitted": "auto-generated",
    }
    assert message.subject.startswith("Dzień dobry,")
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert (
        transactional_mail.compose(
            mail_templates, CONTEXT, language="de", to=["a@b.example"]
        ).reply_to
        == []
    )


def test_a_failed_mail_is_raised_or_logged(mail_templates, monkeypatch, caplog):
    def broken(self, fail_silently=False):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)
    with pytest.raises(OSError):
        transactional_mail.send(mail_templates, CONTEXT, language="de", to=["a@b.example"])
    with caplog.at_level(logging.ERROR, logger="pages.core.public_forms.mail"):
        sent = transactional_mail.send_or_log(
            mail_templates, CONTEXT, language="de", to=["a@b.example"]
        )
    assert sent is False
    assert "a@b.example" in caplog.text


def test_admin_links_are_absolute(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://cms.glokal.example/"
    assert transactional_mail.admin_url("wagtailadmin_pages:edit", 7) == (
        "https://cms.glokal.example/admin/pages/7/edit/"
    )
    assert transactional_mail.admin_url("no-such-view", 7) == ""
