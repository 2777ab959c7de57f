import pytest
from django.test import TestCase


@pytest.fixture
def page_cache(settings):
    """The page cache on, as in production (the test settings turn it off)."""
    settings.GLOKAL_PAGE_CACHE_SECONDS = 3600


@pytest.fixture
def committed():
    """Run the on-commit hooks (the purge) of what the block does, as a real commit would."""
    return lambda: TestCase.captureOnCommitCallbacks(execute=True)
