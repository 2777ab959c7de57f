"""Topics, sectors and regions: translated names, stable slugs, NUTS codes."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tests import factories


def test_translation_keeps_the_slug_and_translates_the_name(db):
    topic = factories.TopicFactory(name="Digitalisierung", slug="digitalisierung")
    czech = factories.translate(topic, "cs")["cs"]
    assert czech.slug == "digitalisierung"
    assert czech.name == "[cs] Digitalisierung"


def test_region_translation_keeps_country_and_nuts_code(db):
    region = factories.RegionFactory(name="Niederschlesien", country="PL", nuts_code="PL51")
    polish = factories.translate(region, "pl")["pl"]
    assert (polish.country, polish.nuts_code) == ("PL", "PL51")
    assert polish.name == "[pl] Niederschlesien"


@pytest.mark.parametrize("code", ["pl51", "P", "PL5100", "PL-51"])
def test_invalid_nuts_codes_are_rejected(db, code):
    region = factories.RegionFactory.build(nuts_code=code)
    with pytest.raises(ValidationError) as error:
        region.full_clean()
    assert "nuts_code" in error.value.message_dict


def test_slug_is_unique_per_locale(db):
    factories.SectorFactory(slug="automotive")
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.SectorFactory(slug="automotive")
