"""Page columns a listing card never shows, for `defer()` on listing querysets.

A listing selects every column of every listed page: each one is compiled into the query,
repeated in its GROUP BY when the listing annotates (on SQLite), and converted per row.
What only the admin and the page's own view read is left out.

Not `expire_at`: the page cache keeps a listing no longer than its first listed page's
expiry (pages/core/page_cache/recording.py reads it from each loaded page). Deferring a
column that a card does show would cost a query per card, which the query-count tests catch.
"""

PAGE_COLUMNS_NOT_ON_CARDS = (
    "draft_title",
    "seo_title",
    "search_description",
    "has_unpublished_changes",
    "go_live_at",
    "expired",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "latest_revision_created_at",
    "live_revision",
    "alias_of",
    "show_in_menus",
)
