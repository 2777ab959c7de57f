"""The base of every listing's filter form (press room, calendar, exchange, stories): bound to
the query string, its choice fields get their choices per listing and a clear message for a
value that is not one of them, and `filters()` gives the valid, non-empty values."""

from django import forms
from django.utils.translation import gettext_lazy as _


class FilterForm(forms.Form):
    FILTERS = ()  # the fields that narrow the listing
    INVALID_CHOICE = _("“%(value)s” is not one of the choices.")

    def set_choices(self, choices, messages=None):
        """`choices` per field name; `messages` words an unknown value where the generic
        message would say less ("There is no topic …")."""
        messages = messages or {}
        for name, field_choices in choices.items():
            field = self.fields[name]
            field.choices = field_choices
            field.error_messages["invalid_choice"] = messages.get(name, self.INVALID_CHOICE)

    def filters(self):
        """The valid filter values, without empty ones."""
        if not self.is_valid():
            return {}
        return {name: self.cleaned_data[name] for name in self.FILTERS if self.cleaned_data[name]}
