"""The two-query router resolves exactly what Wagtail's tree walk would."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from pages.core.routing import prime_route
from tests import factories


@pytest.fixture
def tree(home, press_index):
    release = factories.add_release(press_index, "Forum")
    about = factories.add_standard_page(home, "Über uns")
    nested = factories.add_standard_page(about, "Team")
    draft = factories.add_standard_page(home, "Entwurf")
    draft.unpublish()
    child_of_draft = factories.add_standard_page(draft, "Darunter")
    return {"release": release, "nested": nested, "draft": draft, "child_of_draft": child_of_draft}


@pytest.mark.parametrize(
    "path",
    [
        "",
        "presse/",
        "presse/forum/",
        "presse/feed/rss/",
        "uber-uns/team/",
        "entwurf/",
        "entwurf/darunter/",
        "presse/forum/zu-tief/",
        "gibt-es-nicht/",
    ],
)
def test_same_route_as_wagtail(tree, path):
    factory = RequestFactory()
    with translation.override("de"):
        ours = factory.get("/de/" + path)
        prime_route(ours, path)
        theirs = factory.get("/de/" + path)
        expected = Page.route_for_request(theirs, path)
    got = ours._wagtail_route_for_request
    if expected is None:
        assert got is None
    else:
        assert got is not None

        # Routable pages put a bound view method in args; compare it by name.
        def comparable(route):
            args = [getattr(arg, "__name__", arg) for arg in route.args]
            return route.page.pk, args, route.kwargs

        assert comparable(got) == comparable(expected)


def test_routing_costs_two_queries_at_any_depth(client, tree):
    client.get("/de/")  # warm the site and root-path caches
    for url in ("/de/presse/", "/de/presse/forum/", "/de/uber-uns/team/"):
        request = RequestFactory().get(url)
        request._wagtail_site = None
        with translation.override("de"), CaptureQueriesContext(connection) as ctx:
            prime_route(request, url.removeprefix("/de/"))
        assert len(ctx.captured_queries) == 2, url


def test_serves_translated_trees(client, home, press_index):
    release = factories.add_release(press_index, "Forum")
    for page in (home, press_index, release):
        factories.translate(page, "cs")
    czech = release.get_translation(factories.locale("cs"))
    response = client.get(czech.url)
    assert response.status_code == 200
    assert response.context["page"].pk == czech.pk
