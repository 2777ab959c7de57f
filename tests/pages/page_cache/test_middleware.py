"""What the page cache serves, to whom, and with which headers (pages/core/page_cache/)."""

import time

import pytest
from django.test import Client

from pages.core.page_cache import stats
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def release(site_tree, page_cache):
    home, press = site_tree
    return factories.add_release(press, title="Messe in Breslau")


def get(client, url, **headers):
    return client.get(url, headers=headers)


def test_a_second_visit_is_a_hit_with_the_same_body_and_headers(client, release):
    first = client.get(release.url)
    second = client.get(release.url)
    assert first.status_code == second.status_code == 200
    assert (first["X-Glokal-Cache"], second["X-Glokal-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    for header in (
        "Content-Security-Policy",
        "Content-Language",
        "Vary",
        "X-Frame-Options",
        "Permissions-Policy",
        "ETag",
        "Content-Type",
    ):
        assert second[header] == first[header], header
    assert "s-maxage=" in second["Cache-Control"] and "public" in second["Cache-Control"]


def test_the_hit_costs_no_query(client, release, django_assert_num_queries):
    client.get(release.url)
    with django_assert_num_queries(0):
        assert client.get(release.url)["X-Glokal-Cache"] == "hit"


def test_head_is_served_from_the_get_entry(client, release):
    client.get(release.url)
    head = client.head(release.url)
    assert head["X-Glokal-Cache"] == "hit"
    assert head.status_code == 200


def test_revalidation_with_the_etag_or_the_date_is_a_304(client, release):
    first = client.get(release.url)
    by_etag = get(client, release.url, if_none_match=first["ETag"])
    assert by_etag.status_code == 304 and by_etag.content == b""
    by_date = get(client, release.url, if_modified_since=first["Last-Modified"])
    assert by_date.status_code == 304
    assert get(client, release.url, if_none_match='"something-else"').status_code == 200


def test_tracking_parameters_share_the_entry_and_never_reach_the_page(
    client, site_tree, page_cache
):
    _home, press = site_tree
    for number in range(12):  # two pages of releases: the pagination links keep the query
        factories.add_release(press, title=f"Meldung {number}")
    plain = client.get(f"{press.url}?page=2")
    campaign = client.get(f"{press.url}?utm_source=digest&page=2&fbclid=abc&gclid=x")
    assert campaign["X-Glokal-Cache"] == "hit"
    fresh = Client().get(f"{press.url}?mtm_campaign=herbst&page=1")
    assert fresh["X-Glokal-Cache"] == "miss"
    assert b"utm_source" not in plain.content + fresh.content
    assert b"mtm_campaign" not in fresh.content


def test_parameter_order_does_not_matter(client, site_tree, release):
    _home, press = site_tree
    client.get(f"{press.url}?page=1&year=2025")
    assert client.get(f"{press.url}?year=2025&page=1")["X-Glokal-Cache"] == "hit"


def test_each_language_has_its_own_entry(client, site_tree, page_cache):
    home, press = site_tree
    factories.translate(press, "en")
    german = client.get("/de/")
    english = client.get("/en/")
    assert english["X-Glokal-Cache"] == "miss"
    assert german["Content-Language"] == "de" and english["Content-Language"] == "en"
    assert client.get("/en/")["Content-Language"] == "en"


def test_the_api_is_cached_per_negotiated_language(client, release):
    url = f"/api/v2/pages/{release.pk}/"
    first = get(client, url, accept_language="de")
    assert get(client, url, accept_language="de")["X-Glokal-Cache"] == "hit"
    other = get(client, url, accept_language="pl")
    assert other["X-Glokal-Cache"] == "miss"
    assert first.status_code == other.status_code == 200


def test_a_signed_in_visitor_is_never_served_from_the_cache(client, release, django_user_model):
    client.get(release.url)
    user = django_user_model.objects.create_superuser("chefin", password="x" * 12)
    client.force_login(user)
    response = client.get(release.url)
    assert "X-Glokal-Cache" not in response  # not even looked up
    assert b"wagtail-userbar" in response.content or b"w-userbar" in response.content


def test_cookies_and_credentials_bypass(release):
    Client().get(release.url)
    with_csrf = Client()
    with_csrf.cookies["csrftoken"] = "x" * 32
    assert "X-Glokal-Cache" not in with_csrf.get(release.url)
    with_credentials = Client(headers={"authorization": "Basic eA=="})
    assert "X-Glokal-Cache" not in with_credentials.get(release.url)


def test_post_and_errors_are_never_stored(client, site_tree, page_cache):
    _home, press = site_tree
    bad = client.get(f"{press.url}?year=1066")
    assert bad.status_code == 400 and bad["X-Glokal-Cache"] == "bypass"
    assert client.get(f"{press.url}?year=1066")["X-Glokal-Cache"] == "bypass"
    assert client.get("/de/no-such-page/").status_code == 404
    assert "X-Glokal-Cache" not in client.post(press.url)


def test_pages_that_forbid_caching_are_not_stored(client, site_tree, page_cache):
    # The newsletter pages say never-cache (one carries a secret link in its URL).
    client.get("/de/newsletter/")
    again = client.get("/de/newsletter/")
    assert again["X-Glokal-Cache"] == "bypass"
    assert "no-cache" in again["Cache-Control"]


def test_the_admin_is_never_cached(client, site_tree, page_cache):
    assert "X-Glokal-Cache" not in client.get("/admin/login/")


def test_off_when_the_lifetime_is_zero(client, site_tree, settings):
    settings.GLOKAL_PAGE_CACHE_SECONDS = 0
    _home, press = site_tree
    assert "X-Glokal-Cache" not in client.get(press.url)


def test_hits_and_misses_are_counted(client, release):
    before = stats.figures()
    client.get(release.url)
    client.get(release.url)
    after = stats.figures()
    assert after["misses"] - before["misses"] == 1
    assert after["hits"] - before["hits"] == 1
    assert after["stores"] - before["stores"] == 1


def test_the_newsletter_form_of_a_cached_page_still_signs_up(client, release, settings):
    """No CSRF token in public HTML; the form's signed stamp is valid for the cache lifetime."""
    from bs4 import BeautifulSoup

    settings.GLOKAL_PAGE_CACHE_SECONDS = 5400  # the longest the policy allows
    client.get(release.url)
    cached = client.get(release.url)
    assert cached["X-Glokal-Cache"] == "hit"
    form = BeautifulSoup(cached.content, "html.parser").select_one("form.newsletter-compact__form")
    assert form is not None, "the footer's newsletter form is on the page"
    data = {
        field["name"]: field.get("value", "")
        for field in form.select("input[name]")
        if field.get("type") not in ("checkbox",)
    }
    data["email"] = factories.unique_email("cached")
    data["consent"] = "on"
    time.sleep(3.1)  # a person takes longer than the stamp's minimum
    response = Client().post(form["action"], data)
    assert response.status_code == 303, response.content[:500]
    from newsletter.models import Subscriber

    assert Subscriber.objects.filter(email=data["email"]).exists()
