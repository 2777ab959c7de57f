"""The honeypot: a field people never see (hidden visually and from assistive technology, out
of the tab order) and bots fill in. A post with it filled gets the usual success answer and
nothing else: no record, no mail, nothing that tells the bot it was caught."""

from django import forms
from django.utils.translation import gettext_lazy as _


def honeypot_field():
    return forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


def is_filled(data, name):
    """Anything but white space in the honeypot `name` of the posted `data`."""
    return bool((data.get(name) or "").strip())


class HoneypotMixin:
    """Adds the honeypot field `honeypot_name` to a form. Each form keeps the name it always
    had ("url", "website"): a name bots expect to fill in."""

    honeypot_name = "website"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.honeypot_name] = honeypot_field()

    @property
    def honeypot(self):
        return self[self.honeypot_name]

    @property
    def honeypot_filled(self):
        return self.is_bound and is_filled(self.data, self.honeypot_name)
