"""Every task that beat schedules, and every task name the code sends, is one a worker knows."""

from django.conf import settings

from config.celery_app import app


def worker_tasks():
    # What a worker does at start: autodiscovery of each app's `tasks` plus CELERY_IMPORTS.
    app.loader.import_default_modules()
    return set(app.tasks)


def test_every_scheduled_task_is_registered_in_a_worker():
    known = worker_tasks()
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert scheduled, "beat schedules nothing"
    assert scheduled <= known, f"beat would send unknown tasks: {sorted(scheduled - known)}"


def test_task_names_survive_the_move_of_their_modules():
    # Messages queued by an earlier release name their task by its old module path.
    assert {
        "pages.tasks.send_offer_renewal_reminders",
        "pages.tasks.purge_unconfirmed_inquiries",
        "pages.celery_jobs.run_job",
    } <= worker_tasks()
