"""The event calendar: a calendar page per language and the events under it."""

import datetime
import uuid
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from pages.calendar.api_fields import event_dates, event_place, event_registration
from pages.core.api_fields import (
    ChoiceValueField,
    ComputedField,
    ImageRenditionsField,
    LinkedSnippetsField,
)
from pages.core.blocks import BaseStreamBlock
from pages.core.fields import LanguageListField
from pages.core.models.base import GlokalPage
from pages.core.models.links import ContactLink, RegionLink, TopicLink
from pages.core.models.taxonomy import Country
from pages.core.page_views import view_for
from pages.core.sections import sections_for
from pages.core.structured_data import description_of, event, image_url

# Event times are wall-clock times in Berlin, which is also Poland's and Czechia's time;
# pages/calendar/ics.py writes the matching VTIMEZONE.
EVENT_TIMEZONE = ZoneInfo("Europe/Berlin")


class EventFormat(models.TextChoices):
    ON_SITE = "on_site", _("On site")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class EventCalendarPage(RoutablePageMixin, GlokalPage):
    """The calendar of one language: upcoming events by month, a month view, the archive,
    filters, and iCalendar and JSON feeds of any filtered view."""

    template = "pages/calendar/event_calendar_page.html"

    intro = models.TextField(_("introduction"), blank=True)
    per_page = models.PositiveSmallIntegerField(_("events per page"), default=20)

    content_panels = GlokalPage.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]

    # The calendar sits under the home page and holds only events.
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.EventPage"]

    class Meta:
        verbose_name = _("event calendar")

    @path("")
    def index_route(self, request, *args, **kwargs):
        return view_for("calendar.index")(self, request)

    @path("archive/", name="archive")
    def archive_route(self, request):
        return view_for("calendar.index")(self, request, archive=True)

    @path("ics/", name="ics")
    def ics_route(self, request):
        return view_for("calendar.ics")(self, request)

    @path("json/", name="json")
    def json_route(self, request):
        return view_for("calendar.json")(self, request)


