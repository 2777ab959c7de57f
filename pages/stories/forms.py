"""The success story index's filter form: sector, country of a participant, year. The index
and the pages API (pages/api/page_types.py) bind the same form, so a filter means the same
on both."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.core.models.taxonomy import Country


class StoryFilterForm(forms.Form):
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    FILTERS = ("sector", "country", "year")

    def __init__(self, data, *, sectors, years):
        super().__init__(data)
        self.fields["sector"].choices = [("", _("All sectors"))] + sectors
        self.fields["country"].choices = [("", _("All countries"))] + list(Country.choices)
        self.fields["year"].choices = [("", _("All years"))] + [(y, str(y)) for y in years]
        self.fields["sector"].error_messages["invalid_choice"] = _(
            "There is no sector “%(value)s”."
        )
        self.fields["country"].error_messages["invalid_choice"] = _(
            "“%(value)s” is not one of the choices."
        )
        self.fields["year"].error_messages["invalid_choice"] = _(
            "There are no success stories from %(value)s."
        )

    def filters(self):
        """The valid filter values, without empty ones."""
        if not self.is_valid():
            return {}
        return {name: self.cleaned_data[name] for name in self.FILTERS if self.cleaned_data[name]}
