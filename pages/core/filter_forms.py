"""The base of every listing's filter form (press room, calendar, exchange, stories): bound to
the query string, its choice fields get their choices per listing and a clear message for a
value that is not one of them, and `filters()` gives the valid, non-empty values.

A listing's search box is the field `q`: `FilterForm.clean_q` reduces it to its words
(`search_words`, the same rule as the API's ?search=), so no listing passes search syntax to
the database."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Letters and digits, in any script.
SEARCH_WORD = re.compile(r"[^\W_]+")
# What a search box takes, and the API's ?search=: a search backend builds one expression node
# per word, and SQLite's recursed past Python's limit for 20,000 words (500).
SEARCH_MAX_LENGTH = 200


def search_words(text):
    """The words of a visitor's search text, joined by single spaces ("" when it has none).

    The search backends build a query expression from the text they are given (SQLite's FTS5
    MATCH, PostgreSQL's tsquery): a double quote, a parenthesis, `*`, `:` or `-` is syntax
    there, and a stray one failed as a database error (500). Every search a visitor can type
    (the listings' `q`, the API's `?search=`) searches for the words only."""
    return " ".join(SEARCH_WORD.findall(text))


class FilterForm(forms.Form):
    FILTERS = ()  # the fields that narrow the listing
    INVALID_CHOICE = _("“%(value)s” is not one of the choices.")
    NO_SEARCH_WORDS = _("Search for at least one word or number.")

    def set_choices(self, choices, messages=None):
        """`choices` per field name; `messages` words an unknown value where the generic
        message would say less ("There is no topic …")."""
        messages = messages or {}
        for name, field_choices in choices.items():
            field = self.fields[name]
            field.choices = field_choices
            field.error_messages["invalid_choice"] = messages.get(name, self.INVALID_CHOICE)

    def clean_q(self):
        """The search text as words (called by Django for every listing form with a `q`)."""
        text = self.cleaned_data["q"]
        if not text.strip():
            return ""
        words = search_words(text)
        if not words:
            raise ValidationError(self.NO_SEARCH_WORDS, code="no_search_words")
        return words

    def filters(self):
        """The valid filter values, without empty ones."""
        if not self.is_valid():
            return {}
        return {name: self.cleaned_data[name] for name in self.FILTERS if self.cleaned_data[name]}
