from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Content core")

    def ready(self):
        from . import signals  # noqa: F401  (cache invalidation on publish)
        from .home_events import next_events
        from .sections import register_home_section

        register_home_section(next_events)

        from django.db.models.signals import post_migrate

        from .roles import setup_roles_after_migrate

        post_migrate.connect(setup_roles_after_migrate, dispatch_uid="glokal-setup-roles")
