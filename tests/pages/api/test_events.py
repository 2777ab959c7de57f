"""Events in the pages endpoint (fields, date range and calendar filters) and /api/v2/calendar/."""

import datetime

import pytest
from django.utils import timezone

from tests import factories
from tests.factories import berlin

from .helpers import assert_image, count_all

EVENTS = "/api/v2/pages/?type=pages.EventPage"
CALENDAR = "/api/v2/calendar/"


@pytest.fixture
def calendar(home):
    return factories.add_calendar(home)


@pytest.fixture
def event(calendar, image, topics, contact):
    region = factories.RegionFactory(name="Niederschlesien", slug="dolnoslaskie", country="PL")
    return factories.add_event(
        calendar,
        "Wirtschaftsforum",
        dates=[
            (berlin(2030, 3, 30, 9), berlin(2030, 3, 30, 17)),  # winter time, +01:00
            (berlin(2030, 4, 1), berlin(2030, 4, 2), True),  # all day, summer time
        ],
        topics=topics,
        regions=[region],
        contacts=[contact],
        teaser="Zwei Tage Austausch.",
        event_format="hybrid",
        venue="Messe",
        street_address="Messering 6",
        postal_code="01067",
        city="Dresden",
        country="DE",
        online_url="https://example.com/stream",
        organiser="WFS",
        partners="IHK Dresden\n\n  Izba Gospodarcza  \n",
        registration_url="https://example.com/anmeldung",
        registration_deadline=datetime.date(2030, 3, 20),
        is_free=False,
        fee="120 € zzgl. MwSt.",
        languages=["de", "pl"],
        image=image,
        body=[("paragraph", "<p>Programm folgt.</p>")],
    )


def items(get_json, query="", **headers):
    return get_json(f"{EVENTS}&fields=title{query}", **headers)["items"]


def titles(get_json, query=""):
    return sorted(item["title"] for item in items(get_json, query))


def test_event_fields(get_json, event, image, contact):
    data = get_json(f"/api/v2/pages/{event.pk}/")

    assert data["meta"]["type"] == "pages.EventPage"
    assert data["teaser"] == "Zwei Tage Austausch."
    assert data["format"] == {"value": "hybrid", "label": "Hybrid"}
    assert data["place"] == {
        "venue": "Messe",
        "street_address": "Messering 6",
        "postal_code": "01067",
        "city": "Dresden",
        "country": "DE",
        "country_name": "Deutschland",
    }
    assert data["online_url"] == "https://example.com/stream"
    assert data["organiser"] == "WFS"
    assert data["partners"] == ["IHK Dresden", "Izba Gospodarcza"]
    assert data["registration"] == {
        "url": "https://example.com/anmeldung",
        "deadline": "2030-03-20",
        "is_free": False,
        "fee": "120 € zzgl. MwSt.",
    }
    assert data["languages"] == ["de", "pl"]
    assert [topic["slug"] for topic in data["topics"]] == [
        "digitalisierung",
        "wirtschaftsfoerderung",
    ]
    assert data["regions"][0]["slug"] == "dolnoslaskie"
    assert data["regions"][0]["country"] == "PL"
    assert data["contacts"][0]["name"] == "Erika Muster"
    assert_image(data["contacts"][0]["photo"], image)
    assert_image(data["image"], image)
    assert data["body"][0] == {
        "type": "paragraph",
        "value": "<p>Programm folgt.</p>",
        "id": data["body"][0]["id"],
    }


def test_dates_are_iso_8601_with_the_berlin_offset(get_json, event):
    timed, all_day = get_json(f"/api/v2/pages/{event.pk}/?fields=dates")["dates"]
    uids = [str(date.uid) for date in event.dates.order_by("start")]

    assert timed == {
        "uid": uids[0],
        "start": "2030-03-30T09:00:00+01:00",
        "end": "2030-03-30T17:00:00+01:00",
        "all_day": False,
        "start_date": "2030-03-30",
        "end_date": "2030-03-30",
    }
    assert all_day == {
        "uid": uids[1],
        "start": "2030-04-01T00:00:00+02:00",
        "end": "2030-04-02T23:59:59+02:00",
        "all_day": True,
        "start_date": "2030-04-01",
        "end_date": "2030-04-02",
    }


