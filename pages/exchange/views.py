"""The cooperation exchange: the listing with filters and search, an offer's page with its
matches, and the RSS feed of new offers."""

from django import forms
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from pages.core.cache import cached
from pages.core.models.contacts import ContactPerson
from pages.core.models.taxonomy import Country, Region, Sector
from pages.core.page_views import page_view
from pages.core.pagination import paginate, query_without_page
from pages.exchange.matching import live_offers, matching_offers
from pages.exchange.models.offers import CooperationOfferPage, OfferKind, OfferSector

FEED_LENGTH = 30
# The search backend returns whole pages; a common word would load thousands just for their
# ids. The most relevant hits are kept, then sorted and filtered like the listing.
MAX_SEARCH_HITS = 200


class OfferFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    country = forms.ChoiceField(label=_("Company's country"), required=False)
    target = forms.ChoiceField(label=_("Target country"), required=False)

    def __init__(self, data, *, sectors, regions):
        super().__init__(data)
        choices = {
            "kind": [("", _("All kinds"))] + list(OfferKind.choices),
            "sector": [("", _("All sectors"))] + sectors,
            "region": [("", _("All regions"))] + regions,
            "country": [("", _("All countries"))] + list(Country.choices),
            "target": [("", _("All countries"))] + list(Country.choices),
        }
        for name, field_choices in choices.items():
            self.fields[name].choices = field_choices
            self.fields[name].error_messages["invalid_choice"] = _(
                "“%(value)s” is not one of the choices."
            )


def filter_choices(index):
    """Sectors and regions of the exchange's language (cached until the structure changes)."""

    def build():
        return {
            "sectors": [(s.slug, s.name) for s in Sector.objects.filter(locale_id=index.locale_id)],
            "regions": [(r.slug, r.name) for r in Region.objects.filter(locale_id=index.locale_id)],
        }

    return cached(f"offer-filters:{index.pk}", build)


def offers_of(index, today=None):
    """The exchange's published, unexpired offers, newest first, with their sectors."""
    sectors = OfferSector.objects.select_related("sector").order_by("sort_order", "pk")
    return (
        live_offers(today)
        .child_of(index)
        .select_related("company_region")
        .prefetch_related(Prefetch("sector_links", queryset=sectors))
        .order_by("-first_published_at", "-pk")
    )


def apply_filters(offers, data, index):
    if data.get("kind"):
        offers = offers.filter(kind=data["kind"])
    if data.get("sector"):
        in_sector = OfferSector.objects.filter(sector__slug=data["sector"]).values("page_id")
        offers = offers.filter(pk__in=in_sector)
    if data.get("region"):
        offers = offers.filter(company_region__slug=data["region"])
    if data.get("country"):
        offers = offers.filter(company_country=data["country"])
    if data.get("target"):
        offers = offers.filter(target_countries__icontains=f'"{data["target"]}"')
    if data.get("q"):
        # The search backend filters only on indexed fields: search the exchange's offers and
        # intersect by primary key.
        found = live_offers().child_of(index).search(data["q"], operator="and")
        offers = offers.filter(pk__in=[page.pk for page in found[:MAX_SEARCH_HITS]])
    return offers


def listing_context(index, request):
    choices = filter_choices(index)
    form = OfferFilterForm(request.GET, sectors=choices["sectors"], regions=choices["regions"])
    offers = offers_of(index)
    offers = apply_filters(offers, form.cleaned_data, index) if form.is_valid() else offers.none()
    paginator, page_obj = paginate(offers, index.per_page or 20, request.GET.get("page"))
    return {
        "filter_form": form,
        "paginator": paginator,
        "page_obj": page_obj,
        "offers": page_obj,
        "filter_query": query_without_page(request),
    }


@page_view("exchange.index")
def offer_index_view(index, request):
    context = index.get_context(request)
    context.update(listing_context(index, request))
    status = 400 if context["filter_form"].errors else 200
    return TemplateResponse(request, index.get_template(request), context, status=status)


def offer_gone(offer, request):
    """410 for an expired offer: gone, not missing, since links to it keep arriving."""
    return TemplateResponse(
        request, "pages/exchange/offer_expired.html", offer.get_context(request), status=410
    )


@page_view("exchange.offer")
def offer_page_view(offer, request):
    if offer.is_expired:
        return offer_gone(offer, request)
    context = offer.get_context(request)
    sectors = list(offer.sector_links.select_related("sector"))
    offer._prefetched_objects_cache = {"sector_links": sectors}
    context.update(
        {
            "sector_list": [link.sector for link in sectors],
            "matches": matching_offers(offer),
            "contact": ContactPerson.objects.select_related("photo")
            .filter(pk=offer.contact_id)
            .first()
            if offer.contact_id
            else None,
        }
    )
    return TemplateResponse(request, offer.get_template(request), context)


class OfferFeed(Feed):
    """New offers of one exchange (so one language), filtered like the listing."""

    def __init__(self, index):
        super().__init__()
        self.index = index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return index.title

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.intro or index.title

    def items(self, index):
        choices = filter_choices(index)
        form = OfferFilterForm(
            self.request.GET, sectors=choices["sectors"], regions=choices["regions"]
        )
        if not form.is_valid():
            return CooperationOfferPage.objects.none()
        return apply_filters(offers_of(index), form.cleaned_data, index)[:FEED_LENGTH]

    def item_title(self, item):
        return f"{item.reference} · {item.get_kind_display()}: {item.title}"

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return f"urn:glokal:offer:{item.reference or item.pk}:{item.locale_id}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_categories(self, item):
        return [link.sector.name for link in item.sector_links.all()]


@page_view("exchange.feed")
def offer_feed_view(index, request):
    return OfferFeed(index)(request)
