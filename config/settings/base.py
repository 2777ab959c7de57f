"""Settings shared by every profile.

Everything that differs between a newcomer's laptop, CI and production comes from environment
variables; when a variable is unset the embedded default applies (SQLite, Celery tasks run
in-process, mail written to a readable outbox folder), so a first run needs no server at all.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab

from .media_storage import media_storage

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("GLOKAL_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "insecure-embedded-default-key-change-me")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "pages",
    "press",
    "newsletter",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales with synchronisation options
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "anymail",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First, so every answer (redirects and errors included) and every log line has the id.
    "config.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "pages.core.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, locale and auth: a hit for an anonymous visitor skips all of them.
    "pages.core.page_cache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "pages.core.middleware.GlokalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it sees the login view's answer first and replaces it when axes locked it out.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database: DATABASE_URL, or SQLite in var/ -------------------------------------------
if not os.environ.get("DATABASE_URL"):
    VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'glokal.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Web process and Celery worker may share the file: WAL lets readers go on while one
    # process writes; IMMEDIATE takes the write lock at BEGIN so writers wait (timeout)
    # instead of failing with "database is locked" when a read turns into a write.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: CACHE_URL (redis://…), or files in var/cache/ --------------------------------
# The embedded default is shared by every process on the machine (runserver, a shell,
# publish_scheduled, a worker), so what one invalidates the others stop reading
# (pages/core/cache.py). Production requires Redis (production.py).
if os.environ.get("CACHE_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["CACHE_URL"],
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# --- Page cache for anonymous visitors (pages/core/page_cache/, docs/caching.md) ---------------
# Seconds an entry lives at most; changes purge exactly the entries that used them. 0 turns it
# off. Capped below the public forms' stamp lifetime (policy.py).
GLOKAL_PAGE_CACHE_SECONDS = int(os.environ.get("GLOKAL_PAGE_CACHE_SECONDS", "3600"))

# --- Sign-in brute-force protection (django-axes) -------------------------------------------
# Every sign-in through django.contrib.auth (Wagtail's admin, Django's admin, the login for
# restricted pages) counts failures per user name *and* client address: after
# GLOKAL_LOGIN_FAILURE_LIMIT failures that pair is refused, even with the right password, for
# GLOKAL_LOGIN_COOLOFF_MINUTES (429, pages/core/login_protection.py); other addresses are not
# affected, and a user name that does not exist is locked exactly like one that does, so the
# lockout reveals no accounts. Counts live in the database (every worker sees them);
# "axes.handlers.cache.AxesCacheHandler" on a shared CACHE_URL is the alternative.
# `manage.py axes_reset` (or axes_reset_username / axes_reset_ip) lifts lockouts.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = int(os.environ.get("GLOKAL_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("GLOKAL_LOGIN_COOLOFF_MINUTES", "15")))
AXES_RESET_ON_SUCCESS = True
# The address behind GLOKAL_TRUSTED_PROXY_COUNT proxies, as for the public forms' rate limits.
AXES_CLIENT_IP_CALLABLE = "pages.core.login_protection.sign_in_address"
AXES_LOCKOUT_CALLABLE = "pages.core.login_protection.lockout_response"
# No table of every successful sign-in with address and browser: Wagtail logs actions already.
AXES_DISABLE_ACCESS_LOG = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages: German is the source, en/pl/cs are translations --------------------------
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("pl", "Polski"),
    ("cs", "Čeština"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Berlin"
USE_TZ = True

# --- Static and media ----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    # The folder MEDIA_ROOT, or with GLOKAL_MEDIA_S3_BUCKET an S3-compatible bucket that every
    # node reaches, its objects served at /media/ through the site's proxy (media_storage.py).
    "default": media_storage(os.environ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Documents may be private: always through Wagtail's serve view, which checks collection
# privacy and streams the file (Wagtail's own choice for a folder; for a bucket it would
# redirect to the bucket's URL, past that check).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# `check --deploy` asks the bucket whether it exists (pages/core/checks.py); false skips that.
GLOKAL_CHECK_MEDIA_BUCKET = env_bool("GLOKAL_CHECK_MEDIA_BUCKET", True)

# --- Mail: an ESP through anymail, an SMTP relay, or the readable outbox --------------------
# EMAIL_BACKEND picks the transport. Unset, mail is written as .eml files to var/outbox/ so a
# newcomer can open what the site sent. For an ESP set e.g.
#   EMAIL_BACKEND=anymail.backends.postmark.EmailBackend  ANYMAIL_POSTMARK_SERVER_TOKEN=…
# and for an SMTP relay EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend EMAIL_HOST=…
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = Path(os.environ.get("EMAIL_FILE_PATH", VAR_DIR / "outbox"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Glokal <presse@glokal.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who hears about new submissions and expiring offers, besides the responsible contact person.
GLOKAL_EDITOR_EMAILS = env_list("GLOKAL_EDITOR_EMAILS", "redaktion@glokal.example")
# Behind a reverse proxy, how many X-Forwarded-For hops to trust for rate limits (0: none).
GLOKAL_TRUSTED_PROXY_COUNT = int(os.environ.get("GLOKAL_TRUSTED_PROXY_COUNT", "0"))
# The public forms' rate limits default in code (pages/core/public_forms/ratelimit.py has the
# rule); GLOKAL_OFFER_SUBMISSION_LIMITS, GLOKAL_INQUIRY_RATE_LIMITS and
# GLOKAL_NEWSLETTER_RATE_LIMITS, when set, replace single scopes: {"ip": [(20, 3600)]}.
# The address visitors reach the site at (https in production): every absolute URL the site,
# its mails and the API hand out is built on it, and `manage.py configure_site` points the
# default Site record (from which Wagtail builds page URLs) at it. No trailing slash.
GLOKAL_PUBLIC_BASE_URL = os.environ.get(
    "GLOKAL_PUBLIC_BASE_URL",
    "http://127.0.0.1:8000",
).rstrip("/")
# Every ANYMAIL_* variable goes to anymail without its prefix
# (ANYMAIL_POSTMARK_SERVER_TOKEN becomes POSTMARK_SERVER_TOKEN).
ANYMAIL = {
    key.removeprefix("ANYMAIL_"): value
    for key, value in os.environ.items()
    if key.startswith("ANYMAIL_")
}
# Webhook basic-auth credentials "user:password"; while one is rotated, several, comma-separated
# (anymail lets in any entry of a list). No commas in passwords.
if "WEBHOOK_SECRET" in ANYMAIL:
    ANYMAIL["WEBHOOK_SECRET"] = env_list("ANYMAIL_WEBHOOK_SECRET")

# --- Celery: Redis broker when CELERY_BROKER_URL is set, in-process otherwise ---------------
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "memory://")
CELERY_TASK_ALWAYS_EAGER = not os.environ.get("CELERY_BROKER_URL")
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "offer-renewal-reminders": {
        "task": "pages.tasks.send_offer_renewal_reminders",
        "schedule": crontab(hour=7, minute=30),
    },
    "purge-unconfirmed-inquiries": {
        "task": "pages.tasks.purge_unconfirmed_inquiries",
        "schedule": crontab(hour=3, minute=15),
    },
    # Digests in Europe/Berlin time (CELERY_TIMEZONE): weekly on Monday, monthly on the 1st.
    "newsletter-weekly-digest": {
        "task": "newsletter.tasks.start_scheduled_run",
        "schedule": crontab(hour=7, minute=0, day_of_week="mon"),
        "args": ("weekly",),
    },
    "newsletter-monthly-digest": {
        "task": "newsletter.tasks.start_scheduled_run",
        "schedule": crontab(hour=7, minute=0, day_of_month="1"),
        "args": ("monthly",),
    },
    "newsletter-purge-unconfirmed": {
        "task": "newsletter.tasks.purge_unconfirmed_subscribers",
        "schedule": crontab(hour=3, minute=30),
    },
    # Batches whose worker died (lease ran out) or whose task message was lost go out again.
    "newsletter-recover-batches": {
        "task": "newsletter.tasks.recover_stale_batches",
        "schedule": float(os.environ.get("GLOKAL_NEWSLETTER_RECOVER_SECONDS", "60")),
    },
}
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# Named queues, so each kind of work gets workers tuned for it (docs/deployment.md):
# "digests" holds one message per batch of NEWSLETTER_BATCH_SIZE mails, minutes of work each:
#   its workers prefetch 1 (a waiting batch stays with the broker for whichever worker is free,
#   not reserved by a busy one) and run with -O fair;
# "translations" holds wagtail-localize's jobs (a subtree, a sync), long and rare;
# "default" holds short tasks (a confirmation mail, a reminder), fine to prefetch a few.
# Every task is acknowledged late (above), so a killed worker's message goes to another.
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "newsletter.tasks.send_batch": {"queue": "digests"},
    "pages.celery_jobs.run_job": {"queue": "translations"},
}
# Exactly one beat: with CELERY_REDBEAT_REDIS_URL set, the schedule lives in Redis behind a
# lock, so a second beat started by mistake waits for the lock instead of firing everything
# twice, and takes over within CELERY_REDBEAT_LOCK_TIMEOUT seconds when the first one dies.
if os.environ.get("CELERY_REDBEAT_REDIS_URL"):
    CELERY_BEAT_SCHEDULER = "redbeat.RedBeatScheduler"
    CELERY_REDBEAT_REDIS_URL = os.environ["CELERY_REDBEAT_REDIS_URL"]
    CELERY_REDBEAT_KEY_PREFIX = "glokal:beat:"
    CELERY_REDBEAT_LOCK_TIMEOUT = int(os.environ.get("CELERY_REDBEAT_LOCK_TIMEOUT", "60"))
    CELERY_BEAT_MAX_LOOP_INTERVAL = 5

# --- Newsletter ------------------------------------------------------------------------------
# Deliveries per batch task, and how long a worker owns a batch without a sign of life before
# another may take it over (it renews the lease while it sends).
NEWSLETTER_BATCH_SIZE = int(os.environ.get("GLOKAL_NEWSLETTER_BATCH_SIZE", "500"))
NEWSLETTER_LEASE_SECONDS = int(os.environ.get("GLOKAL_NEWSLETTER_LEASE_SECONDS", "300"))
# Failed hand-overs are retried with exponential backoff up to this many attempts.
NEWSLETTER_MAX_ATTEMPTS = int(os.environ.get("GLOKAL_NEWSLETTER_MAX_ATTEMPTS", "5"))
# The transport for digests follows EMAIL_BACKEND unless set: "smtp", "anymail" or "django".
NEWSLETTER_TRANSPORT = os.environ.get("GLOKAL_NEWSLETTER_TRANSPORT", "")
NEWSLETTER_FROM_EMAIL = os.environ.get("GLOKAL_NEWSLETTER_FROM_EMAIL", DEFAULT_FROM_EMAIL)

# --- Wagtail -------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Glokal"
# ASCII slugs: URLs with ü, ł or ř get percent-encoded in mail clients and shared links.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The admin and the API live on the public address unless served from hosts of their own.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", GLOKAL_PUBLIC_BASE_URL).rstrip("/")
WAGTAILIMAGES_IMAGE_MODEL = "pages.GlokalImage"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", GLOKAL_PUBLIC_BASE_URL).rstrip("/")
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_SEARCH_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Each locale's tree is translated separately; new German pages are offered for translation.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# --- Translation workflow -------------------------------------------------------------------
# Machine pre-fill, GLOKAL_MACHINE_TRANSLATOR: dummy (offline, the default), deepl,
# libretranslate (self-hosted) or none.
GLOKAL_MACHINE_TRANSLATOR = os.environ.get("GLOKAL_MACHINE_TRANSLATOR", "dummy").strip().lower()
if GLOKAL_MACHINE_TRANSLATOR == "deepl":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {
            "AUTH_KEY": os.environ["DEEPL_AUTH_KEY"],
            "TIMEOUT": int(os.environ.get("DEEPL_TIMEOUT", "30")),
            # GLOKAL_DEEPL_GLOSSARY_IDS="EN=<id>,PL=<id>,CS=<id>" (German source glossaries)
            "GLOSSARY_IDS": {
                ("DE", target.strip().upper()): glossary.strip()
                for target, _, glossary in (
                    item.partition("=") for item in env_list("GLOKAL_DEEPL_GLOSSARY_IDS")
                )
            },
        },
    }
    if os.environ.get("DEEPL_FORMALITY"):
        WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["FORMALITY"] = os.environ["DEEPL_FORMALITY"]
elif GLOKAL_MACHINE_TRANSLATOR == "libretranslate":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": int(os.environ.get("LIBRETRANSLATE_TIMEOUT", "10")),
        },
    }
elif GLOKAL_MACHINE_TRANSLATOR == "none":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
else:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    }
# wagtail-localize's background jobs (translating subtrees, syncing) run on our Celery workers.
WAGTAILLOCALIZE_JOBS = {
    "BACKEND": "pages.translation.celery_jobs.CeleryJobBackend",
    "OPTIONS": {"QUEUE": os.environ.get("GLOKAL_TRANSLATION_QUEUE", "")},  # "" = default queue
}
# Task modules outside an app's top-level `tasks` module, which autodiscovery would not find.
CELERY_IMPORTS = ["pages.exchange.tasks", "pages.translation.celery_jobs"]

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# --- Logging: to stderr, one line per record, each with its request id -----------------------
# GLOKAL_LOG_FORMAT: "text" for people (the default), "json" for a log collector (one object
# per line: timestamp, level, logger, message, request_id, exc_info and any extra fields).
# The id comes from the proxy's X-Request-ID and follows the request into its Celery tasks
# (config/request_id.py); LOG_LEVEL=DEBUG adds a line per request.
GLOKAL_LOG_FORMAT = os.environ.get("GLOKAL_LOG_FORMAT", "text").strip().lower() or "text"
if GLOKAL_LOG_FORMAT not in {"text", "json"}:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f'GLOKAL_LOG_FORMAT must be "text" or "json", not {GLOKAL_LOG_FORMAT!r}.'
    )
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "config.request_id.RequestIdFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": True,
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": GLOKAL_LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Celery gives its task logger a handler of its own unless it has one, and never lets
        # it propagate: this one, so task logs have the request id and the format too.
        "celery.task": {"handlers": ["console"], "propagate": False},
    },
}
# The worker logs through LOGGING above instead of replacing the root logger's handlers.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# --- The HTTP cache in front (Varnish; pages/core/page_cache/frontend.py) -------------------
# GLOKAL_VARNISH_URL: the purge listener of each Varnish (comma-separated), e.g.
# http://127.0.0.1:6082. What the page cache purges is sent there as PURGE requests too.
GLOKAL_VARNISH_URLS = env_list("GLOKAL_VARNISH_URL")
if GLOKAL_VARNISH_URLS:
    WAGTAILFRONTENDCACHE = {
        f"varnish{number}": {
            "BACKEND": "pages.core.page_cache.frontend.PurgeBackend",
            "LOCATION": location,
        }
        for number, location in enumerate(GLOKAL_VARNISH_URLS, start=1)
    }
    # The purged URLs already name every language affected; Wagtail would add each URL once
    # per language on top.
    WAGTAILFRONTENDCACHE_LANGUAGES = []
