"""Fixtures for the headless API: a fully furnished press release and a JSON getter."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests import factories


def make_document(title="Programm"):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"%PDF-1.4 test", name=f"{title}.pdf")
    )


def full_release_fields(image, document, link_target, title="Forum in Wrocław"):
    """Every field and block type a press release can carry, for structure tests."""
    return {
        "title": title,
        "subtitle": "Zweites Wirtschaftsforum",
        "date": datetime.date(2025, 10, 23),
        "hero_image": image,
        "hero_caption": "Das Podium",
        "body": [
            ("paragraph", "<p>Sachsen und Niederschlesien sind Nachbarn.</p>"),
            ("heading", {"text": "Programm", "level": "h2"}),
            ("image", {"image": image, "caption": "Die Halle", "credit": ""}),
            ("quote", {"quote": "Gemeinsam stärker.", "speaker": "Erika Muster", "role": "GF"}),
            ("document", {"document": document, "title": ""}),
            (
                "link_list",
                {
                    "heading": "Mehr",
                    "links": [{"title": "Presse", "page": link_target, "url": ""}],
                },
            ),
        ],
        "media": [
            ("image", {"image": image, "caption": "Pressefoto", "credit": "Foto: WFS"}),
            ("document", {"document": document, "title": "Programm (PDF)"}),
        ],
        "related_links": [
            ("link", {"title": "Presseraum", "page": link_target, "url": ""}),
            ("link", {"title": "Partner", "page": None, "url": "https://example.com/partner"}),
        ],
    }


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
