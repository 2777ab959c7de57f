"""`manage.py load_demo`: fill an empty (or earlier demo) database with translated demo content.

`pages` may not import the apps that build on it, so the command does not know what demo
content exists: it asks every project app in INSTALLED_APPS order for a `demo` module with a
`load(context)` function (pages/demo/, press/demo.py, later events, offers, newsletter) and
hands them one shared `DemoContext`. Running it again updates the content in place.
"""

import importlib
import importlib.util
import logging
import time
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from pages.core.site_record import SiteRecordError, site_address
from pages.demo import DemoContext
from pages.translation.roles import ensure_demo_users, setup_roles

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "glokal-demo"
# Loggers that report every page save and every in-process task: hundreds of lines per run.
NOISY_LOGGERS = ("wagtail", "django_tasks")


class Command(BaseCommand):
    help = (
        "Load demo content (pages, press releases, snippets, images) in German with en/pl/cs "
        "translations, and an admin user. Safe to run again: existing content is updated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off (the demo admin password is public).",
        )

    def handle(self, *args, force=False, verbosity=1, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off, so this looks like a real installation; load_demo would create "
                f"the user {ADMIN_USERNAME!r} with a published password. Use --force to run anyway."
            )
        try:
            # Checked before anything is written: the demo's Site record is set from it.
            site_address(settings.GLOKAL_PUBLIC_BASE_URL)
        except SiteRecordError as error:
            raise CommandError(f"GLOKAL_PUBLIC_BASE_URL: {error}") from error
        started = time.monotonic()
        context = DemoContext(write=self.stdout.write)
        # Wagtail records a redirect whenever a page's URL changes, which here means every
        # translation receiving its own slug: pointless for new pages and a fifth of the time.
        with (
            quiet_loggers(NOISY_LOGGERS, enabled=verbosity < 2),
            override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False),
        ):
            for module in demo_modules():
                if verbosity >= 2:
                    self.stdout.write(f"-- {module.__name__}")
                module.load(context)
        context.report("Images", len(context.images), translated=False)
        self.ensure_admin()
        # The translated trees exist now: translators and reviewers get their rights on them.
        setup_roles()
        role_users = ensure_demo_users(ADMIN_PASSWORD)
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(
            f"Admin: {base_url}/admin/  user: {ADMIN_USERNAME}  password: {ADMIN_PASSWORD}"
        )
        for username, groups in role_users:
            self.stdout.write(
                f"       user: {username}  password: {ADMIN_PASSWORD}  ({', '.join(groups)})"
            )
        self.stdout.write(
            self.style.SUCCESS(f"Demo content loaded in {time.monotonic() - started:.1f} s")
        )

    def ensure_admin(self):
        users = get_user_model()
        if not users.objects.filter(username=ADMIN_USERNAME).exists():
            users.objects.create_superuser(ADMIN_USERNAME, "admin@glokal.example", ADMIN_PASSWORD)


def demo_modules():
    """The `demo` modules of the project's own apps, in INSTALLED_APPS order.

    Project apps are the top-level folders of the checkout; third-party apps (installed in
    the virtualenv, which may itself sit in the checkout) are skipped even if they happen to
    ship a module called `demo`.
    """
    base_dir = Path(settings.BASE_DIR).resolve()
    modules = []
    for app_config in apps.get_app_configs():
        if Path(app_config.path).resolve().parent != base_dir:
            continue
        name = f"{app_config.name}.demo"
        if importlib.util.find_spec(name) is not None:
            modules.append(importlib.import_module(name))
    return modules


@contextmanager
def quiet_loggers(names, enabled=True):
    """Raise the given loggers to WARNING for the duration, restoring their levels after."""
    loggers = [logging.getLogger(name) for name in names] if enabled else []
    previous = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, previous, strict=True):
            logger.setLevel(level)
