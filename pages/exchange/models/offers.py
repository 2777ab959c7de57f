"""The network tool: cooperation offers and requests, in the style of the Enterprise Europe
Network's partnering profiles, published in four languages."""

import datetime

from django.core.validators import MaxLengthValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pages.core.api_fields import (
    ChoiceListValuesField,
    ChoiceValueField,
    ComputedField,
    LinkedSnippetsField,
)
from pages.core.blocks import BaseStreamBlock
from pages.core.fields import ChoiceListField
from pages.core.models.base import GlokalPage
from pages.core.models.links import SectorLink
from pages.core.models.taxonomy import Country
from pages.core.page_cache.recording import start_of_day_after
from pages.core.page_views import view_for
from pages.core.routing_fields import source_record


class OfferKind(models.TextChoices):
    BUSINESS_OFFER = "business_offer", _("Business offer")
    BUSINESS_REQUEST = "business_request", _("Business request")
    TECHNOLOGY_OFFER = "technology_offer", _("Technology offer")
    TECHNOLOGY_REQUEST = "technology_request", _("Technology request")
    RESEARCH_PARTNER = "research_partner", _("Research partner search")


class PartnerType(models.TextChoices):
    SME = "sme", _("Small or medium-sized company")
    LARGE_COMPANY = "large_company", _("Large company")
    RESEARCH = "research", _("Research institute")
    UNIVERSITY = "university", _("University")
    NETWORK = "network", _("Cluster or network")
    PUBLIC_BODY = "public_body", _("Public body")


class PartnershipType(models.TextChoices):
    DISTRIBUTION = "distribution", _("Commercial agency or distribution")
    SUPPLIER = "supplier", _("Supplier agreement")
    SUBCONTRACTING = "subcontracting", _("Subcontracting")
    MANUFACTURING = "manufacturing", _("Manufacturing agreement")
    TECHNICAL = "technical", _("Technical cooperation")
    LICENCE = "licence", _("Licence agreement")
    JOINT_VENTURE = "joint_venture", _("Joint venture")
    RESEARCH = "research", _("Research cooperation")


class DevelopmentStage(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    LABORATORY = "laboratory", _("Tested in the laboratory")
    PROTOTYPE = "prototype", _("Prototype")
    FIELD_TESTED = "field_tested", _("Field tested")
    ON_THE_MARKET = "on_the_market", _("On the market")


TECHNOLOGY_KINDS = {
    OfferKind.TECHNOLOGY_OFFER,
    OfferKind.TECHNOLOGY_REQUEST,
    OfferKind.RESEARCH_PARTNER,
}
DEFAULT_VALIDITY = datetime.timedelta(days=365)


def default_valid_until(today=None):
    """One year from `today` (the agency's today by default: the field default, which
    migrations reference, is called with no argument)."""
    return (today or timezone.localdate()) + DEFAULT_VALIDITY


class CooperationOfferIndexPage(RoutablePageMixin, GlokalPage):
    """The cooperation exchange ("Kooperationsbörse") of one language: offers and requests
    with search and filters, an RSS feed, and the form through which companies submit."""

    template = "pages/exchange/cooperation_offer_index_page.html"

    intro = models.TextField(_("introduction"), blank=True)
    per_page = models.PositiveSmallIntegerField(_("offers per page"), default=20)

    content_panels = GlokalPage.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]

    # The exchange sits under the home page and holds only offers.
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.CooperationOfferPage"]

    class Meta:
        verbose_name = _("cooperation exchange")

    @path("")
    def index_route(self, request, *args, **kwargs):
        return view_for("exchange.index")(self, request)

    @path("feed/rss/", name="rss")
    def rss_route(self, request):
        return view_for("exchange.feed")(self, request)

    @path("submit/", name="submit")
    def submit_route(self, request):
        return view_for("exchange.submit")(self, request)


