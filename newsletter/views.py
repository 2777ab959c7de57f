"""Public newsletter pages: signup, confirmation, preferences, unsubscribe, revoking links,
and the data rights (export, erase).

Data rights: the links in mails (preferences, unsubscribe) lead to the data-rights page, never
to the data, since mails get forwarded. That page mails a fresh export or erase link to the
stored address (newsletter/tokens.py: one hour, one purpose, revoked with `link_key`); only
that link downloads the data, or, after a confirmation POST, erases it.

The views only check input and choose the answer; every state change is a function of
newsletter/subscriptions.py.

CSRF: these views are exempt. The signup form only ever asks for a confirmation mail, which
anyone can request for any address directly, so a forged cross-site post gains nothing (the
honeypot, the signed form timestamp and the rate limits are its protection). Every other view
is authorised by the secret signed token in its URL, which a cross-site attacker does not
have; RFC 8058 requires the one-click unsubscribe POST to work without cookies anyway. Being
exempt also keeps the compact form in every page's footer from setting a CSRF cookie on
every page.
"""

import json
import logging

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from pages.core.navigation import footer_links
from pages.core.public_forms.client import client_ip
from pages.core.public_forms.ratelimit import RateLimits
from pages.core.public_forms.responses import HttpResponseSeeOther, keep_link_private

from . import subscriptions, tokens
from .consent import CONSENT_TEXT_VERSION
from .forms import PreferencesForm, SignupForm, Source
from .models import Subscriber, SubscriberStatus

logger = logging.getLogger(__name__)

# (limit, window in seconds) per scope; settings.GLOKAL_NEWSLETTER_RATE_LIMITS overrides them
# scope by scope. "ip" counts every signup POST from one address; "email" every valid signup
# for one mail address (over it, no more mails go out, but the screen answer stays the same).
SIGNUP_LIMITS = RateLimits(
    "newsletter-signup",
    defaults={
        "ip": [(20, 60 * 60), (100, 24 * 60 * 60)],
        "email": [(3, 60 * 60), (6, 24 * 60 * 60)],
    },
    setting="GLOKAL_NEWSLETTER_RATE_LIMITS",
)
# Data-rights links mailed per address: anyone holding a forwarded mail can press the button,
# so it must not become a way to flood the owner's inbox. Over the limit no mail goes out and
# the screen answer stays the same. settings.GLOKAL_NEWSLETTER_DATA_RIGHTS_RATE_LIMITS
# overrides it.
DATA_RIGHTS_LIMITS = RateLimits(
    "newsletter-data-rights",
    defaults={"subscriber": [(5, 60 * 60), (10, 24 * 60 * 60)]},
    setting="GLOKAL_NEWSLETTER_DATA_RIGHTS_RATE_LIMITS",
)


# --- Helpers -------------------------------------------------------------------------------


def privacy_url():
    """The privacy policy in the current language, when the site has one."""
    for link in footer_links():
        if link["role"] == "privacy":
            return link["url"]
    return ""


def render(request, template, context=None, status=200, token_page=False, indexable=False):
    context = {"privacy_url": privacy_url(), **(context or {})}
    response = TemplateResponse(request, f"newsletter/{template}", context, status=status)
    if token_page:
        return keep_link_private(response)
    add_never_cache_headers(response)
    if not indexable:
        response["X-Robots-Tag"] = "noindex"
    return response


LINK_KINDS = {
    # kind of link: how long it is valid, in the unit its "expired" text names (hours or days)
    "confirmation": subscriptions.confirmation_valid_hours,
    "link": lambda: tokens.LINK_MAX_AGE.days,
    "data-rights": tokens.data_rights_valid_hours,
}


def bad_link(request, reason, kind="link"):
    """A forged, mangled, expired, used or revoked link: a clear page, nothing changed."""
    status = 400 if reason == "invalid" else 410
    context = {"problem": reason, "kind": kind, "valid_for": LINK_KINDS[kind]()}
    return render(request, "invalid_link.html", context, status=status, token_page=True)


def mail_failed(request):
    """The mail a button should send could not be handed over; nothing was changed."""
    logger.exception("Could not send a newsletter link mail")
    return render(request, "mail_failed.html", status=503, token_page=True)


def sent_url():
    return reverse("newsletter:sent")


def preferences_path(subscriber, token=None):
    token = token or tokens.link_token(subscriber)
    return reverse("newsletter:preferences", kwargs={"token": token})


def subscriber_for_link(token):
    return tokens.subscriber_for_link(token, Subscriber.objects.all())


