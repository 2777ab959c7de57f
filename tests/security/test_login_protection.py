"""Sign-in brute-force protection (django-axes, config/settings/base.py) and the rule that a
wrong user name gets the same answer as a wrong password.

Every test posts to the real Wagtail login form through the test client; the client's address
is REMOTE_ADDR (no trusted proxies in the test settings) unless a test sets X-Forwarded-For
behind GLOKAL_TRUSTED_PROXY_COUNT.
"""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests import factories
from tests.helpers import soup

PASSWORD = "correct-horse-battery"
WRONG = "wrong-password"
LOGIN_URL = "/admin/login/"


@pytest.fixture
def account(django_user_model):
    return django_user_model.objects.create_superuser("anna", "anna@glokal.example", PASSWORD)


def sign_in(client, username, password, address="198.51.100.7", **headers):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def fail_until_locked(client, username, address="198.51.100.7", **headers):
    responses = [sign_in(client, username, WRONG, address, **headers) for _ in range(5)]
    return responses


def test_settings_lock_by_user_name_and_address(settings):
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60


@pytest.mark.django_db
def test_five_wrong_passwords_lock_even_the_right_one_out(client, account):
    responses = fail_until_locked(client, "anna")
    assert [r.status_code for r in responses[:4]] == [200] * 4  # the form again, with its error
    locked = responses[4]
    assert locked.status_code == 429
    assert locked["Retry-After"] == str(15 * 60)

    again = sign_in(client, "anna", PASSWORD)
    assert again.status_code == 429
    assert "_auth_user_id" not in client.session
    page = soup(again)
    assert page.select_one("body.login")  # Wagtail's admin style
    assert page.h1.get_text(strip=True) == "Die Anmeldung ist vorübergehend gesperrt"
    assert "Bitte versuchen Sie es in 15 Minuten erneut." in page.get_text(" ", strip=True)
    assert "anna" not in again.content.decode()  # the name is never repeated


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading", "retry"),
    [
        ("en", "Signing in is paused", "Please try again in 15 minutes."),
        ("pl", "Logowanie jest wstrzymane", "Prosimy spróbować ponownie za 15 minut."),
        ("cs", "Přihlášení je pozastaveno", "Zkuste to prosím znovu za 15 minut."),
    ],
)
def test_the_lockout_page_speaks_the_visitors_language(client, account, language, heading, retry):
    fail_until_locked(client, "anna", HTTP_ACCEPT_LANGUAGE=language)
    page = soup(sign_in(client, "anna", PASSWORD, HTTP_ACCEPT_LANGUAGE=language))
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == heading
    assert retry in page.get_text(" ", strip=True)


@pytest.mark.django_db
def test_another_address_is_not_locked(client, account):
    fail_until_locked(client, "anna", address="198.51.100.7")
    assert signed_in(sign_in(client, "anna", PASSWORD, address="203.0.113.9"))


@pytest.mark.django_db
def test_the_address_behind_trusted_proxies_is_the_one_locked(client, account, settings):
    # Behind one proxy the client is the right-most X-Forwarded-For entry; what the client
    # claims to the left of it cannot move it to a fresh, unlocked address.
    settings.GLOKAL_TRUSTED_PROXY_COUNT = 1
    for claimed in ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5"]:
        sign_in(client, "anna", WRONG, "192.0.2.1", HTTP_X_FORWARDED_FOR=f"{claimed}, 198.51.100.7")
    refused = sign_in(
        client, "anna", PASSWORD, "192.0.2.1", HTTP_X_FORWARDED_FOR="10.9.9.9, 198.51.100.7"
    )
    assert refused.status_code == 429
    other = sign_in(client, "anna", PASSWORD, "192.0.2.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert signed_in(other)


@pytest.mark.django_db
def test_after_the_cool_off_signing_in_works(client, account):
    fail_until_locked(client, "anna")
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert signed_in(sign_in(client, "anna", PASSWORD))


@pytest.mark.django_db
def test_axes_reset_lifts_the_lock(client, account):
    fail_until_locked(client, "anna")
    assert sign_in(client, "anna", PASSWORD).status_code == 429
    call_command("axes_reset", verbosity=0)
    assert signed_in(sign_in(client, "anna", PASSWORD))


@pytest.mark.django_db
def test_a_successful_sign_in_resets_the_count(client, account):
    for _ in range(4):
        sign_in(client, "anna", WRONG)
    assert signed_in(sign_in(client, "anna", PASSWORD))
    client.logout()
    assert not AccessAttempt.objects.exists()
    for _ in range(4):
        assert sign_in(client, "anna", WRONG).status_code == 200
    assert signed_in(sign_in(client, "anna", PASSWORD))


# The (per response masked) CSRF token, in the form and in the admin's JavaScript config.
CSRF_TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value=|"CSRF_TOKEN": )"[A-Za-z0-9]+"')


