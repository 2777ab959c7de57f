"""The calendar: upcoming by month, month view, archive, filters, pagination, bad input."""

import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.factories import berlin


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".event-card__title")]


def month_headings(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".event-month h2")]


@pytest.fixture
def calendar(home):
    return factories.add_calendar(home)


@pytest.fixture
def events(calendar):
    health = factories.TopicFactory(name="Life Sciences", slug="life-sciences")
    lower_silesia = factories.RegionFactory(
        name="Niederschlesien", slug="dolnoslaskie", country="PL", nuts_code="PL51"
    )
    karlovy_vary = factories.RegionFactory(
        name="Karlovarský kraj", slug="karlovarsky-kraj", country="CZ", nuts_code="CZ041"
    )
    return {
        "forum": factories.add_event(
            calendar,
            "Wirtschaftsforum",
            dates=[(berlin(2030, 10, 21, 9), berlin(2030, 10, 22, 16))],
            topics=[health],
            regions=[lower_silesia],
            city="Wrocław",
            country="PL",
            languages=["de", "pl"],
        ),
        "series": factories.add_event(
            calendar,
            "Workshopreihe",
            dates=[
                (berlin(2030, 9, 10, 10), berlin(2030, 9, 10, 12)),
                (berlin(2030, 11, 12, 10), berlin(2030, 11, 12, 12)),
                (berlin(2024, 3, 5, 10), berlin(2024, 3, 5, 12)),
            ],
            event_format="online",
            online_url="https://example.org/live",
            city="",
            country="",
            languages=["de", "cs"],
        ),
        "kickoff": factories.add_event(
            calendar,
            "Kick-off",
            dates=[(berlin(2024, 4, 16, 10), berlin(2024, 4, 16, 15))],
            regions=[karlovy_vary],
            city="Karlovy Vary",
            country="CZ",
        ),
        "hybrid": factories.add_event(
            calendar,
            "Info-Tag",
            dates=[(berlin(2030, 10, 3), berlin(2030, 10, 3), True)],
            event_format="hybrid",
            online_url="https://example.org/stream",
        ),
    }


def test_upcoming_events_by_next_date_grouped_by_month(client, calendar, events):
    response = client.get(calendar.url)
    assert response.status_code == 200
    assert titles(response) == ["Workshopreihe", "Info-Tag", "Wirtschaftsforum"]
    assert month_headings(response) == ["September 2030", "Oktober 2030"]


def test_multi_day_event_shows_once_with_its_span(client, calendar, events):
    soup = BeautifulSoup(client.get(calendar.url).content, "html.parser")
    forum = [card for card in soup.select(".event-card") if "Wirtschaftsforum" in card.get_text()]
    assert len(forum) == 1
    times = [t["datetime"] for t in forum[0].select(".event-card__date time")]
    assert times == ["2030-10-21T09:00:00+02:00", "2030-10-22T16:00:00+02:00"]


def test_event_with_several_dates_shows_next_date_and_the_others(client, calendar, events):
    soup = BeautifulSoup(client.get(calendar.url).content, "html.parser")
    series = next(card for card in soup.select(".event-card") if "Workshopreihe" in card.get_text())
    assert series.select_one(".event-card__date time")["datetime"] == "2030-09-10T10:00:00+02:00"
    others = [t["datetime"][:10] for t in series.select(".event-card__more-dates time")]
    assert others == ["2024-03-05", "2024-03-05", "2030-11-12", "2030-11-12"]


def test_archive_lists_past_events_most_recent_first(client, calendar, events):
    response = client.get(calendar.url + "archive/")
    assert response.status_code == 200
    assert titles(response) == ["Kick-off"]


