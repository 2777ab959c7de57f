"""The success story index as a page: its template context is the filtered, paginated stories."""

from pages.core.listing import filtered_listing
from pages.core.page_views import page_view
from pages.stories.forms import StoryFilterForm
from pages.stories.queries import apply_filters, filter_choices, stories_of

DEFAULT_PER_PAGE = 12


@page_view("stories.index_context")
def story_index_context(index, request):
    context = filtered_listing(
        request,
        StoryFilterForm,
        filter_choices(index),
        stories_of(index),
        narrow=lambda stories, form: apply_filters(stories, form.filters()),
        per_page=index.per_page or DEFAULT_PER_PAGE,
    )
    context["stories"] = context["page_obj"]
    return context
