"""Admin permissions for records that only the site writes (inquiries, subscribers, digest
runs): Wagtail's model permissions minus actions nobody may take in the admin, not even a
superuser, because the record is evidence of what a visitor sent or agreed to."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy


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
