"""An offer gets its reference number (CO-2026-0042) when it is first published."""

from wagtail.signals import page_published

from pages.exchange.models.offers import CooperationOfferPage


def _assign_offer_reference(sender, instance, **kwargs):
    if isinstance(instance, CooperationOfferPage):
        instance.assign_reference()


def connect():
    """Called once from `PagesConfig.ready()`."""
    page_published.connect(_assign_offer_reference, dispatch_uid="glokal-offer-reference")
