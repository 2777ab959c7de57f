"""Public newsletter pages: signup, confirmation, preferences, unsubscribe, export, erase.

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
from pages.core.public_forms.responses import HttpResponseSeeOther

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
    add_never_cache_headers(response)
    if token_page:
        # The page's URL carries a secret token: never send it on as a Referer.
        response["Referrer-Policy"] = "no-referrer"
    if not indexable:
        response["X-Robots-Tag"] = "noindex"
    return response


def bad_link(request, reason):
    """A forged, mangled, expired or used link: a clear page, nothing changed."""
    status = 400 if reason == "invalid" else 410
    context = {"problem": reason, "valid_hours": subscriptions.confirmation_valid_hours()}
    return render(request, "invalid_link.html", context, status=status, token_page=True)


def sent_url():
    return reverse("newsletter:sent")


def preferences_path(subscriber, token=None):
    token = token or tokens.link_token(subscriber)
    return reverse("newsletter:preferences", kwargs={"token": token})


def subscriber_for_link(token):
    return tokens.subscriber_for_link(token, Subscriber.objects.all())


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
        return bad_link(request, error.reason)
    if subscriber.status != SubscriberStatus.PENDING:
        return bad_link(request, "used")
    if request.method != "POST":
        context = {"subscriber": subscriber, "interests": subscriptions.interest_names(subscriber)}
        return render(request, "confirm.html", context, token_page=True)
    try:
        subscriber = subscriptions.confirm(subscriber, request)
    except tokens.BadToken as error:  # a second click at the same moment
        return bad_link(request, error.reason)
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
    "List-Unsubscribe=One-Click"). Repeating it gives the same answer and changes nothing."""
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
    return render(request, "unsubscribed.html", context, token_page=True)


# --- Data rights ---------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD"])
def export(request, token):
    """Everything stored about the subscriber, as a JSON download."""
    try:
        subscriber = subscriber_for_link(token)
    except tokens.BadToken as error:
        return bad_link(request, error.reason)
    data = subscriptions.export_data(subscriber)
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="glokal-newsletter-data.json"'
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    add_never_cache_headers(response)
    return response


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def erase(request, token):
    """GET asks for confirmation; POST deletes the subscriber's data."""
    try:
        subscriber = subscriber_for_link(token)
    except tokens.BadToken as error:
        return bad_link(request, error.reason)
    if request.method != "POST":
        context = {"subscriber": subscriber, "token": token}
        return render(request, "erase.html", context, token_page=True)
    subscriptions.erase(subscriber)
    return HttpResponseSeeOther(reverse("newsletter:erased"))


@require_http_methods(["GET", "HEAD"])
def erased(request):
    return render(request, "erased.html")
