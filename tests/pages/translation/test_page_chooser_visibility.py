"""Wagtail's page chooser shows a translator no German drafts (company submissions still in
moderation): not among the children it lists, not in its search, and browsing into one by its
id answers 404. Editors choose from the whole tree as before. Found by the role matrix."""

import pytest
from django.urls import reverse

from tests import factories
from tests.factories import make_user, translator_group

SECRET = "Geheime Einreichung Zulieferer"


@pytest.fixture
def german_draft(translated_site):
    home, _press = translated_site
    index = factories.add_offer_index(home)
    factories.add_offer(index, title="Öffentliches Angebot")
    draft = factories.add_offer(index, title=SECRET, revision=False, live=False)
    return index, draft


@pytest.fixture
def polish_translator(translated_site, django_user_model):
    return make_user(django_user_model, "translator-pl", translator_group("pl"))


def browse(client, page):
    return client.get(reverse("wagtailadmin_choose_page_child", args=[page.pk]))


def html(response):
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


def test_a_translator_browses_past_german_drafts(client, german_draft, polish_translator):
    index, draft = german_draft
    client.force_login(polish_translator)
    response = browse(client, index)
    assert response.status_code == 200
    body = html(response)
    assert "Öffentliches Angebot" in body
    assert "Geheime Einreichung" not in body


def test_a_translator_cannot_open_a_german_draft_in_the_chooser(
    client, german_draft, polish_translator
):
    _index, draft = german_draft
    client.force_login(polish_translator)
    response = browse(client, draft)
    assert response.status_code == 404
    assert "Geheime Einreichung" not in response.content.decode()


def test_the_chooser_search_finds_no_german_draft_for_a_translator(
    client, german_draft, polish_translator
):
    client.force_login(polish_translator)
    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Geheime"})
    assert response.status_code == 200
    assert "Geheime Einreichung" not in html(response)


def test_editors_still_choose_from_the_whole_tree(client, german_draft, django_user_model):
    index, draft = german_draft
    editor = make_user(django_user_model, "editor", "Editors")
    client.force_login(editor)
    assert "Geheime Einreichung" in html(browse(client, index))
    assert browse(client, draft).status_code == 200
