"""API building blocks shared by every app: serializer fields for `api_fields`, bulk loaders.

The models import this module for their `api_fields`, so it is loaded while the app registry
is still being populated. It must therefore not import project models, nor anything from
`wagtail.api.v2` (those modules look up the Page model at import time); the endpoints that use
these pieces live in config/api.py. Apps with page types of their own describe them to the
pages endpoint with a `PageTypeAPI` (see press/api.py).
"""

from collections import defaultdict

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import ForeignKey, Prefetch, prefetch_related_objects
from django.urls import NoReverseMatch
from rest_framework.fields import Field
from rest_framework.negotiation import DefaultContentNegotiation
from wagtail.api.utils import get_full_url
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Page

from pages.core.blocks import API_RENDITIONS, image_api_representation
from pages.core.public_url import public_url

API_RENDITION_SPECS = tuple(API_RENDITIONS.values())
TRANSLATIONS_ATTR = "_api_translations"


# --- Serializer fields -------------------------------------------------------------------


class ImageRenditionsField(Field):
    """An image as its metadata, credit and one URL per API rendition size, not just an id.

    The same shape as image blocks inside StreamFields, so clients handle every image alike.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, image):
        return image_api_representation(image)


class SnippetListField(Field):
    """A list of snippets (a release's topics or contact persons) as full objects.

    Each object is serialised by the endpoint registered for its model, with that endpoint's
    nested default fields, so a contact reads the same inside a press release as under
    /api/v2/contacts/ and its fields are declared in one place. A router without such an
    endpoint (Wagtail's admin API) gets Wagtail's minimal nested form, as for foreign keys.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)
        self._serializers = {}

    def _serializer_for(self, model):
        if model not in self._serializers:
            from wagtail.api.v2.views import BaseAPIViewSet  # needs the app registry ready

            router = self.context["router"]
            endpoint = router.get_model_endpoint(model)
            endpoint_class = endpoint[1] if endpoint else BaseAPIViewSet
            serializer_class = endpoint_class._get_serializer_class(router, model, [], nested=True)
            self._serializers[model] = serializer_class(context=self.context)
        return self._serializers[model]

    def to_representation(self, objects):
        return [self._serializer_for(type(obj)).to_representation(obj) for obj in objects]


class WholeObjectField(Field):
    """A read-only field whose representation is built from the whole object."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance


class VCardURLField(WholeObjectField):
    """The absolute URL of a contact person's vCard, for "add to address book" links: a page
    of the site, so on the public base URL even when the API has a host of its own."""

    def to_representation(self, contact):
        return public_url(contact.get_vcard_url())


class TranslationsField(WholeObjectField):
    """The page's other published language versions, for a client's language switcher, each
    with its translation status: "published", or "out_of_date" when its German source changed
    since (pages/translation/status.py has the rule). Drafts are never listed.

    Reads what `attach_translations` loaded for all pages of a response in one query; a page
    serialised on its own falls back to one query.
    """

    def to_representation(self, page):
        if not hasattr(page, TRANSLATIONS_ATTR):
            attach_translations([page], Page.objects.live().public())
        router, request = self.context["router"], self.context["request"]
        return [
            {
                "id": translation.pk,
                "locale": translation.locale.language_code,
                "title": translation.title,
                "html_url": full_url_or_none(translation),
                "detail_url": get_full_url(
                    request, router.get_object_detail_urlpath(Page, translation.pk)
                ),
                "status": translation_status(translation),
            }
            for translation in getattr(page, TRANSLATIONS_ATTR)
        ]


def full_url_or_none(page):
    """The page's absolute URL; None for a page no site routes to."""
    try:
        return page.full_url
    except NoReverseMatch:
        return None


# --- Content negotiation ---------------------------------------------------------------------

#: ?format= values that pick a renderer rather than filter events.
RENDERER_FORMATS = frozenset({"json", "api"})


class ContentNegotiation(DefaultContentNegotiation):
    """?format= picks a renderer (json, api) only when it names one: events are filtered by
    ?format=online, which DRF would otherwise answer with a 404."""

    def filter_renderers(self, renderers, format):
        return [renderer for renderer in renderers if renderer.format == format] or renderers


# --- Loading what the fields read, for all objects of a response at once -----------------


def api_images():
    """Images with the renditions the API hands out prefetched (`image_api_representation`)."""
    return get_image_model().objects.prefetch_renditions(*API_RENDITION_SPECS)


def image_prefetches(model, field_names):
    """Prefetch lookups for the image foreign keys among `field_names` (hero_image, photo)."""
    image_model = get_image_model()
    lookups = []
    for name in field_names:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, ForeignKey) and issubclass(field.related_model, image_model):
            lookups.append(Prefetch(name, queryset=api_images()))
    return lookups


