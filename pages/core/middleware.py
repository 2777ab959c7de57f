"""Language handling that stays out of the way of machine-facing URLs."""

from django.middleware.locale import LocaleMiddleware

# URLs outside i18n_patterns whose 404s are real answers, not a page in a missing language.
UNPREFIXED_PATHS = (
    "/api/",
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/static/",
    "/media/",
    "/anymail/",
    "/robots.txt",
    "/sitemap.xml",
)


class GlokalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 under /api/, /admin/ and other unprefixed
    URLs stays a 404 instead of being redirected to /de/… (an API client asking for
    /api/v2/pages/999/ must get 404 JSON, not an HTML page in German)."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            response.headers.setdefault("Content-Language", self.language_of(request))
            return response
        return super().process_response(request, response)

    @staticmethod
    def language_of(request):
        return getattr(request, "LANGUAGE_CODE", "") or "de"
