"""iCalendar and JSON feeds, read back with the icalendar library (RFC 5545)."""

import datetime
import json
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from pages.calendar.ics import berlin_vtimezone
from tests import factories
from tests.factories import berlin

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def calendar(home):
    return factories.add_calendar(home)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def vevents(cal):
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_feed_round_trips_wall_clock_times_across_both_switches(client, calendar):
    factories.add_event(
        calendar,
        "Herbst",
        dates=[
            (berlin(2030, 10, 26, 9), berlin(2030, 10, 26, 17)),
            (berlin(2030, 10, 28, 9), berlin(2030, 10, 28, 17)),
        ],
    )
    factories.add_event(
        calendar, "Frühling", dates=[(berlin(2030, 3, 30, 18), berlin(2030, 3, 31, 12))]
    )
    cal = parse(client.get(calendar.url + "ics/"))
    starts = sorted(
        (e["dtstart"].dt for e in cal.walk("VEVENT") if str(e["summary"]) == "Herbst"),
    )
    assert [(s.hour, s.minute) for s in starts] == [(9, 0), (9, 0)]
    assert [s.tzinfo.key if hasattr(s.tzinfo, "key") else str(s.tzinfo) for s in starts] == [
        "Europe/Berlin"
    ] * 2
    assert [s.utcoffset() for s in starts] == [
        datetime.timedelta(hours=2),
        datetime.timedelta(hours=1),
    ]
    spring = vevents(cal)["Frühling"]
    utc = datetime.UTC
    assert spring["dtend"].dt.astimezone(utc) - spring["dtstart"].dt.astimezone(
        utc
    ) == datetime.timedelta(hours=17)
    assert spring["dtstart"].params["TZID"] == "Europe/Berlin"


def test_all_day_dates_are_dates_with_exclusive_end(client, calendar):
    factories.add_event(calendar, "Messe", dates=[(berlin(2030, 6, 1), berlin(2030, 6, 3), True)])
    event = vevents(parse(client.get(calendar.url + "ics/")))["Messe"]
    assert event["dtstart"].dt == datetime.date(2030, 6, 1)
    assert event["dtend"].dt == datetime.date(2030, 6, 4)
    assert event["dtstart"].params["VALUE"] == "DATE"


def test_required_properties_and_stable_uids(client, home, calendar):
    event = factories.add_event(
        calendar,
        "Forum",
        venue="Kongresszentrum",
        street_address="Plac Nowy Targ 1",
        postal_code="50-141",
        city="Wrocław",
        country="PL",
    )
    first = parse(client.get(calendar.url + "ics/"))
    assert first["VERSION"] == "2.0"
    assert first["PRODID"]
    assert len(first.walk("VTIMEZONE")) == 1
    vevent = first.walk("VEVENT")[0]
    for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "URL", "LOCATION"):
        assert prop in vevent, prop
    assert vevent["DTSTAMP"].dt.tzinfo is not None and vevent[
        "DTSTAMP"
    ].dt.utcoffset() == datetime.timedelta(0)
    assert "Kongresszentrum, Plac Nowy Targ 1, 50-141 Wrocław" in str(vevent["LOCATION"])
    assert str(vevent["URL"]) == "http://testserver" + event.url

    # The same UID in the Polish feed and in the event's own .ics file.
    factories.translate(home, "pl")
    factories.translate(calendar, "pl")
    polish_event = factories.translate(event, "pl")["pl"]
    polish = parse(client.get(calendar.get_translation(factories.locale("pl")).url + "ics/"))
    single = parse(client.get(polish_event.url + "ics/"))
    uid = str(vevent["UID"])
    assert str(polish.walk("VEVENT")[0]["UID"]) == uid == str(single.walk("VEVENT")[0]["UID"])
    assert str(polish.walk("VEVENT")[0]["SUMMARY"]) == "[pl] Forum"
    assert polish.walk("VEVENT")[0]["SUMMARY"].params["LANGUAGE"] == "pl"


def test_vtimezone_rules_agree_with_the_tz_database():
    zone = berlin_vtimezone().to_tz()
    for year in (2025, 2026, 2030, 2045):
        for month, day, hour in [(1, 15, 12), (3, 30, 12), (7, 1, 12), (10, 30, 12), (12, 24, 18)]:
            local = datetime.datetime(year, month, day, hour)
            assert zone.utcoffset(local) == local.replace(tzinfo=BERLIN).utcoffset(), local


def test_feed_follows_the_filters_and_rejects_bad_ones(client, calendar):
    region = factories.RegionFactory(slug="karlovarsky-kraj", country="CZ", nuts_code="CZ041")
    factories.add_event(calendar, "Tschechien", regions=[region], city="Karlovy Vary", country="CZ")
    factories.add_event(calendar, "Sachsen")
    assert set(vevents(parse(client.get(calendar.url + "ics/?country=CZ")))) == {"Tschechien"}
    bad = client.get(calendar.url + "ics/?country=XX")
    assert bad.status_code == 400
    assert "country" in bad.json()["errors"]


def test_feed_keeps_recent_past_events_and_drops_old_ones(client, calendar):
    now = datetime.datetime.now(tz=BERLIN).replace(microsecond=0)
    factories.add_event(
        calendar,
        "Letzte Woche",
        dates=[(now - datetime.timedelta(days=7), now - datetime.timedelta(days=6))],
    )
    factories.add_event(
        calendar,
        "Vor zwei Jahren",
        dates=[(now - datetime.timedelta(days=730), now - datetime.timedelta(days=729))],
    )
    assert set(vevents(parse(client.get(calendar.url + "ics/")))) == {"Letzte Woche"}


def test_conditional_get_answers_304(client, calendar):
    factories.add_event(calendar, "Forum")
    first = client.get(calendar.url + "ics/")
    again = client.get(calendar.url + "ics/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_feed_changes_when_an_event_is_published(client, calendar):
    factories.add_event(calendar, "Eins")
    assert set(vevents(parse(client.get(calendar.url + "ics/")))) == {"Eins"}
    factories.add_event(calendar, "Zwei")
    assert set(vevents(parse(client.get(calendar.url + "ics/")))) == {"Eins", "Zwei"}


def test_event_ics_download(client, calendar):
    event = factories.add_event(
        calendar, "Workshop", dates=[(berlin(2030, 9, 1, 10), berlin(2030, 9, 1, 12))]
    )
    response = client.get(event.url + "ics/")
    assert response["Content-Disposition"] == 'attachment; filename="workshop.ics"'
    assert [str(e["summary"]) for e in parse(response).walk("VEVENT")] == ["Workshop"]


def test_json_feed_for_calendar_widgets(client, calendar):
    event = factories.add_event(
        calendar,
        "Forum",
        dates=[
            (berlin(2030, 10, 21, 9), berlin(2030, 10, 22, 16)),
            (berlin(2030, 12, 1), berlin(2030, 12, 1), True),
        ],
    )
    response = client.get(calendar.url + "json/")
    assert response.status_code == 200
    items = json.loads(response.content)
    assert items == [
        {
            "id": str(event.sorted_dates()[0].uid),
            "title": "Forum",
            "start": "2030-10-21T09:00:00+02:00",
            "end": "2030-10-22T16:00:00+02:00",
            "allDay": False,
            "url": "http://testserver" + event.url,
        },
        {
            "id": str(event.sorted_dates()[1].uid),
            "title": "Forum",
            "start": "2030-12-01",
            "end": "2030-12-02",
            "allDay": True,
            "url": "http://testserver" + event.url,
        },
    ]
