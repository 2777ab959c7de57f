"""Helpers for the headless API tests: a stored document, a press release with every field
and block type, the check of an image object, and query counts of API responses."""

import datetime

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model

RENDITION_SIZES = {"thumbnail", "medium", "large"}


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


def assert_image(data, image):
    """An image object: metadata, credit and a URL for every rendition size."""
    assert data["id"] == image.pk
    assert data["alt"] == image.default_alt_text
    assert set(data["renditions"]) == RENDITION_SIZES
    for rendition in data["renditions"].values():
        assert rendition["url"].startswith("http://testserver/media/images/")
        assert rendition["width"] > 0 and rendition["height"] > 0


def count_queries(client, url):
    """The queries of a GET of `url` with a cold cache, once its renditions exist (see
    test_query_counts.py)."""
    assert client.get(url).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return len(queries)


def count_all(client, urls):
    """count_queries for every named URL of `urls`."""
    return {name: count_queries(client, url) for name, url in urls.items()}
