"""Forms of the newsletter's admin screens: starting a run (or a dry run), previewing a digest
for a subscriber or for a combination of interests, and sending a test to an editor.

The start form carries a signed one-time token (when the form was opened, plus a nonce), so a
second POST of the same form, from a double click or the browser's "resend", starts nothing:
see `claim_start_token` and newsletter/admin_views.py.
"""

import datetime
import uuid

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from pages.core.models.taxonomy import Country, Region, Sector, Topic
from pages.exchange.models.offers import OfferKind

from .models import Frequency

START_TOKEN_SALT = "glokal.newsletter.admin.start"
# A start form older than this must be reloaded (the dry run it was based on is stale).
START_TOKEN_MAX_AGE = 60 * 60
START_TOKEN_CACHE_PREFIX = "glokal:newsletter:start-token:"


def issue_start_token():
    """A signed token naming a fresh nonce and the moment the form was shown."""
    return signing.dumps(
        {"n": uuid.uuid4().hex, "t": timezone.now().timestamp()}, salt=START_TOKEN_SALT
    )


def read_start_token(token):
    """(nonce, issued_at) of a valid token, or None for a forged, mangled or stale one."""
    try:
        value = signing.loads(token or "", salt=START_TOKEN_SALT, max_age=START_TOKEN_MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(value, dict) or not isinstance(value.get("n"), str):
        return None
    if not isinstance(value.get("t"), (int, float)):
        return None
    issued_at = datetime.datetime.fromtimestamp(value["t"], tz=datetime.UTC)
    return value["n"], issued_at


def claim_start_token(nonce):
    """True the first time a nonce is claimed. `cache.add` is atomic in one cache (Redis in
    production); the view also refuses when a run was started since the form was opened,
    which needs no cache at all."""
    return cache.add(START_TOKEN_CACHE_PREFIX + nonce, 1, START_TOKEN_MAX_AGE + 60)


class StartRunForm(forms.Form):
    frequency = forms.ChoiceField(label=_("Frequency"), choices=Frequency.choices)
    dry_run = forms.BooleanField(
        label=_("Dry run"),
        required=False,
        initial=True,
        help_text=_("Show who would get what, without sending or recording anything."),
    )
    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["token"] = issue_start_token()

    def clean_token(self):
        token = self.cleaned_data["token"]
        parsed = read_start_token(token)
        if parsed is None:
            raise forms.ValidationError(
                _("This form has expired or was changed. Please start again from a new form.")
            )
        self.nonce, self.issued_at = parsed
        return token


class LanguageForm(forms.Form):
    """The language a preview or test is written in (GET parameter `language`)."""

    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)


def term_names(terms):
    """{translation key (str): name} for taxonomy terms in any language: the name in the
    admin user's language where that translation exists, else in the first of
    settings.LANGUAGES found (German first)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    best = {}
    for term in terms.select_related("locale").order_by("pk"):
        key = str(term.translation_key)
        code = term.locale.language_code
        rank = -1 if code == language else order.get(code, len(order))
        if key not in best or rank < best[key][0]:
            best[key] = (rank, term.name)
    return {key: name for key, (_rank, name) in best.items()}


def term_choices(model):
    """(translation key, name) for every term of a taxonomy, sorted by name."""
    names = term_names(model.objects.all())
    return sorted(names.items(), key=lambda choice: choice[1].casefold())


class InterestPreviewForm(LanguageForm):
    """A combination of interests to preview a digest for, without any subscriber."""

    frequency = forms.ChoiceField(
        label=_("Frequency"),
        choices=Frequency.choices,
        help_text=_("The digest covers what was published during the last period."),
    )
    offer_kinds = forms.MultipleChoiceField(
        label=_("Offer kinds"),
        choices=OfferKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    sector_keys = forms.MultipleChoiceField(
        label=_("Sectors"), required=False, widget=forms.CheckboxSelectMultiple
    )
    region_keys = forms.MultipleChoiceField(
        label=_("Regions"), required=False, widget=forms.CheckboxSelectMultiple
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        choices=Country.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    topic_keys = forms.MultipleChoiceField(
        label=_("Topics"), required=False, widget=forms.CheckboxSelectMultiple
    )

    field_order = ["language", "frequency"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector_keys"].choices = term_choices(Sector)
        self.fields["region_keys"].choices = term_choices(Region)
        self.fields["topic_keys"].choices = term_choices(Topic)


class TestSendForm(LanguageForm):
    to_address = forms.EmailField(
        label=_("Send to"),
        max_length=254,
        help_text=_("The test goes only to this address, never to the subscriber."),
    )
