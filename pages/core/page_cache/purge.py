"""Drop the cached responses a change concerns, once the change is committed.

Purging before the commit would let a request that arrives in between render, and store, the
old content again. The tags of one transaction (a publish sends several signals) are purged
together, so the dashboard's "last purge" shows what one publish did.
"""

import logging
import threading

from django.db import transaction

from . import frontend, policy, stats, store

logger = logging.getLogger(__name__)
_pending = threading.local()


class _Batch:
    """The tags one transaction purges, flushed by its on-commit hook."""

    def __init__(self):
        self.tags = set()
        self.reasons = []

    def flush(self):
        if getattr(_pending, "batch", None) is self:
            _pending.batch = None
        purge_now(self.tags, self.reasons)


def _open_batch():
    """The batch of the current transaction. A batch whose hook is no longer waiting was
    rolled back (Django dropped its hook): its tags are not purged, a new batch starts."""
    batch = getattr(_pending, "batch", None)
    connection = transaction.get_connection()
    if (
        batch is not None
        and connection.in_atomic_block
        and any(hook == batch.flush for _sids, hook, _robust in connection.run_on_commit)
    ):
        return batch, False
    batch = _pending.batch = _Batch()
    return batch, True


def purge_tags(tags, reason) -> None:
    """Purge the entries that used any of `tags` when the current transaction commits (now,
    outside one). `reason`: (action, subject), e.g. ("published", "Messe Brünn"), which the
    dashboard shows in the editor's language (admin.py)."""
    if not tags or not policy.seconds():
        return
    batch, new = _open_batch()
    batch.tags.update(tags)
    reason = list(reason)
    if reason not in batch.reasons:
        batch.reasons.append(reason)
    if new:
        transaction.on_commit(batch.flush)  # outside a transaction: at once


def purge_now(tags, reason) -> list[str]:
    """Purge at once; the URLs of the entries purged."""
    purged, indexed = store.purge(set(tags))
    stats.count("purges")
    stats.count("purged_entries", len(purged))
    stats.record_purge(reason, purged)
    logger.info("page cache purge %s: %d entries", reason, len(purged))
    if indexed:
        frontend.purge_frontend(indexed)
    return purged


def clear_everything() -> int:
    """Drop every entry here and in the proxy in front (the administrators' action); the
    number of entries that were stored."""
    purged, _indexed = store.clear_all()
    # Everything, not the indexed URLs: the proxy may hold copies this cache has forgotten.
    frontend.clear_frontend()
    return len(purged)
