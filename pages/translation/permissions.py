"""The translators' locale rule in Wagtail's snippet views, in wagtail-localize's translation
editor and in our PO exchange.

Wagtail's snippet permissions are per model. `LocalePermissionPolicy` is the permission policy
of every translatable snippet model (roles.TRANSLATABLE_SNIPPETS): its instance-level answers
add the roles' `may_edit_locale`, so Wagtail's bulk actions, delete and copy views, admin URL
finder and snippet API apply the rule, and the snippet viewsets (pages/core/admin.py, an
`InstanceCheckedViewSet`) ask it about the object of every view, the new object of create and
copy views and every listing's rows; `install()` registers it.

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

from django.apps import apps
from django.shortcuts import render
from wagtail.models import Page
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail_localize.views import edit_translation

from pages.core.admin_permissions import InstancePermissionPolicy
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


class LocalePermissionPolicy(InstancePermissionPolicy):
    """Wagtail's model permissions, and the roles' locale rule for every object."""

    def permits_instance(self, user, instance):
        locale_id = getattr(instance, "locale_id", None)
        return locale_id is None or roles.may_edit_locale(user, locale_id)

    def permitted(self, user, queryset):
        allowed = roles.role_locale_ids(user)
        return queryset if allowed is None else queryset.filter(locale_id__in=allowed)

    def refusal_response(self, request, instance):
        return render(
            request,
            "pages/translation/admin/forbidden_locale.html",
            {
                # A new object has no name yet: say what kind of object it would be.
                "object": instance if instance.pk else instance._meta.verbose_name,
                "locale": instance.locale,
            },
            status=403,
        )


def install():
    """Put the locale rule in place: replace wagtail-localize's permission check by
    `guarded_user_can_edit_instance`, and register `LocalePermissionPolicy` for every
    translatable snippet model. Must run before the snippet viewsets are registered
    (`PagesConfig.ready()`, before wagtail.snippets's): Wagtail refuses a policy for a model
    that already uses its default one, and so does this, loudly.

    Idempotent: a second call finds the guard and the policies in place and changes nothing,
    so the check is never wrapped twice.
    """
    if not getattr(edit_translation.user_can_edit_instance, "glokal_guarded", False):
        edit_translation.user_can_edit_instance = guarded_user_can_edit_instance
    for label in roles.TRANSLATABLE_SNIPPETS:
        model = apps.get_model(label)
        if not isinstance(
            policy_registry.get_by_type(model, fallback=False), LocalePermissionPolicy
        ):
            register_permission_policy(model, LocalePermissionPolicy(model))
