"""Send one django-newsletter message to N subscribers through its real code path.

Run by bench/newsletter_bench.py with django-newsletter's own virtualenv:

    var/bench/django-newsletter-venv/bin/python bench/newsletter_baseline/run_baseline.py \
        --subscribers 5000 --articles 10      (BASELINE_DATABASE_URL, BASELINE_SMTP_PORT set)

It migrates the given (empty) database, creates one newsletter, one message of --articles
articles (German text of the length of a digest entry, each with a link), N subscribed
subscriptions (bulk-inserted: how they got there is not what is measured), and a submission of
the message to all of them, marked prepared and due as the admin's "submit" action does. Then,
timed, it runs the `submit_newsletter` management command, django-newsletter's own way of
sending: `Submission.submit_queue()` → `submit()` → per subscription a full render of the
subject, text and HTML templates and `EmailMultiAlternatives.send()` with a new SMTP connection.

The last line it prints is JSON: wall seconds and CPU seconds (user + system, this process,
`resource.getrusage(RUSAGE_SELF)` around the command only; on PostgreSQL also the CPU of the
backend process serving it, from /proc), peak RSS, messages attempted.
"""

import argparse
import datetime
import json
import os
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "baseline_settings")

TOPICS = [
    "Sensorik für Fertigungslinien",
    "Vertriebspartner für Bioprodukte",
    "Softwareentwicklung im Auftrag",
    "Recycling von Verbundwerkstoffen",
    "Kühllogistik über die Grenze",
    "Diagnostik mit Bildverarbeitung",
    "Zulieferer für Leichtbauteile",
    "Gästeführungen in drei Sprachen",
]


def prepare(subscribers, articles):
    """The newsletter, its message and the due submission to `subscribers` people."""
    from django.contrib.sites.models import Site
    from django.core.management import call_command
    from django.utils import timezone

    from newsletter.models import Article, Message, Newsletter, Submission, Subscription

    call_command("migrate", verbosity=0, interactive=False)
    Site.objects.update_or_create(pk=1, defaults={"domain": "glokal.example", "name": "Glokal"})
    newsletter = Newsletter.objects.create(
        title="Glokal Kooperationsbörse",
        slug="kooperationsboerse",
        email="newsletter@glokal.example",
        sender="Glokal",
    )
    message = Message.objects.create(
        title="Neue Kooperationsangebote dieser Woche", slug="woche", newsletter=newsletter
    )
    for number in range(articles):
        topic = TOPICS[number % len(TOPICS)]
        Article.objects.create(
            post=message,
            sortorder=(number + 1) * 10,
            title=f"{topic} ({number + 1})",
            text=(
                f"<p>Ein Unternehmen aus Sachsen sucht Partner: {topic}. Erfahrung in der "
                "grenzüberschreitenden Zusammenarbeit, Ansprechpartner in deutscher und "
                "polnischer Sprache, Referenzen auf Anfrage.</p>"
            ),
            url=f"https://glokal.example/de/kooperationsboerse/angebot-{number + 1}/",
        )
    now = timezone.now()
    batch = 5000
    for start in range(0, subscribers, batch):
        Subscription.objects.bulk_create(
            Subscription(
                newsletter=newsletter,
                email_field=f"leser{number}@empfaenger.example",
                name_field=f"Leser {number}",
                subscribed=True,
                subscribe_date=now,
            )
            for number in range(start, min(start + batch, subscribers))
        )
    submission = Submission.from_message(message)
    Submission.objects.filter(pk=submission.pk).update(
        prepared=True, publish_date=now - datetime.timedelta(minutes=1)
    )
    return submission.subscriptions.count()


def peak_rss_kb():
    """VmHWM, this process's peak RSS (ru_maxrss would include the parent's, across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, required=True)
    parser.add_argument("--articles", type=int, default=10)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    recipients = prepare(args.subscribers, args.articles)
    db_pid = database_backend_pid()
    db_before = process_cpu(db_pid)
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    call_command("submit_newsletter", verbosity=0)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    db_cpu = process_cpu(db_pid) - db_before
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(
        json.dumps(
            {
                "messages": recipients,
                "wall": wall,
                "cpu": cpu,
                "db_cpu": db_cpu,
                "maxrss_kb": peak_rss_kb(),
                "django_newsletter": _version("django-newsletter"),
                "django": django.get_version(),
            }
        ),
        flush=True,
    )


def database_backend_pid():
    """The PostgreSQL backend process serving this one (None on SQLite), to meter its CPU."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def process_cpu(pid):
    """User + system CPU seconds of a local process, from /proc (0 without one)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _version(distribution):
    from importlib.metadata import version

    return version(distribution)


if __name__ == "__main__":
    main()
