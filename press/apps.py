from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressConfig(AppConfig):
    name = "press"
    verbose_name = _("Press room")

    def ready(self):
        from pages.core.sections import register_home_section, register_section

        from .sections import latest_press_releases, releases_about_event

        register_home_section(latest_press_releases)
        register_section("event", releases_about_event)
