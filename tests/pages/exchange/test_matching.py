"""The one matching rule: counterpart kinds, shared sectors, across the border first."""

import datetime

import pytest

from pages.exchange.matching import OfferProfile, counterpart_kinds, match_score, matching_offers
from tests import factories


def profile(kind, sectors, country="DE", targets=()):
    return OfferProfile(kind, frozenset(sectors), country, frozenset(targets))


@pytest.mark.parametrize(
    "kind, expected",
    [
        ("business_offer", {"business_request"}),
        ("business_request", {"business_offer"}),
        ("technology_offer", {"technology_request", "research_partner"}),
        ("research_partner", {"research_partner", "technology_offer", "technology_request"}),
    ],
)
def test_counterparts(kind, expected):
    assert counterpart_kinds(kind) == expected


def test_counterparts_are_symmetric():
    kinds = [
        "business_offer",
        "business_request",
        "technology_offer",
        "technology_request",
        "research_partner",
    ]
    for a in kinds:
        for b in kinds:
            assert (b in counterpart_kinds(a)) == (a in counterpart_kinds(b)), (a, b)


def test_no_match_without_counterpart_kind_or_shared_sector():
    offer = profile("business_offer", {"auto"})
    assert match_score(offer, profile("business_offer", {"auto"})) is None
    assert match_score(offer, profile("business_request", {"life"})) is None
    assert match_score(offer, profile("business_request", {"auto"})) is not None


def test_scores_prefer_more_sectors_then_the_other_side_of_the_border():
    offer = profile("technology_offer", {"auto", "energy"}, "DE", targets={"CZ"})
    same_country = match_score(offer, profile("technology_request", {"auto"}, "DE"))
    abroad = match_score(offer, profile("technology_request", {"auto"}, "PL"))
    wanted_abroad = match_score(offer, profile("technology_request", {"auto"}, "CZ"))
    two_sectors = match_score(offer, profile("technology_request", {"auto", "energy"}, "DE"))
    assert same_country < abroad < wanted_abroad < two_sectors


def test_matching_offers_from_the_database(home):
    index = factories.add_offer_index(home)
    auto, life = factories.SectorFactory(slug="auto"), factories.SectorFactory(slug="life")
    offer = factories.add_offer(index, "Zulieferer sucht Abnehmer", "business_offer", [auto], "DE")
    factories.add_offer(index, "Abnehmer Sachsen", "business_request", [auto], "DE")
    factories.add_offer(index, "Abnehmer Polen", "business_request", [auto], "PL")
    factories.add_offer(index, "Anderes Angebot", "business_offer", [auto], "CZ")
    factories.add_offer(index, "Andere Branche", "business_request", [life], "CZ")
    factories.add_offer(
        index, "Abgelaufen", "business_request", [auto], "CZ", valid_until=datetime.date(2020, 1, 1)
    )
    draft = factories.add_offer(index, "Entwurf", "business_request", [auto], "CZ")
    draft.unpublish()
    titles = [o.title for o in matching_offers(offer)]
    assert titles == ["Abnehmer Polen", "Abnehmer Sachsen"]


def test_matches_across_languages_use_the_sector_translation(home):
    index = factories.add_offer_index(home)
    auto = factories.SectorFactory(slug="auto", name="Automobil")
    offer = factories.add_offer(index, "Angebot", "business_offer", [auto], "DE")
    request = factories.add_offer(index, "Gesuch", "business_request", [auto], "PL")
    for page in (home, index, offer, request):
        factories.translate(page, "pl")
    polish = offer.get_translation(factories.locale("pl"))
    assert [o.title for o in matching_offers(polish)] == ["[pl] Gesuch"]
