"""Invalidate cached menus, footers and filter choices when the structure changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import bump_structure_version
from .models import ContactPerson, Region, Sector, Topic

page_published.connect(bump_structure_version, dispatch_uid="glokal-page-published")
page_unpublished.connect(bump_structure_version, dispatch_uid="glokal-page-unpublished")
post_page_move.connect(bump_structure_version, dispatch_uid="glokal-page-moved")

for model in (Topic, Sector, Region, ContactPerson, PageViewRestriction, Site):
    post_save.connect(bump_structure_version, sender=model, dispatch_uid=f"glokal-save-{model}")
    post_delete.connect(bump_structure_version, sender=model, dispatch_uid=f"glokal-del-{model}")


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump_structure_version()


post_delete.connect(_page_deleted, dispatch_uid="glokal-page-deleted")


def _assign_offer_reference(sender, instance, **kwargs):
    from .models import CooperationOfferPage

    if isinstance(instance, CooperationOfferPage):
        instance.assign_reference()


page_published.connect(_assign_offer_reference, dispatch_uid="glokal-offer-reference")
