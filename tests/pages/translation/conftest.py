"""Fixtures for the translation workflow: a site translated into en/pl/cs (home and press
room), the role groups, and one user per role."""

import pytest

from pages.translation import roles
from tests import factories
from tests.factories import make_user, translator_group


@pytest.fixture(autouse=True)
def _english_msgids(settings):
    """Behaviour tests compare English msgids; tests/test_catalogues.py checks translations."""
    settings.LOCALE_PATHS = []


@pytest.fixture(autouse=True)
def _dummy_machine_translator(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }


@pytest.fixture
def translated_site(home, press_index):
    """Home and press room translated into en/pl/cs and published; roles set up on them."""
    factories.translate(home)
    factories.translate(press_index)
    roles.setup_roles()
    return home, press_index


@pytest.fixture
def editor(translated_site, django_user_model):
    return make_user(django_user_model, "editor", roles.EDITORS)


@pytest.fixture
def reviewer(translated_site, django_user_model):
    return make_user(django_user_model, "reviewer", roles.REVIEWERS)


@pytest.fixture
def translator_cs(translated_site, django_user_model):
    return make_user(django_user_model, "translator-cs", translator_group("cs"))


@pytest.fixture
def translator_pl(translated_site, django_user_model):
    return make_user(django_user_model, "translator-pl", translator_group("pl"))
