"""Production profile: everything secret or site-specific comes from the environment.

It refuses to start, naming the variable, without DJANGO_SECRET_KEY, CACHE_URL (Redis),
DJANGO_ALLOWED_HOSTS, GLOKAL_PUBLIC_BASE_URL, CELERY_BROKER_URL (or GLOKAL_TASKS_IN_PROCESS=true)
and media every node reaches (GLOKAL_MEDIA_S3_BUCKET, or GLOKAL_MEDIA_ROOT_IS_SHARED=true for
a shared folder); with them, `manage.py check --deploy` is clean (it also asks the bucket
whether it exists).
"""

import os
from urllib.parse import urlsplit

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

# Each refusal names the variable, so a node with a bad environment stops at start with one
# clear message instead of failing on its first request.
if not os.environ.get("DJANGO_ALLOWED_HOSTS", "").strip():
    raise ImproperlyConfigured(
        "Set DJANGO_ALLOWED_HOSTS to the host names the site answers to (comma-separated): "
        "the embedded default lists only local addresses."
    )

_public_base = urlsplit(os.environ.get("GLOKAL_PUBLIC_BASE_URL", ""))
if _public_base.scheme not in {"http", "https"} or not _public_base.hostname:
    raise ImproperlyConfigured(
        "Set GLOKAL_PUBLIC_BASE_URL to the address visitors reach the site at "
        "(https://www.example.org): links in mails, the admin and the API are built from it."
    )

# Tasks run in-process only when an operator says so: otherwise a missing broker would send
# digests from the web process that happens to start them.
if not os.environ.get("CELERY_BROKER_URL") and not env_bool(  # noqa: F405
    "GLOKAL_TASKS_IN_PROCESS", False
):
    raise ImproperlyConfigured(
        "Set CELERY_BROKER_URL to the broker the Celery workers read (redis://host:6379/1 or "
        "amqp://user:password@host:5672//), or GLOKAL_TASKS_IN_PROCESS=true to run tasks in "
        "the web process."
    )

# Every web node serves every upload and every worker makes renditions: media must live where
# all of them reach it, in a bucket (GLOKAL_MEDIA_S3_BUCKET) or on a filesystem mounted at
# DJANGO_MEDIA_ROOT on each node, which only the operator can confirm.
if not os.environ.get("GLOKAL_MEDIA_S3_BUCKET", "").strip() and not env_bool(  # noqa: F405
    "GLOKAL_MEDIA_ROOT_IS_SHARED", False
):
    raise ImproperlyConfigured(
        "Set GLOKAL_MEDIA_S3_BUCKET to an S3 bucket every web and worker node reaches, or "
        "DJANGO_MEDIA_ROOT to a filesystem they all mount and GLOKAL_MEDIA_ROOT_IS_SHARED=true "
        "to confirm it: a folder of one node leaves uploads invisible to the others."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)  # noqa: F405
# The proxy and the orchestrator probe the nodes over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^_health/"]
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
