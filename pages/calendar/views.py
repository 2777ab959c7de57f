"""The calendar page's views: the listing, iCalendar feeds and the JSON feed for widgets."""

import datetime
import hashlib
import json

from django.http import HttpResponse, JsonResponse
from django.utils import timezone, translation
from django.utils.http import quote_etag, urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from pages.calendar.api_fields import widget_event
from pages.calendar.forms import EventFilterForm
from pages.calendar.ics import build_calendar
from pages.calendar.models import EVENT_TIMEZONE
from pages.calendar.queries import (
    apply_filters,
    archive,
    event_page_context,
    events_of,
    feed_events,
    filter_choices,
    group_by_month,
    in_month,
    listing_for,
    month_bounds,
    next_end,
    upcoming,
)
from pages.core.cache import cached
from pages.core.listing import filtered_listing, listing_response
from pages.core.page_cache.recording import expires_at, start_of_day_after
from pages.core.page_views import page_view

ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"


def shown_view(form, archive_view):
    """(view, month) the filter form asks for: "archive" on the archive route, "month" with a
    month, else "upcoming" (also when the form is invalid, with no month)."""
    if not form.is_valid():
        return "upcoming", None
    month = form.cleaned_data["month"]
    if archive_view:
        return "archive", month
    return ("month" if month else "upcoming"), month


def subscribe_url(calendar, request, query):
    """The webcal:// address of the calendar's iCalendar feed, on the public host (the Site
    record's, as every page link), not on whatever host the request came in by."""
    feed = calendar.get_full_url(request) + calendar.reverse_subpage("ics")
    return "webcal://" + feed.split("://", 1)[1] + (f"?{query}" if query else "")


def calendar_context(calendar, request, *, archive_view=False, now=None):
    now = now or timezone.now()

    def narrow(events, form):
        events = apply_filters(events, form.filters())
        view, month = shown_view(form, archive_view)
        if view == "archive":
            expires_at(next_end(events, now))  # an event joins the archive when it ends
            return archive(events, now)
        if view == "month":
            return in_month(events, month)
        return upcoming(events, now)

    context = filtered_listing(
        request,
        EventFilterForm,
        filter_choices(calendar),
        events_of(calendar),
        narrow=narrow,
        per_page=calendar.per_page or 20,
    )
    view, month = shown_view(context["filter_form"], archive_view)
    listings = [
        listing_for(event, now=now if view == "upcoming" else None, month=month)
        for event in context["page_obj"].object_list
    ]
    filter_only = request.GET.copy()
    for name in ("page", "month"):
        filter_only.pop(name, None)
    shown_month = month or timezone.localtime(now, EVENT_TIMEZONE).date().replace(day=1)
    if month is None:  # "this month" moves on
        expires_at(month_bounds(shown_month)[1])
    context.update(
        {
            "view": view,
            "groups": group_by_month(listings) if view != "archive" else [(None, listings)],
            "filters_only_query": filter_only.urlencode(),
            "subscribe_url": subscribe_url(calendar, request, filter_only.urlencode()),
            "month": shown_month,
            "previous_month": (shown_month - datetime.timedelta(days=1)).replace(day=1),
            "next_month": (shown_month + datetime.timedelta(days=32)).replace(day=1),
        }
    )
    return context


@page_view("calendar.index")
def calendar_view(calendar, request, archive=False):
    context = calendar.get_context(request)
    context.update(calendar_context(calendar, request, archive_view=archive))
    return listing_response(calendar, request, context)


def _feed_filters(calendar, request):
    form = EventFilterForm(request.GET, **filter_choices(calendar))
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
    today = timezone.localdate()
    expires_at(start_of_day_after(today))  # events of the recent past drop out day by day
    body = cached(f"feed:{key}:{today.isoformat()}", build, timeout=60 * 60)
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
