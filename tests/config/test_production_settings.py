"""Production settings refuse to start when what several processes must share is missing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECRET = "x" * 64


def start_production(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"CACHE_URL", "DJANGO_SECRET_KEY", "DATABASE_URL"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "cache_url", ["", "locmem://", "file:///var/cache/glokal", "dummy://"], ids=repr
)
def test_production_refuses_a_cache_that_other_processes_cannot_share(cache_url):
    result = start_production(DJANGO_SECRET_KEY=SECRET, CACHE_URL=cache_url)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "CACHE_URL" in result.stderr


def test_production_starts_with_redis_as_the_shared_cache():
    result = start_production(DJANGO_SECRET_KEY=SECRET, CACHE_URL="redis://127.0.0.1:6379/0")
    assert result.returncode == 0, result.stderr
