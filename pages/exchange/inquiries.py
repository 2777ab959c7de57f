"""Inquiries about cooperation offers: "I am interested" → the sender confirms their address →
the inquiry goes to the agency's contact person, who brokers the contact with the company.

1. `<offer>/interest/` (GET): the form, in the offer's language.
2. `<offer>/interest/` (POST): spam checks (honeypot, signed form timestamp, rate limits per IP
   and per address), plain-text validation, a PENDING inquiry and a mail to the sender with a
   signed confirmation link; then a redirect (303) to `<offer>/interest/?sent=1`.
3. `/<lang>/inquiries/confirm/<signed token>/` (GET): a valid, unexpired link confirms the inquiry
   once and forwards it to the offer's contact person (the editors when the offer has none).
   Only that internal mail carries the company's private contact data, which the contact
   person needs to put both sides in touch; the sender's mails never do.

The confirmation URL is a plain Django URL: `include("pages.exchange.inquiries")` inside
`i18n_patterns` in config/urls.py, before Wagtail's catch-all serve pattern.
"""

import datetime
import hashlib
import logging
import re
import time
import uuid

from django import forms
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from pages.core.client import client_ip
from pages.core.models.taxonomy import Country
from pages.core.page_views import page_view
from pages.core.public_forms.responses import HttpResponseSeeOther
from pages.core.ratelimit import count_hit
from pages.exchange.models.inquiries import Inquiry, InquiryStatus
from pages.exchange.views import offer_gone

logger = logging.getLogger(__name__)

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

CONFIRM_SALT = "glokal.inquiries.confirm"
CONFIRMATION_MAX_AGE = datetime.timedelta(hours=72)
FORM_SALT = "glokal.inquiries.form"
MIN_FILL_SECONDS = 3  # nobody reads an offer and writes a message faster
MAX_FORM_AGE = datetime.timedelta(hours=12)
HONEYPOT_FIELD = "website"
MAX_LINKS = 3

# (limit, window in seconds) per scope; settings.GLOKAL_INQUIRY_RATE_LIMITS overrides them.
# "ip" counts every POST of the form, "email" every inquiry stored for one address.
DEFAULT_RATE_LIMITS = {
    "ip": [(20, 60 * 60)],
    "email": [(5, 60 * 60), (20, 24 * 60 * 60)],
}

MARKUP = re.compile(r"</?[a-zA-Z!?]")  # a tag, comment, doctype or processing instruction
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
LINE_BREAK = re.compile(r"[\r\n\u2028\u2029\x85]")
LINK = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)
PHONE = re.compile(r"^\+?[0-9 ()./\-]{5,40}$")


# --- Validation ---------------------------------------------------------------------------


def plain_text(value):
    """Reject markup and invisible control characters: inquiries are plain text."""
    if MARKUP.search(value):
        raise forms.ValidationError(
            _("Please write plain text: HTML tags and scripts are not allowed."), code="markup"
        )
    if CONTROL.search(value):
        raise forms.ValidationError(
            _("Please remove the invisible control characters."), code="control"
        )


def single_line(value):
    if LINE_BREAK.search(value):
        raise forms.ValidationError(_("Please write this on a single line."), code="line_break")


