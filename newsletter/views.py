"""Public newsletter views (placeholder until the subscription flow lands)."""

from django.http import Http404


def _missing(request, token=None):
    raise Http404


signup = confirm = preferences = unsubscribe = export = erase = _missing
