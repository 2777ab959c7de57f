"""Taxonomies every content type shares: topics, sectors and regions.

They are translatable snippets: the German record is the source, its translations carry the
name in en/pl/cs. The slug is synchronised, so `?topic=life-sciences` filters the same way in
every language and in the API.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Country(models.TextChoices):
    """Countries the agency works with; ISO 3166-1 alpha-2 codes."""

    GERMANY = "DE", _("Germany")
    POLAND = "PL", _("Poland")
    CZECHIA = "CZ", _("Czechia")
    AUSTRIA = "AT", _("Austria")
    SLOVAKIA = "SK", _("Slovakia")
    HUNGARY = "HU", _("Hungary")


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """Common shape of a term: a translated name and a stable slug."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=False,
        help_text=_("Used in filter links and the API; the same in every language."),
    )

    override_translatable_fields = [SynchronizedField("slug", overridable=False)]
    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
        index.FilterField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(TaxonomyTerm):
    """A subject of press releases and events ("Wirtschaftsförderung", "Digitalisierung")."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]


class Sector(TaxonomyTerm):
    """An industry sector (life sciences, automotive, …) for offers, stories and interests."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_sector_slug_per_locale")
        ]


nuts_code_validator = RegexValidator(
    r"^[A-Z]{2}[A-Z0-9]{0,3}$",
    _("A NUTS code is a two-letter country code followed by up to three letters or digits."),
)


class Region(TaxonomyTerm):
    """A region on either side of the border, identified by its NUTS code (DED, PL51, CZ041)."""

    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    nuts_code = models.CharField(
        _("NUTS code"), max_length=5, validators=[nuts_code_validator], blank=True
    )

    override_translatable_fields = TaxonomyTerm.override_translatable_fields + [
        SynchronizedField("nuts_code", overridable=False),
    ]
    panels = TaxonomyTerm.panels + [FieldPanel("country"), FieldPanel("nuts_code")]
    search_fields = TaxonomyTerm.search_fields + [index.FilterField("country")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["country", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_region_slug_per_locale")
        ]
