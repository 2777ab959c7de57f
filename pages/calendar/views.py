"""The calendar page's views: the listing, iCalendar feeds and the JSON feed for widgets."""

import datetime
import hashlib
import json

from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.http import quote_etag, urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from pages.calendar.ics import build_calendar
from pages.calendar.queries import (
    EventFilterForm,
    calendar_context,
    event_page_context,
    feed_events,
    filter_choices,
)
from pages.core.cache import cached
from pages.core.page_views import page_view

ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"


@page_view("calendar.index")
def calendar_view(calendar, request, archive=False):
    context = calendar.get_context(request)
    context.update(calendar_context(calendar, request, archive_view=archive))
    status = 400 if context["filter_form"].errors else 200
    return TemplateResponse(request, calendar.get_template(request), context, status=status)


def _feed_filters(calendar, request):
    choices = filter_choices(calendar)
    form = EventFilterForm(request.GET, topics=choices["topics"], regions=choices["regions"])
    return form, form.filters()


def _filter_error_response(form):
    errors = {field: [str(e) for e in errs] for field, errs in form.errors.items()}
    return JsonResponse({"message": _("Invalid filter."), "errors": errors}, status=400)


def _cached_feed(request, key, build, content_type):
    """Serve a feed rendered once per structure version, day and filter set, with an ETag.

    Calendar apps poll feeds every few minutes; rendering a thousand events each time is
    wasted work. The cache key includes the structure version (bumped on every publish), so a
    change reaches subscribers on their next poll.
    """
    body = cached(f"feed:{key}:{timezone.localdate().isoformat()}", build, timeout=60 * 60)
    etag = quote_etag(hashlib.sha256(body).hexdigest()[:32])
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(body, content_type=content_type)
    response["ETag"] = etag
    response["Cache-Control"] = "public, max-age=900"
    return response


@page_view("calendar.ics")
def calendar_ics_view(calendar, request):
    form, filters = _feed_filters(calendar, request)
    if form.errors:
        return _filter_error_response(form)
    language = translation.get_language()

    def build():
        events = feed_events(calendar, filters)
        return build_calendar(
            events,
            name=calendar.title,
            language=language,
            url_for=lambda event: event.get_full_url(request),
        )

    key = f"ics:{calendar.pk}:{urlencode(sorted(filters.items()))}"
    response = _cached_feed(request, key, build, ICS_CONTENT_TYPE)
    response["Content-Disposition"] = (
        f'inline; filename="{slugify(calendar.title) or "calendar"}.ics"'
    )
    return response


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


@page_view("calendar.json")
def calendar_json_view(calendar, request):
    form, filters = _feed_filters(calendar, request)
    if form.errors:
        return _filter_error_response(form)

    def build():
        items = [
            widget_event(event, date, event.get_full_url(request))
            for event in feed_events(calendar, filters)
            for date in event.dates.all()
        ]
        items.sort(key=lambda item: item["start"])
        return json.dumps(items, ensure_ascii=False).encode()

    key = f"json:{calendar.pk}:{urlencode(sorted(filters.items()))}"
    return _cached_feed(request, key, build, "application/json")


@page_view("calendar.event_ics")
def event_ics_view(event, request):
    body = build_calendar(
        [event],
        name=event.title,
        language=event.locale.language_code,
        url_for=lambda page: page.get_full_url(request),
    )
    response = HttpResponse(body, content_type=ICS_CONTENT_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="{slugify(event.title) or "event"}.ics"'
    )
    return response


# An event page's template context (dates, place, related contacts) comes from the queries.
page_view("calendar.event_context")(event_page_context)
