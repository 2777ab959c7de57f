"""A choice field that names database rows by id takes an id too large for the database as
an unknown choice (a form error), not a database error (500): SQLite refused
`pk IN (99999999999999999999)` with OverflowError in the offer form's sectors
(pages/core/public_forms/choices.py)."""

import pytest

from pages.exchange.submission_forms import OfferSubmissionForm
from tests import factories

HUGE = ["99999999999999999999", str(2**63), "-99999999999999999999"]


@pytest.mark.parametrize("value", HUGE)
def test_offer_form_sector_and_region_with_a_huge_id_are_form_errors(home, value):
    index = factories.add_offer_index(home)
    factories.SectorFactory()

    form = OfferSubmissionForm({"sectors": [value], "region": value}, index=index)

    assert not form.is_valid()
    assert "sectors" in form.errors
    assert "region" in form.errors


def test_an_id_at_the_edge_of_the_range_is_an_ordinary_unknown_choice(home):
    index = factories.add_offer_index(home)
    form = OfferSubmissionForm({"sectors": [str(2**63 - 1)]}, index=index)
    assert not form.is_valid()
    assert "sectors" in form.errors


@pytest.mark.parametrize("value", HUGE)
def test_the_inquiry_filter_in_the_admin_takes_a_huge_offer_id(
    client, home, value, django_user_model
):
    client.force_login(factories.admin_user(django_user_model))
    response = client.get("/admin/inquiries/", {"offer": value})
    assert response.status_code == 200
