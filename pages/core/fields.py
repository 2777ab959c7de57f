"""Model fields shared by several content types."""

from django import forms
from django.conf import settings
from django.db import models


class ChoiceListField(models.JSONField):
    """A list of values from a fixed set of choices, edited as checkboxes.

    Stored as JSON so it needs no join table; wagtail-localize copies it unchanged into
    translations (a synchronised field), which is right for codes such as languages or
    countries. Filter with `field__icontains='"PL"'`, which works on SQLite and PostgreSQL.
    """

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def get_item_choices(self):
        return self.item_choices

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if type(self) is ChoiceListField:
            kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.get_item_choices(),
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {str(code) for code, _label in self.get_item_choices()}
        unknown = [code for code in value or [] if code not in known]
        if unknown:
            raise forms.ValidationError(
                "Unknown value(s): %(codes)s", params={"codes": ", ".join(map(str, unknown))}
            )

    def labels(self, value):
        """The display labels of the stored codes, in the stored order."""
        names = dict(self.get_item_choices())
        return [names.get(code, code) for code in value or []]


class LanguageListField(ChoiceListField):
    """Language codes from settings.LANGUAGES ("de", "en", …)."""

    def get_item_choices(self):
        return settings.LANGUAGES
