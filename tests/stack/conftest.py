"""The stack test runs only when asked (`make stack-test`, GLOKAL_STACK_TEST=1): it starts
the whole production stack, binds ports 80 and 443 on loopback and restarts the machine's
PostgreSQL, so it runs on its own, after the suites (.ci/run)."""

import os
import tempfile
from pathlib import Path

import pytest

if os.environ.get("GLOKAL_STACK_TEST") != "1":
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture(scope="session")
def stack():
    # 443 as in production (Wagtail writes https:// page URLs for no other port); the plain
    # HTTP redirect on a port of its own, clear of a system nginx's default site on 80.
    os.environ.setdefault("GLOKAL_STACK_HTTP_PORT", "19080")
    from config.stack import control
    from config.stack.layout import Layout

    # A state folder of its own and ports apart from a developer's `make stack` (18000+).
    state = Path(
        os.environ.get("GLOKAL_STACK_TEST_DIR") or tempfile.mkdtemp(prefix="glokal-stack-")
    )
    layout = Layout(
        state=state,
        port_base=int(os.environ.get("GLOKAL_STACK_TEST_PORT_BASE", "19000")),
        broker="redis",
        database="glokal_stack_test",
        extra={
            # Small batches spread over both nodes; short leases and a frequent recovery, so a
            # killed node's batches go out again within seconds, not minutes.
            "GLOKAL_NEWSLETTER_BATCH_SIZE": "100",
            "GLOKAL_NEWSLETTER_LEASE_SECONDS": "15",
            "GLOKAL_NEWSLETTER_RECOVER_SECONDS": "3",
            "CELERY_REDBEAT_LOCK_TIMEOUT": "10",
        },
    )
    # GLOKAL_STACK_TEST_REUSE=1 (while writing a test): keep the stack of the last run.
    reuse = os.environ.get("GLOKAL_STACK_TEST_REUSE") == "1"
    if not reuse:
        control.drop_database(layout.database)  # every run starts from an empty database
    control.up(layout)
    yield layout
    if not reuse:  # the last test checks that `down` leaves nothing; this is for failures
        control.down(layout)
