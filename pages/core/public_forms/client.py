"""Who is asking: the visitor's address for rate limits, proxy-aware."""

from django.conf import settings


def client_ip(request):
    """The visitor's address. Behind N trusted reverse proxies (GLOKAL_TRUSTED_PROXY_COUNT),
    the N-th address from the right of X-Forwarded-For; the left part is whatever the client
    claims and is never trusted, and without trusted proxies the header is ignored."""
    proxies = int(getattr(settings, "GLOKAL_TRUSTED_PROXY_COUNT", 0) or 0)
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies][:64]
    return (request.META.get("REMOTE_ADDR") or "unknown")[:64]