class EventPage(RoutablePageMixin, GlokalPage):
    """An event: a forum, a workshop series, a delegation trip, a cooperation exchange.

    It has one or more dates; the place depends on the format (on site, online, hybrid)."""

    template = "pages/calendar/event_page.html"

    teaser = models.TextField(
        _("summary"), help_text=_("Two or three sentences for listings and calendar apps.")
    )
    image = models.ForeignKey(
        "pages.GlokalImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event_format = models.CharField(
        _("format"), max_length=10, choices=EventFormat.choices, default=EventFormat.ON_SITE
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    partners = models.TextField(_("partners"), blank=True, help_text=_("One partner per line."))
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    is_free = models.BooleanField(_("free of charge"), default=True)
    fee = models.CharField(
        _("fee"), max_length=120, blank=True, help_text=_("For example: 120 € plus VAT.")
    )
    languages = LanguageListField(_("languages spoken"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = GlokalPage.content_panels + [
        FieldPanel("teaser"),
        InlinePanel("dates", label=_("Dates"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("event_format"),
                FieldPanel("venue"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldPanel("country"),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("partners"),
                FieldPanel("languages"),
                FieldPanel("registration_url"),
                FieldPanel("registration_deadline"),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("fee")]),
            ],
            heading=_("Organisation and registration"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("topic_links", label=_("Topics")),
        InlinePanel("region_links", label=_("Regions")),
        InlinePanel("contact_links", label=_("Contact persons")),
    ]

    search_fields = GlokalPage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.SearchField("city"),
        index.SearchField("venue"),
    ]

    api_fields = [
        "teaser",
        APIField("format", serializer=ChoiceValueField("event_format")),
        APIField("place", serializer=ComputedField(event_place)),
        "online_url",
        "organiser",
        APIField("partners", serializer=ComputedField(lambda event: event.partner_list)),
        APIField("registration", serializer=ComputedField(event_registration)),
        "languages",
        APIField("dates", serializer=ComputedField(event_dates)),
        # In the page's language: a translated event links the translated topics.
        APIField("topics", serializer=LinkedSnippetsField("topic_links", "topic")),
        APIField("regions", serializer=LinkedSnippetsField("region_links", "region")),
        APIField("contacts", serializer=LinkedSnippetsField("contact_links", "contact")),
        APIField("image", serializer=ImageRenditionsField()),
        "body",
    ]

    # Events live only in a calendar and have no children.
    parent_page_types = ["pages.EventCalendarPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        needs_place = self.event_format in (EventFormat.ON_SITE, EventFormat.HYBRID)
        needs_link = self.event_format in (EventFormat.ONLINE, EventFormat.HYBRID)
        errors = {}
        if needs_place and not self.city:
            errors["city"] = _("An event with a venue needs a city.")
        if needs_link and not self.online_url:
            errors["online_url"] = _("An online event needs a link.")
        if not self.is_free and not self.fee:
            errors["fee"] = _("Say what the event costs, or mark it free of charge.")
        if errors:
            raise ValidationError(errors)

    @property
    def partner_list(self):
        return [line.strip() for line in self.partners.splitlines() if line.strip()]

    @property
    def is_online(self):
        return self.event_format in (EventFormat.ONLINE, EventFormat.HYBRID)

    @property
    def has_place(self):
        return self.event_format in (EventFormat.ON_SITE, EventFormat.HYBRID)

    @property
    def registration_open(self):
        if not self.registration_deadline:
            return True
        return timezone.localdate() <= self.registration_deadline

    def sorted_dates(self):
        """All dates in order; uses the prefetched `dates` when a listing loaded them."""
        return sorted(self.dates.all(), key=lambda d: d.start)

    def social_image(self):
        return self.image

    def structured_data(self, request):
        """schema.org Event for the next date (the last one once all are past)."""
        dates = self.sorted_dates()
        if not dates:
            return None
        now = timezone.now()
        upcoming = [date for date in dates if date.end >= now]
        return event(
            self,
            request,
            dates=upcoming or dates[-1:],
            description=description_of(self),
            image=image_url(self.image),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(view_for("calendar.event_context")(self, request))
        context["sections"] = sections_for("event", request, self)
        return context

    @path("ics/", name="ics")
    def ics_route(self, request):
        """The event's dates as an iCalendar file for a calendar app."""
        return view_for("calendar.event_ics")(self, request)


class EventDate(Orderable):
    """One date of an event. Times are wall-clock times in Europe/Berlin; an all-day date
    ignores the times and spans whole days. Copied unchanged into translations, with its
    `uid`, so calendar apps recognise the same date in every language and after edits."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="dates")
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    all_day = models.BooleanField(_("all day"), default=False)
    uid = models.UUIDField(default=uuid.uuid4, editable=False)

    panels = [FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("all_day")])]

    class Meta(Orderable.Meta):
        verbose_name = _("date")
        verbose_name_plural = _("dates")
        indexes = [models.Index(fields=["start", "end"])]

    @staticmethod
    def page_cache_changes_at(fields):
        """A date that ends leaves the upcoming lists (and joins the archive)."""
        return fields.get("end")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end must not be before the start.")})
        if self.all_day and self.start and self.end and self.end_date < self.start_date:
            raise ValidationError({"end": _("The last day must not be before the first.")})

    def save(self, *args, **kwargs):
        if self.all_day:
            # Store all-day dates as midnight to midnight local time, so range queries work
            # the same way for every date.
            self.start = datetime.datetime.combine(self.start_date, datetime.time(), EVENT_TIMEZONE)
            self.end = datetime.datetime.combine(
                self.end_date, datetime.time(23, 59, 59), EVENT_TIMEZONE
            )
        super().save(*args, **kwargs)

    @property
    def local_start(self):
        return timezone.localtime(self.start, EVENT_TIMEZONE)

    @property
    def local_end(self):
        return timezone.localtime(self.end, EVENT_TIMEZONE)

    @property
    def start_date(self):
        return self.local_start.date()

    @property
    def end_date(self):
        return self.local_end.date()

    @property
    def is_multi_day(self):
        return self.end_date > self.start_date


class EventTopic(TopicLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="topic_links")


class EventRegion(RegionLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="region_links")


class EventContact(ContactLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="contact_links")
