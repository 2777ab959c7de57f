"""Fixtures the exchange tests share: an offer index below the home page."""

import pytest

from tests import factories


@pytest.fixture
def index(home):
    return factories.add_offer_index(home)
