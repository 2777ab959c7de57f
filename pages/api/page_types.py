"""Events, cooperation offers and success stories in the pages endpoint.

Each `PageTypeAPI` here names what to prefetch for the fields being serialised and adds the
filters of the page type's own listing, reusing its form and filter function so the API and
the website agree on what a filter means:

* /api/v2/pages/?type=pages.EventPage&from=2025-10-01&to=2025-10-31&topic=…&region=…
  &country=PL&format=online&language=pl (pages/calendar/forms.py, queries.py)
* /api/v2/pages/?type=pages.CooperationOfferPage&kind=…&sector=…&region=…&country=…&target=…
  (pages/exchange/forms.py, queries.py); expired offers are hidden from every response of the
  endpoint.
* /api/v2/pages/?type=pages.SuccessStoryPage&sector=…&country=…&year=2024
  (pages/stories/forms.py, queries.py)

Topic, region and sector slugs are synchronised across translations, so a slug filters pages
in every language. A value that names nothing (an unknown slug, format, country) is a 400,
as on the website's own filters.

Imported by config/api.py only: it needs the app registry and Wagtail's API modules.
"""

import datetime
import re
from collections import defaultdict

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.api.v2.utils import BadRequestError

from pages.calendar import queries as calendar
from pages.calendar.forms import EventFilterForm
from pages.calendar.models import (
    EVENT_TIMEZONE,
    EventContact,
    EventDate,
    EventPage,
    EventRegion,
    EventTopic,
)
from pages.core.api_fields import RENDERER_FORMATS, PageTypeAPI, api_images
from pages.core.models.taxonomy import Region, Sector, Topic
from pages.exchange import queries as offer_queries
from pages.exchange.forms import OfferFilterForm
from pages.exchange.models.offers import CooperationOfferPage, OfferSector
from pages.stories import queries as stories
from pages.stories.api_fields import RELATED_PAGES_ATTR
from pages.stories.forms import StoryFilterForm
from pages.stories.models import StoryParticipant, SuccessStoryPage

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MIN_YEAR, MAX_YEAR = 1900, 2999


# --- Shared helpers -------------------------------------------------------------------------


def raise_form_errors(form):
    """A filter form's errors as one 400 message: "topic: “x” is not one of the choices." """
    messages = [f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()]
    raise BadRequestError(" ".join(messages))


def existing_slug(model, slug):
    """The choices for a slug filter: the slug itself if some term has it, else none.

    Building every term's choice would cost a query over all terms for nothing: the form
    only has to know whether the one slug asked for exists."""
    if slug and model.objects.filter(slug=slug).exists():
        return [(slug, slug)]
    return []


def by_pk(queryset, filtered):
    """`filtered` as a filter on primary keys of `queryset`: the search backend refuses
    filters on fields it does not index (event_format, year), so ?search= and these filters
    could not be combined otherwise."""
    return queryset.filter(pk__in=filtered.values("pk"))


def form_data(request, names):
    return {name: request.GET[name] for name in names if name in request.GET}


def parse_day(name, value):
    try:
        if not DAY.fullmatch(value):
            raise ValueError(value)
        day = datetime.date.fromisoformat(value)
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            raise ValueError(value)
    except ValueError as error:
        raise BadRequestError(
            _("%(name)s must be a date as YYYY-MM-DD between %(min)d and %(max)d.")
            % {"name": name, "min": MIN_YEAR, "max": MAX_YEAR}
        ) from error
    return day


def parse_range(request, *, default_days=None, max_days=None):
    """?from= and ?to= as a pair of days (inclusive), either None when not given.

    With `default_days`, a missing ?from= is today and a missing ?to= lies that many days
    after ?from=; with `max_days`, a longer range is a 400.
    """
    first = parse_day("from", request.GET["from"]) if "from" in request.GET else None
    last = parse_day("to", request.GET["to"]) if "to" in request.GET else None
    if default_days is not None:
        if first is None:
            first = min(timezone.localdate(), last) if last else timezone.localdate()
        if last is None:
            last = first + datetime.timedelta(days=default_days)
    if first and last and last < first:
        raise BadRequestError(_("to must not be before from."))
    if max_days is not None and (last - first).days + 1 > max_days:
        raise BadRequestError(
            _("A range from from to to may span at most %(days)d days.") % {"days": max_days}
        )
    return first, last


def range_bounds(first, last):
    """The aware datetimes a range of Berlin days covers: [start, end)."""

    def midnight(day):
        return datetime.datetime.combine(day, datetime.time(), EVENT_TIMEZONE)

    start = midnight(first) if first else None
    end = midnight(last + datetime.timedelta(days=1)) if last else None
    return start, end


def dates_in_range(first, last):
    """Event dates that overlap the days `first` to `last` (either may be None: open)."""
    start, end = range_bounds(first, last)
    dates = EventDate.objects.all()
    if start is not None:
        dates = dates.filter(end__gt=start)
    if end is not None:
        dates = dates.filter(start__lt=end)
    return dates


def contact_prefetches(link_name):
    links = {
        "contact_links": EventContact.objects.select_related("contact").order_by(
            "sort_order", "pk"
        ),
    }
    lookups = []
    if link_name in links:
        lookups.append(Prefetch(link_name, queryset=links[link_name]))
        lookups.append(Prefetch(f"{link_name}__contact__photo", queryset=api_images()))
    else:  # a foreign key to the contact person
        lookups += [link_name, Prefetch(f"{link_name}__photo", queryset=api_images())]
    return lookups


# --- Events ---------------------------------------------------------------------------------

