"""The sitemap leaves out pages that answer 410 Gone (expired cooperation offers), by the same
rule as the offer page itself."""

import datetime
import xml.etree.ElementTree as ET

from django.utils import timezone

from tests import factories

LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return {loc.text for loc in ET.fromstring(response.content).iter(LOC)}


def test_expired_offer_is_not_in_the_sitemap_but_a_current_one_is(client, home):
    index = factories.add_offer_index(home)
    today = timezone.localdate()
    expired = factories.add_offer(index, "Abgelaufen", valid_until=today - datetime.timedelta(1))
    last_day = factories.add_offer(index, "Letzter Tag", valid_until=today)

    urls = sitemap_urls(client)

    assert client.get(expired.url).status_code == 410
    assert expired.get_full_url() not in urls
    assert client.get(last_day.url).status_code == 200
    assert last_day.get_full_url() in urls
    assert index.get_full_url() in urls
