"""Settings for the translation workflow's tests; the translated site and one user per role
are in tests/conftest.py."""

import pytest


@pytest.fixture(autouse=True)
def _english_msgids(settings):
    """Behaviour tests compare English msgids; tests/test_catalogues.py checks translations."""
    settings.LOCALE_PATHS = []


@pytest.fixture(autouse=True)
def _dummy_machine_translator(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
