"""Model fields shared by several content types."""

from django import forms
from django.conf import settings
from django.db import models


class LanguageListField(models.JSONField):
    """A list of language codes ("de", "en", …) edited as checkboxes.

    Stored as JSON so it needs no join table; wagtail-localize copies it unchanged into
    translations (it is a synchronised field), which is right: the languages a person or an
    event speaks do not depend on the language of the page.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=settings.LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {code for code, _name in settings.LANGUAGES}
        unknown = [code for code in value or [] if code not in known]
        if unknown:
            raise forms.ValidationError(
                "Unknown language code(s): %(codes)s", params={"codes": ", ".join(unknown)}
            )