def normalised(response, username=None):
    """The body with what legitimately differs taken out: the CSRF token and the name typed."""
    body = CSRF_TOKEN.sub(r'\1"CSRF"', response.content.decode())
    return body.replace(f'value="{username}"', 'value="NAME"') if username else body


@pytest.mark.django_db
def test_a_wrong_user_name_gets_the_same_answer_as_a_wrong_password(client, account):
    wrong_password = sign_in(client, "anna", WRONG)
    no_such_user = sign_in(client, "bert", WRONG)
    assert wrong_password.status_code == no_such_user.status_code == 200
    assert normalised(wrong_password, "anna") == normalised(no_such_user, "bert")
    assert soup(wrong_password).select(".messages .error")  # an error is shown at all


@pytest.mark.django_db
def test_an_inactive_account_answers_like_a_wrong_password(client, account, django_user_model):
    django_user_model.objects.create_user("carl", "carl@glokal.example", PASSWORD, is_active=False)
    inactive = sign_in(client, "carl", PASSWORD)
    no_such_user = sign_in(client, "dora", PASSWORD)
    assert normalised(inactive, "carl") == normalised(no_such_user, "dora")


@pytest.mark.django_db
def test_a_user_name_that_does_not_exist_is_locked_exactly_like_one_that_does(client, account):
    existing = fail_until_locked(client, "anna", address="198.51.100.7")
    missing = fail_until_locked(client, "nobody", address="198.51.100.8")
    assert [r.status_code for r in existing] == [r.status_code for r in missing]
    assert normalised(existing[-1]) == normalised(missing[-1])
    assert normalised(sign_in(client, "anna", PASSWORD, "198.51.100.7")) == normalised(
        sign_in(client, "nobody", PASSWORD, "198.51.100.8")
    )


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["admin:login", "wagtailcore_login"])
def test_the_other_login_forms_are_protected_too(client, account, url_name):
    url = reverse(url_name)  # Django's admin; the login of pages restricted to signed-in users
    for _ in range(5):
        client.post(url, {"username": "anna", "password": WRONG}, REMOTE_ADDR="198.51.100.7")
    refused = client.post(
        url, {"username": "anna", "password": PASSWORD}, REMOTE_ADDR="198.51.100.7"
    )
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_page_restricted_to_signed_in_users_leads_to_a_login_form(client, account):
    """The project's serve pattern used to take `_util/login/` for a page path: the redirect of
    a login-restricted page ended in a 404 instead of Wagtail's login form."""
    _, press = factories.build_site()
    release = factories.add_release(press, title="Vertraulich")
    PageViewRestriction.objects.create(page=release, restriction_type=PageViewRestriction.LOGIN)
    redirect = client.get(release.url)
    assert redirect.status_code == 302
    form = client.get(redirect["Location"])
    assert form.status_code == 200
    assert soup(form).select_one("input[name=password]")
    signed = client.post(
        redirect["Location"], {"username": "anna", "password": PASSWORD}, REMOTE_ADDR="192.0.2.5"
    )
    assert signed.status_code == 302
    assert client.get(release.url).status_code == 200


@pytest.mark.django_db
def test_an_address_that_is_no_ip_is_counted_without_one(client, account, settings):
    # axes stores the address in an inet column: on PostgreSQL anything else was a 500.
    settings.GLOKAL_TRUSTED_PROXY_COUNT = 1
    response = sign_in(client, "anna", WRONG, HTTP_X_FORWARDED_FOR="not-an-address")
    assert response.status_code == 200
    assert AccessAttempt.objects.get().ip_address is None
    assert signed_in(sign_in(client, "anna", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.44"))


@pytest.mark.django_db
def test_a_sign_in_without_an_address_works(client, account):
    # force_login builds its request without REMOTE_ADDR, as some management tools do.
    client.force_login(account)
    assert client.get("/admin/").status_code == 200
