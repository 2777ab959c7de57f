"""The project's URLs plus media files, for the server the browser tests start.

With DEBUG off config/urls.py serves no media (production leaves that to the web server), but
the demo's images must load in the browser for screenshots and page weights to be real.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from config.urls import urlpatterns as project_urlpatterns

media_prefix = settings.MEDIA_URL.lstrip("/")

urlpatterns = [
    re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *project_urlpatterns,
]