def test_online_event_has_no_place_and_free_event_no_fee(get_json, calendar):
    event = factories.add_event(
        calendar,
        "Webinar",
        event_format="online",
        online_url="https://example.com/webinar",
        city="",
        country="",
        fee="veraltet",
    )

    data = get_json(f"/api/v2/pages/{event.pk}/")

    assert data["place"] is None
    assert data["format"] == {"value": "online", "label": "Online"}
    assert data["registration"] == {"url": "", "deadline": None, "is_free": True, "fee": ""}
    assert data["image"] is None
    assert data["topics"] == data["regions"] == data["contacts"] == []


def test_labels_follow_the_page_language(get_json, event, calendar):
    factories.translate(calendar, "pl")
    polish = factories.translate(event, "pl")["pl"]

    data = get_json(f"/api/v2/pages/{polish.pk}/", HTTP_ACCEPT_LANGUAGE="de")

    assert data["meta"]["locale"] == "pl"
    assert data["place"]["country_name"] == "Niemcy"
    assert data["format"]["value"] == "hybrid"
    # The dates (and their uids) are the same in every language.
    assert [d["uid"] for d in data["dates"]] == [str(d.uid) for d in event.dates.order_by("start")]


def test_listing_with_all_fields(get_json, event):
    (item,) = get_json(f"{EVENTS}&fields=*")["items"]

    assert item["title"] == "Wirtschaftsforum"
    assert len(item["dates"]) == 2
    assert item["place"]["city"] == "Dresden"


def test_drafts_are_absent(get_json, client, calendar, event):
    draft = factories.add_event(calendar, "Entwurf")
    draft.unpublish()
    event.title = "Neuer Titel, nicht veröffentlicht"
    event.save_revision()

    assert titles(get_json) == ["Wirtschaftsforum"]
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert get_json(f"/api/v2/pages/{event.pk}/")["title"] == "Wirtschaftsforum"
    assert get_json(f"{CALENDAR}?from=2030-01-01&to=2030-12-31")[0]["title"] == "Wirtschaftsforum"


# --- The date range ------------------------------------------------------------------------


@pytest.fixture
def dated(calendar):
    """Events around the end of summer time (2030-10-27, 03:00 → 02:00)."""

    def add(title, *dates):
        return factories.add_event(calendar, title, dates=list(dates))

    return {
        # 23:30 in Berlin is still the 26th, although 21:30 UTC.
        "late": add("Spät", (berlin(2030, 10, 26, 23, 30), berlin(2030, 10, 26, 23, 59))),
        # The night the clocks go back: 00:30 to 04:00 local.
        "night": add("Nacht", (berlin(2030, 10, 27, 0, 30), berlin(2030, 10, 27, 4))),
        "all_day": add("Ganztägig", (berlin(2030, 10, 28), berlin(2030, 10, 28), True)),
        "multi": add("Mehrtägig", (berlin(2030, 10, 20), berlin(2030, 11, 2), True)),
        "series": add(
            "Reihe",
            (berlin(2030, 9, 1, 10), berlin(2030, 9, 1, 12)),
            (berlin(2030, 12, 1, 10), berlin(2030, 12, 1, 12)),
        ),
        # Ends at midnight: does not reach into the 26th.
        "midnight": add("Bis Mitternacht", (berlin(2030, 10, 25, 20), berlin(2030, 10, 26, 0))),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("&from=2030-10-26&to=2030-10-26", ["Mehrtägig", "Spät"]),
        ("&from=2030-10-27&to=2030-10-27", ["Mehrtägig", "Nacht"]),
        ("&from=2030-10-28&to=2030-10-28", ["Ganztägig", "Mehrtägig"]),
        ("&from=2030-10-29&to=2030-11-30", ["Mehrtägig"]),
        ("&from=2030-11-03&to=2030-11-30", []),
        ("&from=2030-10-25&to=2030-10-25", ["Bis Mitternacht", "Mehrtägig"]),
        ("&from=2030-12-01", ["Reihe"]),
        ("&to=2030-09-01", ["Reihe"]),
        ("&to=2030-08-31", []),
        ("&from=2030-10-27", ["Ganztägig", "Mehrtägig", "Nacht", "Reihe"]),
    ],
)
def test_date_range(get_json, dated, query, expected):
    assert titles(get_json, query) == expected


def test_event_with_several_dates_in_range_is_listed_once(get_json, dated):
    assert titles(get_json, "&from=2030-09-01&to=2030-12-31").count("Reihe") == 1


# --- The calendar's filters ----------------------------------------------------------------


