"""The exchange's filter form: kind, sector, region, company's and target country, search.
The listing, its RSS feed and the pages API (pages/api/page_types.py) bind the same form, so a
filter means the same everywhere."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.core.filter_forms import SEARCH_MAX_LENGTH, FilterForm
from pages.core.models.taxonomy import Country
from pages.exchange.models.offers import OfferKind


class OfferFilterForm(FilterForm):
    q = forms.CharField(label=_("Search"), required=False, max_length=SEARCH_MAX_LENGTH)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    country = forms.ChoiceField(label=_("Company's country"), required=False)
    target = forms.ChoiceField(label=_("Target country"), required=False)

    def __init__(self, data, *, sectors, regions):
        super().__init__(data)
        self.set_choices(
            {
                "kind": [("", _("All kinds"))] + list(OfferKind.choices),
                "sector": [("", _("All sectors"))] + sectors,
                "region": [("", _("All regions"))] + regions,
                "country": [("", _("All countries"))] + list(Country.choices),
                "target": [("", _("All countries"))] + list(Country.choices),
            }
        )
