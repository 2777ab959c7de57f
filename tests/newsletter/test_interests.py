"""The interest rule of the digests: `fits_interests` on plain profiles."""

import uuid

import pytest

from pages.exchange.matching import (
    InterestProfile,
    OfferProfile,
    fits_interests,
    match_score,
    translation_keys,
)
from tests import factories

AUTO, ENERGY, FOOD = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
SAXONY, SILESIA = uuid.uuid4(), uuid.uuid4()


def offer(kind="business_offer", sectors=(AUTO,), country="DE", targets=(), region=None):
    return OfferProfile(
        kind=kind,
        sector_keys=frozenset(sectors),
        country=country,
        target_countries=frozenset(targets),
        region_key=region,
    )


def interests(kinds=(), sectors=(), regions=(), countries=()):
    return InterestProfile(
        offer_kinds=frozenset(kinds),
        sector_keys=frozenset(sectors),
        region_keys=frozenset(regions),
        countries=frozenset(countries),
    )


def test_empty_interests_take_every_offer():
    assert fits_interests(offer(), interests()) == 0
    assert fits_interests(offer(kind="research_partner", sectors=()), interests()) == 0


def test_offer_kind_must_be_chosen():
    wanted = interests(kinds=["technology_offer", "technology_request"])
    assert fits_interests(offer(kind="business_offer"), wanted) is None
    assert fits_interests(offer(kind="technology_offer"), wanted) is not None


def test_a_sector_must_be_shared_and_more_shared_sectors_score_higher():
    wanted = interests(sectors=[AUTO, ENERGY])
    assert fits_interests(offer(sectors=[FOOD]), wanted) is None
    one = fits_interests(offer(sectors=[AUTO, FOOD]), wanted)
    two = fits_interests(offer(sectors=[AUTO, ENERGY]), wanted)
    assert one is not None and two is not None
    assert two > one


def test_places_region_country_or_target_country():
    wanted = interests(regions=[SAXONY], countries=["PL"])
    # From the chosen region, from a chosen country, or looking for partners there.
    assert fits_interests(offer(country="DE", region=SAXONY), wanted) is not None
    assert fits_interests(offer(country="PL", region=SILESIA), wanted) is not None
    assert fits_interests(offer(country="CZ", targets=["PL"]), wanted) is not None
    # None of these.
    assert fits_interests(offer(country="DE", region=uuid.uuid4()), wanted) is None
    assert fits_interests(offer(country="CZ", targets=["AT"]), wanted) is None
    # An unknown region is no match by itself.
    assert fits_interests(offer(country="DE", region=None), wanted) is None


def test_sectors_weigh_more_than_places():
    wanted = interests(sectors=[AUTO, ENERGY], regions=[SAXONY], countries=["DE"])
    two_sectors_elsewhere = offer(sectors=[AUTO, ENERGY], country="CZ", targets=["DE"])
    one_sector_at_home = offer(sectors=[AUTO], country="DE", region=SAXONY)
    assert fits_interests(two_sectors_elsewhere, wanted) > fits_interests(
        one_sector_at_home, wanted
    )
    in_region = fits_interests(offer(country="DE", region=SAXONY), wanted)
    in_country = fits_interests(offer(country="DE"), wanted)
    assert in_region > in_country


def test_interest_profile_of_stored_json_keys():
    class Stored:
        offer_kinds = ["business_request"]
        sector_keys = [str(AUTO), "not-a-uuid", None]
        region_keys = [str(SAXONY)]
        countries = ["PL", "CZ"]

    profile = InterestProfile.of(Stored)
    assert profile.sector_keys == frozenset({AUTO})
    assert profile.region_keys == frozenset({SAXONY})
    assert profile.offer_kinds == frozenset({"business_request"})
    assert profile.countries == frozenset({"PL", "CZ"})
    assert translation_keys([AUTO, str(ENERGY), 12]) == frozenset({AUTO, ENERGY})


def test_match_score_unchanged_by_the_region():
    base = offer(kind="business_request", sectors=[AUTO], country="PL")
    candidate = offer(kind="business_offer", sectors=[AUTO], country="DE")
    with_region = offer(kind="business_offer", sectors=[AUTO], country="DE", region=SAXONY)
    assert match_score(base, candidate) == match_score(base, with_region)


@pytest.mark.django_db
def test_offer_profile_reads_the_region_only_when_loaded(home, django_assert_num_queries):
    from pages.models import CooperationOfferPage

    index = factories.add_offer_index(home)
    region = factories.RegionFactory()
    sector = factories.SectorFactory()
    page = factories.add_offer(index, sectors=[sector], company_region=region)
    plain = CooperationOfferPage.objects.prefetch_related("sector_links__sector").get(pk=page.pk)
    with django_assert_num_queries(0):
        assert OfferProfile.of(plain).region_key is None
    loaded = (
        CooperationOfferPage.objects.select_related("company_region")
        .prefetch_related("sector_links__sector")
        .get(pk=page.pk)
    )
    with django_assert_num_queries(0):
        profile = OfferProfile.of(loaded)
    assert profile.region_key == region.translation_key
    assert profile.sector_keys == frozenset({sector.translation_key})
