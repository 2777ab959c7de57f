"""Fixtures of the security regression tests: a site translated into en/pl/cs with the
editorial roles, one user per role, and checks on rendered HTML and JSON."""

import pytest

from pages.translation import roles
from tests import factories
from tests.factories import make_user, translator_group


@pytest.fixture
def translated_site(home, press_index):
    factories.translate(home)
    factories.translate(press_index)
    roles.setup_roles()
    return home, press_index


@pytest.fixture
def editor(translated_site, django_user_model):
    return make_user(django_user_model, "editor", roles.EDITORS)


@pytest.fixture
def translator_cs(translated_site, django_user_model):
    return make_user(django_user_model, "translator-cs", translator_group("cs"))


@pytest.fixture
def translator_pl(translated_site, django_user_model):
    return make_user(django_user_model, "translator-pl", translator_group("pl"))
