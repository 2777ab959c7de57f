"""Event pages: dates in Berlin wall-clock time, all-day and multi-day dates, the place."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from pages.models import EventDate, EventPage
from tests import factories
from tests.factories import berlin


@pytest.fixture
def calendar(home):
    return factories.add_calendar(home)


def test_dates_keep_their_wall_clock_times_across_the_summer_time_switch(client, calendar):
    # Summer time ends on 27 October 2030: both days start at 09:00 Berlin time.
    event = factories.add_event(
        calendar,
        "Workshopreihe",
        dates=[
            (berlin(2030, 10, 26, 9), berlin(2030, 10, 26, 17)),
            (berlin(2030, 10, 28, 9), berlin(2030, 10, 28, 17)),
        ],
    )
    first, second = event.sorted_dates()
    assert (first.start.utcoffset(), second.start.utcoffset()) == (datetime.timedelta(0),) * 2
    assert first.start.hour == 7 and second.start.hour == 8  # stored in UTC
    assert first.local_start.hour == second.local_start.hour == 9
    soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    times = [t["datetime"] for t in soup.select(".event__dates time")]
    assert times[0] == "2030-10-26T09:00:00+02:00"
    assert times[2] == "2030-10-28T09:00:00+01:00"


def test_a_span_across_the_switch_keeps_its_real_duration(calendar):
    event = factories.add_event(
        calendar, dates=[(berlin(2030, 3, 30, 18), berlin(2030, 3, 31, 12))]
    )
    date = event.dates.get()
    assert date.end - date.start == datetime.timedelta(hours=17)  # one hour lost at 02:00
    assert (date.local_start.hour, date.local_end.hour) == (18, 12)


def test_all_day_dates_span_whole_local_days(calendar):
    event = factories.add_event(
        calendar, dates=[(berlin(2030, 6, 1, 15), berlin(2030, 6, 2, 10), True)]
    )
    date = event.dates.get()
    assert date.all_day
    assert (date.local_start, date.local_end.date()) == (
        berlin(2030, 6, 1),
        datetime.date(2030, 6, 2),
    )
    assert date.is_multi_day


def test_event_page_lists_dates_place_and_registration(client, calendar):
    contact = factories.ContactPersonFactory(first_name="Jan", last_name="Svoboda")
    event = factories.add_event(
        calendar,
        "Kooperationsbörse Liberec",
        dates=[(berlin(2030, 5, 14, 10), berlin(2030, 5, 14, 16))],
        venue="Technische Universität",
        street_address="Studentská 2",
        postal_code="461 17",
        city="Liberec",
        country="CZ",
        organiser="Glokal",
        partners="Kammer A\nKammer B\n",
        registration_url="https://example.org/anmeldung",
        registration_deadline=datetime.date(2030, 5, 1),
        is_free=False,
        fee="50 €",
        languages=["de", "cs"],
        contacts=[contact],
    )
    soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    facts = soup.select_one(".event__facts").get_text(" ", strip=True)
    for expected in ["Technische Universität", "Studentská 2", "461 17 Liberec", "Glokal", "50 €"]:
        assert expected in facts
    assert [
        li.get_text() for li in soup.select(".event__facts dd ul li") if "Kammer" in li.get_text()
    ] == [
        "Kammer A",
        "Kammer B",
    ]
    assert soup.select_one("a.button")["href"] == "https://example.org/anmeldung"
    assert [span["lang"] for span in soup.select(".event__facts dd span[lang]")] == ["de", "cs"]
    assert soup.select_one(".contact-card__name").get_text() == "Jan Svoboda"
    assert soup.select_one("a[href$='/ics/']")["href"] == event.url + "ics/"


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"event_format": "on_site", "city": ""}, "city"),
        ({"event_format": "online", "online_url": ""}, "online_url"),
        ({"event_format": "hybrid", "city": "Dresden", "online_url": ""}, "online_url"),
        ({"is_free": False, "fee": ""}, "fee"),
    ],
)
def test_event_validation(calendar, fields, field):
    event = EventPage(title="X", teaser="Y", locale=calendar.locale, **fields)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert field in error.value.message_dict


def test_date_end_before_start_is_rejected():
    date = EventDate(start=berlin(2030, 1, 2), end=berlin(2030, 1, 1))
    with pytest.raises(ValidationError) as error:
        date.clean()
    assert "end" in error.value.message_dict


def test_translated_event_keeps_dates_and_uids(calendar, home):
    event = factories.add_event(calendar, "Forum")
    factories.translate(home, "pl")
    factories.translate(calendar, "pl")
    polish = factories.translate(event, "pl")["pl"]
    source, copy = event.dates.get(), polish.dates.get()
    assert (copy.start, copy.end, copy.uid) == (source.start, source.end, source.uid)
    assert polish.title == "[pl] Forum"
