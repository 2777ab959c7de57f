"""The success story index's filter form: sector, country of a participant, year. The index
and the pages API (pages/api/page_types.py) bind the same form, so a filter means the same
on both."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.core.filter_forms import FilterForm
from pages.core.models.taxonomy import Country


class StoryFilterForm(FilterForm):
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    FILTERS = ("sector", "country", "year")

    def __init__(self, data, *, sectors, years):
        super().__init__(data)
        self.set_choices(
            {
                "sector": [("", _("All sectors"))] + sectors,
                "country": [("", _("All countries"))] + list(Country.choices),
                "year": [("", _("All years"))] + [(y, str(y)) for y in years],
            },
            messages={
                "sector": _("There is no sector “%(value)s”."),
                "year": _("There are no success stories from %(value)s."),
            },
        )
