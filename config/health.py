"""Health endpoints for the proxy and an orchestrator.

Liveness answers from the process alone: a node whose database is down is still alive, and
restarting it would not help. Readiness checks what a request needs (database, cache, broker)
and answers 503 naming what failed, so the proxy sends visitors to another node meanwhile.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from kombu import Connection

BROKER_TIMEOUT_SECONDS = 2


def check_database(connection):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache(cache_backend):
    key = f"glokal:health:{uuid.uuid4().hex}"
    cache_backend.set(key, "1", timeout=10)
    if cache_backend.get(key) != "1":
        raise RuntimeError("value written was not read back")
    cache_backend.delete(key)


def check_broker(broker_url):
    with Connection(broker_url, connect_timeout=BROKER_TIMEOUT_SECONDS) as broker:
        broker.ensure_connection(max_retries=1, timeout=BROKER_TIMEOUT_SECONDS)


def dependency_checks():
    checks = {
        "database": lambda: check_database(connections["default"]),
        "cache": lambda: check_cache(cache),
    }
    # In-process tasks (the embedded default) have no broker to reach.
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        checks["broker"] = lambda: check_broker(settings.CELERY_BROKER_URL)
    return checks


def run_checks(checks):
    results = {}
    for name, check in checks.items():
        try:
            check()
        except Exception as error:  # any failure means "not ready"; the class says which kind
            results[name] = f"error: {type(error).__name__}"
        else:
            results[name] = "ok"
    return results


@never_cache
@require_safe
def live(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def ready(request):
    results = run_checks(dependency_checks())
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": results},
        status=200 if healthy else 503,
    )
