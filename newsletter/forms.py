"""The public newsletter forms: signup (full page and compact footer form) and preferences.

Interests in sectors, regions and topics are offered in the page's language but submitted and
stored as translation keys, so a choice made on the Czech page means the same term in every
language. An interest left empty means "everything" in that dimension.

The spam protection of the signup is the public forms' own (pages/core/public_forms/): a
honeypot and a signed stamp. The stamp belongs to no page: both signup forms, the full page and
the compact one in every page's footer, post to the same view and share one scope.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from pages.core.models.taxonomy import Country, Region, Sector, Topic
from pages.core.public_forms.honeypot import HoneypotMixin
from pages.core.public_forms.stamps import (
    INVALID,
    MIN_FORM_SECONDS,
    TOO_FAST,
    TOO_OLD,
    StampedFormMixin,
)
from pages.core.public_forms.summary import ErrorSummaryMixin
from pages.exchange.models.offers import OfferKind

from .consent import CONSENT_TEXT_VERSION, CONSENT_TEXTS
from .models import Frequency

HONEYPOT_FIELD = "website"
STAMP_FIELD = "started"
STAMP_SCOPE = "newsletter-signup"
# Typing an address and ticking a box takes a person longer; a bot posts at once. (The public
# forms' one minimum; named here for the tests that post the signup form as a person would.)
MIN_FILL_SECONDS = MIN_FORM_SECONDS

EXPIRED = _("The form has expired. Please check your entries and send it again.")
STAMP_MESSAGES = {
    TOO_FAST: _(
        "That was quicker than anyone can type. Please check your entries and send the form again."
    ),
    TOO_OLD: EXPIRED,
    INVALID: EXPIRED,
}


class Source:
    """Where a signup came from, recorded in its consent record."""

    SIGNUP_PAGE = "signup-page"
    FOOTER = "footer"
    ALL = (SIGNUP_PAGE, FOOTER)


CHOICE_ERRORS = {
    "invalid_choice": _("Please choose only from the listed options."),
    "invalid_list": _("Please choose only from the listed options."),
}

NON_ASCII_MESSAGE = _(
    "Please enter the address in Latin letters without accents (ASCII). We cannot send to "
    "addresses with other characters yet. If your provider gives you an ASCII form of your "
    "address (for a domain like bücher.de that is xn--bcher-kva.de), please use that."
)


# --- Terms in the page language ----------------------------------------------------------------


def term_names(model, language, keys=None):
    """{translation key (str): name} of the terms of `model` in `language`, with the German
    (source) name for a term not translated into it. Limited to `keys` when given."""
    languages = [language, settings.LANGUAGE_CODE]
    rows = model.objects.filter(locale__language_code__in=languages)
    if keys is not None:
        rows = rows.filter(translation_key__in=list(keys))
    names = {}
    for key, name, code in rows.values_list("translation_key", "name", "locale__language_code"):
        key = str(key)
        if code == language or key not in names:
            names[key] = name
    return names


def term_choices(model, language):
    names = term_names(model, language)
    return sorted(names.items(), key=lambda item: item[1].casefold())


def region_choices(language):
    """Regions grouped by country (the country's name as a suffix), in the page language."""
    names = term_names(Region, language)
    countries = dict(Country.choices)
    country_of = {
        str(key): country
        for key, country in Region.objects.filter(
            translation_key__in=list(names), locale__language_code=settings.LANGUAGE_CODE
        ).values_list("translation_key", "country")
    }
    order = [code for code, _label in Country.choices]

    def sort_key(item):
        country = country_of.get(item[0], "")
        return (order.index(country) if country in order else len(order), item[1].casefold())

    def label(key, name):
        country = country_of.get(key)
        return f"{name} ({countries[country]})" if country in countries else name

    return [(key, label(key, name)) for key, name in sorted(names.items(), key=sort_key)]


# --- Fields ------------------------------------------------------------------------------------


class AddressField(forms.EmailField):
    """An email address we can deliver to: ASCII only (no SMTPUTF8, no IDNA conversion), at
    most 254 characters (RFC 5321's limit for a forward path)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 254)
        kwargs.setdefault(
            "error_messages",
            {
                "required": _("Please enter your email address."),
                "invalid": _("Please enter a valid email address, for example name@company.com."),
                "max_length": _(
                    "Please enter an email address of at most %(limit_value)d characters "
                    "(it has %(show_value)d)."
                ),
            },
        )
        super().__init__(**kwargs)

    def run_validators(self, value):
        # Checked first: Django's own message ("enter a valid address") would not say why.
        if value not in self.empty_values and not value.isascii():
            raise ValidationError(NON_ASCII_MESSAGE, code="non_ascii")
        super().run_validators(value)


def interest_field(label, help_text=""):
    return forms.MultipleChoiceField(
        label=label,
        required=False,
        help_text=help_text,
        widget=forms.CheckboxSelectMultiple,
        error_messages=CHOICE_ERRORS,
    )


class PreferencesForm(ErrorSummaryMixin, forms.Form):
    """Language, frequency and interests: the part of the signup a subscriber can change
    later through the preferences link."""

    language = forms.ChoiceField(
        label=_("Language of the newsletter"),
        choices=settings.LANGUAGES,
        error_messages={**CHOICE_ERRORS, "required": _("Please choose a language.")},
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Frequency.choices,
        widget=forms.RadioSelect,
        error_messages={**CHOICE_ERRORS, "required": _("Please choose how often.")},
    )
    offer_kinds = interest_field(_("Kinds of cooperation offers"))
    sectors = interest_field(_("Sectors"))
    regions = interest_field(_("Regions"), _("Offers and events from or for these regions."))
    countries = interest_field(_("Countries"), _("Offers from or looking for these countries."))
    topics = interest_field(_("Topics of events and press releases"))

    INTEREST_FIELDS = ("offer_kinds", "sectors", "regions", "countries", "topics")

    def __init__(self, data=None, *, language, defaults=None, **kwargs):
        if data is not None and defaults:
            # The compact form sends only the address: what it leaves out takes the defaults
            # (a value sent but unknown is still an error).
            data = data.copy()
            for name, value in defaults.items():
                if name not in data:
                    data[name] = value
        super().__init__(data, **kwargs)
        self.page_language = language
        self.fields["offer_kinds"].choices = OfferKind.choices
        self.fields["countries"].choices = Country.choices
        self.fields["sectors"].choices = term_choices(Sector, language)
        self.fields["regions"].choices = region_choices(language)
        self.fields["topics"].choices = term_choices(Topic, language)

    @property
    def interest_fields(self):
        return [self[name] for name in self.INTEREST_FIELDS]

    def _unique(self, name):
        return list(dict.fromkeys(self.cleaned_data.get(name) or []))

    def clean_offer_kinds(self):
        return self._unique("offer_kinds")

    def clean_sectors(self):
        return self._unique("sectors")

    def clean_regions(self):
        return self._unique("regions")

    def clean_countries(self):
        return self._unique("countries")

    def clean_topics(self):
        return self._unique("topics")

    def choices(self):
        """The cleaned choices under the Subscriber's field names."""
        data = self.cleaned_data
        return {
            "language": data["language"],
            "frequency": data["frequency"],
            "offer_kinds": data["offer_kinds"],
            "sector_keys": data["sectors"],
            "region_keys": data["regions"],
            "countries": data["countries"],
            "topic_keys": data["topics"],
        }

    @staticmethod
    def initial_for(subscriber):
        return {
            "language": subscriber.language,
            "frequency": subscriber.frequency,
            "offer_kinds": list(subscriber.offer_kinds or []),
            "sectors": list(subscriber.sector_keys or []),
            "regions": list(subscriber.region_keys or []),
            "countries": list(subscriber.countries or []),
            "topics": list(subscriber.topic_keys or []),
        }


class CompactSignupForm(HoneypotMixin, StampedFormMixin, ErrorSummaryMixin, forms.Form):
    """Address, consent and the spam checks: the compact form in every page's footer. It
    loads no terms, so it adds no database query to the pages it appears on."""

    honeypot_name = HONEYPOT_FIELD
    stamp_name = STAMP_FIELD
    stamp_messages = STAMP_MESSAGES
    summary_labels = {"consent": _("Consent")}

    email = AddressField(
        label=_("Email address"),
        help_text=_("We send you a link to confirm this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXTS[CONSENT_TEXT_VERSION],
        help_text=format_lazy(_("Consent text version {version}."), version=CONSENT_TEXT_VERSION),
        error_messages={"required": _("Please agree so that we can send you the newsletter.")},
    )
    source = forms.ChoiceField(
        choices=[(source, source) for source in Source.ALL],
        widget=forms.HiddenInput,
        error_messages=CHOICE_ERRORS,
    )

    def __init__(self, data=None, *, source=Source.FOOTER, **kwargs):
        super().__init__(data, stamp_scope=STAMP_SCOPE, **kwargs)
        self.initial["source"] = source
        self.source_forged = False
        if self.is_bound and self.data.get("source") not in Source.ALL:
            # A hidden field the visitor cannot correct: refuse this post, but show the form
            # again with a valid value so that the next one goes through.
            self.source_forged = True
            self.data = self.data.copy()
            self.data["source"] = source

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean(self):
        cleaned = super().clean()
        if self.source_forged:
            raise ValidationError(
                _("The form could not be verified. Please check your entries and send it again."),
                code="source",
            )
        return cleaned


class SignupForm(CompactSignupForm, PreferencesForm):
    """The full signup form. The compact footer form posts to the same view with only the
    address, consent and source; what it leaves out takes the defaults (page language,
    weekly, every interest). A value that is sent but unknown is still an error."""

    field_order = ["email", "language", *PreferencesForm.INTEREST_FIELDS, "frequency", "consent"]

    def __init__(self, data=None, *, language, source=Source.SIGNUP_PAGE, **kwargs):
        defaults = {"language": language, "frequency": Frequency.WEEKLY, "source": source}
        super().__init__(data, source=source, language=language, defaults=defaults, **kwargs)
        self.initial.setdefault("language", language)
        self.initial.setdefault("frequency", Frequency.WEEKLY)
