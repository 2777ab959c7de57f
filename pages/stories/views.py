"""The success story index as a page: its template context is the filtered, paginated stories."""

from pages.core.page_views import page_view
from pages.stories.queries import story_index_context

page_view("stories.index_context")(story_index_context)
