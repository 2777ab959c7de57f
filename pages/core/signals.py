"""Invalidate cached menus, footers and filter choices when the structure changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from pages.core.cache import bump_structure_version
from pages.core.models.contacts import ContactPerson
from pages.core.models.taxonomy import Region, Sector, Topic


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_structure_version()


def connect():
    """Called once from `PagesConfig.ready()`."""
    page_published.connect(bump_structure_version, dispatch_uid="glokal-page-published")
    page_unpublished.connect(bump_structure_version, dispatch_uid="glokal-page-unpublished")
    post_page_move.connect(bump_structure_version, dispatch_uid="glokal-page-moved")
    for model in (Topic, Sector, Region, ContactPerson, PageViewRestriction, Site):
        post_save.connect(bump_structure_version, sender=model, dispatch_uid=f"glokal-save-{model}")
        post_delete.connect(
            bump_structure_version, sender=model, dispatch_uid=f"glokal-del-{model}"
        )
    post_delete.connect(_page_deleted, dispatch_uid="glokal-page-deleted")
