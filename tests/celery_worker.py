"""A real Celery worker process for the end-to-end and fault tests, and the Redis plumbing
around it.

The worker is `python -m celery -A config worker` with tests.celery_worker_settings, in a
process group of its own (so SIGKILL reaches the pool's child processes too), consuming
only a queue that belongs to one test process: parallel test processes, and other people's
test runs on the same machine, share the Redis database without taking each other's tasks.
"""

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import kombu.pools
from django.conf import settings
from django.db import connection

from config.celery_app import app as celery_app

BASE_DIR = Path(__file__).resolve().parent.parent
READY_MARK = " ready."
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/7"


def redis_url():
    """The Redis database the tests may use: only keys of their own queues are ever deleted."""
    return os.environ.get("GLOKAL_TEST_REDIS_URL", DEFAULT_REDIS_URL)


def queue_name():
    """A queue per test process and run (xdist worker id, pid, random part)."""
    xdist = os.environ.get("PYTEST_XDIST_WORKER", "main")
    return f"glokal-e2e-{xdist}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


def cache_location():
    """The folder of this process's file cache, for the processes it starts to share."""
    return str(settings.CACHES["default"].get("LOCATION", ""))


def database_url():
    """DATABASE_URL of the test database this process uses, for the worker to open.

    On PostgreSQL that is test_<name> (with pytest-xdist's _gwN suffix); on SQLite it must be
    a file, since an in-memory database cannot be shared with another process.
    """
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        name = str(db["NAME"])
        if name == ":memory:" or "mode=memory" in name:
            raise RuntimeError(
                "The worker cannot open an in-memory SQLite test database; set "
                'DATABASES["default"]["TEST"]["NAME"] to a file (config/settings/test.py).'
            )
        return "sqlite:///" + str(Path(name).resolve())
    if db["ENGINE"] == "django.db.backends.postgresql":
        credentials = quote(db["USER"] or "", safe="")
        if db["PASSWORD"]:
            credentials += ":" + quote(db["PASSWORD"], safe="")
        host = db["HOST"] or "127.0.0.1"
        port = f":{db['PORT']}" if db["PORT"] else ""
        at = "@" if credentials else ""
        return f"postgres://{credentials}{at}{host}{port}/{quote(db['NAME'], safe='')}"
    raise RuntimeError(f"No worker database URL for {db['ENGINE']}")


class Worker:
    """One Celery worker process. `start()` returns when it consumes; `kill()` is SIGKILL to
    the whole process group (main process and pool children); `stop()` is a warm shutdown
    that falls back to SIGKILL."""

    def __init__(self, queue, directory, env=None, concurrency=2, beat=False, name="worker"):
        self.queue = queue
        self.directory = Path(directory)
        self.extra_env = dict(env or {})
        self.concurrency = concurrency
        self.beat = beat
        self.name = name
        self.log_path = self.directory / f"{name}.log"
        self.process = None

    def command(self):
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--loglevel",
            "INFO",
            "--queues",
            self.queue,
            "--concurrency",
            str(self.concurrency),
            "--pool",
            "prefork",
            "--hostname",
            f"{self.name}-{self.queue}@%h",
            # Nothing to learn from or tell other workers; starts faster, too.
            "--without-mingle",
            "--without-gossip",
            "--without-heartbeat",
        ]
        if self.beat:
            command += ["--beat", "--schedule", str(self.directory / f"{self.name}-beat")]
        return command

    def environment(self):
        env = dict(os.environ)
        # What the test process runs under must not leak into the worker's settings.
        for name in ("PYTEST_XDIST_WORKER", "PYTEST_CURRENT_TEST", "DJANGO_CONFIGURATION"):
            env.pop(name, None)
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": "tests.celery_worker_settings",
                "CELERY_BROKER_URL": redis_url(),
                "GLOKAL_CELERY_QUEUE": self.queue,
                "DATABASE_URL": database_url(),
                # The same cache as this process: what one side invalidates, both stop reading.
                "GLOKAL_TEST_CACHE_DIR": cache_location(),
                "PYTHONUNBUFFERED": "1",
                # The worker kills itself if this process dies without cleaning up.
                "GLOKAL_E2E_PARENT_PID": str(os.getpid()),
            }
        )
        env.update({key: str(value) for key, value in self.extra_env.items()})
        return env

    def start(self, wait=True, timeout=60.0):
        """Launch the process; with wait=False, call `wait_ready()` before using it (the
        test can build its data meanwhile: Django and Celery take seconds to boot)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                self.command(),
                cwd=BASE_DIR,
                env=self.environment(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: killpg reaches the pool
            )
        if wait:
            self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout=60.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if READY_MARK in self.log():
                return
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"Celery worker exited with {self.process.returncode}:\n{self.log_tail()}"
                )
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"Celery worker not ready after {timeout} s:\n{self.log_tail()}")

    @property
    def pid(self):
        return self.process.pid if self.process else None

    @property
    def running(self):
        return self.process is not None and self.process.poll() is None

    def kill(self):
        """SIGKILL to the process group: no warm shutdown, no acknowledgements, no cleanup."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)

    def stop(self, timeout=10.0):
        """Warm shutdown (SIGTERM: finish running tasks), then SIGKILL whatever is left."""
        if self.process is None:
            return
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=timeout)
        # Pool children that outlived their parent, or a parent that did not stop in time.
        self.kill()

    def log(self):
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, lines=60):
        return "\n".join(self.log().splitlines()[-lines:])


@contextlib.contextmanager
def tasks_to_broker(queue, broker_url=None):
    """Send this process's Celery tasks to Redis (or `broker_url`), into `queue`, instead of
    running them in-process (the test settings' eager mode); restores the app afterwards.

    The app caches its broker connection pool and queue declarations, so those are dropped on
    the way in and out; pytest-django's `settings` fixture would not reach them.
    """
    conf = celery_app.conf
    names = ("broker_url", "task_always_eager", "task_default_queue")
    saved = {name: conf[name] for name in names}

    def reset():
        # kombu keeps connection and producer pools in global registries keyed by broker;
        # a closed pool left there would be handed out again.
        kombu.pools.reset()
        celery_app._pool = None
        celery_app.__dict__.pop("amqp", None)

    reset()
    conf.update(
        broker_url=broker_url or redis_url(), task_always_eager=False, task_default_queue=queue
    )
    try:
        yield
    finally:
        reset()
        conf.update(saved)


def delete_queue(queue):
    """Remove everything of `queue` from Redis: its list (and priority sub-lists), its exchange
    bindings, and messages a killed worker held unacknowledged (kombu would put those back into
    the queue after the visibility timeout, an hour later)."""
    import redis

    client = redis.Redis.from_url(redis_url())
    try:
        keys = [
            *client.scan_iter(match=f"{queue}*"),
            f"_kombu.binding.{queue}",
            f"_kombu.binding_permanent.{queue}",
        ]
        client.delete(*keys)
        for tag, raw in client.hscan_iter("unacked"):
            try:
                _payload, exchange, routing_key = json.loads(raw)
            except (ValueError, TypeError):
                continue
            if queue in (exchange, routing_key):
                client.hdel("unacked", tag)
                client.zrem("unacked_index", tag)
    finally:
        client.close()
