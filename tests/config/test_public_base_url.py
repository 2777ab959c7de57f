"""Every absolute URL the site and the API hand out follows the public base URL.

GLOKAL_PUBLIC_BASE_URL is the one source: the admin's and the API's base URLs default to it,
`configure_site` (and `load_demo`) point the default Site record at it, and pages, feeds, the
sitemap, structured data, mails and the API build their links on it, whatever host a request
came in by (here always the test client's, testserver).
"""

import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import icalendar
import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Site

from tests import factories
from tests.helpers import soup
from tests.pages.exchange.helpers import form_data, interest_url

ROOT = Path(__file__).resolve().parents[2]
BASE_URL_SETTINGS = ("GLOKAL_PUBLIC_BASE_URL", "WAGTAILADMIN_BASE_URL", "WAGTAILAPI_BASE_URL")
# A production address, and the embedded default `make run` serves.
BASE_URLS = ["https://www.glokal.example", "http://127.0.0.1:8000"]
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


# --- Settings: one variable, two overridable defaults ----------------------------------------


def base_url_settings(**env):
    """The three base URLs as the embedded default's settings compute them from `env`."""
    environment = {key: value for key, value in os.environ.items() if key not in BASE_URL_SETTINGS}
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.dev", **env)
    script = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {BASE_URL_SETTINGS!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_without_variables_everything_is_on_the_address_make_run_serves():
    assert set(base_url_settings().values()) == {"http://127.0.0.1:8000"}


def test_admin_and_api_base_urls_follow_the_public_one_without_its_trailing_slash():
    found = base_url_settings(GLOKAL_PUBLIC_BASE_URL="https://www.glokal.example/")
    assert set(found.values()) == {"https://www.glokal.example"}


def test_admin_and_api_base_urls_can_each_be_set_on_their_own():
    found = base_url_settings(
        GLOKAL_PUBLIC_BASE_URL="https://www.glokal.example",
        WAGTAILADMIN_BASE_URL="https://cms.glokal.example/",
        WAGTAILAPI_BASE_URL="https://api.glokal.example",
    )
    assert found == {
        "GLOKAL_PUBLIC_BASE_URL": "https://www.glokal.example",
        "WAGTAILADMIN_BASE_URL": "https://cms.glokal.example",
        "WAGTAILAPI_BASE_URL": "https://api.glokal.example",
    }
    # The admin's address is not the public one: setting it alone leaves the site where it is.
    only_admin = base_url_settings(WAGTAILADMIN_BASE_URL="https://cms.glokal.example")
    assert only_admin["GLOKAL_PUBLIC_BASE_URL"] == "http://127.0.0.1:8000"


def test_make_run_exports_the_public_base_url_for_its_port():
    makefile = (ROOT / "Makefile").read_text()
    assert "run: export GLOKAL_PUBLIC_BASE_URL ?= http://127.0.0.1:$(PORT)" in makefile


# --- configure_site ----------------------------------------------------------------------------


def configure_site(*args):
    out = io.StringIO()
    call_command("configure_site", *args, stdout=out)
    return out.getvalue()


def default_site():
    return Site.objects.get(is_default_site=True)


@pytest.mark.django_db
def test_configure_site_sets_hostname_and_port_from_the_setting(settings, home):
    settings.GLOKAL_PUBLIC_BASE_URL = "https://www.glokal.example"
    output = configure_site()
    site = default_site()
    assert (site.hostname, site.port, site.root_url) == (
        "www.glokal.example",
        443,
        "https://www.glokal.example",
    )
    assert "hostname: 'testserver' → 'www.glokal.example'" in output
    assert "port: 80 → 443" in output
    assert site.root_page_id == home.pk


@pytest.mark.django_db
def test_configure_site_takes_a_base_url_and_a_name(home):
    configure_site("--base-url", "http://127.0.0.1:8000/", "--name", "Glokal Demo")
    site = default_site()
    assert (site.hostname, site.port, site.site_name) == ("127.0.0.1", 8000, "Glokal Demo")
    assert site.root_url == "http://127.0.0.1:8000"


@pytest.mark.django_db
def test_a_second_run_reports_no_change_and_writes_nothing(home):
    configure_site("--base-url", "https://www.glokal.example")
    saved = Site.objects.values().get(is_default_site=True)
    output = configure_site("--base-url", "https://www.glokal.example")
    assert "nothing changed" in output
    assert "→" not in output
    assert Site.objects.values().get(is_default_site=True) == saved


@pytest.mark.django_db
@pytest.mark.parametrize(
    "bad",
    [
        "ftp://x",
        "not a url",
        "",
        "https://",
        "https://www.glokal.example/glokal/",
        "https://www.glokal.example/?lang=de",
        "https://user:secret@www.glokal.example",
        "https://www.glokal.example:8443",
        "http://www.glokal.example:443",
        "http://www.glokal.example:99999",
        "http://[::1]:8000",
        "http://exa mple.org",
    ],
    ids=repr,
)
def test_an_invalid_base_url_is_refused_and_the_site_left_untouched(home, bad):
    before = Site.objects.values().get(is_default_site=True)
    with pytest.raises(CommandError) as raised:
        configure_site("--base-url", bad)
    assert str(raised.value)  # one sentence an operator can act on, no traceback
    assert Site.objects.values().get(is_default_site=True) == before


@pytest.mark.django_db
def test_an_address_another_site_holds_is_refused(home):
    Site.objects.create(hostname="www.glokal.example", port=443, root_page=home)
    before = Site.objects.values().get(is_default_site=True)
    with pytest.raises(CommandError, match="Another Site"):
        configure_site("--base-url", "https://www.glokal.example")
    assert Site.objects.values().get(is_default_site=True) == before


@pytest.mark.django_db
def test_load_demo_refuses_an_invalid_public_base_url_before_writing_anything(settings):
    settings.GLOKAL_PUBLIC_BASE_URL = "ftp://x"
    pages_before = Site.objects.values().get(is_default_site=True)
    with pytest.raises(CommandError, match="GLOKAL_PUBLIC_BASE_URL"):
        call_command("load_demo", "--force", stdout=io.StringIO())
    assert Site.objects.values().get(is_default_site=True) == pages_before


# --- What the site and the API hand out ---------------------------------------------------------


@pytest.fixture(params=BASE_URLS)
def base_url(request, settings, site_tree):
    """The site configured for one public base URL, as an operator would: the variable set
    (the admin's and the API's follow it, as base.py derives them), then `configure_site`."""
    for name in BASE_URL_SETTINGS:
        setattr(settings, name, request.param)
    configure_site()
    return request.param


@pytest.fixture
def release(home, press_index):
    release = factories.add_release(
        press_index, "Forum Grenzregion", hero_image=factories.make_image()
    )
    factories.translate(home)
    factories.translate(press_index)
    factories.translate(release)
    return release


def test_api_detail_and_html_urls_are_on_the_base_url(client, base_url, release):
    response = client.get("/api/v2/pages/", {"type": "press.PressReleasePage", "fields": "*"})
    assert response.status_code == 200
    items = response.json()["items"]
    assert items
    for item in items:
        assert item["meta"]["detail_url"].startswith(f"{base_url}/api/v2/pages/")
        assert item["meta"]["html_url"].startswith(f"{base_url}/")
        for translation in item["meta"]["translations"]:
            assert translation["html_url"].startswith(f"{base_url}/")
            assert translation["detail_url"].startswith(f"{base_url}/api/v2/pages/")
        for rendition in item["hero_image"]["renditions"].values():
            assert rendition["url"].startswith(f"{base_url}/media/")


def test_canonical_hreflang_and_previews_are_on_the_base_url(client, base_url, release):
    response = client.get(release.url)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("link[rel=canonical]")["href"] == f"{base_url}{release.url}"
    alternates = [link["href"] for link in page.select("link[rel=alternate][hreflang]")]
    assert len(alternates) == 4
    assert all(href.startswith(f"{base_url}/") for href in alternates)
    assert page.select_one("meta[property='og:url']")["content"] == f"{base_url}{release.url}"
    assert page.select_one("meta[property='og:image']")["content"].startswith(f"{base_url}/")
    data = json.loads(page.select_one("script[type='application/ld+json']").string)
    assert data["url"] == f"{base_url}{release.url}"
    assert data["publisher"]["url"] == f"{base_url}/"
    assert data["publisher"]["logo"]["url"].startswith(f"{base_url}/static/")
    assert all(image.startswith(f"{base_url}/") for image in data["image"])


def test_sitemap_and_robots_txt_are_on_the_base_url(client, base_url, release):
    robots = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {base_url}/sitemap.xml" in robots
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [loc.text for loc in sitemap.findall("s:url/s:loc", SITEMAP_NS)]
    assert f"{base_url}{release.url}" in locations
    assert all(location.startswith(f"{base_url}/") for location in locations)


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_press_feeds_link_to_the_base_url(client, base_url, release, press_index, kind):
    response = client.get(f"{press_index.url}feed/{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.link == f"{base_url}{press_index.url}"
    assert [entry.link for entry in feed.entries] == [f"{base_url}{release.url}"]
    own = [link.href for link in feed.feed.links if link.rel == "self"]
    assert own == [f"{base_url}{press_index.url}feed/{kind}/"]


def test_calendar_subscription_and_its_events_are_on_the_base_url(client, base_url, home):
    calendar = factories.add_calendar(home)
    event = factories.add_event(calendar, title="Fachtag Wasserstoff")
    page = soup(client.get(calendar.url))
    host = base_url.split("://", 1)[1]
    assert page.select_one("a[href^='webcal://']")["href"] == f"webcal://{host}{calendar.url}ics/"
    feed = icalendar.Calendar.from_ical(client.get(f"{calendar.url}ics/").content)
    assert [str(vevent["URL"]) for vevent in feed.walk("VEVENT")] == [f"{base_url}{event.url}"]


def test_inquiry_mail_links_are_on_the_base_url(client, base_url, home):
    contact = factories.ContactPersonFactory(email="erika.muster@glokal.example")
    offer = factories.add_offer(
        factories.add_offer_index(home), sectors=[factories.SectorFactory()], contact=contact
    )
    response = client.post(interest_url(offer), form_data(offer), REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 303
    (confirmation,) = mail.outbox
    links = re.findall(r"https?://\S+", confirmation.body)
    assert any("/inquiries/confirm/" in link for link in links)
    assert f"{base_url}{offer.url}" in links
    assert all(link.startswith(f"{base_url}/") for link in links)


def test_contact_vcard_and_its_api_link_are_on_the_base_url(client, base_url, site_tree):
    contact = factories.ContactPersonFactory(photo=factories.make_image())
    card = client.get(f"/de/contacts/{contact.pk}.vcf").content.decode()
    photo = re.search(r"^PHOTO[^:]*:(\S+)", card, re.M)
    assert photo and photo[1].startswith(f"{base_url}/media/")
    data = client.get(f"/api/v2/contacts/{contact.pk}/").json()
    assert data["vcard_url"] == f"{base_url}/de/contacts/{contact.pk}.vcf"
