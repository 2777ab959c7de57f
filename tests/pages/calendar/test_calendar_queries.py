"""The calendar page and its feeds cost the same queries for 10 events as for 200."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.factories import berlin
from tests.helpers import warm_query_count as count_queries

QUERY_BUDGET = 10


def add_events(calendar, count, start, topic, region, image):
    for n in range(start, start + count):
        day = berlin(2030, 1 + n % 12, 1 + n % 28, 9)
        factories.add_event(
            calendar,
            f"Termin {n}",
            dates=[
                (day, day + datetime.timedelta(hours=3)),
                (day + datetime.timedelta(days=40), day + datetime.timedelta(days=40, hours=2)),
            ],
            topics=[topic],
            regions=[region],
            image=image,
            languages=["de", "pl"],
            revision=False,
        )


def test_calendar_costs_the_same_queries_for_10_and_200_events(client, home):
    calendar = factories.add_calendar(home)
    topic = factories.TopicFactory(slug="t")
    region = factories.RegionFactory(slug="r")
    image = factories.make_image()
    add_events(calendar, 10, 0, topic, region, image)
    urls = {
        "upcoming": calendar.url,
        "filtered": calendar.url + "?topic=t&region=r&language=pl&format=on_site&country=DE",
        "month": calendar.url + "?month=2030-03",
        "archive": calendar.url + "archive/",
        "page 2": calendar.url + "?page=2",
        "ics": calendar.url + "ics/",
        "json": calendar.url + "json/",
        "home": home.url,
    }
    few = {name: count_queries(client, url) for name, url in urls.items()}
    add_events(calendar, 190, 10, topic, region, image)
    factories.publish(calendar)  # a publish bumps the cache version, as editing would
    many = {name: count_queries(client, url) for name, url in urls.items()}
    assert many == few
    assert max(many.values()) <= QUERY_BUDGET, many


def test_feed_queries_without_cache(client, home, settings):
    """The feeds' own cost, cache bypassed: constant as well."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    calendar = factories.add_calendar(home)
    topic, region, image = factories.TopicFactory(slug="t"), factories.RegionFactory(slug="r"), None
    add_events(calendar, 10, 0, topic, region, image)

    def cold(url):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    few = {url: cold(calendar.url + url) for url in ("ics/", "json/", "")}
    add_events(calendar, 190, 10, topic, region, image)
    assert {url: cold(calendar.url + url) for url in ("ics/", "json/", "")} == few
