"""Wagtail's password forms (restricted pages, documents in a restricted collection) redirect
to the posted return URL; a value that is no URL ("2026-11-21") answered 500, because
`redirect()` took it for a view name. Found by tests/fuzz on PostgreSQL."""

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests import factories

PASSWORD = "geheim-123"
NOT_A_URL = ["2026-11-21", "index", "wagtail_serve", "https://evil.example/x"]


@pytest.fixture
def restricted(home):
    page = factories.add_standard_page(home, "Intern")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type="password", password=PASSWORD
    )
    return page, restriction


@pytest.mark.parametrize("return_url", NOT_A_URL)
def test_page_password_with_a_return_url_that_is_no_url(client, restricted, return_url):
    page, restriction = restricted
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])

    response = client.post(url, {"password": PASSWORD, "return_url": return_url})

    assert response.status_code == 302
    assert response["Location"] == settings.LOGIN_REDIRECT_URL
    assert client.get(page.url).status_code == 200  # the password was taken


def test_page_password_returns_to_the_page(client, restricted):
    page, restriction = restricted
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])

    response = client.post(url, {"password": PASSWORD, "return_url": page.url})

    assert response.status_code == 302
    assert response["Location"] == page.url


def test_wrong_page_password_shows_the_form_again(client, restricted):
    page, restriction = restricted
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])

    response = client.post(url, {"password": "falsch", "return_url": "2026-11-21"})

    assert response.status_code == 200
    assert "password" in response.content.decode().lower()


@pytest.mark.parametrize("return_url", NOT_A_URL)
def test_document_password_with_a_return_url_that_is_no_url(client, db, return_url):
    private = Collection.get_first_root_node().add_child(name="Intern")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type="password", password=PASSWORD
    )
    get_document_model().objects.create(
        title="Intern", collection=private, file=ContentFile(b"%PDF-1.4", name="intern.pdf")
    )
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])

    response = client.post(url, {"password": PASSWORD, "return_url": return_url})

    assert response.status_code == 302
    assert response["Location"] == settings.LOGIN_REDIRECT_URL
