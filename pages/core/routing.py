"""Page routing in two queries, whatever the depth of the page.

Wagtail's own routing walks the tree one level at a time (a child lookup and a `.specific`
query per level, plus the site, the locale and the localised root). That alone would spend
most of a page's query budget. This view resolves the same route from the cached site root
paths with one query for the deepest page whose `url_path` prefixes the request path and
one for its specific row, then hands the result to Wagtail's `serve` through the per-request
cache Wagtail itself reads (`request._wagtail_route_for_request`), so hooks, view
restrictions, previews and `RoutablePageMixin` sub-routes behave exactly as before.

One documented difference: a page's child whose slug equals one of the parent's routable
sub-paths (say a child called "feed" under the press room) now wins over the sub-route.
"""

from django.http import Http404
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from pages.core.cache import cached


def _cached_site(request):
    host, port = request._get_raw_host(), request.get_port()
    return cached(f"site:{host}:{port}", lambda: Site._find_for_request(request))


def _root_path(site, language_code):
    for root in Site.get_site_root_paths():
        if root.site_id == site.pk and root.language_code == language_code:
            return root.root_path
    return None


def prime_route(request, path):
    """Resolve and cache the Wagtail route for `path`; leave it to Wagtail if unsure."""
    site = _cached_site(request)
    if site is None:
        return
    root_path = _root_path(site, translation.get_language())
    if root_path is None:
        return
    components = [component for component in path.split("/") if component]
    prefixes = [
        root_path + "".join(f"{c}/" for c in components[:i]) for i in range(len(components) + 1)
    ]
    deepest = Page.objects.filter(url_path__in=prefixes).order_by("-depth").first()
    if deepest is None:
        return
    consumed = deepest.url_path.count("/") - root_path.count("/")
    try:
        route = deepest.specific.route(request, components[consumed:])
    except Http404:
        route = None
    request._wagtail_site = site
    request._wagtail_route_for_request = route


def serve(request, path):
    prime_route(request, path)
    return wagtail_serve(request, path)
