"""The one fallback rule (pages/core/fallback.py) on the site and in the API: published translation,
else the German page marked as German, else the language's home; drafts never show."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext

from pages.core import fallback
from tests import factories


@pytest.fixture
def site(home, press_index):
    for page in (home, press_index):
        factories.translate(page, "en", "pl")
    return home, press_index


@pytest.fixture
def releases(site):
    _home, press = site
    translated = factories.add_release(press, "Übersetzt")
    factories.translate(translated, "en", "pl")
    draft = factories.add_release(press, "Nur Entwurf")
    factories.translate(draft, "pl", publish=False)
    german_only = factories.add_release(press, "Nur Deutsch")
    return {"translated": translated, "draft": draft, "german_only": german_only}


def test_published_translation_first(releases):
    release = releases["translated"]
    found = fallback.resolve(release, "pl")
    polish = release.get_translation(factories.locale("pl"))
    assert (found.kind, found.url, found.language_code) == ("translation", polish.url, "pl")
    assert not found.is_fallback
    # Asking from the Polish version for German gives the German source.
    assert fallback.resolve(polish, "de").url == release.url


def test_draft_translation_is_never_a_result(releases):
    found = fallback.resolve(releases["draft"], "pl")
    assert found.kind == "source"
    assert found.url == releases["draft"].url
    assert found.language_code == "de"
    assert found.is_fallback


def test_unpublished_everything_leads_home(releases):
    releases["german_only"].unpublish()
    found = fallback.resolve(releases["german_only"], "pl")
    assert (found.kind, found.url, found.page) == ("home", "/pl/", None)
    # The switcher's variant skips the German page: straight to the language's home.
    switcher = fallback.resolve(releases["draft"], "pl", allow_source=False)
    assert (switcher.kind, switcher.url) == ("home", "/pl/")


def test_resolve_many_costs_one_query(releases):
    pages = list(releases.values())
    fallback.resolve_many(pages[:1], "pl")  # warm the cached site and restriction lookups
    with CaptureQueriesContext(connection) as queries:
        found = fallback.resolve_many(pages, "pl")
    assert len(queries) == 1
    assert [found[p.pk].kind for p in pages] == ["translation", "source", "source"]


def test_alias_shows_german_content_marked_as_german(releases):
    german_only = releases["german_only"]
    polish_press = german_only.get_parent().get_translation(factories.locale("pl"))
    # As wagtail-localize's tree synchronisation makes it: same translation key, Polish locale.
    alias = german_only.create_alias(
        parent=polish_press, update_locale=factories.locale("pl"), reset_translation_key=False
    )
    found = fallback.resolve(german_only, "pl")
    assert (found.kind, found.language_code, found.url) == ("source", "de", alias.url)
    assert alias.url.startswith("/pl/")
    assert fallback.content_language(alias) == "de"
    assert fallback.content_language(german_only) is None


def test_link_tag_marks_the_german_fallback(rf, releases):
    template = Template(
        "{% load glokal_fallback %}{% translated_link page 'pl' as link %}"
        '<a href="{{ link.url }}"{% if link.is_fallback %} hreflang="{{ link.language_code }}"'
        ' lang="{{ link.language_code }}"{% endif %}>{{ link.page.title }}</a>'
        '{% if link.is_fallback %}{% include "pages/core/includes/fallback_note.html" '
        "with language=link.language_code %}{% endif %}"
    )
    html = template.render(Context({"page": releases["german_only"], "request": rf.get("/")}))
    link = BeautifulSoup(html, "html.parser")
    assert link.a["lang"] == "de" and link.a["hreflang"] == "de"
    assert link.select_one(".fallback-note")["data-fallback-language"] == "de"
    html = template.render(Context({"page": releases["translated"], "request": rf.get("/")}))
    assert "lang=" not in html and "fallback-note" not in html


def switcher(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        a.get("hreflang"): (a.get("href"), a.get("data-fallback"))
        for a in soup.select(".language-switcher a")
    }


def test_site_switcher_follows_the_rule(client, releases):
    links = switcher(client.get(releases["draft"].url))
    assert links["pl"] == ("/pl/", "home")  # the Polish draft is never linked
    translated = releases["translated"]
    links = switcher(client.get(translated.url))
    assert links["pl"] == (translated.get_translation(factories.locale("pl")).url, None)


def test_anonymous_visitors_never_see_a_draft_translation(client, releases):
    polish_draft = releases["draft"].get_translation(factories.locale("pl"))
    assert not polish_draft.live
    assert client.get(polish_draft.url or "/pl/prasa/nur-entwurf/").status_code == 404
    api = client.get(f"/api/v2/pages/{polish_draft.pk}/")
    assert api.status_code == 404


def api_translations(client, page):
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    return {t["locale"]: t for t in response.json()["meta"]["translations"]}


def test_api_lists_published_translations_with_their_status(client, releases):
    translated = releases["translated"]
    found = api_translations(client, translated)
    assert set(found) == {"en", "pl"}
    assert {t["status"] for t in found.values()} == {"published"}
    # The German source is among a translation's versions, published.
    polish = translated.get_translation(factories.locale("pl"))
    assert api_translations(client, polish)["de"]["status"] == "published"
    # A draft is not listed at all.
    assert "pl" not in api_translations(client, releases["draft"])


def test_api_reports_out_of_date_translations(client, releases):
    translated = releases["translated"]
    translated.lead = "Neuer Vorspann."
    factories.publish(translated)
    found = api_translations(client, translated)
    assert found["pl"]["status"] == found["en"]["status"] == "out_of_date"
    factories.translate(translated, "pl")  # re-synced and published
    found = api_translations(client, translated)
    assert found["pl"]["status"] == "published"
    assert found["en"]["status"] == "out_of_date"


def test_api_listing_statuses_cost_no_extra_queries(client, releases, site):
    _home, press = site
    url = "/api/v2/pages/?type=press.PressReleasePage&fields=*&locale=de"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(4):
        extra = factories.add_release(press, f"Mehr {number}")
        factories.translate(extra, "pl")
        if number % 2:
            extra.lead = "Geändert."
            factories.publish(extra)
    with CaptureQueriesContext(connection) as more:
        response = client.get(url)
    statuses = [
        t["status"] for item in response.json()["items"] for t in item["meta"]["translations"]
    ]
    assert "out_of_date" in statuses and "published" in statuses
    assert len(more) == len(few)
