"""Inquiries about offers (being built; see issue 4)."""

from django.http import Http404


def inquiry_view(offer, request):
    raise Http404
