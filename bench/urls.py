"""The site's URLs plus /bench/bare/, the baseline the benchmarked pages are compared with."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def bare_view(request):
    """Hello world through the same middleware stack: what serving any request costs."""
    return HttpResponse(b"Hello, world\n", content_type="text/plain; charset=utf-8")


urlpatterns = [path("bench/bare/", bare_view, name="bench-bare"), *site_urlpatterns]
