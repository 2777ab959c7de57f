"""The page cache in the Wagtail admin: its figures and the last purge on the dashboard, for
everyone who uses the admin, and "Clear the page cache" for administrators.

Administrators are superusers. Clearing costs every visitor a fresh render of each URL, a
site-wide act like changing users, groups or sites, which no editorial role
(pages/translation/roles.py) may do either. A permission of its own would need a model to hang
on (and a migration) for a button pressed after a deployment gone wrong.

`pages/wagtail_hooks.py` imports this module; it registers its own hooks.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Site

from pages.core.page_cache import purge, stats

CLEARED_ACTION = "glokal.page_cache_cleared"


def may_clear(user) -> bool:
    return user.is_active and user.is_superuser


def cleared_message(count: int) -> str:
    return ngettext(
        "The page cache is cleared: %(count)s entry dropped.",
        "The page cache is cleared: %(count)s entries dropped.",
        count,
    ) % {"count": count}


PURGE_ACTIONS = {
    "published": _("published: %(subject)s"),
    "unpublished": _("unpublished: %(subject)s"),
    "moved": _("moved: %(subject)s"),
    "deleted": _("deleted: %(subject)s"),
    "saved": _("saved: %(subject)s"),
}


def reason_text(reason) -> str:
    """What caused a purge, in the admin user's language: purge.py records [action, subject]
    pairs, a text stays as it is."""
    if not reason:
        return ""
    if isinstance(reason, str):
        return reason
    parts = []
    for action, subject in reason:
        label = PURGE_ACTIONS.get(action)
        parts.append(label % {"subject": subject} if label else f"{action}: {subject}")
    return "; ".join(parts)


class PageCachePanel(Component):
    name = "page_cache"
    template_name = "pages/core/page_cache/panel.html"
    order = 400  # below Wagtail's own panels (workflow, recent edits, locked pages)

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        figures = stats.figures()
        lookups = figures["hits"] + figures["misses"]
        last = stats.last_purge()
        if last:
            urls = list(last.get("urls") or [])
            last = {
                "when": parse_datetime(last.get("when") or ""),
                "reason": reason_text(last.get("reason")),
                "count": int(last.get("count") or 0),
                "urls": urls,
                "shown": len(urls),
            }
        return {
            "figures": figures,
            "since": parse_datetime(figures["since"] or ""),
            "hit_percent": 100 * figures["hits"] / lookups if lookups else None,
            "last_purge": last,
            "switched_off": not settings.GLOKAL_PAGE_CACHE_SECONDS,
            "clear_url": reverse("glokal_page_cache:clear") if may_clear(request.user) else "",
        }


@hooks.register("construct_homepage_panels")
def add_page_cache_panel(request, panels):
    # Only users with admin access reach the dashboard, so every one of them sees the figures.
    panels.append(PageCachePanel())


class ClearPageCacheView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation, POST clears (Django's CSRF middleware guards the POST)."""

    template_name = "pages/core/page_cache/confirm_clear.html"
    page_title = _("Clear the page cache")
    header_icon = "bin"
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if not may_clear(request.user):
            # A 403 of our own: Wagtail turns PermissionDenied into a redirect to the dashboard.
            return TemplateResponse(request, "pages/core/page_cache/forbidden.html", status=403)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def post(self, request, *args, **kwargs):
        dropped = purge.clear_everything()
        stats.reset()
        # The cache serves every site; the default one stands for them in the site history.
        site = Site.objects.filter(is_default_site=True).first()
        log(site or request.user, CLEARED_ACTION, user=request.user, data={"entries": dropped})
        messages.success(request, cleared_message(dropped))
        return redirect("wagtailadmin_home")


@hooks.register("register_admin_urls")
def register_page_cache_urls():
    # Wagtail wraps these in its admin-access check; the view itself admits administrators only.
    urls = [path("clear/", ClearPageCacheView.as_view(), name="clear")]
    return [path("page-cache/", include((urls, "glokal_page_cache")))]


class PageCacheClearedFormatter(LogFormatter):
    label = _("Page cache cleared")

    def format_message(self, log_entry):
        return cleared_message(int((log_entry.data or {}).get("entries", 0)))

    def format_comment(self, log_entry):
        return ""


@hooks.register("register_log_actions")
def register_page_cache_actions(actions):
    actions.register_action(CLEARED_ACTION)(PageCacheClearedFormatter)