@pytest.fixture
def filtered(calendar):
    digital = factories.TopicFactory(name="Digitalisierung", slug="digitalisierung")
    saxony = factories.RegionFactory(name="Sachsen", slug="sachsen", country="DE")
    silesia = factories.RegionFactory(name="Niederschlesien", slug="dolnoslaskie", country="PL")
    add = factories.add_event
    add(calendar, "Dresden vor Ort", topics=[digital], regions=[saxony], languages=["de"])
    add(
        calendar,
        "Wrocław hybrid",
        regions=[silesia],
        event_format="hybrid",
        city="Wrocław",
        country="PL",
        online_url="https://example.com/a",
        languages=["pl", "de"],
    )
    add(
        calendar,
        "Online",
        topics=[digital],
        event_format="online",
        city="",
        country="",
        online_url="https://example.com/b",
        languages=["en"],
    )
    # On site in Germany, but about a Polish region.
    add(calendar, "Görlitz", regions=[silesia], city="Görlitz", languages=["de", "pl"])  # fmt: skip


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("&topic=digitalisierung", ["Dresden vor Ort", "Online"]),
        ("&region=dolnoslaskie", ["Görlitz", "Wrocław hybrid"]),
        ("&country=PL", ["Görlitz", "Wrocław hybrid"]),
        ("&country=DE", ["Dresden vor Ort", "Görlitz"]),
        ("&format=online", ["Online", "Wrocław hybrid"]),
        ("&format=on_site", ["Dresden vor Ort", "Görlitz", "Wrocław hybrid"]),
        ("&format=hybrid", ["Wrocław hybrid"]),
        ("&language=pl", ["Görlitz", "Wrocław hybrid"]),
        ("&language=en", ["Online"]),
        ("&country=PL&format=on_site&language=de", ["Görlitz", "Wrocław hybrid"]),
        ("&topic=digitalisierung&format=on_site", ["Dresden vor Ort"]),
        ("&format=online&search=Online", ["Online"]),
        ("&format=json", ["Dresden vor Ort", "Görlitz", "Online", "Wrocław hybrid"]),
    ],
)
def test_calendar_filters(get_json, filtered, query, expected):
    assert titles(get_json, query) == expected


def test_filters_and_range_answer_in_every_language(get_json, calendar, filtered):
    factories.translate(calendar, "pl")
    for event in calendar.get_children().specific():
        factories.translate(event, "pl")

    data = get_json(f"{EVENTS}&fields=title&locale=pl&country=PL&from=2030-05-04&to=2030-05-04")

    assert len(data["items"]) == 2
    assert {item["meta"]["locale"] for item in data["items"]} == {"pl"}


@pytest.mark.parametrize(
    "query",
    [
        "from=abc",
        "from=2030-5-4",
        "from=2030-02-30",
        "from=0001-01-01",
        "to=9999-12-31",
        "from=2030-05-04&to=2030-05-03",
        "topic=gibt-es-nicht",
        "region=gibt-es-nicht",
        "country=FR",
        "format=zeppelin",
        "language=xx",
        "month=2030-05",
    ],
)
def test_bad_event_filters_are_a_400_with_message(client, filtered, query):
    response = client.get(f"{EVENTS}&{query}")

    assert response.status_code == 400, response.content[:300]
    message = response.json()["message"]
    assert message
    name = query.split("=")[0]
    assert name in message


def test_event_filters_need_the_event_type(client, filtered):
    response = client.get("/api/v2/pages/?from=2030-05-04")

    assert response.status_code == 400
    assert "type=pages.EventPage" in response.json()["message"]


# --- /api/v2/calendar/ ---------------------------------------------------------------------


def test_calendar_widget_shape(get_json, event):
    data = get_json(f"{CALENDAR}?from=2030-03-01&to=2030-04-30")
    timed, all_day = event.dates.order_by("start")

    assert data == [
        {
            "id": str(timed.uid),
            "title": "Wirtschaftsforum",
            "start": "2030-03-30T09:00:00+01:00",
            "end": "2030-03-30T17:00:00+01:00",
            "allDay": False,
            "url": event.full_url,
        },
        {
            "id": str(all_day.uid),
            # All-day ends are exclusive, as widgets expect.
            "title": "Wirtschaftsforum",
            "start": "2030-04-01",
            "end": "2030-04-03",
            "allDay": True,
            "url": event.full_url,
        },
    ]
    assert event.full_url.startswith("http://testserver/de/")


def test_calendar_lists_only_dates_in_range(get_json, dated):
    data = get_json(f"{CALENDAR}?from=2030-11-15&to=2030-12-31")

    assert [(item["title"], item["start"]) for item in data] == [
        ("Reihe", "2030-12-01T10:00:00+01:00")
    ]


