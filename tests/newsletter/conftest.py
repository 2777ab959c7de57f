"""Fixtures the newsletter tests share: English msgids instead of the project's catalogues,
translated taxonomy terms to choose from, and content for the digests."""

import pytest

from tests import factories


@pytest.fixture
def ui_strings_as_written(settings):
    """Behaviour is checked against the English msgids (project catalogues switched off);
    tests/test_catalogues.py checks that every string is translated."""
    settings.LOCALE_PATHS = []


@pytest.fixture
def terms(home):
    """Two sectors, a region and a topic in German, each translated into Polish."""
    pl = factories.locale("pl")
    created = {}
    for name, model_factory, de_fields, pl_name in (
        ("auto", factories.SectorFactory, {"name": "Automobil", "slug": "auto"}, "Motoryzacja"),
        ("energy", factories.SectorFactory, {"name": "Energie", "slug": "energy"}, "Energetyka"),
        ("topic", factories.TopicFactory, {"name": "Innovation", "slug": "inno"}, "Innowacje"),
        (
            "region",
            factories.RegionFactory,
            {"name": "Niederschlesien", "slug": "ds", "country": "PL", "nuts_code": "PL51"},
            "Dolny Śląsk",
        ),
    ):
        german = model_factory(**de_fields)
        model_factory(
            **{**de_fields, "name": pl_name},
            locale=pl,
            translation_key=german.translation_key,
        )
        created[name] = german
    # A sector nobody translated into Polish yet: offered under its German name.
    created["logistics"] = factories.SectorFactory(name="Logistik", slug="logistik")
    return created


@pytest.fixture
def content(home):
    """Two sectors, a topic, a region; an offer index, a calendar and the press room."""
    press = home.get_children().type(factories.PressReleaseIndexPage).first().specific
    return {
        "home": home,
        "offers": factories.add_offer_index(home),
        "calendar": factories.add_calendar(home),
        "press": press,
        "auto": factories.SectorFactory(name="Automobil"),
        "energy": factories.SectorFactory(name="Energie"),
        "topic": factories.TopicFactory(name="Messen"),
        "other_topic": factories.TopicFactory(name="Förderung"),
        "region": factories.RegionFactory(name="Sachsen"),
    }
