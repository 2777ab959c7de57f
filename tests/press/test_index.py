"""The press room's listing: order, filters, search, pagination and bad input."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests import factories


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".release-card__title")]


@pytest.fixture
def releases(press_index):
    economy = factories.TopicFactory(name="Wirtschaft", slug="wirtschaft")
    health = factories.TopicFactory(name="Life Sciences", slug="life-sciences")
    return {
        "forum": factories.add_release(
            press_index, "Wirtschaftsforum Wrocław", datetime.date(2025, 10, 23), topics=[health]
        ),
        "kickoff": factories.add_release(
            press_index, "Kick-off Karlovy Vary", datetime.date(2024, 4, 16), topics=[economy]
        ),
        "trade": factories.add_release(
            press_index,
            "Handel mit Polen",
            datetime.date(2025, 3, 1),
            topics=[economy, health],
            lead="Exporte nach Polen erreichten 2,8 Milliarden Euro.",
        ),
    }


def test_lists_newest_first(client, press_index, releases):
    response = client.get(press_index.url)
    assert response.status_code == 200
    assert titles(response) == [
        "Wirtschaftsforum Wrocław",
        "Handel mit Polen",
        "Kick-off Karlovy Vary",
    ]


def test_drafts_are_not_listed(client, press_index, releases):
    releases["trade"].unpublish()
    assert "Handel mit Polen" not in titles(client.get(press_index.url))


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?topic=wirtschaft", ["Handel mit Polen", "Kick-off Karlovy Vary"]),
        ("?year=2025", ["Wirtschaftsforum Wrocław", "Handel mit Polen"]),
        ("?topic=life-sciences&year=2025", ["Wirtschaftsforum Wrocław", "Handel mit Polen"]),
        ("?topic=wirtschaft&year=2024", ["Kick-off Karlovy Vary"]),
        ("?q=Milliarden", ["Handel mit Polen"]),
        ("?q=Karlovy&topic=wirtschaft", ["Kick-off Karlovy Vary"]),
        ("?q=Karlovy&topic=life-sciences", []),
    ],
)
def test_filters_combine(client, press_index, releases, query, expected):
    response = client.get(press_index.url + query)
    assert response.status_code == 200
    assert titles(response) == expected


def test_filter_form_keeps_the_choices_in_the_url(client, press_index, releases):
    soup = BeautifulSoup(client.get(press_index.url + "?topic=wirtschaft").content, "html.parser")
    assert soup.select_one("#id_topic option[selected]")["value"] == "wirtschaft"
    assert [o["value"] for o in soup.select("#id_year option")] == ["", "2025", "2024"]


@pytest.mark.parametrize(
    "query, message",
    [
        ("?topic=unbekannt", "unbekannt"),
        ("?year=1990", "1990"),
        ("?year=abc", "abc"),
        ("?q=" + "x" * 500, "200"),
    ],
)
def test_unknown_filter_values_answer_400_with_a_message(
    client, press_index, releases, query, message
):
    response = client.get(press_index.url + query)
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    errors = " ".join(e.get_text() for e in soup.select(".field__error"))
    assert message in errors
    assert titles(response) == []


@pytest.mark.parametrize(
    "raw, expected_page", [("abc", 1), ("-1", 1), ("0", 1), ("2", 2), ("99999", 3), ("1e9", 1)]
)
def test_bad_page_numbers_give_a_sensible_page(client, press_index, raw, expected_page):
    press_index.per_page = 2
    press_index.save_revision().publish()
    for day in range(1, 6):
        factories.add_release(press_index, f"Meldung {day}", datetime.date(2025, 1, day))
    response = client.get(f"{press_index.url}?page={raw}")
    assert response.status_code == 200
    assert response.context["page_obj"].number == expected_page


def test_pagination_keeps_the_filters(client, press_index):
    press_index.per_page = 1
    press_index.save_revision().publish()
    topic = factories.TopicFactory(slug="wirtschaft")
    for day in (1, 2):
        factories.add_release(
            press_index, f"Meldung {day}", datetime.date(2025, 1, day), topics=[topic]
        )
    soup = BeautifulSoup(client.get(press_index.url + "?topic=wirtschaft").content, "html.parser")
    assert soup.select_one("a[rel=next]")["href"] == "?topic=wirtschaft&page=2"


def test_advertises_rss_and_atom(client, press_index):
    soup = BeautifulSoup(client.get(press_index.url).content, "html.parser")
    feeds = {link["type"]: link["href"] for link in soup.select("link[rel=alternate][type]")}
    assert feeds["application/rss+xml"] == "/de/presse/feed/rss/"
    assert feeds["application/atom+xml"] == "/de/presse/feed/atom/"


def test_translated_press_room_lists_only_its_language(client, home, press_index, releases):
    factories.translate(home, "pl")
    factories.translate(press_index, "pl")
    factories.translate(releases["forum"], "pl")
    polish = press_index.get_translation(factories.locale("pl"))
    response = client.get(polish.url)
    assert response.status_code == 200
    assert titles(response) == ["[pl] Wirtschaftsforum Wrocław"]
    assert '<html lang="pl"' in response.content.decode()
