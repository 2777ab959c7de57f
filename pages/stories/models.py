"""Success stories: what came of a cooperation the agency helped to start."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from pages.core.api_fields import ComputedField, ImageRenditionsField
from pages.core.blocks import ImageBlock
from pages.core.models.base import GlokalPage
from pages.core.models.taxonomy import Country
from pages.core.page_views import view_for
from pages.stories.api_fields import RelatedPagesField, story_participants, story_quote

STORY_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class SuccessStoryIndexPage(GlokalPage):
    """The success stories of one language, filterable by sector, country and year."""

    template = "pages/stories/success_story_index_page.html"

    intro = models.TextField(_("introduction"), blank=True)
    per_page = models.PositiveSmallIntegerField(_("stories per page"), default=12)

    content_panels = GlokalPage.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]

    # The story index sits under the home page and holds only stories.
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.SuccessStoryPage"]

    class Meta:
        verbose_name = _("success story index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(view_for("stories.index_context")(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.context_data["filter_form"].errors:
            response.status_code = 400
        return response


class SuccessStoryPage(GlokalPage):
    """A cooperation that worked: who was involved, the challenge, the approach, the result."""

    template = "pages/stories/success_story_page.html"

    summary = models.TextField(_("summary"))
    sector = models.ForeignKey(
        "pages.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    image = models.ForeignKey(
        "pages.GlokalImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    challenge = RichTextField(_("challenge"), features=STORY_TEXT_FEATURES)
    approach = RichTextField(_("approach"), features=STORY_TEXT_FEATURES)
    result = RichTextField(_("result"), features=STORY_TEXT_FEATURES)
    quote = models.TextField(_("quote"), blank=True)
    quote_speaker = models.CharField(_("speaker"), max_length=160, blank=True)
    quote_role = models.CharField(_("speaker's role"), max_length=200, blank=True)
    gallery = StreamField([("image", ImageBlock())], verbose_name=_("images"), blank=True)
    contact = models.ForeignKey(
        "pages.ContactPerson",
        verbose_name=_("contact person who helped"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    related_pages = StreamField(
        [
            (
                "page",
                blocks.PageChooserBlock(
                    label=_("Offer or event"),
                    page_type=["pages.CooperationOfferPage", "pages.EventPage"],
                ),
            )
        ],
        verbose_name=_("offers and events that led to it"),
        blank=True,
    )

    content_panels = GlokalPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel([FieldPanel("sector"), FieldPanel("year")], heading=_("Classification")),
        InlinePanel("participants", label=_("Companies and institutions involved"), min_num=1),
        FieldPanel("challenge"),
        FieldPanel("approach"),
        FieldPanel("result"),
        MultiFieldPanel(
            [FieldPanel("quote"), FieldPanel("quote_speaker"), FieldPanel("quote_role")],
            heading=_("Quote"),
        ),
        FieldPanel("gallery"),
        FieldPanel("contact"),
        FieldPanel("related_pages"),
    ]

    search_fields = GlokalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("challenge"),
        index.SearchField("approach"),
        index.SearchField("result"),
        index.FilterField("year"),
    ]

    api_fields = [
        "summary",
        "sector",
        "year",
        APIField("image", serializer=ImageRenditionsField()),
        APIField("participants", serializer=ComputedField(story_participants)),
        "challenge",
        "approach",
        "result",
        APIField("quote", serializer=ComputedField(story_quote)),
        "gallery",
        "contact",
        # In the story's language where published, as on the story's page.
        APIField("related_pages", serializer=RelatedPagesField()),
    ]

    # Stories live only in the story index and have no children.
    parent_page_types = ["pages.SuccessStoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["participant_list"] = list(
            self.participants.select_related("region").order_by("sort_order", "pk")
        )
        context["related_list"] = self.localized_related_pages()
        return context

    def localized_related_pages(self):
        """The related offers and events in this story's language where published, else their
        published original: two queries for any number of links."""
        originals = [block.value for block in self.related_pages if block.value is not None]
        keys = {page.translation_key for page in originals}
        translations = {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(translation_key__in=keys, locale_id=self.locale_id)
            .select_related("locale")
        }
        related = []
        for original in originals:
            target = translations.get(original.translation_key) or (
                original if original.live else None
            )
            if target is not None:
                related.append(target)
        return related


class StoryParticipant(TranslatableMixin, Orderable):
    """A company or institution involved in a story, with where it is based."""

    page = ParentalKey(SuccessStoryPage, on_delete=models.CASCADE, related_name="participants")
    name = models.CharField(_("name"), max_length=200)
    is_research = models.BooleanField(_("research institution"), default=False)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    region = models.ForeignKey(
        "pages.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("is_research"),
        FieldPanel("country"),
        FieldPanel("region"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
