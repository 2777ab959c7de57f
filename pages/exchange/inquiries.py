"""Inquiries about cooperation offers: "I am interested" → the sender confirms their address →
the inquiry goes to the agency's contact person, who brokers the contact with the company.
The form is in pages/exchange/inquiry_forms.py; the views and mails are here.

1. `<offer>/interest/` (GET): the form, in the offer's language.
2. `<offer>/interest/` (POST): spam checks (honeypot, signed form stamp, rate limits per IP
   and per address), plain-text validation, a PENDING inquiry and a mail to the sender with a
   signed confirmation link; then a redirect (303) to `<offer>/interest/?sent=1`.
3. `/<lang>/inquiries/confirm/<signed token>/` (GET): a valid, unexpired link shows a page with
   a button and changes nothing (mail scanners prefetch links); a bad or expired link answers
   400 with a page that says why.
4. The same URL (POST, the button): confirms the inquiry once and forwards it to the German
   record of the offer's contact person, whatever the offer's language (the editors when there
   is none: `CooperationOfferPage.responsible_contact`); a second post only says it is done.
   Only that internal mail carries the company's private contact data, which the contact
   person needs to put both sides in touch; the sender's mails never do.

The confirmation URL is a plain Django URL: `include("pages.exchange.inquiries")` inside
`i18n_patterns` in config/urls.py, before Wagtail's catch-all serve pattern.
"""

import datetime
import logging
import uuid

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from pages.core.page_views import page_view
from pages.core.public_forms import mail
from pages.core.public_forms.client import client_ip
from pages.core.public_forms.ratelimit import RateLimits
from pages.core.public_forms.responses import HttpResponseSeeOther, keep_link_private
from pages.core.public_url import public_url
from pages.exchange.inquiry_forms import CONSENT_TEXT_VERSION, InquiryForm
from pages.exchange.models.inquiries import Inquiry, InquiryStatus
from pages.exchange.views import offer_gone

logger = logging.getLogger(__name__)

CONFIRM_SALT = "glokal.inquiries.confirm"
CONFIRMATION_MAX_AGE = datetime.timedelta(hours=72)

# (limit, window in seconds) per scope; settings.GLOKAL_INQUIRY_RATE_LIMITS overrides them
# scope by scope. "ip" counts every POST of the form, "email" every valid inquiry for one
# address.
LIMITS = RateLimits(
    "inquiry",
    defaults={
        "ip": [(20, 60 * 60)],
        "email": [(5, 60 * 60), (20, 24 * 60 * 60)],
    },
    setting="GLOKAL_INQUIRY_RATE_LIMITS",
)

MAILS = "pages/exchange/emails"


def rate_limited(request, offer, retry_after):
    context = offer.get_context(request)
    context["problem"] = "rate_limited"
    response = TemplateResponse(request, "pages/exchange/inquiry_invalid.html", context, status=429)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


# --- Mails --------------------------------------------------------------------------------


