"""Submission of cooperation offers by companies through the public form (issue 4).

A company fills in the form in any of the four languages. A valid submission becomes a draft
CooperationOfferPage in that language under the exchange, enters the moderation workflow and
is announced to the editors; the submitter gets a confirmation mail in their language.
Nothing is public until an editor approves the workflow (which publishes the page and gives
it its reference number).

Spam protection works without third-party services:

* a honeypot field that people never see; bots that fill it get the ordinary thank-you page,
  but nothing is created;
* a signed timestamp rendered into the form: a post sooner than MIN_FORM_SECONDS after the
  form was shown, older than MAX_FORM_AGE, or with a missing or forged stamp is refused;
* rate limits in Django's cache: posts and submissions per IP address, submissions per
  company email address (429).

Every text field is plain text: whitespace is normalised, control characters and anything
that looks like HTML are refused with a clear message, and the description is stored as
escaped paragraph blocks, never as submitted rich text.
"""

import datetime
import logging
import re
import time
import unicodedata

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.rich_text import RichText

from pages.core.client import client_ip
from pages.core.models.taxonomy import Country, Region, Sector
from pages.core.page_views import page_view
from pages.core.phone import validate_international_phone
from pages.core.ratelimit import count_hit, current_hits
from pages.exchange.log_actions import OFFER_SUBMITTED_ACTION
from pages.exchange.models.offers import (
    TECHNOLOGY_KINDS,
    CooperationOfferIndexPage,
    CooperationOfferPage,
    DevelopmentStage,
    OfferKind,
    OfferSector,
    PartnershipType,
    PartnerType,
)

logger = logging.getLogger(__name__)

# The version of the consent text shown with the form. Change it whenever the wording of
# the consent field's label changes, so each log entry says which text the company agreed to.
CONSENT_VERSION = "offer-consent-2026-11"

HONEYPOT_FIELD = "url"
STAMP_FIELD = "form_stamp"
STAMP_SALT = "glokal.offer-submission.stamp"
MIN_FORM_SECONDS = 3  # a person needs longer than this to fill in the form
MIN_RESUBMIT_SECONDS = 1  # … and to correct a form shown again with errors
MAX_FORM_AGE = 2 * 60 * 60

# (how many, per seconds); override with settings.GLOKAL_OFFER_SUBMISSION_LIMITS.
DEFAULT_LIMITS = {
    "posts_per_ip": (30, 60 * 60),
    "submissions_per_ip": (5, 60 * 60),
    "submissions_per_email": (3, 24 * 60 * 60),
}

MAX_VALIDITY_YEARS = 2
DEFAULT_VALIDITY_DAYS = 365

# Anything a browser could take for markup: a tag (<script>, <img …>), an end tag, a
# comment, a doctype or a processing instruction. "a < b", "<5 kg" and "R&D" stay allowed;
# they are escaped when stored.
HTML_PATTERN = re.compile(r"<[a-zA-Z!/?]")
# Invisible characters that can reorder or hide text (bidirectional overrides, "Trojan source").
INVISIBLE_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
ALLOWED_CONTROLS = {"\n", "\r", "\t"}

PLAIN_TEXT_MESSAGE = _("Please enter plain text without HTML.")
CONTROL_MESSAGE = _("Please remove the invisible control characters from this text.")


# --- Plain-text fields -----------------------------------------------------------------------


def reject_control_characters(value):
    for char in value:
        if char in ALLOWED_CONTROLS:
            continue
        if unicodedata.category(char) in {"Cc", "Cs", "Co"} or char in INVISIBLE_CONTROLS:
            raise ValidationError(CONTROL_MESSAGE, code="control_characters")


def reject_html(value):
    if HTML_PATTERN.search(value):
        raise ValidationError(PLAIN_TEXT_MESSAGE, code="html")


def normalise_text(value, multiline=False):
    """NFC, Unix line ends, no trailing spaces; one line collapsed to single spaces."""
    value = unicodedata.normalize("NFC", value)
    if not multiline:
        return " ".join(value.split())
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    lines = [" ".join(line.split()) for line in value.split("\n")]
    value = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", value)


