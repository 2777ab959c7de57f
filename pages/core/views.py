"""Views of the content core that are not Wagtail pages."""

import math
from functools import wraps

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import slugify
from wagtail import views as wagtail_views
from wagtail.documents.views import serve as wagtail_documents

from pages.core.models.contacts import ContactPerson
from pages.core.public_forms.client import client_ip
from pages.core.public_forms.ratelimit import RateLimits
from pages.core.public_url import public_url
from pages.core.vcard import contact_vcard

# Shared passwords of restricted pages and documents do not go through Django's sign-in, which
# django-axes guards: their guesses are limited here, per address and per restriction (so
# many addresses together cannot try one password indefinitely either).
PASSWORD_LIMITS = RateLimits(
    "restriction-password",
    defaults={"ip": [(10, 10 * 60)], "restriction": [(200, 60 * 60)]},
    setting="GLOKAL_PASSWORD_RATE_LIMITS",
)


def _return_url_is_a_url(view):
    """Wagtail's password forms (restricted pages and documents) redirect to the posted
    `return_url` after a right password, through `redirect()`, which takes a value that is
    neither a path nor a URL ("2026-11-21") for a view name and fails (500). Such a value, or
    one for another host, becomes the fallback Wagtail itself uses for unsafe return URLs."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST":
            url = request.POST.get("return_url", "")
            safe = url.startswith("/") and url_has_allowed_host_and_scheme(
                url, request.get_host(), request.is_secure()
            )
            if url and not safe:
                request.POST = request.POST.copy()
                request.POST["return_url"] = settings.LOGIN_REDIRECT_URL
        return view(request, *args, **kwargs)

    return wrapped


def _limited_guesses(kind):
    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST":
                restriction = kwargs.get("page_view_restriction_id", kwargs.get("restriction_id"))
                retry_after = PASSWORD_LIMITS.attempt(
                    ip=client_ip(request), restriction=f"{kind}:{restriction}"
                )
                if retry_after:
                    return too_many_guesses(request, retry_after)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate


def too_many_guesses(request, retry_after):
    context = {"minutes": max(1, math.ceil(retry_after / 60))}
    template = "pages/core/password_rate_limited.html"
    response = TemplateResponse(request, template, context, status=429)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


page_password_view = _limited_guesses("page")(
    _return_url_is_a_url(wagtail_views.authenticate_with_password)
)
document_password_view = _limited_guesses("document")(
    _return_url_is_a_url(wagtail_documents.authenticate_with_password)
)


def contact_vcard_view(request, pk):
    person = get_object_or_404(ContactPerson.objects.select_related("photo"), pk=pk)
    photo_url = ""
    if person.photo is not None:
        photo_url = public_url(person.photo.get_rendition("fill-300x300").url)
    body = contact_vcard(person, settings.WAGTAIL_SITE_NAME, photo_url)
    response = HttpResponse(body, content_type="text/vcard; charset=utf-8")
    filename = slugify(person.full_name) or f"contact-{person.pk}"
    response["Content-Disposition"] = f'attachment; filename="{filename}.vcf"'
    return response
