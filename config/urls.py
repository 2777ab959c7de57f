"""Root URLs. Everything a visitor reads carries its language: /de/…, /en/…, /pl/…, /cs/…"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.coreutils import WAGTAIL_APPEND_SLASH
from wagtail.documents import urls as wagtaildocs_urls

from pages.core import routing as page_routing
from pages.core import seo
from pages.core import views as core_views

from . import health
from .api import api_router

# The 503 page while the database or the cache is down, Django's 500 page otherwise.
handler500 = "config.unavailable.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's password views, with a return URL that is always a URL (pages/core/views.py).
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        core_views.document_password_view,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    # For the proxy and an orchestrator, outside the language prefix (config/health.py).
    path("_health/live/", health.live, name="health_live"),
    path("_health/ready/", health.ready, name="health_ready"),
    path("robots.txt", seo.robots_txt, name="robots"),
    path("sitemap.xml", seo.sitemap_xml, name="sitemap"),
    # ESP tracking webhooks (basic-auth WEBHOOK_SECRET); see newsletter/webhooks.py.
    path("anymail/", include("newsletter.webhooks")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's serve view, preceded by one that resolves the route in two queries
# (pages/core/routing.py); Wagtail's own pattern stays for its helper URLs (password and
# login for restricted pages), so ours leaves `_util/` to them instead of answering 404.
serve_pattern = (
    r"^(?!_util/)((?:[\w\-]+/)*)$" if WAGTAIL_APPEND_SLASH else r"^(?!_util/)([\w\-/]*)$"
)

# `/` has no prefix: LocaleMiddleware redirects it to the visitor's language (Accept-Language).
urlpatterns += i18n_patterns(
    path("", include("pages.urls")),
    path("", include("pages.exchange.inquiries")),
    path("", include("newsletter.urls")),
    re_path(serve_pattern, page_routing.serve, name="wagtail_serve"),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        core_views.page_password_view,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
