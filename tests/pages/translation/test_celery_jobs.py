"""wagtail-localize's background jobs on Celery: the backend, and a real worker process."""

import time

import pytest
from django.contrib.auth.models import User
from django.db import transaction
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.operations import translate_page_subtree
from wagtail_localize.views import submit_translations

from pages.translation import celery_jobs, workflow
from tests import celery_worker as worker_module
from tests import factories

OWN_REDIS_DB = "redis://127.0.0.1:6379/9"


# --- the backend, in-process -------------------------------------------------------------------


def test_model_instances_travel_as_references(db, django_user_model):
    user = django_user_model.objects.create_user("translator")
    locales = list(Locale.objects.filter(language_code__in=["pl", "cs"]).order_by("pk"))
    encoded = celery_jobs.encode([1, locales, user, {"page_index": None}])
    assert encoded[1][0] == {"__model__": "wagtailcore.locale", "pk": locales[0].pk}
    assert celery_jobs.decode(encoded) == [1, locales, user, {"page_index": None}]


def test_an_empty_component_manager_travels_as_none(db):
    manager = submit_translations.TranslationComponentManager([])
    assert celery_jobs.encode(manager) is None


def test_the_job_is_sent_only_after_commit(db, monkeypatch):
    sent = []
    monkeypatch.setattr(
        celery_jobs.run_job, "apply_async", lambda args, **options: sent.append((args, options))
    )
    backend = celery_jobs.CeleryJobBackend({"QUEUE": "translations"})
    locale = Locale.objects.get(language_code="cs")
    with TestCase.captureOnCommitCallbacks(execute=True), transaction.atomic():
        backend.enqueue(translate_page_subtree, [7, [locale], None, None], {})
        assert sent == []
    assert sent == [
        (
            (
                "wagtail_localize.operations.translate_page_subtree",
                [7, [{"__model__": "wagtailcore.locale", "pk": locale.pk}], None, None],
                {},
            ),
            {"queue": "translations"},
        )
    ]


def test_a_rolled_back_job_is_never_sent(db, monkeypatch):
    sent = []
    monkeypatch.setattr(celery_jobs.run_job, "apply_async", lambda *a, **k: sent.append(a))
    backend = celery_jobs.CeleryJobBackend({})
    with (
        TestCase.captureOnCommitCallbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        backend.enqueue(translate_page_subtree, [7, [], None, None], {})
        raise RuntimeError("rollback")
    assert sent == []


def test_what_cannot_travel_runs_in_process_after_commit(db):
    calls = []
    backend = celery_jobs.CeleryJobBackend({})

    def local_job(value):  # a nested function: no dotted path
        calls.append(value)

    with TestCase.captureOnCommitCallbacks(execute=True):
        backend.enqueue(local_job, [object()], {})
        assert calls == []
    assert len(calls) == 1


def test_the_worker_runs_only_wagtail_localize_and_project_functions():
    with pytest.raises(PermissionError):
        celery_jobs.run_job.run("os.system", ["true"], {})
    with pytest.raises(PermissionError):
        celery_jobs.run_job.run("subprocess.call", [["true"]], {})


# --- a real worker -------------------------------------------------------------------------------


class JobWorker(worker_module.Worker):
    """The newsletter tests' worker, importing the job task module as well.

    In production CELERY_IMPORTS (or WAGTAILLOCALIZE_JOBS, which imports the backend) does it.
    """

    def command(self):
        return [*super().command(), "--include", "pages.translation.celery_jobs"]


@pytest.fixture
def own_redis_db(monkeypatch):
    monkeypatch.setenv("GLOKAL_TEST_REDIS_URL", OWN_REDIS_DB)


@pytest.fixture
def job_worker(own_redis_db, shared_db, broker_queue, tmp_path):
    process = JobWorker(broker_queue, tmp_path / "celery", concurrency=1, name="jobs")
    try:
        yield process.start()
    finally:
        process.kill()


def wait_for(condition, worker, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if not worker.running:
            break
        time.sleep(0.25)
    pytest.fail(f"the worker did not do the job in time:\n{worker.log_tail()}")


def build_tree_with_subpages():
    home, press = factories.build_site()
    factories.translate(home)
    factories.translate(press)
    releases = [factories.add_release(press, title=f"Meldung {n}") for n in range(3)]
    return press, releases


def translations_of(page, code):
    return Page.objects.filter(
        translation_key=page.translation_key, locale__language_code=code
    ).first()


@pytest.mark.slow
def test_wagtail_localize_translate_subtree_runs_on_the_worker(
    job_worker, broker_queue, client, monkeypatch
):
    _, press = factories.build_site()
    home = press.get_parent()
    factories.translate(home, "pl")
    projects = factories.add_standard_page(home, "Projekte")
    children = [factories.add_standard_page(projects, f"Projekt {n}") for n in range(2)]
    monkeypatch.setattr(
        submit_translations,
        "background",
        celery_jobs.CeleryJobBackend({"QUEUE": broker_queue}),
    )
    admin = User.objects.create_superuser("admin", "admin@glokal.example", "pw")
    client.force_login(admin)

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[projects.pk]),
        {"locales": [Locale.objects.get(language_code="pl").pk], "include_subtree": "on"},
    )

    assert response.status_code == 302
    assert translations_of(projects, "pl") is not None, "the root is translated in the request"
    wait_for(lambda: all(translations_of(c, "pl") for c in children), job_worker)
    assert "pages.celery_jobs.run_job" in job_worker.log()
    assert "succeeded" in job_worker.log()


@pytest.mark.slow
def test_translate_everywhere_of_a_subtree_runs_on_the_worker(job_worker, broker_queue):
    press, releases = build_tree_with_subpages()
    backend = celery_jobs.CeleryJobBackend({"QUEUE": broker_queue})
    with transaction.atomic():
        backend.enqueue(workflow.translate_subtree_everywhere, [press.pk, None, True], {})

    def done():
        return all(translations_of(r, code) for r in releases for code in ("en", "pl", "cs"))

    wait_for(done, job_worker)
    czech = translations_of(releases[0], "cs")
    assert not czech.live, "left as a draft"
    assert czech.title == "0 Meldung", "pre-filled by the dummy machine translator"
