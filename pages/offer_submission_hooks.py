"""The audit-log action recorded when a company submits an offer through the public form.

Wagtail collects log actions through the `register_log_actions` hook, which it finds only in
an app's `wagtail_hooks` module; `pages/wagtail_hooks.py` imports this module so the action
shows with a readable message in the page's history. `ensure_registered()` covers the case
where the log registry was already scanned before this module was imported.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.log_actions import registry as log_registry

OFFER_SUBMITTED_ACTION = "glokal.offer_submitted"


class OfferSubmittedFormatter(LogFormatter):
    label = _("Submitted by a company")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _(
            "Submitted through the public form in “%(language)s”; consent text %(consent)s given"
        ) % {
            "language": data.get("language", "?"),
            "consent": data.get("consent_version", "?"),
        }

    def format_comment(self, log_entry):
        return ""


def register_offer_submission_actions(actions):
    if OFFER_SUBMITTED_ACTION not in actions.formatters:
        actions.register_action(OFFER_SUBMITTED_ACTION)(OfferSubmittedFormatter)


hooks.register("register_log_actions", register_offer_submission_actions)


def ensure_registered():
    """Register the action even if Wagtail scanned the hooks before this module loaded."""
    if log_registry.has_scanned_for_actions:
        register_offer_submission_actions(log_registry)
