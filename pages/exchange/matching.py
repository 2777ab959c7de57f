"""Which cooperation profiles fit each other.

One rule, used by the offer page ("matching partners") and by the newsletter's digests:

- kinds must be counterparts: an offer meets a request of the same family (business,
  technology); research partner searches meet each other and technology profiles;
- they must share at least one sector (compared by the sector's translation key, so a
  Polish and a German profile match);
- the score prefers more shared sectors, partners across the border, and partners in the
  countries each side is looking for.

`match_score` is the rule on plain data (`OfferProfile`), cheap enough to run in memory.
`fits_interests` is its counterpart for a newsletter subscriber's interests (`InterestProfile`):
it runs in memory for every interest signature of a digest batch, on the same profiles.
`matching_offers` narrows thousands of offers in SQL to those
that can match at all, then ranks the best of them with `match_score`.
"""

import uuid
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Prefetch, Q

from pages.core.restrictions import public
from pages.exchange.models.offers import CooperationOfferPage, OfferKind, OfferSector

COUNTERPARTS = {
    OfferKind.BUSINESS_OFFER: {OfferKind.BUSINESS_REQUEST},
    OfferKind.BUSINESS_REQUEST: {OfferKind.BUSINESS_OFFER},
    OfferKind.TECHNOLOGY_OFFER: {OfferKind.TECHNOLOGY_REQUEST, OfferKind.RESEARCH_PARTNER},
    OfferKind.TECHNOLOGY_REQUEST: {OfferKind.TECHNOLOGY_OFFER, OfferKind.RESEARCH_PARTNER},
    OfferKind.RESEARCH_PARTNER: {
        OfferKind.RESEARCH_PARTNER,
        OfferKind.TECHNOLOGY_OFFER,
        OfferKind.TECHNOLOGY_REQUEST,
    },
}
SHARED_SECTOR_WEIGHT = 10
CROSS_BORDER_BONUS = 5
TARGET_COUNTRY_BONUS = 3
SQL_SHORTLIST = 50  # candidates ranked in memory; more cannot change the top few


REGION_BONUS = 5  # an offer from the subscriber's own region beats one from their country
PLACE_BONUS = 3  # from, or looking for partners in, one of the subscriber's countries


@dataclass(frozen=True)
class OfferProfile:
    kind: str
    sector_keys: frozenset
    country: str
    target_countries: frozenset = frozenset()
    # Translation key of the company's region; None when unknown or not loaded.
    region_key: object = None

    @classmethod
    def of(cls, offer):
        """The profile of an offer whose `sector_links` (with sectors) are loaded.

        The region key is read only when `company_region` was loaded with the offer
        (select_related): `match_score` does not use it, and the offer page must not pay a
        query for it."""
        region_key = None
        if offer.company_region_id and CooperationOfferPage.company_region.is_cached(offer):
            region_key = offer.company_region.translation_key
        return cls(
            kind=offer.kind,
            sector_keys=frozenset(link.sector.translation_key for link in offer.sector_links.all()),
            country=offer.company_country,
            target_countries=frozenset(offer.target_countries or ()),
            region_key=region_key,
        )


@dataclass(frozen=True)
class InterestProfile:
    """What a newsletter subscriber wants to read about. Every field is a frozenset; an empty
    one means "all" in that dimension. Sectors and regions are translation keys (UUIDs, as
    on the terms), so the language of the subscriber does not matter."""

    offer_kinds: frozenset = frozenset()
    sector_keys: frozenset = frozenset()
    region_keys: frozenset = frozenset()
    countries: frozenset = frozenset()

    @classmethod
    def of(cls, subscriber):
        """The profile of a newsletter subscriber (or anything with the same fields)."""
        return cls(
            offer_kinds=frozenset(subscriber.offer_kinds or ()),
            sector_keys=translation_keys(subscriber.sector_keys),
            region_keys=translation_keys(subscriber.region_keys),
            countries=frozenset(subscriber.countries or ()),
        )


def counterpart_kinds(kind):
    return COUNTERPARTS.get(kind, set())


