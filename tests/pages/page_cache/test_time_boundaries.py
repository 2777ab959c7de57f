"""Content that changes with time lives in the cache until its next boundary, no longer."""

import datetime
import re
import time

import pytest
from django.test import Client
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


def lifetime(response):
    return int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))


def test_the_calendar_entry_expires_when_a_listed_event_ends(site_tree, page_cache):
    home, _press = site_tree
    calendar = factories.add_calendar(home)
    now = timezone.now()
    factories.add_event(
        calendar,
        title="Kooperationsbörse Liberec",
        dates=[(now - datetime.timedelta(hours=1), now + datetime.timedelta(seconds=3))],
    )
    first = Client().get(calendar.url)
    assert first["X-Glokal-Cache"] == "miss" and "Kooperationsbörse Liberec" in first.text
    assert lifetime(first) <= 3
    time.sleep(3.5)
    later = Client().get(calendar.url)
    assert later["X-Glokal-Cache"] == "miss"  # expired: rendered again
    assert "Kooperationsbörse Liberec" not in later.text


def test_an_offer_page_lives_until_its_last_day_is_over(site_tree, page_cache):
    home, _press = site_tree
    exchange = factories.add_offer_index(home)
    offer = factories.add_offer(exchange, title="Partner für Messebau gesucht")
    offer.valid_until = timezone.localdate()
    offer.save_revision().publish()
    response = Client().get(offer.url)
    assert response.status_code == 200
    midnight = datetime.datetime.combine(
        timezone.localdate() + datetime.timedelta(days=1),
        datetime.time(),
        timezone.get_default_timezone(),
    )
    remaining = (midnight - timezone.now()).total_seconds()
    assert lifetime(response) <= min(3600, remaining) + 1
    index = Client().get(exchange.url)
    assert lifetime(index) <= min(3600, remaining) + 1
