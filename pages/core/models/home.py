"""The home page of each language tree."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.core.api_fields import ImageRenditionsField
from pages.core.blocks import BaseStreamBlock
from pages.core.models.base import GlokalPage
from pages.core.restrictions import public
from pages.core.sections import home_sections


class HomePage(GlokalPage):
    """The start page: an introduction, entry points to every section, and what other apps
    register as home sections (latest press releases, next events)."""

    template = "pages/core/home_page.html"

    intro = models.TextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "pages.GlokalImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]

    api_fields = ["intro", APIField("hero_image", serializer=ImageRenditionsField()), "body"]

    # One home page per language tree, directly under the root.
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entry_points"] = public(
            Page.objects.live().child_of(self).in_menu().order_by("path")
        ).only("title", "url_path", "search_description", "locale_id", "path", "depth")
        context["sections"] = home_sections(request, self)
        return context
