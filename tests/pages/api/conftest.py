"""Fixtures for the headless API: a fully furnished press release and a JSON getter."""

import pytest

from tests import factories

from .helpers import full_release_fields, make_document


@pytest.fixture
def get_json(client):
    """GET an API URL and return its JSON, checking the status code."""

    def get(url, status=200, **headers):
        response = client.get(url, **headers)
        assert response.status_code == status, (url, response.status_code, response.content[:500])
        return response.json()

    return get


@pytest.fixture
def image(db):
    return factories.make_image(title="Podium", credit="Foto: Glokal")


@pytest.fixture
def topics(db):
    return [
        factories.TopicFactory(name="Digitalisierung", slug="digitalisierung"),
        factories.TopicFactory(name="Wirtschaftsförderung", slug="wirtschaftsfoerderung"),
    ]


@pytest.fixture
def contact(image):
    return factories.ContactPersonFactory(
        first_name="Erika", last_name="Muster", phone="+49 351 2138 130", photo=image
    )


@pytest.fixture
def release(press_index, image, topics, contact):
    fields = full_release_fields(image, make_document(), link_target=press_index)
    title = fields.pop("title")
    return factories.add_release(press_index, title, topics=topics, contacts=[contact], **fields)


@pytest.fixture
def polish_release(release, press_index):
    """The release translated into Polish through wagtail-localize (topics and contact too)."""
    factories.translate(press_index, "pl")
    return factories.translate(release, "pl")["pl"]


@pytest.fixture
def assets(image):
    """Images and a document the releases share; every release still loads its own rows."""
    return {
        "hero": image,
        "body": factories.make_image(title="Saal", width=64, height=36),
        "photo": factories.make_image(title="Portrait", width=36, height=36),
        "document": make_document(),
        "topic": factories.TopicFactory(name="Gemeinsam", slug="gemeinsam"),
    }
