"""The exchange in the Wagtail admin: the flat offer listing, inquiries, and the submission's log
action. `pages/wagtail_hooks.py` imports this package; each module registers its own hooks."""

from wagtail import hooks

from pages.exchange.log_actions import register_offer_submission_actions

from . import inquiries, offers

hooks.register("register_log_actions", register_offer_submission_actions)

__all__ = ["inquiries", "offers"]
