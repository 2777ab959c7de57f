"""Production settings refuse to start when what several processes must share is missing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECRET = "x" * 64
# Everything production requires; each test takes one away.
COMPLETE = {
    "DJANGO_SECRET_KEY": SECRET,
    "CACHE_URL": "redis://127.0.0.1:6379/0",
    "DJANGO_ALLOWED_HOSTS": "www.glokal.example",
    "GLOKAL_PUBLIC_BASE_URL": "https://www.glokal.example",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/1",
    "GLOKAL_MEDIA_ROOT_IS_SHARED": "true",
}
REQUIRED = [name for name in COMPLETE if name != "DJANGO_SECRET_KEY"]
# Instead of a shared folder: a bucket (the settings only read its name; boto3 the keys).
MEDIA_IN_A_BUCKET = {
    "GLOKAL_MEDIA_S3_BUCKET": "glokal-media",
    "GLOKAL_MEDIA_S3_ENDPOINT_URL": "http://127.0.0.1:8333",
}


def run_production(command, **env):
    """`command` under the production settings with exactly `env` of what production reads
    (nothing of it inherited from the test run, the suite's DATABASE_URL included)."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "GLOKAL_TASKS_IN_PROCESS", *COMPLETE, *MEDIA_IN_A_BUCKET}
        and not key.startswith("PYTEST_")
    }
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )


def start_production(**env):
    return run_production([sys.executable, "-c", "import django; django.setup()"], **env)


@pytest.mark.parametrize(
    "cache_url", ["", "locmem://", "file:///var/cache/glokal", "dummy://"], ids=repr
)
def test_production_refuses_a_cache_that_other_processes_cannot_share(cache_url):
    result = start_production(**{**COMPLETE, "CACHE_URL": cache_url})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "CACHE_URL" in result.stderr


def test_production_starts_with_everything_it_requires():
    result = start_production(**COMPLETE)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("missing", REQUIRED)
def test_production_refuses_to_start_without_a_required_variable_and_names_it(missing):
    result = start_production(**{**COMPLETE, missing: ""})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr.splitlines()[-1]


@pytest.mark.parametrize("base_url", ["www.glokal.example", "ftp://glokal.example", "https://"])
def test_production_refuses_a_public_base_url_that_is_not_an_address(base_url):
    result = start_production(**{**COMPLETE, "GLOKAL_PUBLIC_BASE_URL": base_url})
    assert result.returncode != 0
    assert "GLOKAL_PUBLIC_BASE_URL" in result.stderr


def test_tasks_run_in_process_only_when_the_operator_says_so():
    result = start_production(
        **{**COMPLETE, "CELERY_BROKER_URL": "", "GLOKAL_TASKS_IN_PROCESS": "true"}
    )
    assert result.returncode == 0, result.stderr


def test_media_in_a_bucket_needs_no_shared_folder():
    result = start_production(
        **{**COMPLETE, "GLOKAL_MEDIA_ROOT_IS_SHARED": "", **MEDIA_IN_A_BUCKET}
    )
    assert result.returncode == 0, result.stderr


def test_without_shared_media_the_refusal_names_both_ways_to_provide_it():
    result = start_production(**{**COMPLETE, "GLOKAL_MEDIA_ROOT_IS_SHARED": "false"})
    assert result.returncode != 0
    refusal = result.stderr.splitlines()[-1]
    assert "GLOKAL_MEDIA_S3_BUCKET" in refusal
    assert "GLOKAL_MEDIA_ROOT_IS_SHARED" in refusal
