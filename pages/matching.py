"""Which cooperation profiles fit each other.

One rule, used by the offer page ("matching partners") and by the newsletter's digests:

- kinds must be counterparts: an offer meets a request of the same family (business,
  technology); research partner searches meet each other and technology profiles;
- they must share at least one sector (compared by the sector's translation key, so a
  Polish and a German profile match);
- the score prefers more shared sectors, partners across the border, and partners in the
  countries each side is looking for.

`match_score` is the rule on plain data (`OfferProfile`), cheap enough to run in memory for
every subscriber of a digest. `matching_offers` narrows thousands of offers in SQL to those
that can match at all, then ranks the best of them with `match_score`.
"""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from .models import CooperationOfferPage, OfferKind, OfferSector
from .restrictions import public

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


@dataclass(frozen=True)
class OfferProfile:
    kind: str
    sector_keys: frozenset
    country: str
    target_countries: frozenset = frozenset()

    @classmethod
    def of(cls, offer):
        """The profile of an offer whose `sector_links` (with sectors) are loaded."""
        return cls(
            kind=offer.kind,
            sector_keys=frozenset(link.sector.translation_key for link in offer.sector_links.all()),
            country=offer.company_country,
            target_countries=frozenset(offer.target_countries or ()),
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


def live_offers(today=None):
    """Published offers that have not expired."""
    today = today or timezone.localdate()
    return public(CooperationOfferPage.objects.live()).filter(valid_until__gte=today)


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
