"""The form through which a company submits a cooperation offer (the view, the draft and the
mails are in pages/exchange/submission.py).

Every text field is plain text (pages/core/public_forms/text.py): whitespace is tidied,
control characters and anything that looks like HTML are refused with a clear message. The
spam protection is the public forms' own: a honeypot (`url`) and a signed stamp
(`form_stamp`) bound to the exchange the form belongs to.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pages.core.models.taxonomy import Country, Region, Sector
from pages.core.phone import validate_international_phone
from pages.core.public_forms.choices import RowChoiceField, RowsChoiceField
from pages.core.public_forms.honeypot import HoneypotMixin
from pages.core.public_forms.stamps import INVALID, TOO_FAST, TOO_OLD, StampedFormMixin
from pages.core.public_forms.summary import ErrorSummaryMixin
from pages.core.public_forms.text import PlainTextField, reject_control_characters, reject_markup
from pages.exchange.models.offers import (
    TECHNOLOGY_KINDS,
    DevelopmentStage,
    OfferKind,
    PartnershipType,
    PartnerType,
    default_valid_until,
)

# The version of the consent text shown with the form. Change it whenever the wording of
# the consent field's label changes, so each log entry says which text the company agreed to.
CONSENT_VERSION = "offer-consent-2026-11"

HONEYPOT_FIELD = "url"
STAMP_FIELD = "form_stamp"
MAX_VALIDITY_YEARS = 2

LENGTH_ERROR = _(
    "Please shorten this to at most %(limit_value)d characters (it has %(show_value)d)."
)
TEXT_ERRORS = {"required": _("Please fill in this field."), "max_length": LENGTH_ERROR}
CHOICE_ERRORS = {
    "required": _("Please choose an option."),
    "invalid_choice": _("Please choose one of the listed options."),
    "invalid_list": _("Please choose from the listed options."),
    "invalid_pk_value": _("Please choose one of the listed options."),
}
STAMP_MESSAGES = {
    INVALID: _("The form could not be verified. Please check your entries and send it again."),
    TOO_FAST: _("That was very quick. Please check your entries and send the form again."),
    TOO_OLD: _("The form was open for a long time. Please check your entries and send it again."),
}

COUNTRY_OF_LANGUAGE = {"de": "DE", "pl": "PL", "cs": "CZ"}


def stamp_scope(index):
    """What the form's stamp is bound to: the exchange (one per language) it submits to."""
    return f"offer-submission:{index.pk}"


def add_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def text_field(**kwargs):
    return PlainTextField(error_messages=TEXT_ERRORS, **kwargs)