class PlainTextField(forms.CharField):
    """A CharField for plain text: control characters and markup are refused."""

    def __init__(self, *, multiline=False, **kwargs):
        self.multiline = multiline
        kwargs.setdefault("error_messages", {})
        kwargs["error_messages"].setdefault(
            "max_length",
            _("Please shorten this to at most %(limit_value)d characters (it has %(show_value)d)."),
        )
        kwargs["error_messages"].setdefault("required", _("Please fill in this field."))
        if multiline:
            kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 6}))
        super().__init__(**kwargs)
        self.validators.append(reject_html)

    def to_python(self, value):
        if isinstance(value, str):
            reject_control_characters(value)
        value = super().to_python(value)
        return normalise_text(value, self.multiline) if value else value


CHOICE_ERRORS = {
    "required": _("Please choose an option."),
    "invalid_choice": _("Please choose one of the listed options."),
    "invalid_list": _("Please choose from the listed options."),
    "invalid_pk_value": _("Please choose one of the listed options."),
}


def add_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def default_valid_until(today=None):
    return (today or timezone.localdate()) + datetime.timedelta(days=DEFAULT_VALIDITY_DAYS)


# --- The form ---------------------------------------------------------------------------------

COUNTRY_OF_LANGUAGE = {"de": "DE", "pl": "PL", "cs": "CZ"}


