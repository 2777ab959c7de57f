"""A registry through which apps put sections on other apps' pages.

`pages` must not import `press` or later apps (dependencies point one way), yet the home
page shows the latest press releases and an event page the press releases about it. Each
app registers providers for a named slot ("home", "event") in its AppConfig.ready(); the page
asks the slot's providers when it renders.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class PageSection:
    template: str
    order: int = 100
    context: dict = field(default_factory=dict)


_providers: dict[str, list[Callable]] = defaultdict(list)


def register_section(slot: str, provider: Callable) -> Callable:
    """Register `provider(request, page) -> PageSection | None` for `slot`."""
    if provider not in _providers[slot]:
        _providers[slot].append(provider)
    return provider


def register_home_section(provider: Callable) -> Callable:
    return register_section("home", provider)


def sections_for(slot: str, request, page) -> list[PageSection]:
    sections = [provider(request, page) for provider in _providers[slot]]
    return sorted((s for s in sections if s is not None), key=lambda s: s.order)


def home_sections(request, home_page) -> list[PageSection]:
    return sections_for("home", request, home_page)


def first_child_of_type(parent, page_model):
    """The first live child of `parent` of `page_model` (a section's index page), cached
    until the page structure changes."""
    from pages.core.cache import cached
    from pages.core.restrictions import public

    def build():
        return public(page_model.objects.live().child_of(parent)).order_by("path").first() or ""

    return cached(f"first-child:{parent.pk}:{page_model._meta.label_lower}", build) or None