EVENT_FILTERS = EventFilterForm.FILTERS  # topic, region, country, format, language


def event_filter_form(request):
    data = form_data(request, EVENT_FILTERS)
    if data.get("format") in RENDERER_FORMATS:
        del data["format"]  # ?format=json asks for JSON (see ContentNegotiation)
    return EventFilterForm(
        data,
        topics=existing_slug(Topic, data.get("topic")),
        regions=existing_slug(Region, data.get("region")),
    )


def filter_events(request, events, first, last):
    """Events with a date in the range that pass the calendar's filters (400 when invalid)."""
    form = event_filter_form(request)
    if not form.is_valid():
        raise_form_errors(form)
    if first or last:
        events = events.filter(pk__in=dates_in_range(first, last).values("page_id"))
    return by_pk(events, calendar.apply_filters(events.model.objects.all(), form.filters()))


class EventAPI(PageTypeAPI):
    model = EventPage
    filter_parameters = frozenset({"from", "to", *EVENT_FILTERS})

    def prefetches(self, field_names):
        lookups = []
        if "dates" in field_names:
            lookups.append(Prefetch("dates", queryset=EventDate.objects.order_by("start")))
        if "topics" in field_names:
            topic_links = EventTopic.objects.select_related("topic").order_by("sort_order", "pk")
            lookups.append(Prefetch("topic_links", queryset=topic_links))
        if "regions" in field_names:
            region_links = EventRegion.objects.select_related("region").order_by("sort_order", "pk")
            lookups.append(Prefetch("region_links", queryset=region_links))
        if "contacts" in field_names:
            lookups += contact_prefetches("contact_links")
        return lookups

    def filter_queryset(self, request, queryset):
        first, last = parse_range(request)
        return filter_events(request, queryset, first, last)


# --- Cooperation offers ---------------------------------------------------------------------

OFFER_FILTERS = ("kind", "sector", "region", "country", "target")


class OfferAPI(PageTypeAPI):
    model = CooperationOfferPage
    filter_parameters = frozenset(OFFER_FILTERS)

    def hidden_pages(self):
        # No longer available: gone from listings, 404 for their detail, as the site's 410.
        return CooperationOfferPage.objects.expired().values("pk")

    def prefetches(self, field_names):
        lookups = []
        if "sectors" in field_names:
            sector_links = OfferSector.objects.select_related("sector").order_by("sort_order", "pk")
            lookups.append(Prefetch("sector_links", queryset=sector_links))
        if "company_region" in field_names:
            lookups.append("company_region")
        if "contact" in field_names:
            lookups += contact_prefetches("contact")
        return lookups

    def filter_queryset(self, request, queryset):
        data = form_data(request, OFFER_FILTERS)
        form = OfferFilterForm(
            data,
            sectors=existing_slug(Sector, data.get("sector")),
            regions=existing_slug(Region, data.get("region")),
        )
        if not form.is_valid():
            raise_form_errors(form)
        # Without ?q= the index (for the exchange's search) is not needed.
        offers = CooperationOfferPage.objects.all()
        return by_pk(queryset, offer_queries.apply_filters(offers, form.cleaned_data, None))


# --- Success stories ------------------------------------------------------------------------

STORY_FILTERS = StoryFilterForm.FILTERS  # sector, country, year


class StoryAPI(PageTypeAPI):
    model = SuccessStoryPage
    filter_parameters = frozenset(STORY_FILTERS)

    def prefetches(self, field_names):
        lookups = []
        if "sector" in field_names:
            lookups.append("sector")
        if "participants" in field_names:
            participants = StoryParticipant.objects.select_related("region").order_by(
                "sort_order", "pk"
            )
            lookups.append(Prefetch("participants", queryset=participants))
        if "contact" in field_names:
            lookups += contact_prefetches("contact")
        return lookups

    def filter_queryset(self, request, queryset):
        data = form_data(request, STORY_FILTERS)
        year = data.get("year", "")
        form = StoryFilterForm(
            data,
            sectors=existing_slug(Sector, data.get("sector")),
            # Any plausible year is a choice: a year without stories gives an empty list.
            years=[int(year)] if re.fullmatch(r"\d{4}", year) else [],
        )
        if not form.is_valid():
            raise_form_errors(form)
        filtered = stories.apply_filters(SuccessStoryPage.objects.all(), form.filters())
        return by_pk(queryset, filtered)

    def load(self, objects, field_names, base_queryset):
        if "related_pages" in field_names:
            attach_related_pages(objects, base_queryset)


def attach_related_pages(stories_, visible):
    """Resolve every story's related offers and events in one query: the translation in the
    story's language where a client may see it, else the original if it may see that.

    Like `SuccessStoryPage.localized_related_pages`, but limited to `visible` (live, public,
    on this site and not an expired offer) and for all stories at once. Expects the stories'
    `related_pages` StreamFields converted (`load_stream_fields`)."""
    originals = {
        story.pk: [block.value for block in story.related_pages if block.value is not None]
        for story in stories_
    }
    keys = {page.translation_key for pages in originals.values() for page in pages}
    by_key = defaultdict(dict)
    by_pk = {}
    for page in visible.filter(translation_key__in=keys) if keys else []:
        by_key[page.translation_key][page.locale_id] = page
        by_pk[page.pk] = page
    for story in stories_:
        related = []
        for original in originals[story.pk]:
            target = by_key[original.translation_key].get(story.locale_id) or by_pk.get(original.pk)
            if target is not None:
                related.append(target)
        setattr(story, RELATED_PAGES_ATTR, related)


PAGE_TYPES = (EventAPI(), OfferAPI(), StoryAPI())