class OfferSubmissionForm(forms.Form):
    """What a company tells us about its offer; the page is built from the cleaned data."""

    # Your offer
    title = PlainTextField(
        label=_("Title of your offer"),
        max_length=150,
        help_text=_("A short, specific headline, e.g. “Distribution partner for sensors wanted”."),
    )
    kind = forms.ChoiceField(
        label=_("Kind of profile"),
        choices=[("", _("Please choose"))] + list(OfferKind.choices),
        error_messages=CHOICE_ERRORS,
    )
    summary = PlainTextField(
        label=_("Summary"),
        max_length=1000,
        multiline=True,
        help_text=_(
            "Two or three sentences that appear in the listing (at most 1,000 characters)."
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    description = PlainTextField(
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
    keywords = PlainTextField(
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
    sectors = forms.ModelMultipleChoiceField(
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
    region = forms.ModelChoiceField(
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
    company_name = PlainTextField(
        label=_("Company"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    contact_name = PlainTextField(
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
        error_messages={
            "max_length": _(
                "Please shorten this to at most %(limit_value)d characters (it has %(show_value)d)."
            )
        },
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
            "max_length": _(
                "Please shorten this to at most %(limit_value)d characters (it has %(show_value)d)."
            ),
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

    # The honeypot: hidden from people (visually and from assistive technology), left empty.
    url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=500,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
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
        super().__init__(*args, **kwargs)
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

    @property
    def honeypot_filled(self):
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())

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
        reject_html(value)
        if not value.lower().startswith(("http://", "https://")):
            raise ValidationError(_("Please enter a web address, e.g. https://www.company.com"))
        return value

    def clean_email(self):
        value = self.cleaned_data.get("email", "")
        reject_html(value)
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

    def error_summary(self):
        """(anchor, label, message) for every error, in the order of the form."""
        entries = [("", "", message) for message in self.non_field_errors()]
        for _legend, names in self.FIELDSETS:
            for name in names:
                bound = self[name]
                for message in bound.errors:
                    entries.append((bound.auto_id, bound.label, message))
        return entries


# --- The signed timestamp ---------------------------------------------------------------------


class StampError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def make_form_stamp(issued_at=None, min_seconds=MIN_FORM_SECONDS):
    """A signed, tamper-proof record of when the form was shown."""
    issued_at = time.time() if issued_at is None else issued_at
    return signing.dumps({"t": int(issued_at), "m": min_seconds}, salt=STAMP_SALT, compress=False)


def check_form_stamp(value, now=None):
    now = time.time() if now is None else now
    if not value or len(value) > 300:
        raise StampError(
            _("The form could not be verified. Please check your entries and send it again.")
        )
    try:
        payload = signing.loads(value, salt=STAMP_SALT)
        issued = int(payload["t"])
        minimum = int(payload.get("m", MIN_FORM_SECONDS))
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise StampError(
            _("The form could not be verified. Please check your entries and send it again.")
        ) from None
    age = now - issued
    if age < minimum:
        raise StampError(
            _("That was very quick. Please check your entries and send the form again.")
        )
    if age > MAX_FORM_AGE:
        raise StampError(
            _("The form was open for a long time. Please check your entries and send it again.")
        )


# --- Rate limits ------------------------------------------------------------------------------


def limit_for(name):
    limits = {**DEFAULT_LIMITS, **getattr(settings, "GLOKAL_OFFER_SUBMISSION_LIMITS", {})}
    return limits[name]


def _counter_key(name, identity):
    return f"glokal:offer-submission:{name}:{_hash(identity)}"


def is_limited(name, identity):
    allowed, _window = limit_for(name)
    return current_hits(_counter_key(name, identity)) >= allowed


def count(name, identity):
    _allowed, window = limit_for(name)
    count_hit(_counter_key(name, identity), window)


def _hash(value):
    return salted_hmac("glokal.offer-submission", value).hexdigest()[:24]


# --- Creating the draft -----------------------------------------------------------------------


def description_blocks(text):
    """Plain text → paragraph blocks of escaped text; single line breaks become <br/>."""
    blocks = []
    for paragraph in re.split(r"\n\s*\n", text or ""):
        paragraph = paragraph.strip()
        if paragraph:
            html = "<br/>".join(escape(line) for line in paragraph.split("\n"))
            blocks.append(("paragraph", RichText(f"<p>{html}</p>")))
    return blocks


def unique_slug(parent, title):
    base = slugify(title)[:60].strip("-") or "offer"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    candidate, suffix = base, 1
    while candidate in taken:
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


def index_contact(index):
    """The exchange's default contact person, if the page type has one."""
    for name in ("contact", "default_contact"):
        contact = getattr(index, name, None)
        if contact is not None:
            return contact
    return None


def create_draft_offer(index, data, request):
    """The draft page, its revision, the log entry with the consent, the workflow. Atomic."""
    with transaction.atomic():
        # Fresh and locked: two submissions at once must not compute the same tree path.
        parent = CooperationOfferIndexPage.objects.select_for_update().get(pk=index.pk)
        page = CooperationOfferPage(
            title=data["title"],
            slug=unique_slug(parent, data["title"]),
            locale_id=parent.locale_id,
            live=False,
            kind=data["kind"],
            summary=data["summary"],
            body=description_blocks(data.get("description", "")),
            keywords=data.get("keywords", ""),
            company_country=data["company_country"],
            company_region=data.get("region"),
            target_countries=list(data.get("target_countries") or []),
            partner_types=list(data.get("partner_types") or []),
            partnership_types=list(data.get("partnership_types") or []),
            development_stage=data.get("development_stage") or "",
            valid_until=data["valid_until"],
            contact=index_contact(parent),
            company_name=data["company_name"],
            company_contact_name=data["contact_name"],
            company_email=data["email"],
            company_phone=data.get("phone", ""),
            company_website=data.get("website", ""),
            submitted_by_company=True,
        )
        for sector in data["sectors"]:
            page.sector_links.add(OfferSector(sector=sector))
        parent.add_child(instance=page)
        revision = page.save_revision(user=None, log_action=False)

        log(
            instance=page,
            action=OFFER_SUBMITTED_ACTION,
            revision=revision,
            data={
                "consent_version": CONSENT_VERSION,
                "consent_given_at": timezone.now().isoformat(),
                "language": parent.locale.language_code,
                "ip_hash": _hash(client_ip(request)),
                "user_agent": _printable(request.META.get("HTTP_USER_AGENT", ""))[:300],
                "form": "public-offer-submission",
            },
        )

        workflow = page.get_workflow()
        if workflow is not None:
            workflow.start(page, user=None)
        else:
            logger.warning(
                "No active workflow applies to submitted offer %s; it stays a draft.", page.pk
            )
    return page


def _printable(text):
    return "".join(c for c in text if c.isprintable())


# --- Mails ------------------------------------------------------------------------------------


def _render_mail(template, context):
    subject = render_to_string(f"pages/exchange/emails/{template}_subject.txt", context)
    body = render_to_string(f"pages/exchange/emails/{template}.txt", context)
    return " ".join(subject.split()), body


def _send(subject, body, recipients, *, language, reply_to=None):
    try:
        EmailMessage(
            subject,
            body,
            None,
            recipients,
            reply_to=reply_to,
            headers={"Content-Language": language},
        ).send()
    except Exception:  # the page exists either way; a mail problem must not lose it
        logger.exception("Could not send the mail “%s” to %s", subject, recipients)
        return False
    return True


def editor_recipients(page):
    recipients = list(getattr(settings, "GLOKAL_EDITOR_EMAILS", []))
    if page.contact_id and page.contact and page.contact.email:
        recipients.append(page.contact.email)
    return list(dict.fromkeys(recipients))


def notify(page, data):
    language = page.locale.language_code
    context = {
        "page": page,
        "data": data,
        "language": language,
        "language_name": dict(settings.LANGUAGES).get(language, language),
        "kind": OfferKind(page.kind).label,
        "sectors": [sector.name for sector in data["sectors"]],
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "has_workflow": page.workflow_in_progress,
        "consent_version": CONSENT_VERSION,
    }
    editors = editor_recipients(page)
    if editors:
        with translation.override(settings.LANGUAGE_CODE):
            subject, body = _render_mail("offer_submitted_editors", context)
        _send(
            subject,
            body,
            editors,
            language=settings.LANGUAGE_CODE,
            reply_to=[page.company_email],
        )
    else:
        logger.warning("No editor addresses (GLOKAL_EDITOR_EMAILS) for offer %s.", page.pk)
    # In the submitter's language; replies reach the editors. No advertising in it.
    with translation.override(language):
        subject, body = _render_mail("offer_submitted_confirmation", context)
    _send(subject, body, [page.company_email], language=language, reply_to=editors or None)


# --- The view ---------------------------------------------------------------------------------


def _render(index, request, *, form=None, state="form", status=200, stamp_minimum=None):
    context = index.get_context(request)
    context.update(
        {
            "index": index,
            "form": form,
            "state": state,
            "honeypot_name": HONEYPOT_FIELD,
            "stamp_name": STAMP_FIELD,
        }
    )
    if form is not None:
        context["form_stamp"] = make_form_stamp(
            min_seconds=stamp_minimum if stamp_minimum is not None else MIN_FORM_SECONDS
        )
        context["fieldsets"] = form.fieldsets()
        context["error_summary"] = form.error_summary() if form.is_bound else []
        context["honeypot"] = form[HONEYPOT_FIELD]
    response = TemplateResponse(request, "pages/exchange/offer_submit.html", context, status=status)
    add_never_cache_headers(response)
    return response


def _limited(index, request, window):
    response = _render(index, request, state="limited", status=429)
    response["Retry-After"] = str(window)
    return response


def _thanks_url(index, request):
    return index.get_url(request) + index.reverse_subpage("submit") + "?sent=1"


@page_view("exchange.submit")
def submit_offer_view(index, request):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method != "POST":
        if request.GET.get("sent"):
            return _render(index, request, state="sent")
        return _render(index, request, form=OfferSubmissionForm(index=index))

    ip = client_ip(request)
    if is_limited("posts_per_ip", ip):
        return _limited(index, request, limit_for("posts_per_ip")[1])
    count("posts_per_ip", ip)

    form = OfferSubmissionForm(request.POST, index=index)
    if form.honeypot_filled:
        # Tell bots nothing: the usual thank-you page, but no page, no mail.
        logger.info("Offer submission dropped: honeypot filled (ip hash %s)", _hash(ip))
        count("submissions_per_ip", ip)
        return HttpResponseRedirect(_thanks_url(index, request))

    valid = form.is_valid()
    try:
        check_form_stamp(request.POST.get(STAMP_FIELD, ""))
    except StampError as error:
        form.add_error(None, error.message)
        valid = False
    if not valid:
        return _render(index, request, form=form, status=400, stamp_minimum=MIN_RESUBMIT_SECONDS)

    email = form.cleaned_data["email"].lower()
    for name, identity in (("submissions_per_ip", ip), ("submissions_per_email", email)):
        if is_limited(name, identity):
            logger.info("Offer submission refused: %s limit reached", name)
            return _limited(index, request, limit_for(name)[1])

    page = create_draft_offer(index, form.cleaned_data, request)
    count("submissions_per_ip", ip)
    count("submissions_per_email", email)
    notify(page, form.cleaned_data)
    return HttpResponseRedirect(_thanks_url(index, request))