class InquiryForm(forms.Form):
    name = forms.CharField(
        label=_("Your name"), min_length=2, max_length=200, validators=[plain_text, single_line]
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        min_length=2,
        max_length=200,
        validators=[plain_text, single_line],
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We send you a link to confirm this address."),
    )
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=40,
        help_text=_("With the country code, for example +48 71 123 45 67."),
        validators=[plain_text, single_line],
    )
    country = forms.ChoiceField(label=_("Country"))
    message = forms.CharField(
        label=_("Your message"),
        min_length=20,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "What does your organisation do, and why are you interested in this offer? "
            "Plain text, up to 4000 characters."
        ),
        validators=[plain_text],
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXTS[CONSENT_TEXT_VERSION],
        error_messages={"required": _("Please agree so that we can forward your inquiry.")},
    )
    # Spam protection: a field people never see (bots fill it in) and when the form was shown.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, offer, **kwargs):
        super().__init__(*args, **kwargs)
        self.offer = offer
        self.fields["country"].choices = [("", _("Please choose"))] + list(Country.choices)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["phone"].widget.input_type = "tel"
        self.fields["country"].widget.attrs["autocomplete"] = "country"
        self.initial["started"] = form_token(offer)
        self.submitted_token = ""
        if self.is_bound:
            # Shown again after errors, the form keeps its timestamp while that is valid, so
            # the time spent correcting counts; a forged or stale one is replaced.
            self.submitted_token = self.data.get("started", "")
            if check_form_token(offer, self.submitted_token) == "invalid":
                self.data = self.data.copy()
                self.data["started"] = self.initial["started"]

    @property
    def visible_fields_without_honeypot(self):
        return [field for field in self.visible_fields() if field.name != HONEYPOT_FIELD]

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

    def clean(self):
        cleaned = super().clean()
        problem = check_form_token(self.offer, self.submitted_token)
        if problem == "too_fast":
            raise forms.ValidationError(
                _(
                    "That was quicker than anyone can read and write. Please check your "
                    "entries and send the form again."
                ),
                code="too_fast",
            )
        if problem:
            raise forms.ValidationError(
                _("The form has expired. Please check your entries and send it again."),
                code="expired",
            )
        return cleaned


def form_token(offer, at=None):
    """A signed "this form was shown for this offer at this time" value."""
    at = int(time.time() if at is None else at)
    return signing.Signer(salt=FORM_SALT).sign(f"{offer.pk}:{at}")


def check_form_token(offer, token):
    """None when the form was shown for `offer` long enough ago and recently enough;
    otherwise "too_fast" or "invalid"."""
    try:
        offer_pk, shown_at = signing.Signer(salt=FORM_SALT).unsign(token or "").split(":")
        offer_pk, shown_at = int(offer_pk), int(shown_at)
    except (signing.BadSignature, ValueError):
        return "invalid"
    elapsed = time.time() - shown_at
    if offer_pk != offer.pk or elapsed > MAX_FORM_AGE.total_seconds():
        return "invalid"
    if elapsed < MIN_FILL_SECONDS:
        return "too_fast"
    return None


# --- Rate limits --------------------------------------------------------------------------


def over_limit(scope, value):
    """Count one hit for `value` in `scope`; True when any of the scope's limits is exceeded.

    Fixed windows in the shared cache (atomic `incr` on Redis and in memory). Values are hashed
    so addresses are not kept in the cache in the clear.
    """
    limits = getattr(settings, "GLOKAL_INQUIRY_RATE_LIMITS", DEFAULT_RATE_LIMITS).get(scope, [])
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    exceeded = False
    for limit, window in limits:
        count = count_hit(f"inquiry-rate:{scope}:{window}:{digest}", window)
        exceeded = exceeded or count > limit
    return exceeded


def rate_limited(request, offer=None):
    context = offer.get_context(request) if offer else {}
    context["problem"] = "rate_limited"
    response = TemplateResponse(request, "pages/exchange/inquiry_invalid.html", context, status=429)
    response["Retry-After"] = str(60 * 60)
    add_never_cache_headers(response)
    return response


# --- Mails --------------------------------------------------------------------------------


