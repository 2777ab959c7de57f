"""Liveness and readiness answer the proxy and the orchestrator, naming what failed."""

import pytest
from django.core.cache.backends.redis import RedisCache
from django.db.utils import ConnectionHandler

from config import health

pytestmark = pytest.mark.django_db


def test_liveness_answers_without_dependencies(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/_health/live/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readiness_checks_database_and_cache(client):
    response = client.get("/_health/ready/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}


def test_readiness_checks_the_broker_when_tasks_go_to_workers(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:6379/7"
    assert client.get("/_health/ready/").json()["checks"]["broker"] == "ok"

    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    response = client.get("/_health/ready/")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["checks"]["broker"].startswith("error:")
    assert response.json()["checks"]["database"] == "ok"


def test_readiness_names_an_unreachable_cache(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    response = client.get("/_health/ready/")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"].startswith("error:")


def test_the_checks_fail_on_a_database_and_a_cache_that_cannot_be_reached(tmp_path):
    unreachable = ConnectionHandler(
        {
            "default": {
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": str(tmp_path / "missing-folder" / "glokal.sqlite3"),
            }
        }
    )
    results = health.run_checks(
        {
            "database": lambda: health.check_database(unreachable["default"]),
            "cache": lambda: health.check_cache(RedisCache("redis://127.0.0.1:1/0", {})),
        }
    )
    assert results == {
        "database": "error: OperationalError",
        "cache": "error: ConnectionError",
    }


@pytest.mark.parametrize("path", ["/_health/live/", "/_health/ready/"])
def test_health_endpoints_refuse_writes(client, path):
    assert client.post(path).status_code == 405
