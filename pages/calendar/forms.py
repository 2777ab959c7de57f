"""The calendar's filter form: topic, region, country, format, language and the month shown.
The listing, its iCalendar and JSON feeds and the pages API (pages/api/page_types.py) bind the
same form, so a filter means the same everywhere."""

import datetime
import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from pages.calendar.models import EventFormat
from pages.core.filter_forms import FilterForm
from pages.core.models.taxonomy import Country


class MonthField(forms.Field):
    """A calendar month written as YYYY-MM (years 1900 to 2999)."""

    default_error_messages = {"invalid": _("Enter a month as YYYY-MM, for example 2025-10.")}

    def to_python(self, value):
        value = (value or "").strip()
        if not value:
            return None
        match = re.fullmatch(r"(\d{4})-(\d{1,2})", value)
        try:
            if not match or not 1900 <= int(match[1]) <= 2999:
                raise ValueError(value)
            return datetime.date(int(match[1]), int(match[2]), 1)
        except ValueError as error:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from error


class EventFilterForm(FilterForm):
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    format = forms.ChoiceField(label=_("Format"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    month = MonthField(label=_("Month"), required=False, widget=forms.HiddenInput)

    FILTERS = ("topic", "region", "country", "format", "language")

    def __init__(self, data, *, topics, regions):
        super().__init__(data)
        self.set_choices(
            {
                "topic": [("", _("All topics"))] + topics,
                "region": [("", _("All regions"))] + regions,
                "country": [("", _("All countries"))] + list(Country.choices),
                "format": [("", _("All formats"))] + list(EventFormat.choices),
                "language": [("", _("All languages"))] + list(settings.LANGUAGES),
            }
        )
