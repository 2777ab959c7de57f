"""The press room: an index of releases and the releases themselves."""

import datetime

from django.db import models
from django.db.models import Prefetch
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.core.api_fields import ImageRenditionsField, SnippetListField
from pages.core.blocks import BaseStreamBlock
from pages.core.images import listing_renditions
from pages.core.models.base import GlokalPage
from pages.core.models.links import ContactLink, TopicLink
from pages.core.restrictions import public

from .blocks import PressMediaBlock, RelatedLinksBlock

LISTING_RENDITION = "fill-480x270"


class PressReleaseIndexPage(RoutablePageMixin, GlokalPage):
    """The press room of one language: releases newest first, filters, search and feeds."""

    intro = models.TextField(_("introduction"), blank=True)
    per_page = models.PositiveSmallIntegerField(_("releases per page"), default=10)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]

    api_fields = ["intro"]

    # The press room sits under the home page and holds only press releases.
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["press.PressReleasePage"]

    class Meta:
        verbose_name = _("press room")

    def releases(self):
        """Published releases of this press room, with everything a listing shows prefetched."""
        return (
            public(PressReleasePage.objects.live().child_of(self))
            .select_related("locale", "hero_image")
            .prefetch_related(
                listing_renditions("hero_image", LISTING_RENDITION),
                Prefetch(
                    "topic_links",
                    queryset=PressReleaseTopic.objects.select_related("topic").order_by(
                        "sort_order"
                    ),
                ),
            )
            .order_by("-date", "-pk")
        )

    def searchable_releases(self):
        return PressReleasePage.objects.live().child_of(self)

    def get_context(self, request, *args, **kwargs):
        from .listing import press_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(press_listing_context(self, request))
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        # A filter value that names nothing (an unknown topic or year) is the visitor's
        # error: the page still renders, with the message, but answers 400.
        context = self.get_context(request, *args, **kwargs)
        status = 400 if context["filter_form"].errors else 200
        return TemplateResponse(request, self.get_template(request), context, status=status)

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from .feeds import PressReleaseRssFeed

        return PressReleaseRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import PressReleaseAtomFeed

        return PressReleaseAtomFeed(self)(request)


class PressReleasePage(GlokalPage):
    """A press release as the agency publishes it: headline, lead, body with quotes and
    photos, topics, the contact persons for questions ("Rückfragen an"), media and links."""

    date = models.DateField(_("release date"), default=datetime.date.today)
    subtitle = models.CharField(
        _("subtitle"),
        max_length=300,
        blank=True,
        help_text=_("The line under the headline that summarises the release."),
    )
    lead = models.TextField(
        _("lead paragraph"), help_text=_("One or two sentences: who, what, when, where.")
    )
    hero_image = models.ForeignKey(
        "pages.GlokalImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField(_("hero image caption"), max_length=300, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    media = StreamField(PressMediaBlock(), verbose_name=_("media"), blank=True)
    related_links = StreamField(RelatedLinksBlock(), verbose_name=_("related links"), blank=True)
    event = models.ForeignKey(
        "pages.EventPage",
        verbose_name=_("event announced"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="press_releases",
        help_text=_("The event this release announces or reports on; it links back."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("subtitle"),
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption")], heading=_("Hero image")
        ),
        FieldPanel("body"),
        InlinePanel("topic_links", label=_("Topics")),
        InlinePanel("contact_links", label=_("Contact for questions")),
        FieldPanel("media"),
        FieldPanel("related_links"),
        FieldPanel("event"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    api_fields = [
        "date",
        "subtitle",
        "lead",
        APIField("hero_image", serializer=ImageRenditionsField()),
        "hero_caption",
        "body",
        "media",
        "related_links",
        # In the page's language: a translated release links the translated topics.
        APIField("topics", serializer=SnippetListField()),
        APIField("contacts", serializer=SnippetListField()),
    ]

    # Releases live only in a press room and have no children.
    parent_page_types = ["press.PressReleaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    @property
    def topics(self):
        return [link.topic for link in self.topic_links.all()]

    @property
    def contacts(self):
        return [link.contact for link in self.contact_links.all()]

    @property
    def published_at(self):
        """A datetime for feeds: the release date at the time it first went live."""
        if self.first_published_at and self.first_published_at.date() == self.date:
            return self.first_published_at
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time(9, 0)))

    og_type = "article"

    def social_image(self):
        return self.hero_image

    def structured_data(self, request):
        """schema.org NewsArticle: what news search and link previews read."""
        from pages.core.structured_data import description_of, image_url, news_article

        return news_article(
            self,
            request,
            headline=self.title,
            description=description_of(self),
            published=self.published_at,
            modified=self.last_published_at or self.published_at,
            image=image_url(self.hero_image),
        )

    def page_cache_tags(self):
        """The event page this release announces lists it (press/sections.py)."""
        from .sections import releases_about_tag

        if not self.event_id:
            return set()
        keys = Page.objects.filter(pk=self.event_id).values_list("translation_key", flat=True)
        return {releases_about_tag(key) for key in keys}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topic_list"] = list(
            self.topic_links.select_related("topic").order_by("sort_order", "pk")
        )
        # Translations point at the German event: show the event in the release's language.
        context["event"] = self.event.localized if self.event_id and self.event.live else None
        context["contact_list"] = [
            link.contact
            for link in self.contact_links.select_related("contact__photo").order_by(
                "sort_order", "pk"
            )
        ]
        return context


class PressReleaseTopic(TopicLink):
    """A topic of a release; a translated release points at the topic's translation."""

    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="topic_links")


class PressReleaseContact(ContactLink):
    """A contact person for questions about a release, in the editor's chosen order."""

    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="contact_links")
