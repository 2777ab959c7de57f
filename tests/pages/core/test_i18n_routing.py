"""Languages in URLs, the language switcher and hreflang alternates."""

import pytest
from bs4 import BeautifulSoup

from tests import factories


@pytest.mark.parametrize(
    "accept, target",
    [
        ("pl-PL,pl;q=0.9,en;q=0.5", "/pl/"),
        ("cs", "/cs/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("fr-FR", "/de/"),
        ("", "/de/"),
    ],
)
def test_root_redirects_by_accept_language(client, home, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.parametrize("code", ["de", "en", "pl", "cs"])
def test_every_home_page_has_the_right_html_lang(client, home, code):
    if code != "de":
        factories.translate(home, code)
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == code


def test_unknown_language_prefix_ends_in_404(client, home):
    response = client.get("/xx/", follow=True)
    assert response.redirect_chain == [("/de/xx/", 302)]
    assert response.status_code == 404


def test_404_page_is_in_the_requested_language(client, home):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "de"


def switcher(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        (a.get("hreflang") or a.get("lang")): a.get("href")
        for a in soup.select(".language-switcher li > *")
    }


def alternates(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate][hreflang]")}


def test_switcher_leads_to_translation_or_locale_home(client, home, press_index):
    release = factories.add_release(press_index, "Forum")
    for page in (home, press_index, release):
        factories.translate(page, "en", "pl")
    factories.translate(home, "cs")
    links = switcher(client.get(release.url))
    assert links["en"] == release.get_translation(factories.locale("en")).url
    assert links["pl"] == release.get_translation(factories.locale("pl")).url
    assert links["cs"] == "/cs/"  # no Czech release: the Czech home page
    assert links["de"] is None  # the current language is not a link


def test_hreflang_lists_exactly_the_published_translations(client, home, press_index):
    release = factories.add_release(press_index, "Forum")
    for page in (home, press_index, release):
        factories.translate(page, "en", "pl")
    release.get_translation(factories.locale("pl")).unpublish()
    found = alternates(client.get(release.url))
    assert set(found) == {"de", "en"}
    assert found["en"] == "http://testserver" + release.get_translation(factories.locale("en")).url
    assert found["de"] == "http://testserver/de/presse/forum/"


def test_footer_links_to_legal_pages_in_each_language(client, home):
    imprint = factories.add_standard_page(home, "Impressum", footer_link="imprint")
    factories.add_standard_page(home, "Barrierefreiheit", footer_link="accessibility")
    factories.add_standard_page(home, "Datenschutz", footer_link="privacy")
    factories.translate(home, "pl")
    factories.translate(imprint, "pl")
    soup = BeautifulSoup(client.get("/de/").content, "html.parser")
    assert [a.get_text() for a in soup.select(".site-footer__links a")] == [
        "Impressum",
        "Datenschutz",
        "Barrierefreiheit",
    ]
    polish = BeautifulSoup(client.get("/pl/").content, "html.parser")
    assert [a.get_text() for a in polish.select(".site-footer__links a")] == ["[pl] Impressum"]


def test_menu_follows_publishing(client, home, press_index):
    soup = BeautifulSoup(client.get("/de/").content, "html.parser")
    assert [a.get_text() for a in soup.select(".main-nav a")] == ["Presse"]
    press_index.unpublish()
    soup = BeautifulSoup(client.get("/de/").content, "html.parser")
    assert soup.select(".main-nav a") == []
