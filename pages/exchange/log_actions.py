"""The audit-log action recorded when a company submits an offer through the public form.

The public form records the action (it needs only the name); the exchange's admin registers the
formatter through Wagtail's `register_log_actions` hook, so the page history shows a readable
message. Wagtail scans that hook through `pages/wagtail_hooks.py` before it reads any log entry.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter

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
    actions.register_action(OFFER_SUBMITTED_ACTION)(OfferSubmittedFormatter)
