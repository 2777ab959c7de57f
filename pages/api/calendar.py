"""/api/v2/calendar/: event dates in the shape calendar widgets (FullCalendar and friends) read.

    GET /api/v2/calendar/?from=2025-10-01&to=2025-10-31&locale=pl&topic=…&format=online

A plain list of {id, title, start, end, allDay, url}, one item per date of the matching
events that overlaps the range, sorted by start (the same items as a calendar page's JSON
feed, from `widget_event`). The range is always bounded: ?from= defaults to today, ?to= to
a year after ?from=, and a range longer than two years is a 400, so no request can ask for
every event there is. ?locale= defaults to the site's default language, so a widget never
shows an event once per language. The calendar's filters (topic, region, country, format,
language) work as on the pages endpoint with ?type=pages.EventPage.
"""

from django.conf import settings
from django.db.models import Prefetch
from django.urls import path
from django.utils.translation import gettext as _
from rest_framework.response import Response
from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.models import Locale

from pages.api.page_types import EVENT_FILTERS, filter_events, parse_range, range_bounds
from pages.calendar.api_fields import widget_event
from pages.calendar.models import EventDate, EventPage
from pages.core.api_fields import ContentNegotiation

DEFAULT_DAYS = 365
MAX_DAYS = 2 * 366


class CalendarItem:
    """What the router takes this endpoint's model to be: no model has it as a base class,
    so the router never links other objects to this endpoint."""


class CalendarAPIViewSet(BaseAPIViewSet):
    name = "calendar"
    model = CalendarItem
    content_negotiation_class = ContentNegotiation
    known_query_parameters = frozenset({"from", "to", "locale", "format", "_", *EVENT_FILTERS})

    # Filtering happens in listing_view. The browsable API (a browser's Accept: text/html)
    # builds a filter form from these and the queryset; CalendarItem has no manager (500).
    filter_backends = []

    def get_queryset(self):
        return EventPage.objects.none()

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "listing_view"}), name="listing")]

    def listing_view(self, request):
        unknown = sorted(set(request.GET) - self.known_query_parameters)
        if unknown:
            raise BadRequestError(
                _("query parameter is not an operation or a recognised field: %(names)s")
                % {"names": ", ".join(unknown)}
            )
        first, last = parse_range(request, default_days=DEFAULT_DAYS, max_days=MAX_DAYS)
        locale = self.get_locale(request)
        try:
            visible = get_public_pages_queryset(request)
        except ValueError as error:
            raise BadRequestError(str(error)) from error
        events = EventPage.objects.filter(pk__in=visible.values("pk"), locale=locale)
        events = filter_events(request, events, first, last)
        start, end = range_bounds(first, last)
        in_range = EventDate.objects.filter(start__lt=end, end__gt=start).order_by("start")
        events = events.prefetch_related(Prefetch("dates", queryset=in_range))
        items = [
            widget_event(event, date, event.get_full_url(request))
            for event in events
            for date in event.dates.all()
        ]
        items.sort(key=lambda item: (item["start"], item["id"]))
        return Response(items)

    def get_locale(self, request):
        code = request.GET.get("locale") or settings.LANGUAGE_CODE
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            codes = ", ".join(Locale.objects.order_by("pk").values_list("language_code", flat=True))
            raise BadRequestError(
                _("Unknown locale “%(code)s”; use one of: %(codes)s.")
                % {"code": code, "codes": codes}
            )
        return locale
