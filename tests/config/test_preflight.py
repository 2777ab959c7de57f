"""A web node with a bad configuration stops at start with one line per problem, before it
takes a request (config/gunicorn.py, config/preflight.py), instead of answering its first
requests with stack traces."""

import sys
import tempfile
from pathlib import Path

import pytest

from tests.config.test_production_settings import COMPLETE, run_production
from tests.web_node import free_port

GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
NOBODY_LISTENS = "127.0.0.1:9"  # the discard port: nothing answers there


def start_node(**env):
    """A gunicorn web node under the production settings; the nodes here use SQLite in a
    folder of their own unless a test says otherwise."""
    return run_production(
        [GUNICORN, "--config", "config/gunicorn.py", "--bind", f"127.0.0.1:{free_port()}"],
        **{
            **COMPLETE,
            "GLOKAL_VAR_DIR": tempfile.mkdtemp(prefix="glokal-preflight-"),
            "GLOKAL_NODE": "web-preflight",
            "WEB_CONCURRENCY": "1",
            **env,
        },
    )


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("DATABASE_URL", f"postgres://glokal@{NOBODY_LISTENS}/glokal", "database"),
        ("CACHE_URL", f"redis://{NOBODY_LISTENS}/0", "cache"),
        ("CELERY_BROKER_URL", f"redis://{NOBODY_LISTENS}/1", "broker"),
    ],
)
def test_a_node_with_an_unreachable_dependency_does_not_start(variable, value, named):
    result = start_node(**{variable: value})
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "web-preflight cannot start:" in output
    problems = [line for line in output.splitlines() if line.strip().startswith("- ")]
    assert len(problems) == 1, output
    assert problems[0].strip().startswith(f"- {named}:"), output
    assert "Traceback" not in output
    assert "Booting worker" not in output  # it stopped before forking any worker


def test_a_node_whose_bucket_does_not_exist_does_not_start(s3_server):
    environment = s3_server.django_environment("no-such-bucket")
    result = start_node(GLOKAL_MEDIA_ROOT_IS_SHARED="", **environment)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    problems = [line for line in output.splitlines() if line.strip().startswith("- ")]
    assert len(problems) == 1, output
    assert "glokal.E001" in problems[0] and "no-such-bucket" in problems[0], output
    assert "Traceback" not in output


def test_a_node_with_a_good_configuration_passes_the_checks(s3_server):
    bucket = s3_server.create_bucket("preflight-ok")
    environment = s3_server.django_environment(bucket)
    check = run_production(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); "
            "from config.preflight import report; print(repr(report('node')))",
        ],
        **COMPLETE,
        **environment,
        GLOKAL_VAR_DIR=tempfile.mkdtemp(prefix="glokal-preflight-"),
    )
    assert check.stdout.strip().splitlines()[-1] == "''", check.stdout + check.stderr


def test_a_celery_worker_with_an_unreachable_database_does_not_start(tmp_path):
    result = run_production(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--hostname", "w@preflight"],
        **{
            **COMPLETE,
            "GLOKAL_VAR_DIR": str(tmp_path),
            "DATABASE_URL": f"postgres://glokal@{NOBODY_LISTENS}/glokal",
        },
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Celery worker w@preflight cannot start:" in output
    problems = [line for line in output.splitlines() if line.strip().startswith("- ")]
    assert len(problems) == 1 and problems[0].strip().startswith("- database:"), output
    assert "Traceback" not in output
