import pytest
from django.core.cache import cache

from tests import factories


@pytest.fixture(autouse=True)
def _clear_cache():
    # Menus and filter choices are cached by structure version; each test starts cold.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_tree(db):
    home, press = factories.build_site()
    return home, press


@pytest.fixture
def home(site_tree):
    return site_tree[0]


@pytest.fixture
def press_index(site_tree):
    return site_tree[1]
