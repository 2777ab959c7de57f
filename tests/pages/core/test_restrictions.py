"""Finding 4 of the security review: whether any view restriction exists was cached per
process, so a restriction added through one process stayed unseen by the others for an hour
(the page stayed public, in its listing and in the sitemap).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.models import PageViewRestriction

from pages.core.cache import cache_is_shared
from pages.core.restrictions import any_view_restrictions
from tests import factories
from tests.web_node import WebNode


@pytest.fixture
def web_node(shared_db, tmp_path):
    nodes = []

    def start():
        node = WebNode(tmp_path / f"node-{len(nodes)}.log").start()
        nodes.append(node)
        return node

    yield start
    for node in nodes:
        node.stop()


@pytest.mark.slow
def test_a_restriction_added_in_one_process_holds_at_once_on_another_web_node(web_node):
    home, press = factories.build_site()
    release = factories.add_release(press, title="Vertrauliche Vorabinformation")
    node = web_node()

    # The node has served the page and the listing, and cached that nothing is restricted.
    assert node.get(release.url)[0] == 200
    assert "Vertrauliche Vorabinformation" in node.get(press.url)[1]
    assert release.full_url.split("testserver", 1)[1] in node.get("/sitemap.xml")[1]

    # An editor restricts the release in another process (this one).
    PageViewRestriction.objects.create(page=release, restriction_type=PageViewRestriction.LOGIN)

    status, _ = node.get(release.url)
    assert status == 302, "the node still serves the restricted page"
    assert "Vertrauliche Vorabinformation" not in node.get(press.url)[1]
    assert release.full_url.split("testserver", 1)[1] not in node.get("/sitemap.xml")[1]


@pytest.mark.django_db
def test_a_per_process_cache_is_never_trusted_with_the_restriction_flag(site_tree):
    home, press = site_tree
    release = factories.add_release(press)
    locmem = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    with override_settings(CACHES=locmem):
        assert not cache_is_shared()
        assert any_view_restrictions() is False
        # Written behind the signals' back, as another process's write looks to this one.
        PageViewRestriction.objects.bulk_create(
            [PageViewRestriction(page=release, restriction_type=PageViewRestriction.LOGIN)]
        )
        with CaptureQueriesContext(connection) as queries:
            assert any_view_restrictions() is True
        assert len(queries) == 1


@pytest.mark.django_db
def test_the_shared_cache_answers_the_flag_without_a_query(site_tree):
    assert cache_is_shared()
    any_view_restrictions()
    with CaptureQueriesContext(connection) as queries:
        assert any_view_restrictions() is False
    assert len(queries) == 0
