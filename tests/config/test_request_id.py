"""The request id: taken from the proxy's X-Request-ID when it is a plain token (or made),
answered, put on every log record, and carried into Celery tasks, in-process and through Redis
to a real worker (config/request_id.py, config/celery_app.py, LOGGING in base.py)."""

import json
import logging
import os
import re
import subprocess
import sys
import time
import uuid

import pytest
from celery.result import EagerResult
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.urls import path

from config.request_id import RequestIdFilter, current_request_id
from tests.config.request_id_tasks import report_request_id
from tests.helpers import log_records

GENERATED = re.compile(r"[0-9a-f]{32}")
logger = logging.getLogger(__name__)


def logging_view(request):
    logger.warning("inside the view")
    return HttpResponse("ok")


def task_view(request):
    """Starts the test task, with a child task, as a view starting a digest run would."""
    key = request.GET["key"]
    result = report_request_id.delay(key, child_cache_key=f"{key}:child")
    logger.warning("after the task")
    # In-process (eager) the task's answer is at hand; through a broker (no result backend)
    # it is not.
    seen = result.get() if isinstance(result, EagerResult) else None
    return JsonResponse({"seen": seen})


urlpatterns = [
    path("_test/log/", logging_view),
    path("_test/task/", task_view),
]


@pytest.fixture
def records(settings):
    """Records of WARNING and above of requests to this module's views, with the site's log
    filter applied as LOGGING applies it to the console."""
    settings.ROOT_URLCONF = __name__
    with log_records(logging.WARNING) as collected:
        yield collected


def request_ids(records, message):
    return [record.request_id for record in records if record.getMessage() == message]


def test_the_proxys_request_id_is_answered_and_on_the_log_records_of_the_request(client, records):
    response = client.get("/_test/log/", headers={"X-Request-ID": "proxy-7f3a.1_b"})

    assert response["X-Request-ID"] == "proxy-7f3a.1_b"
    assert request_ids(records, "inside the view") == ["proxy-7f3a.1_b"]
    assert current_request_id() is None  # nothing of the request outlives it


def test_a_request_without_an_id_gets_one_of_its_own(client, records):
    first = client.get("/_test/log/")["X-Request-ID"]
    second = client.get("/_test/log/")["X-Request-ID"]

    assert GENERATED.fullmatch(first) and GENERATED.fullmatch(second)
    assert first != second
    assert request_ids(records, "inside the view") == [first, second]


@pytest.mark.parametrize(
    "header",
    [
        "abc\nFAKE ERROR line",
        "x" * 500,
        "x" * 65,
        '"quoted"',
        "it's",
        "a b",
        "ünïcode",
        "{}",
        "",
    ],
    ids=[
        "newline",
        "500 chars",
        "65 chars",
        "quotes",
        "apostrophe",
        "space",
        "unicode",
        "braces",
        "empty",
    ],
)
def test_a_header_that_is_not_a_plain_token_is_replaced(client, records, header):
    response = client.get("/_test/log/", headers={"X-Request-ID": header})

    generated = response["X-Request-ID"]
    assert GENERATED.fullmatch(generated)
    assert request_ids(records, "inside the view") == [generated]


def test_a_64_character_token_is_kept(client, records):
    token = "A-z.0_9" * 9 + "x"
    assert len(token) == 64
    assert client.get("/_test/log/", headers={"X-Request-ID": token})["X-Request-ID"] == token


def test_records_outside_a_request_say_so():
    record = logging.LogRecord("glokal", logging.INFO, __file__, 1, "no request", None, None)
    RequestIdFilter().filter(record)
    assert record.request_id == "-"


