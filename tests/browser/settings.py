"""The site as the browser tests and the page-weight benchmark serve it (tests/browser/server.py).

The test profile (DEBUG off, static files through WhiteNoise's finders, no collectstatic), but
run as a separate server process, so what the test profile keeps in memory must live on disk:
mail goes to a folder of files the tests read, and media to a folder the demo loader and the
server share. Everything process-specific comes from the environment the harness sets.
"""

import os
from pathlib import Path

from config.settings.test import *  # noqa: F403

# The server's own address: links in mails (confirmation, inquiry) must lead back to it.
GLOKAL_PUBLIC_BASE_URL = os.environ.get("GLOKAL_PUBLIC_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", GLOKAL_PUBLIC_BASE_URL)
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL

# Mail as files (one per connection, messages separated by a line of dashes): the test process
# cannot see the server's in-memory outbox.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = Path(os.environ.get("EMAIL_FILE_PATH", VAR_DIR / "outbox"))  # noqa: F405

# Images the demo loader wrote must be found by the server: one folder, not a temp dir each.
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))  # noqa: F405
# DEBUG is off, so config/urls.py does not serve media; this URLconf adds it (static files
# come from WhiteNoise, as in production).
ROOT_URLCONF = "tests.browser.urls"

# A throwaway database rebuilt for every test run: no need to wait for the disk on each of the
# demo loader's thousands of commits. The server's threads queue for the write lock.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    _options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    _options.setdefault("init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF")
    _options.setdefault("transaction_mode", "IMMEDIATE")
    _options.setdefault("timeout", 20)