class OfferQuerySet(PageQuerySet):
    """Offers by validity: "current" is the one rule for what listings, matches, digests,
    the API and reminders may show, and `CooperationOfferPage.is_expired` is its negation."""

    def current(self, today=None):
        """Valid until today or later (today in the agency's time zone)."""
        return self.filter(valid_until__gte=today or timezone.localdate())

    def expired(self, today=None):
        return self.filter(valid_until__lt=today or timezone.localdate())


class CooperationOfferPage(RoutablePageMixin, GlokalPage):
    """One cooperation profile. The company's identity and contact data are stored for the
    agency but never shown: visitors send an inquiry, which the responsible contact person
    at the agency forwards."""

    template = "pages/exchange/cooperation_offer_page.html"

    objects = PageManager.from_queryset(OfferQuerySet)()

    kind = models.CharField(_("kind"), max_length=30, choices=OfferKind.choices)
    reference = models.CharField(
        _("reference number"),
        max_length=20,
        blank=True,
        editable=False,
        db_index=True,
        help_text=_("Assigned when the offer is first published; the same in every language."),
    )
    summary = models.TextField(_("summary"), validators=[MaxLengthValidator(1000)])
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)
    keywords = models.CharField(
        _("technology keywords"), max_length=300, blank=True, help_text=_("Separated by commas.")
    )
    company_region = models.ForeignKey(
        "pages.Region",
        verbose_name=_("company's region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    company_country = models.CharField(
        _("company's country"), max_length=2, choices=Country.choices
    )
    target_countries = ChoiceListField(_("target countries"), item_choices=Country.choices)
    partner_types = ChoiceListField(_("partner sought"), item_choices=PartnerType.choices)
    partnership_types = ChoiceListField(
        _("partnership sought"), item_choices=PartnershipType.choices
    )
    development_stage = models.CharField(
        _("stage of development"), max_length=20, choices=DevelopmentStage.choices, blank=True
    )
    valid_until = models.DateField(_("valid until"), default=default_valid_until)
    contact = models.ForeignKey(
        "pages.ContactPerson",
        verbose_name=_("responsible contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Private: stored for the agency, never rendered publicly or exposed by the API.
    company_name = models.CharField(_("company"), max_length=200, blank=True)
    company_contact_name = models.CharField(_("contact at the company"), max_length=200, blank=True)
    company_email = models.EmailField(_("company email"), blank=True)
    company_phone = models.CharField(_("company phone"), max_length=40, blank=True)
    company_website = models.URLField(_("company website"), blank=True)
    submitted_by_company = models.BooleanField(
        _("submitted through the public form"), default=False
    )
    reminder_sent_for = models.DateField(null=True, blank=True, editable=False)

    PRIVATE_FIELDS = (
        "company_name",
        "company_contact_name",
        "company_email",
        "company_phone",
        "company_website",
    )

    override_translatable_fields = [
        SynchronizedField(name, overridable=False) for name in PRIVATE_FIELDS
    ] + [SynchronizedField("valid_until", overridable=False)]

    content_panels = GlokalPage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("valid_until")]),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("keywords"),
        InlinePanel("sector_links", label=_("Sectors"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("company_country"),
                FieldPanel("company_region"),
                FieldPanel("target_countries"),
                FieldPanel("partner_types"),
                FieldPanel("partnership_types"),
                FieldPanel("development_stage"),
            ],
            heading=_("Partner sought"),
        ),
        FieldPanel("contact"),
        MultiFieldPanel(
            [FieldPanel(name) for name in PRIVATE_FIELDS],
            heading=_("Company (never published)"),
        ),
    ]

    search_fields = GlokalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("keywords"),
        index.SearchField("reference"),
        index.FilterField("kind"),
        index.FilterField("valid_until"),
    ]

    # Never the PRIVATE_FIELDS: the company's identity stays with the agency.
    api_fields = [
        APIField("kind", serializer=ChoiceValueField("kind")),
        "reference",
        "summary",
        "body",
        APIField("keywords", serializer=ComputedField(lambda offer: offer.keyword_list)),
        APIField("sectors", serializer=LinkedSnippetsField("sector_links", "sector")),
        "company_region",
        APIField("company_country", serializer=ChoiceValueField("company_country")),
        APIField("target_countries", serializer=ChoiceListValuesField("target_countries")),
        APIField("partner_types", serializer=ChoiceListValuesField("partner_types")),
        APIField("partnership_types", serializer=ChoiceListValuesField("partnership_types")),
        APIField("development_stage", serializer=ChoiceValueField("development_stage")),
        "valid_until",
        "contact",
    ]

    # Offers live only in the exchange and have no children.
    parent_page_types = ["pages.CooperationOfferIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("cooperation offer")
        verbose_name_plural = _("cooperation offers")
        indexes = [models.Index(fields=["kind", "valid_until"])]

    def __str__(self):
        return f"{self.reference} {self.title}".strip()

    @property
    def is_expired(self):
        return self.valid_until < timezone.localdate()

    @staticmethod
    def page_cache_changes_at(fields):
        """An offer leaves every listing (and its page answers 410) once its last day is over."""
        valid_until = fields.get("valid_until")
        return start_of_day_after(valid_until) if valid_until else None

    @property
    def is_technology(self):
        return self.kind in TECHNOLOGY_KINDS

    @property
    def target_country_labels(self):
        return self._meta.get_field("target_countries").labels(self.target_countries)

    @property
    def partner_type_labels(self):
        return self._meta.get_field("partner_types").labels(self.partner_types)

    @property
    def partnership_type_labels(self):
        return self._meta.get_field("partnership_types").labels(self.partnership_types)

    @property
    def keyword_list(self):
        return [word.strip() for word in self.keywords.split(",") if word.strip()]

    def responsible_contact(self):
        """The German record of the offer's contact person: whom its inquiries and reminders
        go to, in whatever language the offer is. Taken from the German offer when there is
        one, else from the offer's own contact; None when there is no German record. Never a
        translated record: translators must not decide where mail goes
        (pages/core/routing_fields.py), and a translated row may predate that rule."""
        source_offer = source_record(self) or self
        return source_record(source_offer.contact)

    def save(self, *args, **kwargs):
        # A translation created before or after the reference was assigned takes it over.
        if not self.reference and self.translation_key and self.pk:
            self.reference = (
                CooperationOfferPage.objects.filter(translation_key=self.translation_key)
                .exclude(reference="")
                .values_list("reference", flat=True)
                .first()
                or ""
            )
        super().save(*args, **kwargs)

    def assign_reference(self):
        """Give the offer (and all its translations) a reference number once, on first publish."""
        if self.reference:
            return self.reference
        with transaction.atomic():
            existing = (
                CooperationOfferPage.objects.filter(translation_key=self.translation_key)
                .exclude(reference="")
                .values_list("reference", flat=True)
                .first()
            )
            self.reference = existing or OfferReferenceCounter.next_reference()
            CooperationOfferPage.objects.filter(translation_key=self.translation_key).update(
                reference=self.reference
            )
        return self.reference

    @path("")
    def offer_route(self, request, *args, **kwargs):
        return view_for("exchange.offer")(self, request)

    @path("interest/", name="inquiry")
    def inquiry_route(self, request):
        return view_for("exchange.inquiry")(self, request)


class OfferSector(SectorLink):
    page = ParentalKey(CooperationOfferPage, on_delete=models.CASCADE, related_name="sector_links")


class OfferReferenceCounter(models.Model):
    """The last reference number handed out per year; locked row by row so two editors
    publishing at once never get the same number."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    PREFIX = "GLK"

    def __str__(self):
        return f"{self.year}: {self.last_number}"

    @classmethod
    def next_reference(cls):
        year = timezone.localdate().year
        with transaction.atomic():
            cls.objects.get_or_create(year=year)
            counter = cls.objects.select_for_update().get(year=year)
            counter.last_number += 1
            counter.save(update_fields=["last_number"])
        return f"{cls.PREFIX}-{year}-{counter.last_number:04d}"
