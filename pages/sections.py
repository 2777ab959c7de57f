"""A registry through which other apps put sections on the home page.

`pages` must not import `press` or later apps (dependencies point one way), yet the home page
shows the latest press releases and, later, the next events. Each app registers a provider in
its AppConfig.ready(); HomePage asks them all when it renders.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class HomeSection:
    template: str
    order: int = 100
    context: dict = field(default_factory=dict)


_providers: list[Callable] = []


def register_home_section(provider: Callable) -> Callable:
    """Register `provider(request, home_page) -> HomeSection | None`."""
    if provider not in _providers:
        _providers.append(provider)
    return provider


def home_sections(request, home_page) -> list[HomeSection]:
    sections = [provider(request, home_page) for provider in _providers]
    return sorted((s for s in sections if s is not None), key=lambda s: s.order)
