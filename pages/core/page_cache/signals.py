"""Which changes purge which tags (recording.py names them).

Pages purge on what visitors can see change: publish (a translation going live is one),
unpublish, move, delete; a draft save changes nothing public. Other content purges on save
and delete: snippets, images, documents, the site record, view restrictions, tags. Writes the
public pages never show (subscribers, deliveries, logs, sessions) send nothing.
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.images.models import AbstractRendition
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import recording
from .purge import purge_tags

# Apps whose models appear on public pages; within them every model but pages and renditions.
CONTENT_APPS = ("pages", "press", "taggit", "wagtailimages", "wagtaildocs")
CONTENT_MODELS = (Site, PageViewRestriction)
STANDARD_PAGE = "pages.standardpage"


def page_tags(page) -> set[str]:
    """The tags of responses that show `page` or a listing it belongs in."""
    tags = {recording.page_tag(page.pk), recording.translations_tag(page.translation_key)}
    specific_class = page.specific_class or type(page)  # from the content type, no query
    for model in specific_class.__mro__:
        if isinstance(model, type) and issubclass(model, Page) and not model._meta.abstract:
            tags.add(recording.type_tag(model))
    if page.depth == 3:  # a language's top level: the main menu
        tags.add(menu_tag(page.locale_id))
    if specific_class._meta.label_lower == STANDARD_PAGE:  # may be (or have been) a footer link
        tags.add("footer")
    own_tags = getattr(page, "page_cache_tags", None)
    if own_tags is not None:
        tags.update(own_tags())
    return tags


def menu_tag(locale_id) -> str:
    return f"menu:{locale_id}"


def _page_published(sender, instance, **kwargs):
    purge_tags(page_tags(instance), ("published", instance.title))


def _page_unpublished(sender, instance, **kwargs):
    purge_tags(page_tags(instance), ("unpublished", instance.title))


def _page_moved(sender, instance, **kwargs):
    # Every page below moves too: its URL changes wherever it is shown or linked.
    tags = page_tags(instance)
    for parent in (kwargs["parent_page_before"], kwargs["parent_page_after"]):
        if parent.depth == 2:  # into or out of a language's top level
            tags.add(menu_tag(parent.locale_id))
    tags.update(
        recording.page_tag(pk)
        for pk in Page.objects.descendant_of(instance).values_list("pk", flat=True)
    )
    purge_tags(tags, ("moved", instance.title))


def _page_deleted(sender, instance, **kwargs):
    purge_tags(page_tags(instance), ("deleted", instance.title))


def _content_changed(sender, instance, **kwargs):
    label = sender._meta.label_lower
    purge_tags(
        {recording.object_tag(sender, instance.pk), f"type:{label}"},
        ("deleted" if kwargs.get("signal") is post_delete else "saved", f"{label} {instance}"),
    )


def _belongs_to_a_page(model) -> bool:
    """An inline of a page (its dates, topic links): changes with the page's publish."""
    return any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
        for field in model._meta.get_fields()
    )


def content_models():
    models = [
        model
        for model in apps.get_models()
        if model._meta.app_label in CONTENT_APPS
        and not issubclass(model, (Page, AbstractRendition))
        and not _belongs_to_a_page(model)
    ]
    return models + list(CONTENT_MODELS)


def connect() -> None:
    recording.connect()
    page_published.connect(_page_published, dispatch_uid="glokal-page-cache-published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="glokal-page-cache-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="glokal-page-cache-moved")
    # Sent for the base row of every deleted page, whatever its type.
    post_delete.connect(_page_deleted, sender=Page, dispatch_uid="glokal-page-cache-deleted")
    for model in content_models():
        for signal in (post_save, post_delete):
            signal.connect(
                _content_changed,
                sender=model,
                dispatch_uid=f"glokal-page-cache-{signal is post_save}-{model._meta.label}",
            )