def test_json_logs_are_one_object_per_line_with_the_request_id(tmp_path):
    """The site's LOGGING with GLOKAL_LOG_FORMAT=json, in a process of its own (logging is
    configured once per process): every line on stderr is one JSON object."""
    script = """
import logging
import django
django.setup()
from django.http import HttpResponse
from django.test import Client, RequestFactory
from config.request_id import RequestIdMiddleware

Client().get("/_health/live/", headers={"X-Request-ID": "json-live-1"})

def failing_view(request):
    try:
        {}["missing"]
    except KeyError:
        logging.getLogger("glokal.test").exception('failed with "quotes"\\nand a newline')
    return HttpResponse()

RequestIdMiddleware(failing_view)(
    RequestFactory().get("/", headers={"X-Request-ID": "json-error-2"})
)
logging.getLogger("glokal.test").warning("outside")
"""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "GLOKAL_VAR_DIR": str(tmp_path),
        "GLOKAL_LOG_FORMAT": "json",
        "LOG_LEVEL": "DEBUG",  # adds the middleware's line per request
    }
    for name in ("DATABASE_URL", "CACHE_URL", "CELERY_BROKER_URL"):
        env.pop(name, None)
    completed = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    lines = [line for line in completed.stderr.splitlines() if line.strip()]
    assert lines
    entries = [json.loads(line) for line in lines]  # fails on any line that is not JSON
    assert all(isinstance(entry, dict) for entry in entries)
    assert all(
        {"timestamp", "level", "logger", "message", "request_id"} <= set(entry) for entry in entries
    )

    access = {e["request_id"]: e for e in entries if e["logger"] == "config.request_id"}
    assert access["json-live-1"]["level"] == "DEBUG"
    assert access["json-live-1"]["message"] == "GET '/_health/live/' -> 200"

    [error] = [e for e in entries if e["logger"] == "glokal.test" and e["level"] == "ERROR"]
    assert error["request_id"] == "json-error-2"
    assert error["message"] == 'failed with "quotes"\nand a newline'
    assert "KeyError: 'missing'" in error["exc_info"]

    [outside] = [e for e in entries if e["message"] == "outside"]
    assert outside["request_id"] == "-"


# --- Celery --------------------------------------------------------------------------------


def test_an_in_process_task_runs_under_the_id_of_the_request_that_started_it(client, records):
    key = f"request-id-eager-{uuid.uuid4().hex}"
    response = client.get(f"/_test/task/?key={key}", headers={"X-Request-ID": "eager-1"})

    assert response.json() == {"seen": "eager-1"}
    assert cache.get(key) == "eager-1"
    assert cache.get(f"{key}:child") == "eager-1"
    assert request_ids(records, f"reporting request id for {key}") == ["eager-1"]
    # The view goes on under its own id once the task is done.
    assert request_ids(records, "after the task") == ["eager-1"]


def test_a_task_started_outside_a_request_runs_under_an_id_of_its_own():
    key = f"request-id-eager-{uuid.uuid4().hex}"
    seen = report_request_id.delay(key, child_cache_key=f"{key}:child").get()

    assert GENERATED.fullmatch(seen)
    assert cache.get(f"{key}:child") == seen  # what the task starts inherits it
    assert current_request_id() is None


def wait_for_cache(key, worker, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = cache.get(key)
        if value is not None:
            return value
        time.sleep(0.1)
    raise AssertionError(f"the worker left nothing under {key}\n{worker.log_tail()}")


def test_the_request_id_travels_through_redis_to_a_real_worker_and_into_its_log(
    start_worker, client, settings
):
    settings.ROOT_URLCONF = __name__
    worker = start_worker(GLOKAL_LOG_FORMAT="text")
    key = f"request-id-worker-{uuid.uuid4().hex}"

    response = client.get(f"/_test/task/?key={key}", headers={"X-Request-ID": "via-redis-42"})
    assert response.json() == {"seen": None}  # it went to the broker, not run in-process

    assert wait_for_cache(key, worker) == "via-redis-42"
    # The task started another one from inside the worker: the id went along.
    assert wait_for_cache(f"{key}:child", worker) == "via-redis-42"
    log = worker.log()
    assert f"[via-redis-42] reporting request id for {key}" in log
    assert f"[via-redis-42] reporting request id for {key}:child" in log
    # Celery's own line about the task, through the site's LOGGING, has it too.
    assert re.search(
        r"\[via-redis-42\] Task tests\.config\.request_id_tasks\.report_request_id\[[0-9a-f-]+\]"
        r" succeeded",
        log,
    ), worker.log_tail()

    # A message without an id (beat, a shell) gets one; a forged one is not taken.
    plain = f"request-id-worker-{uuid.uuid4().hex}"
    report_request_id.delay(plain)
    forged = f"request-id-worker-{uuid.uuid4().hex}"
    report_request_id.apply_async(
        [forged], headers={"glokal_request_id": "forged\n2024-01-01 ERROR fake line"}
    )
    plain_id = wait_for_cache(plain, worker)
    forged_id = wait_for_cache(forged, worker)
    assert GENERATED.fullmatch(plain_id) and GENERATED.fullmatch(forged_id)
    assert plain_id != forged_id
    assert f"[{forged_id}] reporting request id for {forged}" in worker.log()
    assert "fake line" not in worker.log()
