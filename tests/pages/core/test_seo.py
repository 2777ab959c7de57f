"""robots.txt, sitemap.xml with hreflang alternates, and the public security headers."""

import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def test_robots_txt_names_the_sitemap_and_hides_private_links(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
    assert "Disallow: /*/newsletter/unsubscribe/" in body


def test_sitemap_lists_each_language_version_with_its_alternates(client, home, press_index):
    release = factories.add_release(press_index, "Forum Grenzregion")
    factories.translate(release, "pl", "cs")
    factories.add_release(press_index, "Nur auf Deutsch")
    root = sitemap(client)
    entries = {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }
    german = release.get_full_url()
    assert german in entries
    assert set(entries[german]) == {"de", "pl", "cs", "x-default"}
    assert entries[german]["x-default"] == german
    polish = entries[german]["pl"]
    assert entries[polish] == entries[german]
    german_only = [url for url in entries if "nur-auf-deutsch" in url]
    assert len(german_only) == 1 and entries[german_only[0]] == {}


def test_sitemap_leaves_out_drafts(client, home, press_index):
    draft = factories.add_release(press_index, "Entwurf")
    draft.unpublish()
    urls = [loc.text for loc in sitemap(client).iter(f"{{{NS['s']}}}loc")]
    assert not any("entwurf" in url for url in urls)


def test_sitemap_queries_do_not_grow_with_pages(client, home, press_index):
    counts = []
    for total in (3, 30):
        while len(press_index.get_children()) < total:
            factories.add_release(press_index, f"Meldung {len(press_index.get_children())}")
        client.get("/sitemap.xml")  # warm Wagtail's site root paths cache
        with CaptureQueriesContext(connection) as queries:
            sitemap(client)
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 3


def test_public_pages_have_a_strict_content_security_policy(client, home):
    response = client.get("/de/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in policy
    assert directives["object-src"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"]


def test_admin_keeps_a_looser_policy_of_its_own(admin_client, home):
    response = admin_client.get("/admin/")
    assert "'unsafe-inline'" in response["Content-Security-Policy"]
