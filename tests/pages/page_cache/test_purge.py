"""When purges run: after the commit, once per transaction, never for a rolled-back change."""

import pytest
from django.db import transaction
from django.test import TestCase

from pages.core.page_cache import purge

pytestmark = pytest.mark.django_db


@pytest.fixture
def purged(monkeypatch, page_cache):
    calls = []
    monkeypatch.setattr(purge, "purge_now", lambda tags, reason: calls.append(set(tags)))
    return calls


def test_the_tags_of_one_transaction_are_purged_together_at_its_commit(purged):
    with TestCase.captureOnCommitCallbacks(execute=True):
        purge.purge_tags({"page:1"}, ("published", "A"))
        purge.purge_tags({"type:press.pressreleasepage"}, ("published", "A"))
        assert purged == []  # not before the commit
    assert purged == [{"page:1", "type:press.pressreleasepage"}]


def test_a_rolled_back_change_purges_nothing_then_or_later(purged):
    with TestCase.captureOnCommitCallbacks(execute=True), transaction.atomic():
        purge.purge_tags({"menu:1", "footer"}, ("moved", "B"))
        transaction.set_rollback(True)
    assert purged == []
    with TestCase.captureOnCommitCallbacks(execute=True):
        purge.purge_tags({"page:2"}, ("published", "C"))
    assert purged == [{"page:2"}]  # nothing of the rolled-back batch
