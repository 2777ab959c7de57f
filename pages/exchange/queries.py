"""What the exchange lists: its live offers with their sectors, narrowed by the filter form's
values, and the form's sector and region choices (cached until the structure changes)."""

from django.db.models import Prefetch
from django.utils import timezone

from pages.core.cache import cached
from pages.core.card_columns import PAGE_COLUMNS_NOT_ON_CARDS
from pages.core.models.taxonomy import Region, Sector
from pages.core.page_cache.recording import record, type_tag
from pages.exchange.matching import live_offers, matching_offers
from pages.exchange.models.offers import CooperationOfferPage, OfferSector

# An offer card (pages/exchange/includes/offer_card.html) shows none of these; decoding the
# description per listed offer is wasted, the company's details are not public anyway.
NOT_ON_CARDS = (
    "body",
    *PAGE_COLUMNS_NOT_ON_CARDS,
    "keywords",
    "development_stage",
    "contact",
    "company_name",
    "company_contact_name",
    "company_email",
    "company_phone",
    "company_website",
    "submitted_by_company",
    "reminder_sent_for",
)

# The search backend returns whole pages; a common word would load thousands just for their
# ids. The most relevant hits are kept, then sorted and filtered like the listing.
MAX_SEARCH_HITS = 200


def filter_choices(index):
    """Sectors and regions of the exchange's language (cached until the structure changes)."""

    def build():
        record(type_tag(Sector), type_tag(Region))  # a new term is a new choice
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
        .defer(*NOT_ON_CARDS)
        .order_by("-first_published_at", "-pk")
    )


def matches_for(offer, limit=5):
    """`matching_offers(offer)` as the offer page shows them.

    Ranking loads and scores a shortlist of fifty full offers; it is done once per offer
    revision and day (offers expire by the day) under the structure version, which every
    publish bumps. Each request then loads only the few offers shown."""
    today = timezone.localdate()

    def build():
        return [match.pk for match in matching_offers(offer, limit=limit, today=today)]

    ranked = cached(f"offer-matches:{offer.pk}:{offer.last_published_at}:{today}", build)
    if not ranked:
        return []
    sectors = OfferSector.objects.select_related("sector").order_by("sort_order", "pk")
    shown = (
        CooperationOfferPage.objects.filter(pk__in=ranked)
        .select_related("company_region")
        .prefetch_related(Prefetch("sector_links", queryset=sectors))
        .defer(*NOT_ON_CARDS)
    )
    by_pk = {match.pk: match for match in shown}
    return [by_pk[pk] for pk in ranked if pk in by_pk]


def apply_filters(offers, data, index):
    """Narrow `offers` by the filter form's cleaned data; ?q= searches the offers of `index`."""
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
