"""Plain content pages: Impressum, privacy policy, accessibility statement and the like."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.core.blocks import BaseStreamBlock
from pages.core.models.base import GlokalPage


class FooterLink(models.TextChoices):
    """The legally required pages every page's footer links to, in this order."""

    IMPRINT = "imprint", _("Legal notice")
    PRIVACY = "privacy", _("Privacy policy")
    ACCESSIBILITY = "accessibility", _("Accessibility statement")


class StandardPage(GlokalPage):
    """A page of text. Marked as a footer link, it appears in every page's footer in its
    language, so the footer needs no separate settings to keep in sync."""

    template = "pages/core/standard_page.html"

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    footer_link = models.CharField(
        _("footer link"),
        max_length=20,
        choices=FooterLink.choices,
        blank=True,
        help_text=_("Link this page from the footer of every page."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels + [
        MultiFieldPanel([FieldPanel("footer_link")], heading=_("Footer"))
    ]

    api_fields = ["intro", "body", "footer_link"]

    # Under the home page or nested under another standard page.
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
