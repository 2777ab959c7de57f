"""The "I am interested" form of a cooperation offer (the views and mails are in
pages/exchange/inquiries.py).

Everything typed is plain text (pages/core/public_forms/text.py), names and the phone number on
one line. The spam protection is the public forms' own: a honeypot (`website`) and a signed
stamp (`started`) bound to the offer the form belongs to.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.core.models.taxonomy import Country
from pages.core.public_forms.honeypot import HoneypotMixin
from pages.core.public_forms.stamps import INVALID, TOO_FAST, TOO_OLD, StampedFormMixin
from pages.core.public_forms.summary import ErrorSummaryMixin
from pages.core.public_forms.text import PlainTextField, TextMessages

# The consent text the sender agrees to, by version. A new wording gets a new version and the
# old one stays here, so every stored `consent_text_version` can still be looked up.
CONSENT_TEXTS = {
    "inquiry-v1": _(
        "I agree that Glokal stores the details I entered and passes them on, through the "
        "responsible contact person, to the company behind this offer so that they can get in "
        "touch with me. I can withdraw my consent at any time."
    ),
}
CONSENT_TEXT_VERSION = "inquiry-v1"

HONEYPOT_FIELD = "website"
STAMP_FIELD = "started"
MAX_LINKS = 3

LINK = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)
PHONE = re.compile(r"^\+?[0-9 ()./\-]{5,40}$")

TEXT_MESSAGES = TextMessages(
    markup=_("Please write plain text: HTML tags and scripts are not allowed."),
    control=_("Please remove the invisible control characters."),
    line_break=_("Please write this on a single line."),
)
EXPIRED = _("The form has expired. Please check your entries and send it again.")
STAMP_MESSAGES = {
    TOO_FAST: _(
        "That was quicker than anyone can read and write. Please check your entries and send "
        "the form again."
    ),
    TOO_OLD: EXPIRED,
    INVALID: EXPIRED,
}


def stamp_scope(offer):
    """What the form's stamp is bound to: the offer it asks about."""
    return f"inquiry:{offer.pk}"


def text_field(**kwargs):
    return PlainTextField(messages=TEXT_MESSAGES, **kwargs)


class InquiryForm(HoneypotMixin, StampedFormMixin, ErrorSummaryMixin, forms.Form):
    honeypot_name = HONEYPOT_FIELD
    stamp_name = STAMP_FIELD
    stamp_messages = STAMP_MESSAGES
    summary_labels = {"consent": _("Consent")}

    name = text_field(label=_("Your name"), min_length=2, max_length=200)
    organisation = text_field(label=_("Organisation"), min_length=2, max_length=200)
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We send you a link to confirm this address."),
    )
    phone = text_field(
        label=_("Phone"),
        required=False,
        max_length=40,
        help_text=_("With the country code, for example +48 71 123 45 67."),
    )
    country = forms.ChoiceField(label=_("Country"))
    message = text_field(
        label=_("Your message"),
        multiline=True,
        min_length=20,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "What does your organisation do, and why are you interested in this offer? "
            "Plain text, up to 4000 characters."
        ),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXTS[CONSENT_TEXT_VERSION],
        error_messages={"required": _("Please agree so that we can forward your inquiry.")},
    )

    def __init__(self, *args, offer, **kwargs):
        super().__init__(*args, stamp_scope=stamp_scope(offer), **kwargs)
        self.offer = offer
        self.fields["country"].choices = [("", _("Please choose"))] + list(Country.choices)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["phone"].widget.input_type = "tel"
        self.fields["country"].widget.attrs["autocomplete"] = "country"

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(
                _("Please enter a phone number with digits, spaces and an optional leading +."),
                code="phone",
            )
        return phone

    def clean_message(self):
        message = self.cleaned_data["message"]
        if len(LINK.findall(message)) > MAX_LINKS:
            raise forms.ValidationError(
                _("Please include at most %(count)d links."),
                code="links",
                params={"count": MAX_LINKS},
            )
        return message
