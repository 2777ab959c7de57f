"""iCalendar (RFC 5545) for events, built with the `icalendar` library.

Choices that matter to calendar apps:
- UID: the date's own UUID, copied into every translation, so the same date keeps its
  identity across languages, edits and feed refreshes.
- Timed dates carry TZID=Europe/Berlin with a rule-based VTIMEZONE (EU summer time: last
  Sunday of March to last Sunday of October), so a 09:00 start stays 09:00 on both sides of
  a daylight-saving change. Rules rather than the tz database's list of past transitions:
  the list ends in 2038 and some clients (Outlook) read only RRULE-based definitions.
- All-day dates are DATE values with an exclusive DTEND (the day after the last day).
- DTSTAMP is the moment the page was last published, in UTC, so an unchanged event
  serialises identically on every request.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vText

from pages.calendar.models import EVENT_TIMEZONE
from pages.core.safe_urls import safe_url_or_empty

PRODID = "-//Glokal//Event calendar//EN"


def _location(event):
    parts = [
        event.venue,
        event.street_address,
        " ".join(filter(None, [event.postal_code, event.city])),
    ]
    if event.country:
        parts.append(str(event.get_country_display()))
    place = ", ".join(part for part in parts if part)
    if event.is_online and not event.has_place:
        return _("Online")
    return place


def _description(event, url):
    lines = [event.teaser]
    online_url = safe_url_or_empty(event.online_url)
    registration_url = safe_url_or_empty(event.registration_url)
    if event.is_online and online_url:
        lines.append(_("Online: %(url)s") % {"url": online_url})
    if registration_url:
        lines.append(_("Registration: %(url)s") % {"url": registration_url})
    lines.append(url)
    return "\n\n".join(line for line in lines if line)


def event_components(event, url, language):
    stamp = (event.last_published_at or event.first_published_at or timezone.now()).astimezone(
        datetime.UTC
    )
    topics = [link.topic.name for link in event.topic_links.all()]
    for date in event.dates.all():
        component = Event()
        component.add("uid", f"{date.uid}@glokal")
        component.add("dtstamp", stamp)
        if date.all_day:
            component.add("dtstart", date.start_date)
            component.add("dtend", date.end_date + datetime.timedelta(days=1))
        else:
            component.add("dtstart", timezone.localtime(date.start, EVENT_TIMEZONE))
            component.add("dtend", timezone.localtime(date.end, EVENT_TIMEZONE))
        component.add("summary", vText(event.title), parameters={"LANGUAGE": language})
        component.add("description", _description(event, url), parameters={"LANGUAGE": language})
        location = _location(event)
        if location:
            component.add("location", location, parameters={"LANGUAGE": language})
        component.add("url", url, parameters={"VALUE": "URI"})
        if topics:
            component.add("categories", topics)
        component.add("status", "CONFIRMED")
        component.add("transp", "OPAQUE")
        yield component


def berlin_vtimezone():
    """VTIMEZONE for Europe/Berlin under the EU summer-time rules (in force since 1996)."""
    zone = Timezone()
    zone.add("tzid", "Europe/Berlin")
    zone.add("x-lic-location", "Europe/Berlin")
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", datetime.timedelta(hours=1))
    summer.add("tzoffsetto", datetime.timedelta(hours=2))
    summer.add("dtstart", datetime.datetime(1996, 3, 31, 2, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", datetime.timedelta(hours=2))
    winter.add("tzoffsetto", datetime.timedelta(hours=1))
    winter.add("dtstart", datetime.datetime(1996, 10, 27, 3, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def build_calendar(events, *, name, language, url_for):
    """An iCalendar document (bytes) with every date of `events`."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(EVENT_TIMEZONE))
    calendar.add_component(berlin_vtimezone())
    for event in events:
        for component in event_components(event, url_for(event), language):
            calendar.add_component(component)
    return calendar.to_ical()