def test_month_view_lists_events_overlapping_the_month(client, calendar, events):
    response = client.get(calendar.url + "?month=2030-10")
    assert titles(response) == ["Info-Tag", "Wirtschaftsforum"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".month-nav h2").get_text() == "Oktober 2030"
    assert soup.select_one(".month-nav a[rel=prev]")["href"] == "?month=2030-09"
    assert soup.select_one(".month-nav a[rel=next]")["href"] == "?month=2030-11"
    assert titles(client.get(calendar.url + "?month=2024-03")) == ["Workshopreihe"]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?topic=life-sciences", ["Wirtschaftsforum"]),
        ("?region=dolnoslaskie", ["Wirtschaftsforum"]),
        ("?country=PL", ["Wirtschaftsforum"]),
        ("?format=online", ["Workshopreihe", "Info-Tag"]),
        ("?format=on_site", ["Info-Tag", "Wirtschaftsforum"]),
        ("?format=hybrid", ["Info-Tag"]),
        ("?language=cs", ["Workshopreihe"]),
        ("?language=pl&country=PL", ["Wirtschaftsforum"]),
        ("?language=cs&country=PL", []),
        ("?country=CZ&month=2024-04", ["Kick-off"]),
    ],
)
def test_filters_combine(client, calendar, events, query, expected):
    response = client.get(calendar.url + query)
    assert response.status_code == 200
    assert titles(response) == expected


def test_filters_stay_in_links(client, calendar, events):
    soup = BeautifulSoup(
        client.get(calendar.url + "?country=PL&month=2030-10").content, "html.parser"
    )
    assert soup.select_one(".month-nav a[rel=next]")["href"] == "?country=PL&month=2030-11"
    assert soup.select_one("#id_country option[selected]")["value"] == "PL"
    feed = soup.select_one("link[type='text/calendar']")["href"]
    assert feed == calendar.url + "ics/?country=PL"
    assert (
        soup.select_one("a[href^='webcal://']")["href"]
        == f"webcal://testserver{calendar.url}ics/?country=PL"
    )


@pytest.mark.parametrize(
    "query, field",
    [
        ("?month=13", "month"),
        ("?month=2030-13", "month"),
        ("?month=abc", "month"),
        ("?month=99999-01", "month"),
        ("?topic=unbekannt", "topic"),
        ("?country=XX", "country"),
        ("?format=zeppelin", "format"),
        ("?language=fr", "language"),
    ],
)
def test_bad_filter_values_answer_400_with_a_message(client, calendar, events, query, field):
    response = client.get(calendar.url + query)
    assert response.status_code == 400
    assert field in response.context["filter_form"].errors
    assert BeautifulSoup(response.content, "html.parser").select(".field__error")
    assert titles(response) == []


@pytest.mark.parametrize("raw, expected", [("abc", 1), ("-5", 1), ("2", 2), ("100000000000", 2)])
def test_pagination_is_forgiving(client, home, raw, expected):
    calendar = factories.add_calendar(home, per_page=2)
    for day in range(1, 5):
        factories.add_event(
            calendar, f"Termin {day}", dates=[(berlin(2030, 1, day, 9), berlin(2030, 1, day, 10))]
        )
    response = client.get(f"{calendar.url}?page={raw}")
    assert response.status_code == 200
    assert response.context["page_obj"].number == expected


def test_dates_are_written_the_way_each_language_writes_them(client, home, calendar, events):
    for page in (home, calendar, events["forum"]):
        factories.translate(page, "en", "pl", "cs")
    expected = {"en": "Oct. 21, 2030", "pl": "21 października 2030", "cs": "21. října 2030"}
    for code, text in expected.items():
        translated = calendar.get_translation(factories.locale(code))
        soup = BeautifulSoup(client.get(translated.url).content, "html.parser")
        assert text in soup.select_one(".event-card__date").get_text(), code


def test_home_page_shows_the_next_events(client, home, calendar, events):
    soup = BeautifulSoup(client.get(home.url).content, "html.parser")
    section = soup.select_one("#home-events-heading").parent
    assert [h.get_text(strip=True) for h in section.select(".event-card__title")] == [
        "Workshopreihe",
        "Info-Tag",
        "Wirtschaftsforum",
    ]
