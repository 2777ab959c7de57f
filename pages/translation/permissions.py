"""The translators' locale rule in wagtail-localize's translation editor and in our PO exchange.

wagtail-localize asks `wagtail_localize.views.edit_translation.user_can_edit_instance(user,
instance)` before each of its translation editor's endpoints: preview, stop translation, string
and override edits, PO download and upload, and machine translation (also reached from its
"update translations" view). For a page that is Wagtail's page permission, which
pages/translation/roles.py grants per language tree, so it already keeps a Polish translator out
of the Czech tree. For a snippet it is only the model permission, which every translator group
holds: without more, a Polish translator could edit the Czech translation of a topic.

`may_edit_instance` is the full rule: wagtail-localize's check and, for everything but pages,
the roles' `may_edit_locale`. `install()` puts it in place of wagtail-localize's function, which
every endpoint looks up as a module global when it is called; `PagesConfig.ready()` calls it,
so the rule holds in every process (web, Celery worker, management commands) from the start.
Our own code (pages/translation/po_exchange.py, the admin views) calls `may_edit_instance`
directly and does not depend on the replacement having happened.
"""

import functools

from wagtail.models import Page
from wagtail_localize.views import edit_translation

from pages.translation import roles


def _unguarded(check):
    # After install() the module attribute is our wrapper: the check to build on is the one
    # it wraps (matters only when this module is imported again, e.g. reloaded).
    return check.__wrapped__ if getattr(check, "glokal_guarded", False) else check


_wagtail_localize_check = _unguarded(edit_translation.user_can_edit_instance)


def may_edit_instance(user, instance):
    """Whether `user` may edit `instance`, a page or snippet in any locale (a translation, or
    the source of one): wagtail-localize's check plus the roles' locale rule."""
    if not _wagtail_localize_check(user, instance):
        return False
    if isinstance(instance, Page):
        return True  # page permissions are granted per language tree already
    locale_id = getattr(instance, "locale_id", None)
    return locale_id is None or roles.may_edit_locale(user, locale_id)


# Keeps its own name and module (tracebacks say where the check lives); `__wrapped__` names
# wagtail-localize's function, as for any wrapper.
@functools.wraps(_wagtail_localize_check, assigned=())
def guarded_user_can_edit_instance(user, instance):
    """What wagtail-localize's endpoints call once `install()` ran."""
    return may_edit_instance(user, instance)


guarded_user_can_edit_instance.glokal_guarded = True


def install():
    """Replace wagtail-localize's permission check by `guarded_user_can_edit_instance`.

    Idempotent: a second call finds the guard in place and changes nothing, so the check is
    never wrapped twice.
    """
    if not getattr(edit_translation.user_can_edit_instance, "glokal_guarded", False):
        edit_translation.user_can_edit_instance = guarded_user_can_edit_instance