def test_calendar_default_range_is_the_coming_year(get_json, calendar):
    today = timezone.localdate()

    def at(days):
        day = datetime.datetime.combine(today + datetime.timedelta(days=days), datetime.time(10))
        return timezone.make_aware(day)

    for title, days in [("Gestern", -1), ("Heute", 0), ("In elf Monaten", 330), ("Zu spät", 400)]:
        factories.add_event(
            calendar, title, dates=[(at(days), at(days) + datetime.timedelta(hours=2))]
        )

    assert [item["title"] for item in get_json(CALENDAR)] == ["Heute", "In elf Monaten"]
    from_yesterday = get_json(f"{CALENDAR}?from={today - datetime.timedelta(days=1)}")
    assert [item["title"] for item in from_yesterday] == ["Gestern", "Heute", "In elf Monaten"]


def test_calendar_filters_and_locale(get_json, calendar, filtered):
    factories.translate(calendar, "pl")
    for event in calendar.get_children().specific():
        factories.translate(event, "pl")
    base = f"{CALENDAR}?from=2030-05-01&to=2030-05-31"

    german = get_json(base)
    polish = get_json(f"{base}&locale=pl")
    online = get_json(f"{base}&format=online&language=pl")

    assert len(german) == len(polish) == 4  # one language at a time, German by default
    assert all("/de/" in item["url"] for item in german)
    assert all("/pl/" in item["url"] for item in polish)
    assert [item["title"] for item in online] == ["Wrocław hybrid"]
    assert {item["id"] for item in german} == {item["id"] for item in polish}


@pytest.mark.parametrize(
    "query",
    [
        "from=abc",
        "to=2030-13-01",
        "from=2030-05-04&to=2030-05-03",
        "from=2030-01-01&to=2032-12-31",  # longer than two years
        "to=2099-01-01",  # from today: too long
        "locale=xx",
        "topic=gibt-es-nicht",
        "format=zeppelin",
        "country=FR",
        "language=xx",
        "limit=10",
        "type=pages.EventPage",
    ],
)
def test_bad_calendar_query_is_a_400_with_message(client, filtered, query):
    response = client.get(f"{CALENDAR}?{query}")

    assert response.status_code == 400, response.content[:300]
    assert response.json()["message"]


def test_calendar_range_of_two_years_is_allowed(get_json, filtered):
    assert len(get_json(f"{CALENDAR}?from=2029-01-01&to=2030-12-31")) == 4


# --- Query counts --------------------------------------------------------------------------


def add_furnished_event(calendar, assets, number):
    """An event with its own dates, topics, regions and contacts, and images everywhere."""
    return factories.add_event(
        calendar,
        f"Veranstaltung {number}",
        dates=[
            (berlin(2030, 5, 4, 9), berlin(2030, 5, 4, 17)),
            (berlin(2030, 6, 1), berlin(2030, 6, 2), True),
        ],
        topics=[assets["topic"], factories.TopicFactory()],
        regions=[factories.RegionFactory(), factories.RegionFactory()],
        contacts=[factories.ContactPersonFactory(photo=assets["photo"]) for _ in range(2)],
        image=assets["hero"],
        body=[
            ("paragraph", "<p>Text</p>"),
            ("image", {"image": assets["body"], "caption": "Saal", "credit": ""}),
        ],
        revision=False,
    )


EVENT_URLS = {
    "all fields": f"{EVENTS}&fields=*&limit=100",
    "default fields": f"{EVENTS}&limit=100",
    "range and filters": f"{EVENTS}&fields=*&limit=100&from=2030-05-01&to=2030-06-30"
    "&topic=gemeinsam&format=on_site&country=DE&language=de",
    "search": f"{EVENTS}&fields=*&limit=100&search=Veranstaltung&format=on_site",
    "calendar": f"{CALENDAR}?from=2030-05-01&to=2030-06-30&topic=gemeinsam",
}


def test_event_queries_do_not_grow_with_the_number_of_events(client, calendar, assets):
    for number in range(10):
        add_furnished_event(calendar, assets, number)
    with_10 = count_all(client, EVENT_URLS)
    for number in range(10, 60):
        add_furnished_event(calendar, assets, number)
    with_60 = count_all(client, EVENT_URLS)

    print("event listings, queries for 10 / 60:", with_10, with_60)
    assert with_60 == with_10
    assert with_10["all fields"] <= 25