def subscriber_for_data_rights(token, purpose):
    return tokens.subscriber_for_data_rights(token, purpose, Subscriber.objects.all())


# --- Signup --------------------------------------------------------------------------------


def render_signup(request, form, status=200):
    """The signup page: the only newsletter page search engines should list."""
    context = {
        "form": form,
        "consent_version": CONSENT_TEXT_VERSION,
        # The footer's compact form would repeat this page's form.
        "newsletter_signup_page": True,
    }
    return render(request, "signup.html", context, status=status, indexable=status == 200)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    """The signup page; also the target of the compact form in every page's footer."""
    language = translation.get_language()
    if request.method != "POST":
        return render_signup(request, SignupForm(language=language))

    if retry_after := SIGNUP_LIMITS.attempt(ip=client_ip(request)):
        response = render(request, "rate_limited.html", status=429)
        response["Retry-After"] = str(retry_after)
        return response
    source = request.POST.get("source")
    form = SignupForm(
        request.POST,
        language=language,
        source=source if source in Source.ALL else Source.SIGNUP_PAGE,
    )
    if form.honeypot_filled:
        # A bot: answer as if all went well, store and send nothing.
        return HttpResponseSeeOther(sent_url())
    if not form.is_valid():
        return render_signup(request, form, status=400)

    data = form.cleaned_data
    if SIGNUP_LIMITS.attempt(email=data["email"]):
        # A flood for one address: no more mails to it, and the same answer on screen, so
        # the form reveals nothing about the address.
        logger.info("Newsletter signups for one address over the limit; no mail sent")
        return HttpResponseSeeOther(sent_url())
    try:
        subscriptions.request_subscription(
            data["email"], form.choices(), source=data["source"], request=request
        )
    except NoReverseMatch:
        raise  # not wired: a deployment error, not the visitor's
    except Exception:
        # Nothing is stored when the mail cannot be handed over (one transaction).
        logger.exception("Could not send a newsletter confirmation or reminder mail")
        form.add_error(
            None, _("We could not send the confirmation mail just now. Please try again later.")
        )
        return render_signup(request, form, status=503)
    return HttpResponseSeeOther(sent_url())


@require_http_methods(["GET", "HEAD"])
def sent(request):
    """ "Please check your inbox": the same page for new, pending and active addresses."""
    return render(request, "sent.html", {"valid_hours": subscriptions.confirmation_valid_hours()})


# --- Confirmation --------------------------------------------------------------------------


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows a button; only the POST confirms (mail scanners prefetch GET links)."""
    try:
        subscriber = tokens.subscriber_for_confirmation(token, Subscriber.objects.all())
    except tokens.BadToken as error:
        return bad_link(request, error.reason, "confirmation")
    if subscriber.status != SubscriberStatus.PENDING:
        return bad_link(request, "used", "confirmation")
    if request.method != "POST":
        context = {"subscriber": subscriber, "interests": subscriptions.interest_names(subscriber)}
        return render(request, "confirm.html", context, token_page=True)
    try:
        subscriber = subscriptions.confirm(subscriber, request)
    except tokens.BadToken as error:  # a second click at the same moment
        return bad_link(request, error.reason, "confirmation")
    context = {"subscriber": subscriber, "preferences_url": preferences_path(subscriber)}
    return render(request, "confirmed.html", context, token_page=True)


# --- Preferences ---------------------------------------------------------------------------


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def preferences(request, token):
    try:
        subscriber = subscriber_for_link(token)
    except tokens.BadToken as error:
        return bad_link(request, error.reason)
    language = translation.get_language()
    status = 200
    if request.method == "POST":
        form = PreferencesForm(request.POST, language=language)
        if form.is_valid():
            subscriptions.change_preferences(subscriber, form.choices(), request)
            url = reverse("newsletter:preferences", kwargs={"token": token})
            return HttpResponseSeeOther(f"{url}?saved=1")
        status = 400
    else:
        form = PreferencesForm(initial=PreferencesForm.initial_for(subscriber), language=language)
    context = {
        "form": form,
        "subscriber": subscriber,
        "saved": request.method != "POST" and request.GET.get("saved") == "1",
        "token": token,
        "receiving": subscriber.status in (SubscriberStatus.ACTIVE, SubscriberStatus.PENDING),
    }
    return render(request, "preferences.html", context, status=status, token_page=True)


# --- Unsubscribe ---------------------------------------------------------------------------


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET shows a confirmation page; a POST unsubscribes, with no cookie, login or CSRF
    token: the button on that page, or the mail client's RFC 8058 one-click POST (body
    "List-Unsubscribe=One-Click"). Unsubscribing revokes every link mailed before, this one
    too: repeating it changes nothing and answers that the link is revoked (410)."""
    try:
        subscriber = subscriber_for_link(token)
    except tokens.BadToken as error:
        return bad_link(request, error.reason)
    context = {"subscriber": subscriber, "token": token}
    if request.method != "POST":
        context["receiving"] = subscriber.status in (
            SubscriberStatus.ACTIVE,
            SubscriberStatus.PENDING,
        )
        return render(request, "unsubscribe.html", context, token_page=True)
    one_click = request.POST.get("List-Unsubscribe") == "One-Click"
    source = (
        subscriptions.UnsubscribeSource.ONE_CLICK
        if one_click
        else (subscriptions.UnsubscribeSource.PAGE)
    )
    subscriptions.unsubscribe(subscriber, source, request)
    # The link just used is revoked now; the page leads on to the data with a fresh one (it
    # is shown to whoever held the old one a moment ago, and grants no more than it did).
    context["token"] = tokens.link_token(subscriber)
    return render(request, "unsubscribed.html", context, token_page=True)


