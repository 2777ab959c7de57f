"""The admin's index: Wagtail reads hooks only from this module, so it imports each feature's
admin module, and each of those registers its own hooks, viewsets and URLs on import."""

from pages.core import admin as core_admin
from pages.core.page_cache import admin as page_cache_admin
from pages.exchange import admin as exchange_admin
from pages.translation import admin as translation_admin

__all__ = ["core_admin", "exchange_admin", "page_cache_admin", "translation_admin"]
