"""The press room costs the same number of queries for 5 releases as for 50."""

import datetime

import pytest

from tests import factories
from tests.helpers import warm_query_count as count_queries

QUERY_BUDGET = 10


@pytest.fixture
def add_releases(press_index):
    image = factories.make_image("Hero")
    contact = factories.ContactPersonFactory(photo=image)
    topics = [factories.TopicFactory(slug=f"t{n}") for n in range(3)]

    def add(count, start):
        return [
            factories.add_release(
                press_index,
                f"Meldung {start + n}",
                datetime.date(2020 + (start + n) % 6, 1 + (start + n) % 12, 1),
                hero_image=image,
                topics=topics[: 1 + n % 3],
                contacts=[contact],
                body=[
                    ("paragraph", "<p>Text</p>"),
                    ("image", {"image": image, "caption": "Bild", "credit": ""}),
                    ("quote", {"quote": "Zitat", "speaker": "Erika Beispiel", "role": "Leiterin"}),
                ],
            )
            for n in range(count)
        ]

    return add


def test_pages_cost_the_same_queries_for_5_and_50_releases(client, home, press_index, add_releases):
    first = add_releases(5, 0)[0]
    urls = {
        "home": home.url,
        "index": press_index.url,
        "index page 2": press_index.url + "?page=2",
        "index by topic": press_index.url + "?topic=t0",
        "index by year": press_index.url + "?year=2021",
        "index search": press_index.url + "?q=Meldung",
        "release": first.url,
        "rss": press_index.url + "feed/rss/",
        "atom": press_index.url + "feed/atom/",
    }
    few = {name: count_queries(client, url) for name, url in urls.items()}
    add_releases(45, 5)
    many = {name: count_queries(client, url) for name, url in urls.items()}
    assert many == few
    assert max(many.values()) <= QUERY_BUDGET, many