def valid_hours():
    return int(CONFIRMATION_MAX_AGE.total_seconds() // 3600)


def confirmation_signer():
    return signing.TimestampSigner(salt=CONFIRM_SALT)


def confirmation_url(request, inquiry):
    signed = confirmation_signer().sign(str(inquiry.token))
    with translation.override(inquiry.language):
        path_ = reverse("inquiry-confirm", kwargs={"signed_token": signed})
    return request.build_absolute_uri(path_)


def render_mail(template, context, language):
    with translation.override(language):
        subject = render_to_string(f"pages/exchange/emails/{template}_subject.txt", context)
        body = render_to_string(f"pages/exchange/emails/{template}.txt", context)
    # One line, whatever the template or the data: a header must never break.
    return " ".join(subject.split()), body.strip() + "\n"


def send_confirmation_mail(request, inquiry):
    """The sender's mail: the offer's public reference and title and the link, nothing they
    typed (the address is not confirmed yet, so the mail must not carry anyone's message) and
    nothing of the company's private data."""
    offer = inquiry.offer
    context = {
        "offer": offer,
        "offer_url": offer.get_full_url(request),
        "confirmation_url": confirmation_url(request, inquiry),
        "valid_hours": valid_hours(),
    }
    subject, body = render_mail("inquiry_confirm", context, inquiry.language)
    EmailMessage(
        subject,
        body,
        to=[inquiry.email],
        headers={"Content-Language": inquiry.language, "Auto-Submitted": "auto-generated"},
    ).send()


def forward_recipients(offer):
    contact = offer.contact
    if contact is not None and contact.email:
        return [contact.email]
    return list(settings.GLOKAL_EDITOR_EMAILS)


def admin_url(url_name, *args):
    try:
        return f"{settings.WAGTAILADMIN_BASE_URL}{reverse(url_name, args=args)}"
    except NoReverseMatch:  # the admin view is not wired (yet)
        return ""


def forward_inquiry(inquiry, request=None):
    """Mail a confirmed inquiry to the contact person, with the company's private contact data,
    and mark it forwarded. Returns True when the mail went out."""
    offer = inquiry.offer
    language_names = dict(settings.LANGUAGES)
    context = {
        "inquiry": inquiry,
        "offer": offer,
        "company": {
            "name": offer.company_name,
            "contact_name": offer.company_contact_name,
            "email": offer.company_email,
            "phone": offer.company_phone,
            "website": offer.company_website,
        },
        "has_company_data": any(getattr(offer, name) for name in offer.PRIVATE_FIELDS),
        "offer_url": offer.get_full_url(request),
        "offer_admin_url": admin_url("wagtailadmin_pages:edit", offer.pk),
        "inquiry_admin_url": admin_url("inquiries:inspect", inquiry.pk),
        "language_name": language_names.get(inquiry.language, inquiry.language),
        "no_contact": not (offer.contact and offer.contact.email),
    }
    # Internal mail: in the agency's language.
    with translation.override(settings.LANGUAGE_CODE):
        context["country_name"] = str(inquiry.get_country_display())
        subject, body = render_mail("inquiry_forward", context, settings.LANGUAGE_CODE)
    try:
        EmailMessage(
            subject,
            body,
            to=forward_recipients(offer),
            reply_to=[inquiry.email],
            headers={"Content-Language": settings.LANGUAGE_CODE},
        ).send()
    except Exception:
        # The inquiry stays "confirmed": editors see it in the admin as not forwarded.
        logger.exception("Could not forward inquiry %s", inquiry.pk)
        return False
    now = timezone.now()
    Inquiry.objects.filter(pk=inquiry.pk, status=InquiryStatus.CONFIRMED).update(
        status=InquiryStatus.FORWARDED, forwarded_at=now
    )
    inquiry.status, inquiry.forwarded_at = InquiryStatus.FORWARDED, now
    return True


# --- Views --------------------------------------------------------------------------------


def offer_accepts_inquiries(offer, request):
    """None when the offer takes inquiries; otherwise the response to give instead."""
    if not offer.live:
        raise Http404
    if offer.is_expired:
        return offer_gone(offer, request)
    return None


def render_form(request, offer, form, status=200):
    context = offer.get_context(request)
    context.update(
        {
            "form": form,
            "honeypot": form[HONEYPOT_FIELD],
            "consent_version": CONSENT_TEXT_VERSION,
        }
    )
    response = TemplateResponse(request, "pages/exchange/inquiry_form.html", context, status=status)
    add_never_cache_headers(response)
    return response


@page_view("exchange.inquiry")
def inquiry_view(offer, request):
    """The "I am interested" form of `offer` (the route `interest/` of the offer page)."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    refusal = offer_accepts_inquiries(offer, request)
    if refusal is not None:
        return refusal

    if request.method != "POST":
        if request.GET.get("sent"):
            context = offer.get_context(request)
            context["valid_hours"] = valid_hours()
            return TemplateResponse(request, "pages/exchange/inquiry_sent.html", context)
        return render_form(request, offer, InquiryForm(offer=offer))

    if over_limit("ip", client_ip(request)):
        return rate_limited(request, offer)
    sent_url = f"{offer.url}{offer.reverse_subpage('inquiry')}?sent=1"
    if request.POST.get(HONEYPOT_FIELD):
        # A bot: answer as if all went well, store and send nothing.
        return HttpResponseSeeOther(sent_url)

    form = InquiryForm(request.POST, offer=offer)
    if not form.is_valid():
        return render_form(request, offer, form, status=400)
    data = form.cleaned_data
    if over_limit("email", data["email"]):
        return rate_limited(request, offer)

    try:
        with transaction.atomic():
            inquiry = Inquiry.objects.create(
                offer=offer,
                name=data["name"],
                organisation=data["organisation"],
                email=data["email"],
                phone=data["phone"],
                country=data["country"],
                message=data["message"],
                language=offer.locale.language_code,
                consent_text_version=CONSENT_TEXT_VERSION,
            )
            send_confirmation_mail(request, inquiry)
    except NoReverseMatch:
        raise  # not wired: a deployment error, not the visitor's
    except Exception:
        # Nothing is stored when the confirmation mail cannot be sent.
        logger.exception("Could not send the inquiry confirmation for offer %s", offer.pk)
        form.add_error(
            None, _("We could not send the confirmation mail just now. Please try again later.")
        )
        return render_form(request, offer, form, status=503)
    return HttpResponseSeeOther(sent_url)


def invalid_link(request, problem):
    context = {"problem": problem, "valid_hours": valid_hours()}
    response = TemplateResponse(request, "pages/exchange/inquiry_invalid.html", context, status=400)
    add_never_cache_headers(response)
    return response


def confirm_inquiry_view(request, signed_token):
    """The link of the confirmation mail: confirm and forward once; later clicks only say so."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    try:
        token = uuid.UUID(
            confirmation_signer().unsign(signed_token, max_age=CONFIRMATION_MAX_AGE.total_seconds())
        )
    except signing.SignatureExpired:
        return invalid_link(request, "expired")
    except (signing.BadSignature, ValueError):
        return invalid_link(request, "invalid")
    inquiry = (
        Inquiry.objects.select_related("offer", "offer__contact", "offer__locale")
        .filter(token=token)
        .first()
    )
    if inquiry is None:  # deleted in the meantime, or its offer was
        return invalid_link(request, "invalid")
    if request.method == "HEAD":
        # Link checkers in mail servers probe with HEAD: answer without confirming anything.
        return HttpResponse()

    now = timezone.now()
    # Conditional update: of two clicks at the same moment, exactly one confirms.
    claimed = Inquiry.objects.filter(pk=inquiry.pk, status=InquiryStatus.PENDING).update(
        status=InquiryStatus.CONFIRMED, confirmed_at=now
    )
    if claimed:
        inquiry.status, inquiry.confirmed_at = InquiryStatus.CONFIRMED, now
        forward_inquiry(inquiry, request)
    offer = inquiry.offer
    context = {
        "inquiry": inquiry,
        "offer": offer,
        "offer_url": offer.url if offer.live else "",
        "already_confirmed": not claimed,
    }
    response = TemplateResponse(request, "pages/exchange/inquiry_confirmed.html", context)
    add_never_cache_headers(response)
    return response


def purge_unconfirmed_inquiries(now=None):
    """Delete inquiries whose confirmation link has expired unused (data minimisation).
    Returns how many were deleted. Meant for a daily Celery beat task."""
    cutoff = (now or timezone.now()) - CONFIRMATION_MAX_AGE
    deleted, _counts = Inquiry.objects.filter(
        status=InquiryStatus.PENDING, created_at__lt=cutoff
    ).delete()
    return deleted


urlpatterns = [
    path("inquiries/confirm/<str:signed_token>/", confirm_inquiry_view, name="inquiry-confirm"),
]
