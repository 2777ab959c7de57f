"""Kept at this path for the migrations, which are history and never edited: they import
`pages.fields`. The fields live in `pages/core/fields.py`."""

from pages.core.fields import ChoiceListField, LanguageListField

__all__ = ["ChoiceListField", "LanguageListField"]
