"""The views behind page types, registered by name so that models never import views.

A Wagtail page model answers its own routes and builds its own template context. Here the code
that does it lives in the feature's view modules, which import the models; the model only names
the view (`view_for("calendar.index")`), and the view module registers itself under that name
with `@page_view("calendar.index")`. `PagesConfig.ready()` imports every view module, so the
registry is complete before the first request.
"""

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured

_views: dict[str, Callable] = {}


def page_view(name: str):
    """Register the decorated function as the view called `name`."""

    def register(view):
        registered = _views.setdefault(name, view)
        if registered is not view and registered.__qualname__ != view.__qualname__:
            raise ImproperlyConfigured(f"Two page views are registered as {name!r}.")
        _views[name] = view
        return view

    return register


def view_for(name: str) -> Callable:
    try:
        return _views[name]
    except KeyError:
        raise ImproperlyConfigured(
            f"No page view is registered as {name!r}: "
            "is its module imported by PagesConfig.ready()?"
        ) from None


def registered_views() -> dict[str, Callable]:
    return dict(_views)
