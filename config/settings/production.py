"""Production profile: everything secret or site-specific comes from the environment.

`DJANGO_SETTINGS_MODULE=config.settings.production manage.py check --deploy` is clean once
DJANGO_SECRET_KEY is set to a long random value.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("insecure"):
    raise ImproperlyConfigured(
        "Set DJANGO_SECRET_KEY to a random string of at least 50 characters."
    )

# Menus, filter choices and whether any page is restricted are cached and invalidated on
# change (pages/core/cache.py): every web node and worker must read the same cache, or a new
# view restriction stays unseen by the others. A file cache is shared by one host only.
if not os.environ.get("CACHE_URL", "").startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured(
        "Set CACHE_URL to the Redis server every web and worker process shares "
        "(redis://host:6379/0): production runs several processes, and a cache of one "
        "process or one host cannot invalidate what the others cached."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