def load_stream_fields(objects, field_names):
    """Convert the StreamFields among `field_names` of all `objects` in bulk.

    Left alone, every StreamField of every object looks up its images, documents and pages
    separately, and every image its renditions: queries grow with the number of objects.
    `StreamBlock.bulk_to_python` converts all streams of a field with one query per chooser
    type; the renditions of all images found are then fetched in one more query.
    """
    if not objects:
        return
    model = type(objects[0])
    images = []
    for name in field_names:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if not isinstance(field, StreamField):
            continue
        raw_streams = [list(getattr(obj, name).raw_data) for obj in objects]
        for obj, value in zip(objects, field.stream_block.bulk_to_python(raw_streams), strict=True):
            setattr(obj, name, value)
            images.extend(_images_in(value))
    _prefetch_api_renditions(images)


def _images_in(value):
    """Every image inside a block value, however deeply nested in structs, lists and streams."""
    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from _images_in(child.value)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from _images_in(child)
    elif isinstance(value, ListValue | list | tuple):
        for child in value:
            yield from _images_in(child)


def _prefetch_api_renditions(images):
    images = [image for image in images if not hasattr(image, "prefetched_renditions")]
    if not images:
        return
    renditions = (
        type(images[0]).get_rendition_model().objects.filter(filter_spec__in=API_RENDITION_SPECS)
    )
    prefetch_related_objects(
        images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


def with_translation_status(queryset):
    """`queryset` annotated with what `translation_status` needs, in the same query.

    The rule of pages/translation/status.py for a live page: out of date when its German source
    was published after the translation source was last synced, when the source was synced
    after this language was last generated, or when a segment of the source has no translation
    in this language.
    """
    from django.db.models import Exists, OuterRef, Subquery  # noqa: PLC0415
    from wagtail_localize.models import (  # noqa: PLC0415  (needs the app registry)
        StringSegment,
        StringTranslation,
        Translation,
        TranslationLog,
    )

    translation = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"),
        target_locale_id=OuterRef("locale_id"),
        enabled=True,
    )
    untranslated = StringSegment.objects.filter(
        source__object_id=OuterRef("translation_key"),
        source__translations__target_locale_id=OuterRef("locale_id"),
        source__translations__enabled=True,
    ).filter(
        ~Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=OuterRef(OuterRef("locale_id")),
                has_error=False,
            )
        )
    )
    return queryset.annotate(
        _status_synced_at=Subquery(translation.values("source__last_updated_at")[:1]),
        _status_generated_at=Subquery(
            TranslationLog.objects.filter(
                source__object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
            )
            .order_by("-created_at")
            .values("created_at")[:1]
        ),
        _status_source_published_at=Subquery(
            Page.objects.filter(
                translation_key=OuterRef("translation_key"),
                locale__language_code=settings.LANGUAGE_CODE,
            ).values("last_published_at")[:1]
        ),
        _status_incomplete=Exists(untranslated),
    )


def translation_status(page):
    """ "published" or "out_of_date" for a live page annotated by `with_translation_status`."""
    synced_at = getattr(page, "_status_synced_at", None)
    if synced_at is None:
        return "published"  # the German source, or a page not translated through the editor
    generated_at = page._status_generated_at
    published_at = page._status_source_published_at
    if (
        (generated_at is not None and generated_at < synced_at)
        or (published_at is not None and published_at > synced_at)
        or page._status_incomplete
    ):
        return "out_of_date"
    return "published"


