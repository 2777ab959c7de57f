"""`manage.py configure_site`: point the default Site record at the public base URL.

Wagtail writes every page's absolute URL (sitemap, feeds, canonical links, the API's
`html_url`) from the Site record's hostname and port; run this on the first deploy and
whenever GLOKAL_PUBLIC_BASE_URL changes. Safe to run any time: an unchanged record is left
alone. The rule lives in pages/core/site_record.py, which `load_demo` uses too.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pages.core.site_record import SiteRecordError, configure_default_site


class Command(BaseCommand):
    help = (
        "Set the default Site's hostname and port from GLOKAL_PUBLIC_BASE_URL (or --base-url), "
        "so page links in the site, its feeds and the API resolve."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            help="The address visitors reach the site at (default: GLOKAL_PUBLIC_BASE_URL).",
        )
        parser.add_argument("--name", help="Also set the Site's name (shown in the admin).")

    def handle(self, *args, base_url=None, name=None, verbosity=1, **options):
        base_url = base_url if base_url is not None else settings.GLOKAL_PUBLIC_BASE_URL
        try:
            changes = configure_default_site(base_url, site_name=name)
        except SiteRecordError as error:
            raise CommandError(str(error)) from error
        if not verbosity:
            return
        if not changes:
            self.stdout.write(f"Default Site already matches {base_url}: nothing changed.")
            return
        for change in changes:
            self.stdout.write(f"Default Site {change}")
        self.stdout.write(self.style.SUCCESS(f"Default Site now serves {base_url}"))
