"""Security headers for the public site.

Public pages get a Content Security Policy that allows nothing but the site's own origin:
no inline scripts or styles, no third-party hosts (BITV/GDPR: a visitor's browser talks to
nobody else). The Wagtail admin keeps Wagtail's own needs (inline scripts and styles in
its templates), so it gets a looser policy. Django's SecurityMiddleware already sets
X-Content-Type-Options, Referrer-Policy and, in production, HSTS.
"""

from django.conf import settings

PUBLIC_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
ADMIN_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'self'",
    ]
)
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def content_security_policy(path):
    if path.startswith(ADMIN_PREFIXES):
        return getattr(settings, "GLOKAL_ADMIN_CSP", ADMIN_POLICY)
    return getattr(settings, "GLOKAL_PUBLIC_CSP", PUBLIC_POLICY)


class SecurityHeadersMiddleware:
    """Adds the CSP (unless a view set its own) and a restrictive Permissions-Policy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault(
            "Content-Security-Policy", content_security_policy(request.path_info)
        )
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        )
        return response
