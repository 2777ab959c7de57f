"""The headless API under /api/v2/: pages, images, documents and the shared snippets.

Wagtail's API v2, tightened in three ways:

* Every bad query parameter answers 400 with a message. Wagtail's own filters let some reach
  the database as 500s (an unparseable date, quotes in ?search, a huge ?offset) and answer an
  unknown ?locale or ?site with 404, which LocaleMiddleware turns into a redirect.
* Every page and snippet is serialised with its own language active, so links inside it
  (`Page.localized`) and language-prefixed URLs (vCards) follow the object, not the client's
  Accept-Language header.
* A response loads its objects in a constant number of queries, whatever their number: what
  the requested fields read is prefetched for the whole page of results (see
  `BulkLoadingMixin`).
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext as _
from rest_framework.fields import CharField
from rest_framework.filters import BaseFilterBackend
from rest_framework.serializers import ListSerializer
from wagtail.api import APIField
from wagtail.api.v2 import filters, serializers, views
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.documents.api.v2.views import DocumentsAPIViewSet as WagtailDocumentsAPIViewSet
from wagtail.fields import RichTextField
from wagtail.images.api.v2.views import ImagesAPIViewSet as WagtailImagesAPIViewSet
from wagtail.models import Locale

from pages.api.calendar import CalendarAPIViewSet
from pages.api.link_fields import SafeURLField
from pages.api.page_types import PAGE_TYPES
from pages.api.rich_text import SafeRichTextFieldSerializer
from pages.core.api_fields import (
    ContentNegotiation,
    ImageRenditionsField,
    TranslationsField,
    VCardURLField,
    attach_translations,
    image_prefetches,
    load_stream_fields,
)
from pages.core.filter_forms import SEARCH_MAX_LENGTH, search_words
from pages.core.models.contacts import ContactPerson
from pages.core.models.taxonomy import Region, Sector, Topic
from pages.core.page_cache.recording import record, type_tag
from press.api import PressReleaseAPI

# --- Filters and pagination -----------------------------------------------------------------


class _RequestWith:
    """The request as a filter sees it, with other query parameters."""

    def __init__(self, request, query):
        self._request = request
        self.GET = query

    def __getattr__(self, name):
        return getattr(self._request, name)


class FieldsFilter(filters.FieldsFilter):
    """?<field>=<value>. Wagtail converts integers and booleans but passes dates on as they
    are, so ?date=abc raised a ValidationError (500), and ?dates=abc (a child relation) a
    ValueError. A parameter the page type filters by itself (a story's ?sector=<slug>) is
    left to that filter, although a field of the same name exists."""

    def filter_queryset(self, request, queryset, view):
        page_type = getattr(view, "get_page_type_api", lambda model: None)(queryset.model)
        if page_type is not None and page_type.filter_parameters & set(request.GET):
            query = request.GET.copy()
            for name in page_type.filter_parameters:
                query.pop(name, None)
            request = _RequestWith(request, query)
        try:
            return super().filter_queryset(request, queryset, view)
        except (ValidationError, ValueError) as error:
            messages = error.messages if isinstance(error, ValidationError) else [str(error)]
            raise BadRequestError(
                _("field filter error: %(errors)s") % {"errors": " ".join(messages)}
            ) from error


class LocaleFilter(filters.LocaleFilter):
    """?locale=pl. An unknown code is a bad request, not a missing resource."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except Http404 as error:
            codes = ", ".join(Locale.objects.order_by("pk").values_list("language_code", flat=True))
            raise BadRequestError(
                _("Unknown locale “%(code)s”; use one of: %(codes)s.")
                % {"code": request.GET["locale"], "codes": codes}
            ) from error


class SearchFilter(filters.SearchFilter):
    """?search=. Searches the words of the text only: the SQLite full-text backend builds an
    FTS5 expression from the raw text, and a quote or a NUL byte in it failed as a database
    error (500). An unknown ?search_operator raised ValueError (500). The words are those of
    the listings' search boxes (`pages.core.filter_forms.search_words`)."""

    OPERATORS = ("and", "or")

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return super().filter_queryset(request, queryset, view)
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in self.OPERATORS:
            raise BadRequestError(
                _("search_operator must be one of: %(operators)s.")
                % {"operators": ", ".join(self.OPERATORS)}
            )
        if len(request.GET["search"]) > SEARCH_MAX_LENGTH:
            raise BadRequestError(
                _("Search for at most %(limit)s characters.") % {"limit": SEARCH_MAX_LENGTH}
            )
        words = search_words(request.GET["search"])
        if not words:
            return queryset.none()
        query = request.GET.copy()
        query["search"] = words
        return super().filter_queryset(_RequestWith(request, query), queryset, view)


class OrderingFilter(filters.OrderingFilter):
    """?order=. Ordering by a relation that holds several rows per object (an event's
    `dates`) joins them, so an event with three dates was listed three times and a page held
    more items than `total_count`: such a field is a 400, like an unknown one."""

    def filter_queryset(self, request, queryset, view):
        for name in request.GET.get("order", "").split(","):
            name = name.lstrip("-")
            try:
                field = queryset.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue  # Wagtail's filter answers unknown names
            if field.one_to_many or field.many_to_many:
                raise BadRequestError(
                    _("Cannot order by “%(name)s”: it holds several values per item.")
                    % {"name": name}
                )
        return super().filter_queryset(request, queryset, view)


class PageTypeFilter(BaseFilterBackend):
    """The filters a page type adds (?topic=, ?year= for press releases), applied when ?type=
    names exactly that type."""

    def filter_queryset(self, request, queryset, view):
        page_type = view.get_page_type_api(queryset.model)
        if page_type is None:
            return queryset
        return page_type.filter_queryset(request, queryset)


class Pagination(WagtailPagination):
    """?limit= and ?offset=. An offset past the last item gives an empty page without asking
    the database: a huge offset overflows SQLite's integers (500)."""

    def paginate_queryset(self, queryset, request, view=None):
        page = super().paginate_queryset(queryset, request, view)
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return []
        return list(page)


# --- Serializers ------------------------------------------------------------------------------


class InOwnLanguageMixin:
    """Serialise each object with its language active (see the module docstring).

    The language codes of all locales are read once per response into the serializer context,
    which nested serializers (a release's topics and contacts) share, so no object needs its
    locale row joined or prefetched for this.
    """

    def to_representation(self, instance):
        codes = self.context.get("locale_codes")
        if codes is None:
            codes = dict(Locale.objects.values_list("pk", "language_code"))
            self.context["locale_codes"] = codes
        with translation.override(codes.get(instance.locale_id, translation.get_language())):
            return super().to_representation(instance)


class PageSerializer(InOwnLanguageMixin, serializers.PageSerializer):
    # Rich text without unsafe link addresses (pages/core/safe_urls.py).
    serializer_field_mapping = {
        **serializers.PageSerializer.serializer_field_mapping,
        RichTextField: SafeRichTextFieldSerializer,
        models.URLField: SafeURLField,
    }


class SnippetSerializer(InOwnLanguageMixin, serializers.BaseSerializer):
    # The language code, as pages have it, rather than a nested Locale object.
    locale = serializers.PageLocaleField(read_only=True)


# --- Endpoints --------------------------------------------------------------------------------


class ListingDependencyMixin:
    """A listing shows every object of its model that passes its filters, so a new one belongs
    in it: the page cache purges the listing on any change of the model (docs/caching.md).
    Detail views depend on their object alone, which loading it records."""

    def listing_view(self, request):
        record(type_tag(self.model))
        return super().listing_view(request)


class BulkLoadingMixin:
    """Load what the serialiser will read for all objects of a response before serialising.

    Listing and detail views both pass through `get_serializer`; the field names it is built
    with decide what to prefetch, so a response costs the same number of queries for 5
    objects as for 50, and nothing is loaded for fields that were not asked for.
    """

    pagination_class = Pagination
    content_negotiation_class = ContentNegotiation

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        many = isinstance(serializer, ListSerializer)
        objects = list(serializer.instance) if many else [serializer.instance]
        if objects and objects[0] is not None:
            fields = (serializer.child if many else serializer).Meta.fields
            self.load_for_api(objects, type(objects[0]), fields)
        return serializer

    def load_for_api(self, objects, model, field_names):
        prefetch_related_objects(objects, "locale", *image_prefetches(model, field_names))
        load_stream_fields(objects, field_names)


class PagesAPIViewSet(ListingDependencyMixin, BulkLoadingMixin, views.PagesAPIViewSet):
    """Wagtail's pages endpoint plus the page's translations (meta `translations`), the
    filters of individual page types and bulk loading."""

    base_serializer_class = PageSerializer
    filter_backends = [
        FieldsFilter,
        filters.ChildOfFilter,
        filters.AncestorOfFilter,
        filters.DescendantOfFilter,
        OrderingFilter,
        filters.TranslationOfFilter,
        LocaleFilter,
        PageTypeFilter,
        SearchFilter,  # last: search results cannot be filtered further
    ]
    meta_fields = views.PagesAPIViewSet.meta_fields + [
        APIField("translations", serializer=TranslationsField())
    ]
    page_types = (PressReleaseAPI(), *PAGE_TYPES)

    def get_page_type_api(self, model):
        return next((api for api in self.page_types if api.model is model), None)

    def get_base_queryset(self):
        # Called for the queryset, the serializer context and the parent field: build it once.
        if not hasattr(self, "_base_queryset"):
            try:
                queryset = super().get_base_queryset()
            except Http404 as error:
                raise BadRequestError(
                    _("Unknown site “%(site)s”.") % {"site": self.request.GET.get("site")}
                ) from error
            # Live pages a page type keeps out of the API (expired offers): absent from every
            # listing, search and translation list, 404 for their detail and find views.
            for page_type in self.page_types:
                hidden = page_type.hidden_pages()
                if hidden is not None:
                    queryset = queryset.exclude(pk__in=hidden)
            self._base_queryset = queryset
        return self._base_queryset

    def get_queryset(self):
        return super().get_queryset().select_related("locale")

    def check_query_parameters(self, queryset):
        page_type = self.get_page_type_api(queryset.model)
        allowed = page_type.filter_parameters if page_type is not None else frozenset()
        for name in sorted(set(self.request.GET) - allowed):
            types = [t.model._meta.label for t in self.page_types if name in t.filter_parameters]
            if types:
                raise BadRequestError(
                    _("The “%(name)s” filter needs type=%(types)s.")
                    % {"name": name, "types": " or type=".join(types)}
                )
        self.known_query_parameters = self.known_query_parameters | allowed
        super().check_query_parameters(queryset)

    def load_for_api(self, objects, model, field_names):
        page_type = self.get_page_type_api(model)
        if page_type is not None:
            prefetch_related_objects(objects, *page_type.prefetches(field_names))
        super().load_for_api(objects, model, field_names)
        if page_type is not None:
            page_type.load(objects, field_names, self.get_base_queryset())
        if "translations" in field_names:
            attach_translations(objects, self.get_base_queryset())


class SnippetAPIViewSet(ListingDependencyMixin, BulkLoadingMixin, views.BaseAPIViewSet):
    """A read-only endpoint for a translatable snippet: ?locale=, ?order=, ?search=, fields."""

    base_serializer_class = SnippetSerializer
    filter_backends = [FieldsFilter, OrderingFilter, LocaleFilter, SearchFilter]
    known_query_parameters = views.BaseAPIViewSet.known_query_parameters | {"locale"}
    meta_fields = ["type", "detail_url", "locale"]

    def get_queryset(self):
        # The model's own order, then the primary key so pages of results never overlap.
        return self.model.objects.select_related("locale").order_by(
            *self.model._meta.ordering, "pk"
        )


class TopicsAPIViewSet(SnippetAPIViewSet):
    name = "topics"
    model = Topic
    body_fields = ["id", "slug", "name"]
    listing_default_fields = ["id", "type", "detail_url", "locale", "slug", "name"]
    # How a page lists its topics.
    nested_default_fields = ["id", "slug", "name"]


class SectorsAPIViewSet(TopicsAPIViewSet):
    name = "sectors"
    model = Sector


class RegionsAPIViewSet(TopicsAPIViewSet):
    name = "regions"
    model = Region
    body_fields = TopicsAPIViewSet.body_fields + [
        "country",
        APIField("country_name", serializer=CharField(source="get_country_display")),
        "nuts_code",
    ]
    listing_default_fields = TopicsAPIViewSet.listing_default_fields + ["country", "nuts_code"]
    nested_default_fields = TopicsAPIViewSet.nested_default_fields + ["country", "nuts_code"]


def field_names(fields):
    return [field if isinstance(field, str) else field.name for field in fields]


class ContactsAPIViewSet(SnippetAPIViewSet):
    name = "contacts"
    model = ContactPerson
    body_fields = [
        "id",
        APIField("name", serializer=CharField(source="full_name")),
        "first_name",
        "last_name",
        "role",
        "department",
        "phone",
        APIField("phone_e164", serializer=CharField()),
        "email",
        "languages",
        APIField("photo", serializer=ImageRenditionsField()),
        APIField("vcard_url", serializer=VCardURLField()),
    ]
    listing_default_fields = ["type", "detail_url", "locale"] + field_names(body_fields)
    # A press release lists its contacts in full, as the "Rückfragen an" box shows them.
    nested_default_fields = field_names(body_fields)


class ImagesAPIViewSet(ListingDependencyMixin, WagtailImagesAPIViewSet):
    """Wagtail's images endpoint with the project's credit and alt text, and strict input."""

    pagination_class = Pagination
    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
    body_fields = WagtailImagesAPIViewSet.body_fields + [
        "credit",
        APIField("alt", serializer=CharField(source="default_alt_text")),
    ]


class DocumentsAPIViewSet(ListingDependencyMixin, WagtailDocumentsAPIViewSet):
    """Wagtail's documents endpoint with strict input."""

    pagination_class = Pagination
    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]


api_router = WagtailAPIRouter("wagtailapi")
for endpoint in [
    PagesAPIViewSet,
    ImagesAPIViewSet,
    DocumentsAPIViewSet,
    ContactsAPIViewSet,
    TopicsAPIViewSet,
    SectorsAPIViewSet,
    RegionsAPIViewSet,
    CalendarAPIViewSet,
]:
    api_router.register_endpoint(endpoint.name, endpoint)
