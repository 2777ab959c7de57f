"""Views of the content core that are not Wagtail pages."""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify

from pages.core.models.contacts import ContactPerson
from pages.core.vcard import contact_vcard


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
