"""The cooperation exchange: the listing with filters and search, an offer's page with its
matches, and the RSS feed of new offers."""

from django.contrib.syndication.views import Feed
from django.template.response import TemplateResponse

from pages.core.listing import filtered_listing, listing_response
from pages.core.models.contacts import ContactPerson
from pages.core.page_views import page_view
from pages.core.public_url import public_url
from pages.exchange.forms import OfferFilterForm
from pages.exchange.models.offers import CooperationOfferPage
from pages.exchange.queries import apply_filters, filter_choices, matches_for, offers_of

FEED_LENGTH = 30


def listing_context(index, request):
    context = filtered_listing(
        request,
        OfferFilterForm,
        filter_choices(index),
        offers_of(index),
        narrow=lambda offers, form: apply_filters(offers, form.cleaned_data, index),
        per_page=index.per_page or 20,
    )
    context["offers"] = context["page_obj"]
    return context


@page_view("exchange.index")
def offer_index_view(index, request):
    context = index.get_context(request)
    context.update(listing_context(index, request))
    return listing_response(index, request, context)


def offer_gone(offer, request):
    """410 for an expired offer: gone, not missing, since links to it keep arriving."""
    return TemplateResponse(
        request, "pages/exchange/offer_expired.html", offer.get_context(request), status=410
    )


@page_view("exchange.offer")
def offer_page_view(offer, request):
    if offer.is_expired:
        return offer_gone(offer, request)
    context = offer.get_context(request)
    sectors = list(offer.sector_links.select_related("sector"))
    offer._prefetched_objects_cache = {"sector_links": sectors}
    context.update(
        {
            "sector_list": [link.sector for link in sectors],
            "matches": matches_for(offer),
            "contact": ContactPerson.objects.select_related("photo")
            .filter(pk=offer.contact_id)
            .first()
            if offer.contact_id
            else None,
        }
    )
    return TemplateResponse(request, offer.get_template(request), context)


class OfferFeed(Feed):
    """New offers of one exchange (so one language), filtered like the listing."""

    def __init__(self, index):
        super().__init__()
        self.index = index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return index.title

    # Absolute links on the public base URL, not on the request's host (Django's default).
    def link(self, index):
        return index.get_full_url(self.request)

    def feed_url(self, index):
        return public_url(self.request.path)

    def description(self, index):
        return index.intro or index.title

    def items(self, index):
        form = OfferFilterForm(self.request.GET, **filter_choices(index))
        if not form.is_valid():
            return CooperationOfferPage.objects.none()
        return apply_filters(offers_of(index), form.cleaned_data, index)[:FEED_LENGTH]

    def item_title(self, item):
        return f"{item.reference} · {item.get_kind_display()}: {item.title}"

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return f"urn:glokal:offer:{item.reference or item.pk}:{item.locale_id}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_categories(self, item):
        return [link.sector.name for link in item.sector_links.all()]


@page_view("exchange.feed")
def offer_feed_view(index, request):
    return OfferFeed(index)(request)
