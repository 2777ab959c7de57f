"""Admin permissions for records that only the site writes (inquiries, subscribers, digest
runs): Wagtail's model permissions minus actions nobody may take in the admin, not even a
superuser, because the record is evidence of what a visitor sent or agreed to."""

import uuid

from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseForbidden
from django.utils.functional import cached_property
from wagtail.admin.views.generic.chooser import CreateViewMixin as ChooserCreateViewMixin
from wagtail.admin.views.generic.models import CopyViewMixin, CreateView
from wagtail.models import TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet


class RestrictedPermissionPolicy(ModelPermissionPolicy):
    """Subclasses name the actions in `forbidden` ("add", "change", "delete", …)."""

    forbidden = frozenset()

    def user_has_permission(self, user, action):
        return action not in self.forbidden and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.forbidden]
        if not allowed:
            return get_user_model().objects.none()
        return super().users_with_any_permission(allowed)


# --- rules per object -----------------------------------------------------------------------------
#
# Wagtail's model permission policy answers per model; most of its generic views (edit, history,
# usage, copy, the chooser) never ask about the object itself, and its copy view saves a POST
# over the object it copies. `InstancePermissionPolicy` is the contract for a rule per object
# (a subclass in a feature package says which objects, and how to explain a refusal), and
# `InstanceCheckedViewSet` makes every view of a snippet viewset and of its chooser ask it.


class InstancePermissionPolicy(ModelPermissionPolicy):
    """Wagtail's model permissions, and for each object a rule of the subclass's
    (`permits_instance`, `permitted`), which every instance-level question includes: Wagtail's
    own bulk actions, delete views, admin URL finder and snippet API apply it unchanged."""

    def permits_instance(self, user, instance):
        """Whether the object rule lets `user` act on `instance` (saved or not) at all."""
        return True

    def permitted(self, user, queryset):
        """`queryset` narrowed to the objects `permits_instance` allows, in SQL."""
        return queryset

    def refusal_response(self, request, instance):
        """The answer when `permits_instance` refuses (a 403)."""
        return HttpResponseForbidden()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.permits_instance(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self.permits_instance(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return self.permitted(user, super().instances_user_has_any_permission_for(user, actions))

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        return users.filter(pk__in=[u.pk for u in users if self.permits_instance(u, instance)])


def unsaved_copy(instance):
    """A new, unsaved object with `instance`'s field values: what a copy view may save.

    A translatable object gets a translation key of its own: the copy is a new object in the
    same language, not a translation of the original (which its unique key would forbid).
    """
    copy = instance.__class__._default_manager.get(pk=instance.pk)
    copy.pk = None
    copy._state.adding = True
    if isinstance(copy, TranslatableMixin):
        copy.translation_key = uuid.uuid4()
    return copy


class InstanceCheckedViewMixin:
    """Mixed into every view of an `InstanceCheckedViewSet` (and of its chooser).

    Before the view runs: the object in the URL (`pk`) and, for a create or copy view, the new
    object (in the language of `?locale=` or of the copied object) must pass the policy's
    object rule; a saved form's object is checked again before it is written. Model-level
    permissions stay with Wagtail's own checks.
    """

    def setup(self, request, *args, **kwargs):
        self.refused_instance = None
        policy = self.instance_policy
        if policy is not None:
            instance = self._url_instance(kwargs)
            if instance is not None and not policy.permits_instance(request.user, instance):
                # Not super().setup(): Wagtail's would load (and may refuse) the object itself.
                self.request, self.args, self.kwargs = request, args, kwargs
                self.refused_instance = instance
                return
        super().setup(request, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        policy = self.instance_policy
        if policy is not None and self.refused_instance is None and isinstance(self, CreateView):
            new = self.get_initial_form_instance() or self.model()
            if not policy.permits_instance(request.user, new):
                self.refused_instance = new
        if self.refused_instance is not None:
            return self.instance_policy.refusal_response(request, self.refused_instance)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def instance_policy(self):
        model = getattr(self, "model_class", None) or getattr(self, "model", None)
        policy = policy_registry.get_by_type(model) if model is not None else None
        return policy if isinstance(policy, InstancePermissionPolicy) else None

    def _url_instance(self, kwargs):
        if "pk" not in kwargs:
            return None
        model = getattr(self, "model_class", None) or self.model
        try:
            return model._default_manager.filter(pk=unquote(str(kwargs["pk"]))).first()
        except (ValueError, TypeError, ValidationError):
            return None  # not a pk of this model: the view answers 404 itself

    # The three methods below take effect only in views that have them (Wagtail calls them).

    def form_valid(self, form):
        policy = self.instance_policy
        if policy is not None and not policy.permits_instance(self.request.user, form.instance):
            return policy.refusal_response(self.request, form.instance)
        return super().form_valid(form)

    def get_base_queryset(self):
        # A listing shows only the objects the user may open.
        return self._permitted(super().get_base_queryset())

    def get_object_list(self):
        # A chooser likewise.
        return self._permitted(super().get_object_list())

    def _permitted(self, queryset):
        policy = self.instance_policy
        return queryset if policy is None else policy.permitted(self.request.user, queryset)


class CopyAsNewMixin:
    """Wagtail's copy view fills its form with the original object itself, so a POST to the
    copy URL saved over the original; here the form holds a new object with its values."""

    def get_initial_form_instance(self):
        return unsaved_copy(super().get_initial_form_instance())


class CreationFormRequiredMixin:
    """Wagtail registers a snippet chooser's "create" URL even when the chooser has no creation
    form, and a POST to it then failed on the missing form (500): without a form there is
    nothing to create there."""

    def dispatch(self, request, *args, **kwargs):
        if self.get_creation_form_class() is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


def checked_view_class(view_class):
    """`view_class` with the object checks (and, for a copy view, a new object to save; for a
    chooser's create view, a form to create it with)."""
    bases = (InstanceCheckedViewMixin,)
    if issubclass(view_class, CopyViewMixin):
        bases += (CopyAsNewMixin,)
    if issubclass(view_class, ChooserCreateViewMixin):
        bases += (CreationFormRequiredMixin,)
    return type(f"Checked{view_class.__name__}", (*bases, view_class), {})


class CheckedViewsMixin:
    """For a viewset: every view it constructs is a `checked_view_class`."""

    def construct_view(self, view_class, **kwargs):
        return super().construct_view(checked_view_class(view_class), **kwargs)


class InstanceCheckedChooserViewSet(CheckedViewsMixin, SnippetChooserViewSet):
    pass


class InstanceCheckedViewSet(CheckedViewsMixin, SnippetViewSet):
    """A snippet viewset whose views, and whose chooser's, ask the model's permission policy
    about each object (when it is an `InstancePermissionPolicy`; register it with
    `wagtail.permissions.register_permission_policy` before the viewset is registered)."""

    chooser_viewset_class = InstanceCheckedChooserViewSet