# --- Revoking links ------------------------------------------------------------------------


@csrf_exempt
@require_http_methods(["POST"])
def revoke_links(request, token):
    """The preferences page's "revoke all links" button: a new link_key, and a fresh
    preferences link mailed to the stored address."""
    try:
        subscriber = subscriber_for_link(token)
    except tokens.BadToken as error:
        return bad_link(request, error.reason)
    try:
        revoked = subscriptions.revoke_links(subscriber)
    except NoReverseMatch:
        raise  # not wired: a deployment error, not the visitor's
    except Exception:
        return mail_failed(request)
    if not revoked:  # the same link pressed twice at once: the other press did it
        return bad_link(request, "revoked")
    return HttpResponseSeeOther(reverse("newsletter:links_revoked"))


@require_http_methods(["GET", "HEAD"])
def links_revoked(request):
    return render(request, "links_revoked.html")


# --- Data rights ---------------------------------------------------------------------------


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def data_rights(request, token):
    """Where the links in mails lead for the data (preferences token): GET explains, the
    POST of a button (purpose export or erase) mails that link to the stored address."""
    try:
        subscriber = subscriber_for_link(token)
    except tokens.BadToken as error:
        return bad_link(request, error.reason)
    context = {"token": token, "valid_hours": tokens.data_rights_valid_hours()}
    if request.method != "POST":
        return render(request, "data_rights.html", context, token_page=True)
    purpose = request.POST.get("purpose")
    if purpose not in tokens.DATA_RIGHTS_SALTS:
        context["purpose_missing"] = True
        return render(request, "data_rights.html", context, status=400, token_page=True)
    if DATA_RIGHTS_LIMITS.attempt(subscriber=subscriber.email):
        logger.info("Newsletter data-rights links for one address over the limit; no mail sent")
    else:
        try:
            subscriptions.send_data_rights_link(subscriber, purpose)
        except NoReverseMatch:
            raise
        except Exception:
            return mail_failed(request)
    return HttpResponseSeeOther(reverse("newsletter:data_link_sent"))


@require_http_methods(["GET", "HEAD"])
def data_link_sent(request):
    return render(request, "data_link_sent.html", {"valid_hours": tokens.data_rights_valid_hours()})


@require_http_methods(["GET", "HEAD"])
def export(request, token):
    """Everything stored about the subscriber, as a JSON download (mailed export token)."""
    try:
        subscriber = subscriber_for_data_rights(token, tokens.EXPORT)
    except tokens.BadToken as error:
        return bad_link(request, error.reason, "data-rights")
    data = subscriptions.export_data(subscriber)
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="glokal-newsletter-data.json"'
    return keep_link_private(response)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def erase(request, token):
    """GET asks for confirmation; POST deletes the subscriber's data (mailed erase token)."""
    try:
        subscriber = subscriber_for_data_rights(token, tokens.ERASE)
    except tokens.BadToken as error:
        return bad_link(request, error.reason, "data-rights")
    if request.method != "POST":
        context = {"subscriber": subscriber, "token": token}
        return render(request, "erase.html", context, token_page=True)
    subscriptions.erase(subscriber)
    return HttpResponseSeeOther(reverse("newsletter:erased"))


@require_http_methods(["GET", "HEAD"])
def erased(request):
    return render(request, "erased.html")
