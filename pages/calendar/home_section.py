"""The calendar's section on the home page: the next events in the home's language."""

from django.utils import timezone

from pages.calendar.models import EventCalendarPage
from pages.calendar.queries import events_of, listing_for, upcoming
from pages.core.sections import PageSection, first_child_of_type

HOME_EVENTS = 3


def next_events(request, home_page):
    calendar = first_child_of_type(home_page, EventCalendarPage)
    if calendar is None:
        return None
    now = timezone.now()
    events = upcoming(events_of(calendar), now)[:HOME_EVENTS]
    return PageSection(
        template="pages/calendar/includes/home_events.html",
        order=20,
        context={
            "calendar": calendar,
            "listings": [listing_for(event, now=now) for event in events],
        },
    )
