"""What the success story index lists: its live stories, newest first, narrowed by sector,
country and year, and the filter form's choices.

A listing is one paginated query over stories (with their sector and image joined) plus two
prefetches (participants with their regions, the cards' image renditions), so it costs the
same few queries however many stories there are. Filter choices are cached per index and
structure version.
"""

from django.db.models import Prefetch

from pages.core.cache import cached
from pages.core.images import listing_renditions
from pages.core.models.taxonomy import Sector
from pages.core.page_cache.recording import record, type_tag
from pages.core.restrictions import public
from pages.stories.models import StoryParticipant, SuccessStoryPage

LISTING_RENDITION = "fill-480x270"


def live_stories(index):
    """The index's published stories a visitor may see."""
    return public(SuccessStoryPage.objects.live().child_of(index))


def filter_choices(index):
    """Sectors of the index's live stories, named in the index's language, and their years."""

    def build():
        record(type_tag(Sector))  # a new term is a new choice
        stories = live_stories(index)
        # A story normally points at the sector of its own locale; one that still points at
        # another locale's sector filters the same way, since slugs are synchronised.
        used = Sector.objects.filter(pk__in=stories.values("sector_id"))
        names = {sector.slug: sector.name for sector in used}
        names.update(
            Sector.objects.filter(locale_id=index.locale_id, slug__in=list(names)).values_list(
                "slug", "name"
            )
        )
        years = sorted(set(stories.values_list("year", flat=True)), reverse=True)
        return {
            "sectors": sorted(names.items(), key=lambda item: (item[1].casefold(), item[0])),
            "years": years,
        }

    return cached(f"story-filters:{index.pk}", build)


def stories_of(index):
    """The index's live stories, newest year first then by title, with what a card shows."""
    participants = StoryParticipant.objects.select_related("region").order_by("sort_order", "pk")
    return (
        live_stories(index)
        .select_related("sector", "image")
        .prefetch_related(
            Prefetch("participants", queryset=participants),
            listing_renditions("image", LISTING_RENDITION),
        )
        .order_by("-year", "title", "pk")
    )


def apply_filters(stories, filters):
    """Narrow a story queryset; every filter combines with the others."""
    if sector := filters.get("sector"):
        stories = stories.filter(sector__slug=sector)
    if country := filters.get("country"):
        # Any participant's country; a subquery keeps a story with two such participants once.
        involved = StoryParticipant.objects.filter(country=country).values("page_id")
        stories = stories.filter(pk__in=involved)
    if year := filters.get("year"):
        stories = stories.filter(year=year)
    return stories
