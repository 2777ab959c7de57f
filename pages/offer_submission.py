"""Submission of offers by companies (being built; see issue 4)."""

from django.http import Http404


def submit_offer_view(index, request):
    raise Http404
