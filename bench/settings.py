"""Settings for the benchmarks (bench/press_bench.py, bench/calendar_bench.py).

Production-like where it matters for throughput: DEBUG off (so Django uses the cached
template loader and keeps no query log), no debug tooling, the full middleware stack of
config.settings.base, persistent database connections with health checks, and the embedded
default's file cache (shared by every process, in the scratch directory) for the menus,
filter choices and flags the site caches. There is deliberately no page
cache: the benchmark measures what rendering a page costs.

bench/harness.py passes the database URL and a scratch directory in the environment, so the
benchmark never touches var/glokal.sqlite3 or the developer's media folder.
"""

import os
from pathlib import Path

import dj_database_url

from config.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "bench-only-secret-key-not-for-production-0123456789abcdefghij"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
ROOT_URLCONF = "bench.urls"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ["GLOKAL_BENCH_DATABASE_URL"], conn_max_age=60, conn_health_checks=True
    )
}

SCRATCH_DIR = Path(os.environ["GLOKAL_BENCH_SCRATCH"])
MEDIA_ROOT = SCRATCH_DIR / "media"
STATIC_ROOT = SCRATCH_DIR / "static"
# Plain storage: {% static %} resolves without a collectstatic manifest. WhiteNoise stays in
# the middleware stack, as in production; the benchmark requests no static files.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(SCRATCH_DIR / "cache"),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}

# The benchmarks measure what a render costs; the page cache would answer them all after the
# first request (bench/page_cache_bench.py turns it on for its "hit" server).
GLOKAL_PAGE_CACHE_SECONDS = int(os.environ.get("GLOKAL_PAGE_CACHE_SECONDS", "0"))

# Logging to the console on every request would be measured too; only problems are logged.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # django-axes warns on every failed sign-in, which bench/security_bench.py makes on purpose.
    "loggers": {"axes": {"level": "ERROR"}},
}
