"""pages.core.listing: a filtered listing's form, items, page and query string, and its 400."""

import pytest
from django import forms
from django.test import RequestFactory

from pages.core.listing import filtered_listing, listing_response
from pages.models import Sector
from tests import factories


class ColourForm(forms.Form):
    colour = forms.ChoiceField(required=False)

    def __init__(self, data, *, colours):
        super().__init__(data)
        self.fields["colour"].choices = [("", "all"), *colours]


@pytest.fixture
def sectors(db):
    return [factories.SectorFactory(name=f"Sektor {n}", slug=f"sektor-{n}") for n in range(5)]


def listing(query, narrow=None):
    request = RequestFactory().get("/", query)
    narrowed = []

    def record(items, form):
        narrowed.append(form.cleaned_data)
        return (narrow or (lambda items, form: items))(items, form)

    context = filtered_listing(
        request,
        ColourForm,
        {"colours": [("red", "Red")]},
        Sector.objects.order_by("pk"),
        narrow=record,
        per_page=2,
    )
    return context, narrowed


def test_a_valid_form_narrows_and_paginates(sectors):
    context, narrowed = listing(
        {"colour": "red", "page": "2"}, narrow=lambda items, form: items.exclude(pk=sectors[0].pk)
    )
    assert narrowed == [{"colour": "red"}]
    assert list(context["page_obj"]) == sectors[3:5]
    assert context["paginator"].count == 4
    assert context["filter_query"] == "colour=red"
    assert not context["filter_form"].errors


def test_an_invalid_form_lists_nothing_and_never_narrows(sectors):
    context, narrowed = listing({"colour": "green"})
    assert narrowed == []
    assert context["paginator"].count == 0
    assert list(context["page_obj"]) == []
    assert "colour" in context["filter_form"].errors


def test_a_page_out_of_range_is_the_last(sectors):
    context, _narrowed = listing({"page": "99"})
    assert context["page_obj"].number == 3


@pytest.mark.parametrize(("query", "status"), [({"colour": "red"}, 200), ({"colour": "x"}, 400)])
def test_the_response_is_400_when_the_filter_form_has_errors(home, sectors, query, status):
    request = RequestFactory().get("/", query)
    context, _narrowed = listing(query)
    context.update(home.get_context(request))
    response = listing_response(home, request, context)
    assert response.status_code == status