def valid_hours():
    return int(CONFIRMATION_MAX_AGE.total_seconds() // 3600)


def confirmation_signer():
    return signing.TimestampSigner(salt=CONFIRM_SALT)


def confirmation_url(inquiry):
    signed = confirmation_signer().sign(str(inquiry.token))
    with translation.override(inquiry.language):
        path_ = reverse("inquiry-confirm", kwargs={"signed_token": signed})
    return public_url(path_)


def send_confirmation_mail(request, inquiry):
    """The sender's mail: the offer's public reference and title and the link, nothing they
    typed (the address is not confirmed yet, so the mail must not carry anyone's message) and
    nothing of the company's private data. A failure is raised: without it, nothing is kept."""
    offer = inquiry.offer
    context = {
        "offer": offer,
        "offer_url": offer.get_full_url(request),
        "confirmation_url": confirmation_url(inquiry),
        "valid_hours": valid_hours(),
    }
    mail.send(f"{MAILS}/inquiry_confirm", context, language=inquiry.language, to=[inquiry.email])


def forward_recipients(offer):
    """The German record of the offer's contact person (whatever the offer's language: a
    translated contact's address is never used), or the editors when it has no address."""
    contact = offer.responsible_contact()
    if contact is not None and contact.email:
        return [contact.email], False
    return list(settings.GLOKAL_EDITOR_EMAILS), True


def forward_inquiry(inquiry, request=None):
    """Mail a confirmed inquiry to the contact person, with the company's private contact data,
    and mark it forwarded. Returns True when the mail went out; otherwise the inquiry stays
    "confirmed", and editors see it in the admin as not forwarded."""
    offer = inquiry.offer
    recipients, no_contact = forward_recipients(offer)
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
        "offer_admin_url": mail.admin_url("wagtailadmin_pages:edit", offer.pk),
        "inquiry_admin_url": mail.admin_url("inquiries:inspect", inquiry.pk),
        "language_name": language_names.get(inquiry.language, inquiry.language),
        "no_contact": no_contact,
    }
    # Internal mail: in the agency's language.
    with translation.override(settings.LANGUAGE_CODE):
        context["country_name"] = str(inquiry.get_country_display())
    sent = mail.send_or_log(
        f"{MAILS}/inquiry_forward",
        context,
        language=settings.LANGUAGE_CODE,
        to=recipients,
        reply_to=[inquiry.email],
    )
    if not sent:
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
    context.update({"form": form, "consent_version": CONSENT_TEXT_VERSION})
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

    if retry_after := LIMITS.attempt(ip=client_ip(request)):
        return rate_limited(request, offer, retry_after)
    sent_url = f"{offer.url}{offer.reverse_subpage('inquiry')}?sent=1"
    form = InquiryForm(request.POST, offer=offer)
    if form.honeypot_filled:
        # A bot: answer as if all went well, store and send nothing.
        return HttpResponseSeeOther(sent_url)
    if not form.is_valid():
        return render_form(request, offer, form, status=400)
    data = form.cleaned_data
    if retry_after := LIMITS.attempt(email=data["email"]):
        return rate_limited(request, offer, retry_after)

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
    return keep_link_private(response)


def inquiry_for_link(signed_token):
    """The inquiry a confirmation link names, or the problem ("expired", "invalid")."""
    try:
        token = uuid.UUID(
            confirmation_signer().unsign(signed_token, max_age=CONFIRMATION_MAX_AGE.total_seconds())
        )
    except signing.SignatureExpired:
        return None, "expired"
    except (signing.BadSignature, ValueError):
        return None, "invalid"
    inquiry = Inquiry.objects.select_related("offer", "offer__locale").filter(token=token).first()
    if inquiry is None:  # deleted in the meantime, or its offer was
        return None, "invalid"
    return inquiry, None


def render_confirmation(request, template, context):
    return keep_link_private(TemplateResponse(request, f"pages/exchange/{template}", context))


# CSRF-exempt like the newsletter's confirmation (newsletter/views.py): the secret signed link
# authorises the POST, and a cross-site attacker who does not have it gains nothing; anyone who
# has it could post it directly anyway.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def confirm_inquiry_view(request, signed_token):
    """The link of the confirmation mail. GET (and HEAD) only shows a page with a button, so
    mail scanners that prefetch links confirm nothing; the button's POST confirms and forwards
    once; later posts, and a GET after confirming, only say so."""
    inquiry, problem = inquiry_for_link(signed_token)
    if problem:
        return invalid_link(request, problem)
    offer = inquiry.offer
    context = {
        "inquiry": inquiry,
        "offer": offer,
        "offer_url": offer.url if offer.live else "",
        "valid_hours": valid_hours(),
    }
    if request.method != "POST":
        already = inquiry.status != InquiryStatus.PENDING
        template = "inquiry_confirmed.html" if already else "inquiry_confirm.html"
        return render_confirmation(request, template, {**context, "already_confirmed": already})

    now = timezone.now()
    # Conditional update: of two posts at the same moment, exactly one confirms.
    claimed = Inquiry.objects.filter(pk=inquiry.pk, status=InquiryStatus.PENDING).update(
        status=InquiryStatus.CONFIRMED, confirmed_at=now
    )
    if claimed:
        inquiry.status, inquiry.confirmed_at = InquiryStatus.CONFIRMED, now
        forward_inquiry(inquiry, request)
    context["already_confirmed"] = not claimed
    return render_confirmation(request, "inquiry_confirmed.html", context)


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
