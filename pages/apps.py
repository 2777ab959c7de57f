"""The content core's app: page types, snippets and the features built on them (see pages/)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# The modules that register page views (pages/core/page_views.py): each model names its views,
# these modules supply them.
PAGE_VIEW_MODULES = (
    "pages.calendar.views",
    "pages.exchange.views",
    "pages.exchange.submission",
    "pages.exchange.inquiries",
    "pages.stories.views",
)


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Content core")

    def ready(self):
        from importlib import import_module

        from django.core import checks
        from django.db.models.signals import post_migrate

        from pages.calendar.home_section import next_events
        from pages.core import checks as core_checks
        from pages.core import routing_fields, signals
        from pages.core.page_cache import signals as page_cache_signals
        from pages.core.sections import register_home_section
        from pages.exchange import signals as exchange_signals
        from pages.translation import override_guard, permissions
        from pages.translation.roles import setup_roles_after_migrate

        signals.connect()
        page_cache_signals.connect()
        exchange_signals.connect()
        register_home_section(next_events)
        for module in PAGE_VIEW_MODULES:
            import_module(module)
        permissions.install()  # the locale rule: snippet views, wagtail-localize's editor
        override_guard.install()  # no unsafe link address in a translation override
        routing_fields.install()  # translators never change where data or mail goes
        post_migrate.connect(setup_roles_after_migrate, dispatch_uid="glokal-setup-roles")
        # A network call, so only in `check --deploy`, which a node runs before it serves.
        checks.register(core_checks.media_bucket, checks.Tags.files, deploy=True)
