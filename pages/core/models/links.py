"""Abstract inline rows that attach taxonomy terms and contact persons to a page.

Press releases, events (and later offers and stories) all carry ordered topics, regions and
contact persons. The rows are `TranslatableMixin`, so a page's translation points at the
translated term or person and renders in its own language without a lookup; each concrete
row adds only its `ParentalKey` to the page type that owns it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin


class TopicLink(TranslatableMixin, Orderable):
    topic = models.ForeignKey(
        "pages.Topic",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s_links",
    )

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True
        verbose_name = _("topic")


class RegionLink(TranslatableMixin, Orderable):
    region = models.ForeignKey(
        "pages.Region",
        verbose_name=_("region"),
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s_links",
    )

    panels = [FieldPanel("region")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True
        verbose_name = _("region")


class ContactLink(TranslatableMixin, Orderable):
    contact = models.ForeignKey(
        "pages.ContactPerson",
        verbose_name=_("contact person"),
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s_links",
    )

    panels = [FieldPanel("contact")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True
        verbose_name = _("contact person")


class SectorLink(TranslatableMixin, Orderable):
    sector = models.ForeignKey(
        "pages.Sector",
        verbose_name=_("sector"),
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s_links",
    )

    panels = [FieldPanel("sector")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True
        verbose_name = _("sector")
