"""A web node for tests: gunicorn serving the site in a process of its own, on the test's
database and cache, as one of several nodes behind a proxy would.

Django's live server runs in a thread of the test process and shares its memory; what is per
process (a memory cache, module state) only shows with a second process.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.celery_worker import cache_location, database_url

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class WebNode:
    def __init__(self, log_path, settings_module="config.settings.test", **env):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.settings_module = settings_module
        self.extra_env = env
        self.process = None

    def environment(self):
        env = dict(os.environ)
        for name in ("PYTEST_XDIST_WORKER", "PYTEST_CURRENT_TEST"):
            env.pop(name, None)
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": self.settings_module,
                "DATABASE_URL": database_url(),
                "GLOKAL_TEST_CACHE_DIR": cache_location(),
                "PYTHONUNBUFFERED": "1",
            }
        )
        env.update({key: str(value) for key, value in self.extra_env.items()})
        return env

    def start(self, timeout=60.0):
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self._log = open(self.log_path, "wb")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [
                str(gunicorn),
                "config.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--timeout",
                "60",
            ],
            cwd=ROOT,
            env=self.environment(),
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"web node exited: {Path(self.log_path).read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"web node not listening after {timeout} s")

    def get(self, path, headers=None):
        """(status, body) of a GET, without following redirects."""

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        opener = urllib.request.build_opener(NoRedirect)
        try:
            request = urllib.request.Request(self.url + path, headers=headers or {})
            with opener.open(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, 15)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)
                self.process.wait()
        if getattr(self, "_log", None):
            self._log.close()
