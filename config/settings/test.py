"""Test profile: real database (SQLite or DATABASE_URL), tasks in-process, fast hashing."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="glokal-test-media-"))
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# The embedded default's kind of cache, shared with the processes a test starts (Celery worker,
# web nodes), which are handed its folder in GLOKAL_TEST_CACHE_DIR; a node of a Redis test is
# handed CACHE_URL instead (base.py).
if not os.environ.get("CACHE_URL"):
    if os.environ.get("GLOKAL_TEST_CACHE_DIR"):
        _test_cache_dir = os.environ["GLOKAL_TEST_CACHE_DIR"]
    else:
        _test_cache_dir = tempfile.mkdtemp(prefix="glokal-test-cache-")
        atexit.register(shutil.rmtree, _test_cache_dir, ignore_errors=True)
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": _test_cache_dir,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
# Off: the test database rolls back after each test, cached pages would not. Tests of the cache
# turn it on (tests/pages/page_cache/); processes a test starts are handed the variable.
GLOKAL_PAGE_CACHE_SECONDS = int(os.environ.get("GLOKAL_PAGE_CACHE_SECONDS", "0"))
# Tests send every task to the one queue their own worker reads (tests/celery_worker.py).
CELERY_TASK_ROUTES = {}
# The test client's host; the processes a test starts (workers, web nodes) are handed theirs.
GLOKAL_PUBLIC_BASE_URL = os.environ.get("GLOKAL_PUBLIC_BASE_URL", "http://testserver").rstrip("/")
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = "http://testserver"
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="glokal-test-static-"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.request": {"level": "ERROR"}},
}
# Serve static files straight from the app folders, as `runserver` does, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# SQLite: the test database is a file, in a fresh directory per test process (pytest-xdist
# appends _gwN), so the Celery worker of the end-to-end and fault tests can open it.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    _test_db_dir = tempfile.mkdtemp(prefix="glokal-test-db-")
    atexit.register(shutil.rmtree, _test_db_dir, ignore_errors=True)
    DATABASES["default"]["TEST"] = {"NAME": str(Path(_test_db_dir) / "test.sqlite3")}  # noqa: F405

# On PostgreSQL, tests need no durability: skip waiting for the WAL flush on every commit
# (the test database's ~200 migrations each commit). Session-level; the server is untouched.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
