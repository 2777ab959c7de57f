"""Views of the content core that are not Wagtail pages."""

from functools import wraps

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import slugify
from wagtail import views as wagtail_views
from wagtail.documents.views import serve as wagtail_documents

from pages.core.models.contacts import ContactPerson
from pages.core.vcard import contact_vcard


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


page_password_view = _return_url_is_a_url(wagtail_views.authenticate_with_password)
document_password_view = _return_url_is_a_url(wagtail_documents.authenticate_with_password)


def contact_vcard_view(request, pk):
    person = get_object_or_404(ContactPerson.objects.select_related("photo"), pk=pk)
    photo_url = ""
    if person.photo is not None:
        photo_url = request.build_absolute_uri(person.photo.get_rendition("fill-300x300").url)
    body = contact_vcard(person, settings.WAGTAIL_SITE_NAME, photo_url)
    response = HttpResponse(body, content_type="text/vcard; charset=utf-8")
    filename = slugify(person.full_name) or f"contact-{person.pk}"
    response["Content-Disposition"] = f'attachment; filename="{filename}.vcf"'
    return response
