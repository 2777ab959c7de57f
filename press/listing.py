"""The press room's listing: filters by topic and year, search, pagination.

Filter choices are cached per press room and structure version, so a listing costs the same
few queries however many releases and topics there are.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.core.cache import cached
from pages.core.filter_forms import SEARCH_MAX_LENGTH, FilterForm
from pages.core.listing import filtered_listing
from pages.core.models.taxonomy import Topic
from pages.core.page_cache.recording import record, type_tag


class PressFilterForm(FilterForm):
    q = forms.CharField(label=_("Search"), required=False, max_length=SEARCH_MAX_LENGTH)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, topics, years):
        super().__init__(data)
        self.set_choices(
            {
                "topic": [("", _("All topics"))] + topics,
                "year": [("", _("All years"))] + [(y, str(y)) for y in years],
            },
            messages={
                "topic": _("There is no topic “%(value)s”."),
                "year": _("There are no press releases from %(value)s."),
            },
        )

    @property
    def is_filtered(self):
        return self.is_valid() and any(self.cleaned_data.values())


# The search backend returns whole pages; keep the most relevant hits only, then filter and
# sort them like the listing.
MAX_SEARCH_HITS = 200


def filter_choices(index_page):
    """Topics used by this press room's live releases, and the years it has releases from."""

    def build():
        record(type_tag(Topic))  # a new term is a new choice
        releases = index_page.releases()
        topics = (
            Topic.objects.filter(
                press_pressreleasetopic_links__page__in=releases.values("pk"),
                locale_id=index_page.locale_id,
            )
            .distinct()
            .order_by("name")
        )
        years = sorted({d.year for d in releases.dates("date", "year")}, reverse=True)
        return {"topics": [(t.slug, t.name) for t in topics], "years": years}

    return cached(f"press-filters:{index_page.pk}", build)


def narrow_releases(releases, form, index_page):
    """The releases a valid filter form asks for."""
    data = form.cleaned_data
    if data["topic"]:
        releases = releases.filter(topic_links__topic__slug=data["topic"])
    if data["year"]:
        releases = releases.filter(date__year=data["year"])
    if data["q"]:
        # The search backend filters only on indexed fields, so search the press room's
        # live releases and intersect with the filtered listing by primary key.
        matching = index_page.searchable_releases().search(data["q"], operator="and")
        releases = releases.filter(pk__in=[page.pk for page in matching[:MAX_SEARCH_HITS]])
    return releases


# A card shows none of these; decoding three StreamFields per release was a third of a
# listing's query cost.
NOT_ON_CARDS = ("body", "media", "related_links")


def press_listing_context(index_page, request):
    context = filtered_listing(
        request,
        PressFilterForm,
        filter_choices(index_page),
        index_page.releases().defer(*NOT_ON_CARDS),
        narrow=lambda releases, form: narrow_releases(releases, form, index_page),
        per_page=index_page.per_page or 10,
    )
    context["releases"] = context["page_obj"]
    return context