def match_score(profile: OfferProfile, candidate: OfferProfile) -> int | None:
    """How well `candidate` fits `profile`; None when it does not fit at all."""
    if candidate.kind not in counterpart_kinds(profile.kind):
        return None
    shared = profile.sector_keys & candidate.sector_keys
    if not shared:
        return None
    score = SHARED_SECTOR_WEIGHT * len(shared)
    if candidate.country != profile.country:
        score += CROSS_BORDER_BONUS
    if candidate.country in profile.target_countries:
        score += TARGET_COUNTRY_BONUS
    if profile.country in candidate.target_countries:
        score += TARGET_COUNTRY_BONUS
    return score


def translation_keys(values):
    """Translation keys stored as JSON strings (a subscriber's interests), as the UUIDs the
    terms carry; anything malformed is dropped."""
    keys = set()
    for value in values or ():
        try:
            keys.add(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
        except ValueError:
            continue
    return frozenset(keys)


def fits_interests(offer: OfferProfile, interests: InterestProfile) -> int | None:
    """How well an offer fits a subscriber's interests; None when it does not fit.

    The offer must be of one of the chosen kinds and share a chosen sector. It fits the
    chosen places when the company sits in one of the regions or countries, or looks for
    partners in one of the countries. The score prefers more shared sectors, then an offer
    from the subscriber's region, then from or into their countries."""
    if interests.offer_kinds and offer.kind not in interests.offer_kinds:
        return None
    score = 0
    if interests.sector_keys:
        shared = len(interests.sector_keys & offer.sector_keys)
        if not shared:
            return None
        score += SHARED_SECTOR_WEIGHT * shared
    if interests.region_keys or interests.countries:
        in_region = offer.region_key in interests.region_keys
        in_country = offer.country in interests.countries
        targets = not offer.target_countries.isdisjoint(interests.countries)
        if not (in_region or in_country or targets):
            return None
        score += REGION_BONUS * in_region + PLACE_BONUS * in_country + PLACE_BONUS * targets
    return score


def live_offers(today=None):
    """Published offers that have not expired."""
    return public(CooperationOfferPage.objects.live()).current(today)


def matching_offers(offer, limit=5, today=None):
    """The best-fitting published counterparts of `offer` in its language, best first."""
    profile = OfferProfile.of(offer)
    if not profile.sector_keys:
        return []
    sectors = OfferSector.objects.select_related("sector").order_by("sort_order", "pk")
    shares_sector = OfferSector.objects.filter(
        page_id=OuterRef("pk"), sector__translation_key__in=profile.sector_keys
    )
    # Rank in a narrow query (ids and two counts), then load only the shortlist: grouping
    # the full page rows by every column cost most of the page's time among 10,000 offers.
    ranked = (
        live_offers(today)
        .filter(locale_id=offer.locale_id, kind__in=counterpart_kinds(offer.kind))
        .exclude(translation_key=offer.translation_key)
        .filter(Exists(shares_sector))
        .values("pk")
        .annotate(
            shared=Count(
                "sector_links",
                filter=Q(sector_links__sector__translation_key__in=profile.sector_keys),
            ),
            abroad=Count("pk", filter=~Q(company_country=profile.country)),
        )
        .order_by("-shared", "-abroad", "-first_published_at", "-pk")
        .values_list("pk", flat=True)[:SQL_SHORTLIST]
    )
    order = {pk: position for position, pk in enumerate(ranked)}
    shortlist = sorted(
        CooperationOfferPage.objects.filter(pk__in=order)
        .select_related("company_region")
        .prefetch_related(Prefetch("sector_links", queryset=sectors)),
        key=lambda candidate: order[candidate.pk],
    )
    scored = [(match_score(profile, OfferProfile.of(c)), c) for c in shortlist]
    scored = [(score, c) for score, c in scored if score is not None]
    scored.sort(
        key=lambda pair: (
            -pair[0],
            -(pair[1].first_published_at.timestamp() if pair[1].first_published_at else 0),
        )
    )
    return [candidate for _score, candidate in scored[:limit]]
