"""The "Newsletter" menu of the Wagtail admin: subscribers and digest runs (with previews,
test sends and starting a run inside them). The screens are in newsletter/admin_views.py."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from .admin_views import digest_run_viewset, subscriber_viewset


class NewsletterGroup(ViewSetGroup):
    menu_label = _("Newsletter")
    menu_icon = "mail"
    menu_order = 320
    items = (subscriber_viewset, digest_run_viewset)


@hooks.register("register_admin_viewset")
def register_newsletter_admin():
    return NewsletterGroup()
