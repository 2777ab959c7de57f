"""Page views Wagtail opens before it checks the user's permissions.

Wagtail's page chooser (`/admin/choose-page/…`, browse and search) lists every page of the tree
to every admin user, drafts included. A translator has no business with the German drafts
(company submissions in moderation): for users whose roles exclude the source language the
chooser shows only live pages and the pages of the languages they work in, and browsing into
a page they may not see answers 404, as if it did not exist.

Wagtail's "move page" confirmation (`/admin/pages/<id>/move/<destination>/confirm/`) shows the
page, its translations and the destination to any admin user on GET; only the POST checks the
permission. Found by the role matrix (tests/test_role_matrix.py): a translator could read the
titles of German drafts (company submissions in moderation) by their ids. The confirmation now
asks what the move itself asks.
"""

from django.db.models import Q
from django.http import Http404
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.models import Page

from pages.core.locales import source_locale
from pages.translation import roles


@hooks.register("before_move_page")
def refuse_a_move_the_user_may_not_make(request, page, destination):
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
    return None


def pages_visible_in_chooser(pages, user):
    """`pages`, less the drafts of languages `user`'s roles exclude (the source included)."""
    allowed = roles.role_locale_ids(user)
    if allowed is None or source_locale().pk in allowed:
        return pages
    return pages.filter(Q(live=True) | Q(locale_id__in=allowed) | Q(depth=1))


@hooks.register("construct_page_chooser_queryset")
def hide_drafts_of_other_languages(pages, request):
    parent_id = getattr(request.resolver_match, "kwargs", {}).get("parent_page_id")
    if parent_id is not None:
        parent = Page.objects.filter(pk=parent_id)
        if not pages_visible_in_chooser(parent, request.user).exists():
            raise Http404
    return pages_visible_in_chooser(pages, request.user)
