"""The calendar's own API representations: the event fields `EventPage.api_fields` serialises
(place, registration, dates) and a date as calendar widgets read it (the calendar page's JSON
feed and /api/v2/calendar/).

Imported by the calendar's models while the app registry is being populated, so, like
pages/core/api_fields.py, this module imports no project models; it reads only attributes of
the event and of rows the events' `PageTypeAPI` prefetches (pages/api/page_types.py).
"""

import datetime

from django.utils import timezone

from pages.core.api_fields import choice_label
from pages.core.safe_urls import safe_url_or_empty


def event_place(event):
    """Where an on-site or hybrid event takes place; null for an online event."""
    if not event.has_place:
        return None
    country_field = event._meta.get_field("country")
    return {
        "venue": event.venue,
        "street_address": event.street_address,
        "postal_code": event.postal_code,
        "city": event.city,
        "country": event.country,
        "country_name": choice_label(event.country, country_field.flatchoices),
    }


def event_registration(event):
    return {
        "url": safe_url_or_empty(event.registration_url),
        "deadline": event.registration_deadline.isoformat()
        if event.registration_deadline
        else None,
        "is_free": event.is_free,
        "fee": "" if event.is_free else event.fee,
    }


def event_dates(event):
    """Every date in order, times in Europe/Berlin with their UTC offset (ISO 8601)."""
    return [
        {
            "uid": str(date.uid),
            "start": date.local_start.isoformat(),
            "end": date.local_end.isoformat(),
            "all_day": date.all_day,
            "start_date": date.start_date.isoformat(),
            "end_date": date.end_date.isoformat(),
        }
        for date in sorted(event.dates.all(), key=lambda date: date.start)
    ]


def widget_event(event, date, url):
    """One date in the shape calendar widgets (FullCalendar and friends) read."""
    if date.all_day:
        start = date.start_date.isoformat()
        end = (date.end_date + datetime.timedelta(days=1)).isoformat()
    else:
        start = timezone.localtime(date.start).isoformat()
        end = timezone.localtime(date.end).isoformat()
    return {
        "id": str(date.uid),
        "title": event.title,
        "start": start,
        "end": end,
        "allDay": date.all_day,
        "url": url,
    }