class OfferSubmissionForm(HoneypotMixin, StampedFormMixin, ErrorSummaryMixin, forms.Form):
    """What a company tells us about its offer; the page is built from the cleaned data."""

    honeypot_name = HONEYPOT_FIELD
    stamp_name = STAMP_FIELD
    stamp_messages = STAMP_MESSAGES

    # Your offer
    title = text_field(
        label=_("Title of your offer"),
        max_length=150,
        help_text=_("A short, specific headline, e.g. “Distribution partner for sensors wanted”."),
    )
    kind = forms.ChoiceField(
        label=_("Kind of profile"),
        choices=[("", _("Please choose"))] + list(OfferKind.choices),
        error_messages=CHOICE_ERRORS,
    )
    summary = text_field(
        label=_("Summary"),
        max_length=1000,
        multiline=True,
        help_text=_(
            "Two or three sentences that appear in the listing (at most 1,000 characters)."
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    description = text_field(
        label=_("Description"),
        max_length=8000,
        multiline=True,
        required=False,
        help_text=_(
            "What you offer or look for, your advantages, what the partner should bring "
            "(at most 8,000 characters). Separate paragraphs with an empty line."
        ),
        widget=forms.Textarea(attrs={"rows": 12}),
    )
    keywords = text_field(
        label=_("Keywords"),
        max_length=300,
        required=False,
        help_text=_("Separated by commas, e.g. “sensors, lidar, automotive”."),
    )
    valid_until = forms.DateField(
        label=_("Valid until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Optional. Without a date the offer stays online for one year; at most two."),
        error_messages={"invalid": _("Please enter a date, e.g. 2027-03-31.")},
    )

    # Sectors and partners
    sectors = RowsChoiceField(
        label=_("Sectors"),
        queryset=Sector.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={**CHOICE_ERRORS, "required": _("Please choose at least one sector.")},
    )
    company_country = forms.ChoiceField(
        label=_("Your company's country"),
        choices=[("", _("Please choose"))] + list(Country.choices),
        error_messages=CHOICE_ERRORS,
    )
    region = RowChoiceField(
        label=_("Your company's region"),
        queryset=Region.objects.none(),
        required=False,
        empty_label=_("Not listed / not specified"),
        error_messages=CHOICE_ERRORS,
    )
    target_countries = forms.MultipleChoiceField(
        label=_("Target countries"),
        choices=Country.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Where you are looking for partners. Leave empty for anywhere."),
        error_messages=CHOICE_ERRORS,
    )
    partner_types = forms.MultipleChoiceField(
        label=_("Partner sought"),
        choices=PartnerType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages=CHOICE_ERRORS,
    )
    partnership_types = forms.MultipleChoiceField(
        label=_("Kind of partnership"),
        choices=PartnershipType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages=CHOICE_ERRORS,
    )
    development_stage = forms.ChoiceField(
        label=_("Stage of development"),
        choices=[("", _("Not specified"))] + list(DevelopmentStage.choices),
        required=False,
        help_text=_(
            "Only for technology offers, technology requests and research partner searches."
        ),
        error_messages=CHOICE_ERRORS,
    )

    # Company and contact (never published)
    company_name = text_field(
        label=_("Company"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    contact_name = text_field(
        label=_("Contact person"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Please enter your email address."),
            "invalid": _("Please enter a valid email address, e.g. name@company.com."),
            "max_length": _("Please enter an email address of at most %(limit_value)d characters."),
        },
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=40,
        required=False,
        help_text=_("Optional, with the country code, e.g. +420 475 000 000."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        validators=[validate_international_phone],
        error_messages={"max_length": LENGTH_ERROR},
    )
    website = forms.URLField(
        label=_("Website"),
        max_length=200,
        required=False,
        assume_scheme="https",
        help_text=_("Optional, e.g. https://www.company.com"),
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
        error_messages={
            "invalid": _("Please enter a web address, e.g. https://www.company.com"),
            "max_length": LENGTH_ERROR,
        },
    )

    # Consent
    consent = forms.BooleanField(
        label=_(
            "I agree that the data entered in this form is processed to review and publish the "
            "offer and to put interested partners in touch with us. The company's name and "
            "contact details are never published. I can withdraw my consent at any time by email."
        ),
        error_messages={
            "required": _(
                "Please agree to the processing of your data so that we can review your offer."
            )
        },
    )

    FIELDSETS = (
        (_("Your offer"), ("title", "kind", "summary", "description", "keywords", "valid_until")),
        (
            _("Sectors and partners"),
            (
                "sectors",
                "company_country",
                "region",
                "target_countries",
                "partner_types",
                "partnership_types",
                "development_stage",
            ),
        ),
        (
            _("Company and contact (never published)"),
            ("company_name", "contact_name", "email", "phone", "website"),
        ),
        (_("Consent"), ("consent",)),
    )

    def __init__(self, *args, index, **kwargs):
        super().__init__(*args, stamp_scope=stamp_scope(index), **kwargs)
        self.index = index
        self.fields["sectors"].queryset = Sector.objects.filter(locale_id=index.locale_id).order_by(
            "name"
        )
        self.fields["region"].queryset = Region.objects.filter(locale_id=index.locale_id).order_by(
            "name"
        )
        for name in ("phone", "website"):
            field = self.fields[name]
            field.error_messages.setdefault("required", _("Please fill in this field."))
        if not self.is_bound:
            language = index.locale.language_code
            self.initial.setdefault("company_country", COUNTRY_OF_LANGUAGE.get(language, ""))

    def clean_keywords(self):
        words = []
        for word in self.cleaned_data.get("keywords", "").split(","):
            word = word.strip()
            if not word:
                continue
            if len(word) > 60:
                raise ValidationError(_("Please keep each keyword under 60 characters."))
            if word.lower() not in {w.lower() for w in words}:
                words.append(word)
        if len(words) > 15:
            raise ValidationError(_("Please enter at most 15 keywords."))
        return ", ".join(words)

    def clean_phone(self):
        value = self.cleaned_data.get("phone", "")
        reject_control_characters(value)
        return " ".join(value.split())

    def clean_website(self):
        value = self.cleaned_data.get("website", "")
        if not value:
            return value
        reject_markup(value)
        if not value.lower().startswith(("http://", "https://")):
            raise ValidationError(_("Please enter a web address, e.g. https://www.company.com"))
        return value

    def clean_email(self):
        value = self.cleaned_data.get("email", "")
        reject_markup(value)
        return value.strip()

    def clean_valid_until(self):
        value = self.cleaned_data.get("valid_until")
        today = timezone.localdate()
        if value is None:
            return default_valid_until(today)
        if value <= today:
            raise ValidationError(_("Please choose a date in the future."))
        latest = add_years(today, MAX_VALIDITY_YEARS)
        if value > latest:
            raise ValidationError(
                _("An offer can be online for at most two years, until %(date)s."),
                params={"date": latest.isoformat()},
            )
        return value

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if cleaned.get("development_stage") and kind and kind not in TECHNOLOGY_KINDS:
            self.add_error(
                "development_stage",
                _(
                    "A stage of development only applies to technology offers, technology "
                    "requests and research partner searches. Please leave it empty."
                ),
            )
        region = cleaned.get("region")
        country = cleaned.get("company_country")
        if region is not None and country and region.country != country:
            self.add_error(
                "region", _("This region is not in the country you chose for your company.")
            )
        return cleaned

    def fieldsets(self):
        return [
            {"legend": legend, "fields": [self[name] for name in names]}
            for legend, names in self.FIELDSETS
        ]
