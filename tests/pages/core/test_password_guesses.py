"""Shared passwords of restricted pages do not go through Django's sign-in, which django-axes
guards: their guesses are limited per address and per restriction (pages/core/views.py),
with a translated 429 and Retry-After."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests import factories

PASSWORD = "geheim-123"


@pytest.fixture
def restricted(home):
    page = factories.add_standard_page(home, "Intern")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type="password", password=PASSWORD
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    return page, url


def guess(client, url, page, password, address="198.51.100.7"):
    return client.post(url, {"password": password, "return_url": page.url}, REMOTE_ADDR=address)


def test_ten_wrong_guesses_pause_even_the_right_password(client, restricted):
    page, url = restricted
    answers = [guess(client, url, page, f"falsch-{n}").status_code for n in range(10)]
    assert answers == [200] * 10  # the form again, with its error

    refused = guess(client, url, page, PASSWORD)
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Zu viele Versuche" in refused.content.decode()
    assert 'name="password"' in client.get(page.url).content.decode()  # still the form


def test_another_address_may_still_try(client, restricted):
    page, url = restricted
    for n in range(10):
        guess(client, url, page, f"falsch-{n}")
    right = guess(client, url, page, PASSWORD, address="203.0.113.9")
    assert right.status_code == 302
    assert 'name="password"' not in client.get(page.url).content.decode()


def test_many_addresses_together_are_limited_per_restriction(client, restricted, settings):
    settings.GLOKAL_PASSWORD_RATE_LIMITS = {"restriction": [(5, 3600)]}
    page, url = restricted
    for n in range(5):
        guess(client, url, page, "falsch", address=f"192.0.2.{n + 1}")
    assert guess(client, url, page, PASSWORD, address="192.0.2.99").status_code == 429


@pytest.mark.parametrize("language", ["en", "pl", "cs"])
def test_the_answer_speaks_the_visitors_language(client, restricted, language, settings):
    settings.GLOKAL_PASSWORD_RATE_LIMITS = {"ip": [(1, 600)]}
    page, url = restricted
    guess(client, url, page, "falsch")
    client.cookies["django_language"] = language
    localised = url.replace("/de/", f"/{language}/", 1)
    response = client.post(
        localised, {"password": "x", "return_url": page.url}, REMOTE_ADDR="198.51.100.7"
    )
    assert response.status_code == 429
    assert f'lang="{language}"' in response.content.decode()
