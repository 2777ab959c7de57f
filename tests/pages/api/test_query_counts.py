"""Responses cost a constant number of queries: the same for 5 objects as for 50.

Each URL is requested once to create the image renditions, then the cache is cleared and the
URL requested again under CaptureQueriesContext: with a cold cache, an image whose renditions
were not prefetched would query them, so a missing prefetch cannot hide behind the cache.
"""

from tests import factories

from .helpers import count_all, count_queries

RELEASE_URLS = {
    "all fields": "/api/v2/pages/?type=press.PressReleasePage&fields=*&limit=100",
    "default fields": "/api/v2/pages/?type=press.PressReleasePage&limit=100",
    "search": "/api/v2/pages/?type=press.PressReleasePage&fields=*&limit=100&search=Mitteilung",
    "topic filter": "/api/v2/pages/?type=press.PressReleasePage&fields=*&limit=100&topic=gemeinsam",
    "any page": "/api/v2/pages/?fields=*&limit=100",
}
SNIPPET_URLS = {
    "contacts": "/api/v2/contacts/?limit=100",
    "contacts, all fields": "/api/v2/contacts/?fields=*&limit=100",
    "topics": "/api/v2/topics/?fields=*&limit=100",
    "sectors": "/api/v2/sectors/?fields=*&limit=100",
    "regions": "/api/v2/regions/?fields=*&limit=100",
}


def add_release(press_index, assets, number, extra=1):
    """A release with its own topics and contacts, and images and documents in every field."""
    topics = [assets["topic"]] + [factories.TopicFactory() for _ in range(extra)]
    contacts = [factories.ContactPersonFactory(photo=assets["photo"]) for _ in range(1 + extra)]
    image_block = {"image": assets["body"], "caption": "Saal", "credit": ""}
    return factories.add_release(
        press_index,
        f"Mitteilung {number}",
        topics=topics,
        contacts=contacts,
        hero_image=assets["hero"],
        body=[("paragraph", "<p>Text</p>")]
        + [("image", image_block)] * (1 + extra)
        + [("document", {"document": assets["document"], "title": ""})],
        media=[("image", image_block), ("document", {"document": assets["document"], "title": ""})],
        related_links=[("link", {"title": "Partner", "page": None, "url": "https://example.com"})],
    )


def test_release_listings(client, press_index, assets):
    for number in range(5):
        add_release(press_index, assets, number)
    with_5 = count_all(client, RELEASE_URLS)
    for number in range(5, 50):
        add_release(press_index, assets, number)
    with_50 = count_all(client, RELEASE_URLS)

    print("release listings, queries for 5 / 50:", with_5, with_50)
    assert with_50 == with_5
    assert with_5["all fields"] <= 25


def test_release_detail(client, press_index, assets):
    small = add_release(press_index, assets, 1, extra=1)
    for number in range(2, 5):
        add_release(press_index, assets, number)
    large = add_release(press_index, assets, 5, extra=10)

    small_count = count_queries(client, f"/api/v2/pages/{small.pk}/")
    large_count = count_queries(client, f"/api/v2/pages/{large.pk}/")
    for number in range(6, 50):
        add_release(press_index, assets, number)
    among_50 = count_queries(client, f"/api/v2/pages/{small.pk}/")

    print("release detail, queries:", small_count, large_count, among_50)
    # 2 vs 11 topics, contacts and body images; then 5 vs 50 releases on the site.
    assert small_count == large_count == among_50


def test_translated_release_listing(client, press_index, assets):
    """Translations (listed in meta) and translated topics and contacts cost no extra queries."""
    url = "/api/v2/pages/?type=press.PressReleasePage&fields=*&locale=pl"
    factories.translate(press_index, "pl")
    factories.translate(add_release(press_index, assets, 1), "pl")
    with_1 = count_queries(client, url)
    for number in range(2, 5):
        factories.translate(add_release(press_index, assets, number), "pl")
    with_4 = count_queries(client, url)

    assert with_1 == with_4


def test_snippet_listings(client, db, image):
    def add(count):
        for _ in range(count):
            factories.ContactPersonFactory(photo=image)
            factories.TopicFactory()
            factories.SectorFactory()
            factories.RegionFactory()

    add(5)
    with_5 = count_all(client, SNIPPET_URLS)
    add(45)
    with_50 = count_all(client, SNIPPET_URLS)

    print("snippet listings, queries for 5 / 50:", with_5, with_50)
    assert with_50 == with_5
