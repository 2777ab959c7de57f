"""RSS 2.0 and Atom feeds per language, read back with feedparser."""

import datetime

import feedparser

from tests import factories


def test_rss_feed_parses_with_the_releases_newest_first(client, press_index):
    topic = factories.TopicFactory(name="Life Sciences", slug="life-sciences")
    factories.add_release(press_index, "Älter", datetime.date(2024, 4, 16))
    factories.add_release(
        press_index, "Neuer & besser", datetime.date(2025, 10, 23), topics=[topic]
    )
    response = client.get("/de/presse/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert feed.feed.language == "de"
    assert [entry.title for entry in feed.entries] == ["Neuer & besser", "Älter"]
    newest = feed.entries[0]
    assert newest.link == "http://testserver/de/presse/neuer-besser/"
    assert newest.summary == "Vorspann zu Neuer & besser."
    assert [tag.term for tag in newest.tags] == ["Life Sciences"]
    assert newest.published_parsed[:3] == (2025, 10, 23)
    assert newest.id.startswith("urn:glokal:press-release:")


def test_atom_feed_parses(client, press_index):
    factories.add_release(press_index, "Meldung", datetime.date(2025, 1, 2))
    response = client.get("/de/presse/feed/atom/")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert feed.entries[0].title == "Meldung"
    assert feed.entries[0].updated_parsed is not None


def test_feed_per_language_and_per_topic(client, home, press_index):
    economy = factories.TopicFactory(slug="wirtschaft")
    health = factories.TopicFactory(slug="life-sciences")
    first = factories.add_release(press_index, "Eins", topics=[economy])
    factories.add_release(press_index, "Zwei", topics=[health])
    for page in (home, press_index, first):
        factories.translate(page, "cs")
    czech = press_index.get_translation(factories.locale("cs"))
    feed = feedparser.parse(client.get(czech.url + "feed/rss/").content)
    assert feed.feed.language == "cs"
    assert [entry.title for entry in feed.entries] == ["[cs] Eins"]

    german = feedparser.parse(client.get("/de/presse/feed/rss/?topic=life-sciences").content)
    assert [entry.title for entry in german.entries] == ["Zwei"]