def attach_translations(pages, queryset):
    """Give each page the list of its other language versions found in `queryset`.

    One query for all pages; `queryset` decides what a client may see (live, public, on this
    site). Sorted in the order of settings.LANGUAGES, as the site's language switcher is.
    """
    order = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
    by_key = defaultdict(list)
    keys = {page.translation_key for page in pages}
    found = with_translation_status(queryset.filter(translation_key__in=keys))
    for translation in found.select_related("locale"):
        by_key[translation.translation_key].append(translation)
    for page in pages:
        translations = [t for t in by_key[page.translation_key] if t.pk != page.pk]
        translations.sort(key=lambda t: order.get(t.locale.language_code, len(order)))
        setattr(page, TRANSLATIONS_ATTR, translations)


# --- Page types ----------------------------------------------------------------------------


class PageTypeAPI:
    """What the pages endpoint needs to know about one page type beyond its `api_fields`.

    Subclasses (one per page type that needs it) name the related rows to prefetch for the
    fields being serialised and may accept extra query parameters when `?type=` names exactly
    their model. config/api.py lists them, so the pages app never imports the apps that
    define page types.
    """

    model = None
    #: Query parameters `filter_queryset` understands, accepted with ?type=<this model>.
    filter_parameters = frozenset()

    def prefetches(self, field_names):
        """`prefetch_related_objects` lookups for the API fields about to be serialised."""
        return []

    def filter_queryset(self, request, queryset):
        return queryset

    def hidden_pages(self):
        """Pages of this type the API never shows although they are live (expired offers),
        as a queryset of their ids; None when every live page may be shown."""
        return None

    def load(self, objects, field_names, base_queryset):
        """Bulk loading beyond prefetches, after StreamFields were converted; `base_queryset`
        holds the pages a client may see."""


# --- Fields built from a page's own values -------------------------------------------------
#
# These read only attributes of the page and of rows the page type's `PageTypeAPI` prefetches
# (pages/api/page_types.py), so they cost no queries of their own in a response. What only one
# feature shows (an event's place, a story's participants) is in that feature's api_fields.


class ComputedField(WholeObjectField):
    """A JSON value built from the whole object by `function(obj)`."""

    def __init__(self, function, **kwargs):
        super().__init__(**kwargs)
        self.function = function

    def to_representation(self, instance):
        return self.function(instance)


class ChoiceValueField(WholeObjectField):
    """A choice as its stored value and its label in the object's language:
    {"value": "hybrid", "label": "Hybrid"}; null when the field is empty."""

    def __init__(self, model_field, **kwargs):
        super().__init__(**kwargs)
        self.model_field = model_field

    def to_representation(self, instance):
        value = getattr(instance, self.model_field)
        if not value:
            return None
        choices = instance._meta.get_field(self.model_field).flatchoices
        return {"value": value, "label": choice_label(value, choices)}


class ChoiceListValuesField(WholeObjectField):
    """A `ChoiceListField` (country or partner type codes) as [{"value", "label"}, …]."""

    def __init__(self, model_field, **kwargs):
        super().__init__(**kwargs)
        self.model_field = model_field

    def to_representation(self, instance):
        choices = instance._meta.get_field(self.model_field).get_item_choices()
        return [
            {"value": code, "label": choice_label(code, choices)}
            for code in getattr(instance, self.model_field) or []
        ]


class LinkedSnippetsField(SnippetListField):
    """The snippets a page links through inline rows (`topic_links` → topics), in the rows'
    order, each serialised as `SnippetListField` does."""

    def __init__(self, links, target, **kwargs):
        super().__init__(**kwargs)
        self.links, self.target = links, target

    def get_attribute(self, instance):
        return [getattr(link, self.target) for link in getattr(instance, self.links).all()]


def choice_label(value, choices):
    """The label of a stored choice in the active language; an unknown value stands for
    itself, an empty one is ""."""
    return str(dict(choices).get(value, value)) if value else ""
