"""An event's online and registration links are refused on save unless http, https, mailto,
tel or relative (pages/core/safe_urls.py); one that reached the database behind that check
(a raw update, a row older than the rule) is never served: not in the page, its JSON-LD, the
iCalendar feeds, nor the API that partner sites render without our CSP (finding 3)."""

import pytest
from django.core.exceptions import ValidationError

from pages.calendar.models import EventPage
from tests import factories

HOSTILE = "javascript:alert(document.domain)"


@pytest.fixture
def poisoned_event(home):
    calendar = factories.add_calendar(home)
    event = factories.add_event(
        calendar,
        "Grenzforum",
        event_format="hybrid",
        online_url="https://example.org/stream",
        registration_url="https://example.org/anmeldung",
    )
    EventPage.objects.filter(pk=event.pk).update(online_url=HOSTILE, registration_url=HOSTILE)
    event.refresh_from_db()
    return calendar, event


def test_the_editor_cannot_save_an_unsafe_event_link(home):
    calendar = factories.add_calendar(home)
    event = factories.add_event(calendar, "Grenzforum")
    event.registration_url = "JaVaScRiPt:alert(1)"
    with pytest.raises(ValidationError):
        event.full_clean()


@pytest.mark.parametrize(
    "path",
    [
        "{event}",
        "{event}ics/",
        "{calendar}ics/",
        "/api/v2/pages/{id}/",
        "/api/v2/calendar/?from=2030-05-01&to=2030-05-31",
    ],
)
def test_an_unsafe_event_link_in_the_database_is_never_served(client, poisoned_event, path):
    calendar, event = poisoned_event
    response = client.get(path.format(event=event.url, calendar=calendar.url, id=event.pk))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Grenzforum" in body or "grenzforum" in body.lower()
    assert "javascript" not in body.lower()
