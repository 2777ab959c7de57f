"""A form post without a field that code reads unchecked (Wagtail's StreamField reads
`<name>-count` from the post) is the client's error: 400 in four languages, not a 500, and
nothing is created."""

import pytest

from press.models import PressReleasePage


@pytest.mark.django_db
def test_a_page_form_without_a_streamfield_count_is_a_400_and_creates_nothing(
    client, press_index, django_user_model
):
    admin = django_user_model.objects.create_superuser("chief", "chief@glokal.example", "x")
    client.force_login(admin)
    client.raise_request_exception = False
    response = client.post(
        f"/admin/pages/add/press/pressreleasepage/{press_index.pk}/",
        {"title": "Ohne Zähler", "slug": "ohne-zaehler", "lead": "Kurz.", "action-publish": "1"},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Die Anfrage war unvollständig oder ungültig." in body
    assert 'lang="cs"' in body and 'lang="pl"' in body and 'lang="en"' in body
    assert not PressReleasePage.objects.filter(slug="ohne-zaehler").exists()


@pytest.mark.django_db
def test_other_errors_stay_500(client, settings):
    from config.unavailable import server_error

    request = client.get("/de/").wsgi_request
    try:
        raise KeyError("a plain bug")
    except KeyError:
        response = server_error(request)
    assert response.status_code == 500
