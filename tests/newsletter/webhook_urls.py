"""The site's URLs with the webhook wiring newsletter/webhooks.py asks for in config/urls.py:
`path("anymail/", include("newsletter.webhooks"))`. Listed first, so it wins over a plain
`include("anymail.urls")` under the same prefix."""

from django.urls import include, path

from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("anymail/", include("newsletter.webhooks")), *site_urlpatterns]
