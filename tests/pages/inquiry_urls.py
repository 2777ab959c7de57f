"""The site's URLs plus what the inquiry flow needs until config/urls.py and
pages/wagtail_hooks.py wire it (see pages/inquiries.py and pages/inquiry_admin.py):

- the confirmation link, as `include("pages.inquiries")` inside i18n_patterns;
- the admin viewset, mounted at /admin/inquiries/ as Wagtail's register_admin_viewset hook
  would (the hook may have run before pages.inquiry_admin was imported in a test session).
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns

from config.urls import urlpatterns as site_urlpatterns
from pages.inquiry_admin import inquiry_viewset

admin_patterns = decorate_urlpatterns(
    [
        path(
            f"admin/{inquiry_viewset.url_prefix}/",
            include(
                (inquiry_viewset.get_urlpatterns(), inquiry_viewset.url_namespace),
                namespace=inquiry_viewset.url_namespace,
            ),
        )
    ],
    require_admin_access,
)

urlpatterns = (
    decorate_urlpatterns(admin_patterns, never_cache)
    + i18n_patterns(path("", include("pages.inquiries")), prefix_default_language=True)
    + site_urlpatterns
)
