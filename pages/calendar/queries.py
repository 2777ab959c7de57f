"""What the event calendar shows: filtered events, their next dates, months and the archive.

Every listing is one paginated query over events plus a fixed set of prefetches (dates,
topics, regions, image renditions), so its cost does not depend on the number of events.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Max, Min, Prefetch, Q
from django.utils import timezone

from pages.calendar.models import (
    EVENT_TIMEZONE,
    EventDate,
    EventFormat,
    EventPage,
    EventRegion,
    EventTopic,
)
from pages.core.cache import cached
from pages.core.card_columns import PAGE_COLUMNS_NOT_ON_CARDS
from pages.core.images import listing_renditions
from pages.core.models.taxonomy import Region, Topic
from pages.core.page_cache.recording import record, type_tag
from pages.core.restrictions import public

LISTING_RENDITION = "fill-480x270"
# What only an event's page and the feeds show (pages/calendar/includes/event_card.html).
EVENT_COLUMNS_NOT_ON_CARDS = (
    "body",  # decoding it per listed event cost more than rendering the cards
    *PAGE_COLUMNS_NOT_ON_CARDS,
    "venue",
    "street_address",
    "postal_code",
    "online_url",
    "organiser",
    "partners",
    "registration_url",
    "registration_deadline",
    "is_free",
    "fee",
    "languages",
)
FEED_PAST_DAYS = 180  # feeds keep recent past events so calendar apps do not drop them at once


def filter_choices(calendar):
    """Topics and regions used by the calendar's live events, in the calendar's language."""

    def build():
        record(type_tag(Topic), type_tag(Region))  # a new term is a new choice
        events = EventPage.objects.live().child_of(calendar).values("pk")
        topics = Topic.objects.filter(
            pages_eventtopic_links__page__in=events, locale_id=calendar.locale_id
        ).distinct()
        regions = Region.objects.filter(
            pages_eventregion_links__page__in=events, locale_id=calendar.locale_id
        ).distinct()
        return {
            "topics": [(t.slug, t.name) for t in topics.order_by("name")],
            "regions": [(r.slug, r.name) for r in regions.order_by("country", "name")],
        }

    return cached(f"event-filters:{calendar.pk}", build)


def events_of(calendar, *, with_topics=False):
    """The calendar's live events with what a listing card shows prefetched: the dates and the
    image with its listing rendition (feeds add the topics, for CATEGORIES)."""
    events = (
        public(EventPage.objects.live().child_of(calendar))
        .select_related("image")
        .prefetch_related(
            Prefetch("dates", queryset=EventDate.objects.order_by("start")),
            listing_renditions("image", LISTING_RENDITION),
        )
    )
    if with_topics:
        topics = EventTopic.objects.select_related("topic").order_by("sort_order", "pk")
        events = events.prefetch_related(Prefetch("topic_links", queryset=topics))
    else:
        events = events.defer(*EVENT_COLUMNS_NOT_ON_CARDS)
    return events


def apply_filters(events, filters):
    """Narrow an event queryset by the calendar's filters; every filter combines with the others."""
    if topic := filters.get("topic"):
        events = events.filter(
            pk__in=EventTopic.objects.filter(topic__slug=topic).values("page_id")
        )
    if region := filters.get("region"):
        events = events.filter(
            pk__in=EventRegion.objects.filter(region__slug=region).values("page_id")
        )
    if country := filters.get("country"):
        in_region = EventRegion.objects.filter(region__country=country).values("page_id")
        events = events.filter(Q(country=country) | Q(pk__in=in_region))
    if event_format := filters.get("format"):
        # A hybrid event is both on site and online.
        formats = (
            {event_format, EventFormat.HYBRID}
            if event_format != EventFormat.HYBRID
            else {event_format}
        )
        events = events.filter(event_format__in=formats)
    if language := filters.get("language"):
        events = events.filter(languages__icontains=f'"{language}"')
    return events


def month_bounds(first_day):
    start = datetime.datetime.combine(first_day, datetime.time(), EVENT_TIMEZONE)
    following = (first_day + datetime.timedelta(days=32)).replace(day=1)
    end = datetime.datetime.combine(following, datetime.time(), EVENT_TIMEZONE)
    return start, end


def upcoming(events, now):
    """Events with a date that has not ended, by their next date."""
    return (
        events.annotate(next_start=Min("dates__start", filter=Q(dates__end__gte=now)))
        .filter(next_start__isnull=False)
        .order_by("next_start", "pk")
    )


def in_month(events, first_day):
    start, end = month_bounds(first_day)
    overlapping = Q(dates__start__lt=end, dates__end__gte=start)
    return (
        events.annotate(next_start=Min("dates__start", filter=overlapping))
        .filter(next_start__isnull=False)
        .order_by("next_start", "pk")
    )


def next_end(events, now):
    """When the next of these events' dates ends (None if none is still to come)."""
    return EventDate.objects.filter(page__in=events.values("pk"), end__gte=now).aggregate(
        next_end=Min("end")
    )["next_end"]


def archive(events, now):
    """Events whose every date has ended, the most recent first."""
    return (
        events.annotate(last_end=Max("dates__end"), next_start=Min("dates__start"))
        .filter(last_end__lt=now)
        .order_by("-last_end", "-pk")
    )


@dataclass
class EventListing:
    """An event as a listing shows it: the date it is listed under, and its other dates."""

    event: EventPage
    date: EventDate
    other_dates: list = field(default_factory=list)


def listing_for(event, now=None, month=None):
    dates = list(event.dates.all())
    if month is not None:
        start, end = month_bounds(month)
        candidates = [d for d in dates if d.start < end and d.end >= start]
    elif now is not None:
        candidates = [d for d in dates if d.end >= now]
    else:
        candidates = []
    chosen = candidates[0] if candidates else (dates[-1] if dates else None)
    return EventListing(event=event, date=chosen, other_dates=[d for d in dates if d is not chosen])


def group_by_month(listings):
    """[(first day of month, [listing, …]), …] in listing order."""
    groups = []
    for listing in listings:
        month = listing.date.local_start.date().replace(day=1) if listing.date else None
        if groups and groups[-1][0] == month:
            groups[-1][1].append(listing)
        else:
            groups.append((month, [listing]))
    return groups


def feed_events(calendar, filters, now=None):
    """Events for an iCalendar or JSON feed: upcoming ones and those of the recent past."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=FEED_PAST_DAYS)
    events = apply_filters(events_of(calendar, with_topics=True), filters)
    return events.annotate(last_end=Max("dates__end")).filter(last_end__gte=cutoff).order_by("pk")


def event_page_context(event, request):
    now = timezone.now()
    dates = sorted(event.dates.all(), key=lambda d: d.start)
    return {
        "upcoming_dates": [d for d in dates if d.end >= now],
        "past_dates": [d for d in dates if d.end < now],
        "topic_list": [link.topic for link in event.topic_links.select_related("topic")],
        "region_list": [link.region for link in event.region_links.select_related("region")],
        "contact_list": [
            link.contact for link in event.contact_links.select_related("contact__photo")
        ],
    }
