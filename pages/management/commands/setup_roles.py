"""`manage.py setup_roles`: create or update the editorial groups and the review workflow.

Safe to run any time (it also runs after `migrate` and in `load_demo`); run it again after the
home page is first translated into a new language, so that language's translators get their
tree. `--demo-users PASSWORD` also creates the demo accounts editor, reviewer and
translator-<language> (never on a real installation: the password would be public).
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pages.translation.roles import ensure_demo_users, setup_roles


class Command(BaseCommand):
    help = "Create or update the Editors, Translators (<language>) and Reviewers groups."

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            metavar="PASSWORD",
            help="Also create the demo accounts (editor, reviewer, translator-xx) with PASSWORD.",
        )
        parser.add_argument(
            "--force", action="store_true", help="Allow --demo-users with DEBUG off."
        )

    def handle(self, *args, demo_users=None, force=False, verbosity=1, **options):
        if demo_users and not settings.DEBUG and not force:
            raise CommandError("DEBUG is off: demo users with a known password need --force.")
        report = setup_roles()
        if verbosity:
            for line in report.lines():
                self.stdout.write(line)
        if demo_users:
            for username, groups in ensure_demo_users(demo_users):
                self.stdout.write(f"User {username}: {', '.join(groups)}")
