"""A listing's search box takes any text: search syntax is reduced to words in the one
place every listing's filter form goes through (pages/core/filter_forms.py), so no listing
hands a stray quote to SQLite's full-text search (500)."""

import pytest
from django.utils import translation

from pages.core.filter_forms import FilterForm, search_words
from tests import factories
from tests.helpers import soup

# Each of these failed as a database error on SQLite (FTS5 syntax) before.
SYNTAX_ONLY = ['"', '""', "(", ")", "*", ":", "-", "^", '"(*:-)"']
WITH_WORDS = ['"Forum', 'Forum"', "Forum*", "(Forum)", "Forum:", "-Forum", "'Forum'"]


@pytest.fixture
def listings(home, press_index):
    """The listings with a search box, each with one item whose title has the word "Forum"."""
    factories.add_release(press_index, "Forum Grenzregion")
    exchange = factories.add_offer_index(home)
    factories.add_offer(exchange, "Forum für Zulieferer")
    return [press_index, exchange]


def test_every_listing_form_with_a_search_box_uses_the_rule():
    forms_with_search = [form for form in all_subclasses(FilterForm) if "q" in form.base_fields]
    assert len(forms_with_search) >= 2  # press room, exchange
    for form in forms_with_search:
        assert form.clean_q is FilterForm.clean_q, form


def all_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from all_subclasses(sub)


@pytest.mark.parametrize("text", SYNTAX_ONLY)
def test_search_syntax_alone_is_a_400_with_a_message(client, listings, text):
    for listing in listings:
        response = client.get(listing.url, {"q": text})

        assert response.status_code == 400, (listing.url, text)
        with translation.override("de"):
            message = str(FilterForm.NO_SEARCH_WORDS)
        assert message != "Search for at least one word or number."  # translated
        assert message in soup(response).find("main").get_text()


@pytest.mark.parametrize("text", WITH_WORDS)
def test_search_syntax_around_words_searches_the_words(client, listings, text):
    for listing in listings:
        response = client.get(listing.url, {"q": text})

        assert response.status_code == 200, (listing.url, text)
        assert "Forum" in soup(response).find("main").get_text()


def test_search_words_keeps_letters_and_digits_of_every_script():
    assert search_words('"Wrocław-Forum" 2030 (Ústí)') == "Wrocław Forum 2030 Ústí"
    assert search_words('"*:-()') == ""
