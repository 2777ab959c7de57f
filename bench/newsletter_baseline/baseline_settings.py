"""Settings of the throwaway Django project that runs django-newsletter for the newsletter
benchmark (bench/newsletter_bench.py). It runs in django-newsletter's own virtualenv, never in
the project's, with the database and the SMTP sink the benchmark passes in the environment.

Everything that shapes sending is stock: Django's SMTP backend (a new connection per message,
as `EmailMessage.send()` opens without an explicit connection), the app's own message
templates, no delays between messages. DEBUG is off, so templates are cached and no query log
is kept, as in production.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent
SCRATCH = Path(os.environ.get("BASELINE_SCRATCH", "/tmp"))


def _database(url):
    """postgresql://user@host:port/name or sqlite:///path (no dj-database-url in this venv)."""
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": parts.path}
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": parts.path.lstrip("/"),
        "USER": parts.username or "postgres",
        "PASSWORD": parts.password or "",
        "HOST": parts.hostname or "127.0.0.1",
        "PORT": str(parts.port or 5432),
    }


DEBUG = False
SECRET_KEY = "django-newsletter-benchmark-only-0123456789abcdefghijklmnopqrstuvwxyz"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sites",
    "sorl.thumbnail",
    "newsletter",
]
SITE_ID = 1
ROOT_URLCONF = "baseline_urls"
DATABASES = {"default": _database(os.environ["BASELINE_DATABASE_URL"])}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": []},
    }
]
USE_TZ = True
TIME_ZONE = "Europe/Berlin"
LANGUAGE_CODE = "de"
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
MEDIA_ROOT = SCRATCH / "media"

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ.get("BASELINE_SMTP_PORT", "2525"))
DEFAULT_FROM_EMAIL = "Glokal <newsletter@glokal.example>"
NEWSLETTER_USE_HTTPS = True
# Its article image field needs a thumbnailer; sorl-thumbnail is the documented default. The
# benchmark's articles have no images, so nothing is thumbnailed.
NEWSLETTER_THUMBNAIL = "sorl-thumbnail"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
