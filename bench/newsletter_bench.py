"""Newsletter benchmark: compose and hand over the weekly digest for N subscribers and 1,000
new offers, to the SMTP sink and to anymail's test backend, side by side in one run with
django-newsletter sending the same number of messages to the same sink, and with raw smtplib
sending pre-encoded messages over one connection as the physical limit.

    .venv/bin/python bench/newsletter_bench.py [--subscribers 100000] [--offers 1000]
        [--small 10000] [--baseline-subscribers N] [--db postgres|sqlite] [--figures FILE]
    .venv/bin/python bench/newsletter_bench.py --quick      # smoke run: 2,000 subscribers

Targets (issue 5, docs/benchmarks.md): over SMTP ≥ 85 % of the limit at the same sink; CPU per
1,000 digests ≤ 1/10 of django-newsletter's; to the ESP backend, N subscribers composed and
handed over ≥ 15× sooner than django-newsletter would hand them to SMTP; the sender's peak
memory flat as subscribers grow (--small vs --subscribers).

How (every sender is its own process, and so is the sink: nobody shares a GIL):

1. a scratch database (PostgreSQL `glokal_bench_newsletter`, or SQLite in a temp dir) is
   migrated and filled: a German site with its offer exchange translated into en, pl and cs,
   --offers German offers published in the last six days plus --old-offers older ones (bulk
   insert of bench/offers_bench.py: pages, offers and sector links in batches, tree paths
   computed, no revisions), a sample of them translated through wagtail-localize (the real
   machinery, `tests.factories.translate`), upcoming events with topics and regions, recent
   press releases, and --subscribers active weekly subscribers (bulk_create) whose interests
   and languages come from a seeded RNG: a few dozen interest combinations, 4 languages;
2. Glokal's digest run, in a fresh process per measurement (`--child`), in-process Celery
   (eager, no broker): `newsletter.runs.start_run("weekly", "editor")` fixes the recipients,
   queues the batches, and `newsletter.tasks.send_batch` sends them; (a) through the SMTP
   transport to the sink, (b) through anymail's test backend, whose outbox is emptied after
   every hand-over (anymail's post_send signal) so it does not grow;
   each at --small and at --subscribers active subscribers (the rest set unsubscribed), for
   the peak memory;
3. the limit: bench/smtp_limit.py, sending copies of 300 digests that Glokal's SMTP transport
   put on the wire in an unmeasured run (captured by a sink that keeps what it gets), each
   copy with its own To and Message-ID;
4. django-newsletter 1.2.1 from PyPI in its own virtualenv (var/bench/django-newsletter-venv,
   created when missing) with a stock project in bench/newsletter_baseline/: one message of
   about as many articles as a Glokal digest has items, sent by its `submit_newsletter`
   command to --baseline-subscribers subscriptions (default 10,000: it is slow; its time
   for N is extrapolated from its rate), on its own database of the same kind.

Every SMTP sender gets a fresh sink process (`python -m tests.smtp_sink`), which counts
messages and bytes and the time from the first to the last message: messages per second are
the sink's. CPU seconds are the sender process's own (user + system around the sending, from
`resource.getrusage` in the sender); the PostgreSQL backend serving it is metered separately
from /proc. Peak RSS is the sender's VmHWM. The two cores are shared with whatever else runs
on the machine: each row also says how much CPU other processes took meanwhile.
"""

import argparse
import datetime
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402

REPO = harness.REPO
BENCH_DB = "glokal_bench_newsletter"
BASELINE_DB = "glokal_bench_django_newsletter"
BASELINE_DIR = REPO / "bench" / "newsletter_baseline"
BASELINE_VENV = REPO / "var" / "bench" / "django-newsletter-venv"
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
SAMPLE_COUNT = 300  # digests captured for the limit's messages (every one of the capture run)

TARGET_SMTP_OF_LIMIT = 0.85
TARGET_CPU_RATIO = 1 / 10
TARGET_ESP_SPEEDUP = 15
FLAT_MEMORY = 1.25  # peak RSS at 10× the subscribers may grow by at most this factor

LANGUAGES = [("de", 40), ("pl", 25), ("en", 20), ("cs", 15)]  # weights
INTEREST_PROFILES = 36
# Every 20th new offer is translated into one of en, pl, cs in turn, through wagtail-localize
# (about 2 s each here: the real machinery, not a bulk insert).
TRANSLATED_EVERY = 20
EVENTS = 40
RELEASES = 6
TOPICS = [
    ("Messen und Delegationsreisen", "messen"),
    ("Förderprogramme", "foerderprogramme"),
    ("Fachkräfte", "fachkraefte"),
    ("Digitalisierung", "digitalisierung"),
    ("Wasserstoff", "wasserstoff"),
    ("Grenzüberschreitende Zusammenarbeit", "grenzueberschreitend"),
]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--offers", type=int, default=1_000, help="new German offers")
    parser.add_argument(
        "--old-offers", type=int, default=200, help="offers already sent in earlier digests"
    )
    parser.add_argument(
        "--small", type=int, default=None, help="the smaller run, for memory (default N/10)"
    )
    parser.add_argument(
        "--baseline-subscribers",
        type=int,
        default=None,
        help="django-newsletter's messages (default N up to 10,000; its time for N is "
        "extrapolated from its rate)",
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: 2,000 subscribers")
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--figures", help="also write the markdown section to this file")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="one more run per transport at --small under cProfile: where the CPU time goes",
    )
    parser.add_argument("--child", choices=["smtp", "esp"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        args.subscribers, args.offers, args.old_offers = 2_000, 200, 50
    args.subscribers = max(100, min(args.subscribers, 500_000))
    args.offers = max(10, min(args.offers, 20_000))
    args.small = max(10, min(args.small or args.subscribers // 10, args.subscribers))
    args.baseline_subscribers = max(
        10, min(args.baseline_subscribers or min(args.subscribers, 10_000), args.subscribers)
    )
    args.bench_db = BENCH_DB
    return args


# --- Processes ----------------------------------------------------------------------------


def reap(process: subprocess.Popen) -> resource.struct_rusage:
    """Wait for a child and return its own resource usage (not all children's)."""
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return usage


class Sink:
    """A fresh SMTP sink process per sender (tests/smtp_sink.py): its counts are the
    sender's alone, and it runs on its own core, not in the sender's interpreter."""

    def __init__(self, scratch: Path, name: str):
        self.port = harness.free_port()
        self.stats_file = scratch / f"sink-{name}.json"
        self.log = open(scratch / f"sink-{name}.log", "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [str(VENV_PYTHON), "-m", "tests.smtp_sink", "--port", str(self.port)]
            + ["--stats", str(self.stats_file)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
        )
        line = self.process.stdout.readline()
        if "SMTP sink on" not in line:
            self.process.kill()
            raise SystemExit(f"the SMTP sink did not start: {line!r}")

    def stop(self) -> dict:
        self.process.send_signal(signal.SIGTERM)
        usage = reap(self.process)
        self.log.close()
        stats = json.loads(self.stats_file.read_text())
        stats["cpu"] = usage.ru_utime + usage.ru_stime
        return stats


def run_sender(command, env, scratch: Path, name: str, timeout=3600) -> dict:
    """Run a sender process to the end; its last stdout line is its JSON result, to which
    the process's whole CPU time (its start-up included) and the machine's busy CPU seconds
    meanwhile are added."""
    out = scratch / f"{name}.out"
    err = scratch / f"{name}.err"
    busy_before = harness.machine_busy()
    started = time.monotonic()
    with open(out, "w") as stdout, open(err, "w") as stderr:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=stdout, stderr=stderr)
        usage = None
        while usage is None:
            pid, status, rusage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                process.returncode = os.waitstatus_to_exitcode(status)
                usage = rusage
            elif time.monotonic() - started > timeout:
                process.kill()
                process.wait()
                raise SystemExit(f"{name} took longer than {timeout} s")
            else:
                time.sleep(0.1)
    elapsed = time.monotonic() - started
    busy = harness.machine_busy() - busy_before
    if process.returncode != 0:
        raise SystemExit(f"{name} failed:\n{err.read_text()[-4000:]}")
    lines = [line for line in out.read_text().splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"{name} printed no result:\n{err.read_text()[-4000:]}")
    result = json.loads(lines[-1])
    result["process_cpu"] = usage.ru_utime + usage.ru_stime
    result["phase"] = {"elapsed": elapsed, "busy": busy}
    return result


def others_share(result) -> float:
    """The share of the machine's CPU (all cores) that processes other than the sender, its
    sink and its database backend took while the sender ran."""
    phase = result["phase"]
    ours = result["process_cpu"] + result.get("db_cpu", 0.0)
    ours += result["sink"]["cpu"] if "sink" in result else 0.0
    capacity = phase["elapsed"] * (os.cpu_count() or 1)
    return max(0.0, phase["busy"] - ours) / capacity if capacity else 0.0


# --- Dataset ------------------------------------------------------------------------------


def build_dataset(args) -> dict:
    """The site, the offers, events and releases, and the subscribers (see the docstring)."""
    from django.utils import timezone
    from wagtail.models import Page

    from bench.offers_bench import REGIONS, SECTORS, bulk_add_offers, offer_fields
    from tests import factories

    started = time.perf_counter()
    timings = {}
    rng = random.Random(args.seed)
    now = timezone.now().replace(microsecond=0)
    today = timezone.localdate()

    home, press = factories.build_site()
    sectors = [factories.SectorFactory(name=name, slug=slug) for name, slug in SECTORS]
    regions = [
        factories.RegionFactory(name=name, slug=slug, country=country, nuts_code=nuts)
        for name, slug, country, nuts in REGIONS
    ]
    topics = [factories.TopicFactory(name=name, slug=slug) for name, slug in TOPICS]
    for term in [*sectors, *regions, *topics]:
        factories.translate(term)
    contact = factories.ContactPersonFactory()
    index = factories.add_offer_index(home)
    calendar = factories.add_calendar(home)
    for page in (home, index, calendar, press):
        factories.translate(Page.objects.get(pk=page.pk).specific)
    index = Page.objects.get(pk=index.pk).specific
    timings["site"] = time.perf_counter() - started

    # Offers: the new ones in the last six days (after every subscriber's last digest, a
    # week ago), the old ones 10-40 days ago (in earlier digests).
    mark = time.perf_counter()
    specs = []
    for number in range(args.offers + args.old_offers):
        fields, offer_sectors = offer_fields(number, sectors, regions, today, now)
        if number < args.offers:
            published = now - datetime.timedelta(minutes=5 + number * 6 * 24 * 60 // args.offers)
        else:
            published = now - datetime.timedelta(days=10 + number % 30)
        fields["first_published_at"] = fields["last_published_at"] = published
        specs.append((fields, offer_sectors))
    offers, _ = bulk_add_offers(index, specs, contact)
    timings["offers"] = time.perf_counter() - mark

    mark = time.perf_counter()
    translated = 0
    for number, offer in enumerate(offers[: args.offers : TRANSLATED_EVERY]):
        code = ("en", "pl", "cs")[number % 3]
        factories.translate(Page.objects.get(pk=offer.pk).specific, code)
        translated += 1
    timings["offer translations"] = time.perf_counter() - mark

    mark = time.perf_counter()
    for number in range(EVENTS):
        day = today + datetime.timedelta(days=3 + number * 2)
        start = factories.berlin(day.year, day.month, day.day, 9)
        factories.add_event(
            calendar,
            title=f"Kooperationsbörse {regions[number % len(regions)].name} {number + 1}",
            dates=[(start, start + datetime.timedelta(hours=8))],
            topics=[topics[number % len(topics)]],
            regions=[regions[number % len(regions)]],
            country=regions[number % len(regions)].country,
            slug=f"veranstaltung-{number + 1}",
        )
    for number in range(RELEASES):
        factories.add_release(
            press,
            title=f"Grenzüberschreitende Zusammenarbeit wächst ({number + 1})",
            date=today - datetime.timedelta(days=number),
            topics=[topics[number % len(topics)]],
        )
    timings["events and releases"] = time.perf_counter() - mark

    mark = time.perf_counter()
    create_subscribers(args.subscribers, sectors, regions, topics, rng, now)
    timings["subscribers"] = time.perf_counter() - mark
    timings["total"] = time.perf_counter() - started
    args.dataset = {
        "offers": args.offers,
        "old_offers": args.old_offers,
        "translated_offers": translated,
        "events": EVENTS,
        "releases": RELEASES,
        "subscribers": args.subscribers,
        "timings": timings,
    }
    analyse()
    print(
        "  built in {total:.0f} s (site {site:.0f} s, offers {offers:.1f} s, offer "
        "translations {offer translations:.0f} s, events and releases "
        "{events and releases:.0f} s, subscribers {subscribers:.1f} s)".format(**timings),
        flush=True,
    )
    return args.dataset


def interest_profiles(sectors, regions, topics, rng) -> list[dict]:
    """A few dozen interest combinations, as subscribers pick them: one to three sectors,
    sometimes a kind or two, a country or a region, now and then topics."""
    from pages.core.models.taxonomy import Country
    from pages.exchange.models.offers import OfferKind

    kinds = [value for value, _label in OfferKind.choices]
    countries = [value for value, _label in Country.choices if value in ("DE", "PL", "CZ")]
    profiles = []
    for _ in range(INTEREST_PROFILES):
        profile = {
            "sector_keys": sorted(
                str(s.translation_key) for s in rng.sample(sectors, rng.randint(1, 3))
            ),
            "offer_kinds": sorted(rng.sample(kinds, rng.choice([0, 0, 1, 2]))),
            "countries": [],
            "region_keys": [],
            "topic_keys": [],
        }
        place = rng.random()
        if place < 0.3:
            profile["countries"] = sorted(rng.sample(countries, rng.randint(1, 2)))
        elif place < 0.5:
            profile["region_keys"] = [str(rng.choice(regions).translation_key)]
        if rng.random() < 0.5:
            profile["topic_keys"] = sorted(
                str(t.translation_key) for t in rng.sample(topics, rng.randint(1, 2))
            )
        profiles.append(profile)
    return profiles


def create_subscribers(count, sectors, regions, topics, rng, now):
    """Active weekly subscribers whose last digest went out a week ago, bulk-inserted."""
    from newsletter.models import Frequency, Subscriber, SubscriberStatus

    profiles = interest_profiles(sectors, regions, topics, rng)
    codes = [code for code, _weight in LANGUAGES]
    weights = [weight for _code, weight in LANGUAGES]
    last = now - datetime.timedelta(days=7)
    batch = 5000
    for start in range(0, count, batch):
        Subscriber.objects.bulk_create(
            Subscriber(
                email=f"leser{number}@empfaenger.example",
                language=rng.choices(codes, weights)[0],
                frequency=Frequency.WEEKLY,
                status=SubscriberStatus.ACTIVE,
                created_at=last - datetime.timedelta(days=30),
                confirmed_at=last - datetime.timedelta(days=30),
                last_digest_at=last,
                **rng.choice(profiles),
            )
            for number in range(start, min(start + batch, count))
        )


def analyse():
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # statistics, as autovacuum would have them


def reset_subscribers(active: int, last_digest_at):
    """Before each run: no runs or deliveries, the first `active` subscribers active and due
    (their last digest a week ago), the rest unsubscribed."""
    from newsletter.models import DigestRun, Subscriber, SubscriberStatus

    DigestRun.objects.all().delete()
    ids = Subscriber.objects.order_by("pk").values_list("pk", flat=True)
    boundary = ids[active - 1] if active else 0
    Subscriber.objects.filter(pk__lte=boundary).update(
        status=SubscriberStatus.ACTIVE, last_digest_at=last_digest_at
    )
    Subscriber.objects.filter(pk__gt=boundary).update(status=SubscriberStatus.UNSUBSCRIBED)
    analyse()


# --- Glokal's sender (child process) -----------------------------------------------------


class FlatOutbox:
    """Keeps anymail's test backend flat: its outbox (django.core.mail.outbox) is emptied
    after every hand-over, from anymail's own `post_send` signal, so it never holds more than
    one call's message (anymail finds a message's id by its index in that list: a growing
    outbox would make every send slower). Counts what was handed over."""

    def __init__(self):
        self.counts = {"calls": 0, "recipients": 0}

    def connect(self):
        from anymail.signals import post_send

        post_send.connect(self.handed_over, weak=False)

    def handed_over(self, sender, message, status, esp_name, **kwargs):
        from django.core import mail

        self.counts["calls"] += 1
        self.counts["recipients"] += len(message.to)
        mail.outbox.clear()


def child(args):
    """One digest run in this fresh process; prints its figures as JSON."""
    import django

    django.setup()
    outbox = FlatOutbox()
    if args.child == "esp":
        outbox.connect()
    from django.db import connection

    from newsletter import runs

    db_pid = None
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            db_pid = cursor.fetchone()[0]
    # With Celery eager, start_run's on-commit hooks send every batch before it returns; the
    # first task to start marks where fixing the recipients ended and sending began.
    from celery.signals import task_prerun

    first_task = []
    task_prerun.connect(
        lambda **kwargs: first_task or first_task.append(time.perf_counter()), weak=False
    )
    rss_before = proc_status_kb()
    db_before = harness.process_cpu(db_pid) if db_pid else 0.0
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    profiler = None
    if os.environ.get("GLOKAL_BENCH_PROFILE"):
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
    run = runs.start_run("weekly", "editor")
    drain(run)
    if profiler is not None:
        profiler.disable()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    db_cpu = harness.process_cpu(db_pid) - db_before if db_pid else 0.0
    progress = runs.run_progress(run)
    run.refresh_from_db()
    result = {
        "wall": wall,
        "prepare": (first_task[0] if first_task else time.perf_counter()) - started,
        "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "db_cpu": db_cpu,
        "maxrss_kb": proc_status_kb("VmHWM"),
        "rss_before_kb": rss_before,
        "progress": progress,
        "status": run.status,
        "items": average_items(run),
        "distinct_digests": distinct_digests(run),
    }
    if args.child == "esp":
        result["handed_over"] = outbox.counts
    if profiler is not None:
        result["profile"] = profile_summary(profiler)
    print(json.dumps(result), flush=True)


def profile_summary(profiler, top=14) -> list[str]:
    """Own CPU time by area, and the functions with the most cumulative and own time."""
    import pstats
    from collections import Counter

    entries = pstats.Stats(profiler).stats.items()
    areas = Counter()
    for (filename, _line, _name), (_cc, _nc, own, _cum, _callers) in entries:
        areas[harness.code_area(filename)] += own
    total = sum(areas.values()) or 1.0

    def short(key):
        filename, line, name = key
        filename = filename.split("/site-packages/", 1)[-1].removeprefix(f"{REPO}/")
        return f"`{filename}:{line} {name}`"

    lines = [
        f"CPU {total:.1f} s under cProfile; own time by area: "
        + " · ".join(f"{area} {own / total:.0%}" for area, own in areas.most_common(8)),
        "",
        "Cumulative (project code):",
        "",
    ]
    project = [
        (key, value)
        for key, value in entries
        if harness.code_area(key[0]).startswith("project") and "/bench/" not in key[0]
    ]
    for key, (_cc, calls, _own, cumulative, _callers) in sorted(
        project, key=lambda item: item[1][3], reverse=True
    )[:top]:
        lines.append(f"- {cumulative / total:4.0%} {calls:>8,}× {short(key)}")
    lines += ["", "Own time:", ""]
    for key, (_cc, calls, own, _cum, _callers) in sorted(
        entries, key=lambda item: item[1][2], reverse=True
    )[:top]:
        lines.append(f"- {own / total:4.0%} {calls:>8,}× {short(key)}")
    return lines


def drain(run):
    """Send whatever batches the run still has queued, in this process. With Celery eager
    (no broker) `start_run` already sent them when its transaction committed; this is the
    explicit fallback the brief allows and a no-op then."""
    from newsletter import tasks
    from newsletter.models import BatchStatus, DeliveryBatch

    while True:
        queued = list(
            DeliveryBatch.objects.filter(run=run, status=BatchStatus.QUEUED).values_list(
                "pk", flat=True
            )
        )
        if not queued:
            return
        for batch_id in queued:
            tasks.send_batch(batch_id)


def average_items(run):
    from django.db.models import Avg

    from newsletter.models import DeliveryStatus

    value = run.deliveries.filter(status=DeliveryStatus.SENT).aggregate(Avg("item_count"))
    return value["item_count__avg"] or 0


def distinct_digests(run):
    """How many different digests the run had to render at most: subscribers with the same
    language, interests and `since` get the same digest."""
    from newsletter.models import Subscriber

    return (
        Subscriber.objects.filter(deliveries__run=run)
        .values_list(
            "language", "offer_kinds", "sector_keys", "region_keys", "countries", "topic_keys"
        )
        .distinct()
        .count()
    )


def proc_status_kb(field="VmRSS"):
    """VmRSS (now) or VmHWM (peak) of this process. Not ru_maxrss: Linux carries that over
    from the parent across fork and exec, so every child would report the parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


# --- The parent: runs every sender in turn ------------------------------------------------


def glokal_run(args, env, scratch, transport, active, last_digest_at, profile=False):
    reset_subscribers(active, last_digest_at)
    name = f"glokal-{transport}-{active}" + ("-profiled" if profile else "")
    env = dict(env)
    if profile:
        env["GLOKAL_BENCH_PROFILE"] = "1"
    env.pop("CELERY_BROKER_URL", None)  # in-process (eager) Celery
    sink = None
    if transport == "smtp":
        sink = Sink(scratch, name)
        env.update(
            {
                "GLOKAL_NEWSLETTER_TRANSPORT": "smtp",
                "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "EMAIL_HOST": "127.0.0.1",
                "EMAIL_PORT": str(sink.port),
            }
        )
    else:
        env.update(
            {
                "GLOKAL_NEWSLETTER_TRANSPORT": "anymail",
                "EMAIL_BACKEND": "anymail.backends.test.EmailBackend",
            }
        )
    print(
        f"- Glokal, {transport}, {active:,} subscribers{' (cProfile)' if profile else ''} …",
        flush=True,
    )
    try:
        command = [str(VENV_PYTHON), "bench/newsletter_bench.py", "--child", transport]
        result = run_sender(command, env, scratch, name)
    finally:
        if sink:
            result_sink = sink.stop()
    result["active"] = active
    result["sent"] = result["progress"].get("sent", 0)
    if sink:
        result["sink"] = result_sink
    print(f"  {describe(result)}", flush=True)
    return result


def capture_samples(env, scratch, last_digest_at) -> Path:
    """The limit sends what Glokal's SMTP transport puts on the wire: an unmeasured run for a
    few hundred subscribers to a sink in this process that keeps the mails, whose first
    SAMPLE_COUNT (different digests, languages, interests) become the limit's samples."""
    from tests.smtp_sink import SmtpSink

    samples = scratch / "samples"
    samples.mkdir(exist_ok=True)
    reset_subscribers(300, last_digest_at)
    env = dict(env)
    env.pop("CELERY_BROKER_URL", None)
    with SmtpSink(keep=True) as sink:
        env.update(
            {
                "GLOKAL_NEWSLETTER_TRANSPORT": "smtp",
                "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "EMAIL_HOST": "127.0.0.1",
                "EMAIL_PORT": str(sink.port),
            }
        )
        command = [str(VENV_PYTHON), "bench/newsletter_bench.py", "--child", "smtp"]
        run_sender(command, env, scratch, "capture")
        mails = sink.mails
    for number, mail in enumerate(mails[:SAMPLE_COUNT], start=1):
        (samples / f"{number:03d}.eml").write_bytes(mail.data)
    return samples


def limit_run(args, scratch, messages):
    sink = Sink(scratch, "limit")
    samples = scratch / "samples"
    command = [str(VENV_PYTHON), "bench/smtp_limit.py", "--port", str(sink.port)]
    command += ["--messages", str(messages)]
    if samples.exists() and any(samples.glob("*.eml")):
        command += ["--samples", str(samples)]
    print(f"- raw smtplib limit, {messages:,} pre-encoded messages …", flush=True)
    try:
        result = run_sender(command, dict(os.environ), scratch, "limit")
    finally:
        result_sink = sink.stop()
    result["sink"] = result_sink
    result["sent"] = result["messages"]
    print(f"  {describe(result)}", flush=True)
    return result


def ensure_baseline_venv():
    """django-newsletter's own virtualenv, created on first use."""
    python = BASELINE_VENV / "bin" / "python"
    if not python.exists():
        print(f"- creating {BASELINE_VENV.relative_to(REPO)} …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(BASELINE_VENV)], check=True)
    probe = subprocess.run(
        [str(python), "-c", "import newsletter, sorl, psycopg, django"], capture_output=True
    )
    if probe.returncode != 0:
        requirements = BASELINE_DIR / "requirements.txt"
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "-r", str(requirements)], check=True
        )
    return python


def baseline_run(args, scratch, articles):
    python = ensure_baseline_venv()
    if args.db == "postgres":
        import psycopg

        with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {BASELINE_DB} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {BASELINE_DB}")
        database = f"{args.pg_url}/{BASELINE_DB}"
    else:
        database = f"sqlite:///{scratch / 'django-newsletter.sqlite3'}"
    sink = Sink(scratch, "django-newsletter")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "BASELINE_DATABASE_URL": database,
        "BASELINE_SMTP_PORT": str(sink.port),
        "BASELINE_SCRATCH": str(scratch),
        "PYTHONWARNINGS": "ignore",
    }
    command = [str(python), str(BASELINE_DIR / "run_baseline.py")]
    command += ["--subscribers", str(args.baseline_subscribers), "--articles", str(articles)]
    print(
        f"- django-newsletter, {args.baseline_subscribers:,} subscribers, {articles} articles …",
        flush=True,
    )
    try:
        result = run_sender(command, env, scratch, "django-newsletter", timeout=4 * 3600)
    finally:
        result_sink = sink.stop()
        if args.db == "postgres":
            import psycopg

            with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {BASELINE_DB} WITH (FORCE)")
    result["sink"] = result_sink
    result["sent"] = result["messages"]
    print(f"  {describe(result)}", flush=True)
    return result


def describe(result) -> str:
    sink = result.get("sink")
    parts = [f"{result['sent']:,} sent in {result['wall']:.1f} s"]
    if sink:
        parts.append(f"sink got {sink['messages']:,} at {rate(sink):,.0f}/s")
    parts.append(f"CPU {per_thousand(result['cpu'], result['sent']):.2f} s per 1,000")
    parts.append(f"peak RSS {result['maxrss_kb'] / 1024:.0f} MB")
    return ", ".join(parts)


def rate(sink) -> float:
    return sink["messages"] / sink["seconds"] if sink["seconds"] else 0.0


def per_thousand(value, count) -> float:
    return value / count * 1000 if count else float("nan")


# --- Report -------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "**PASS**" if ok else "**MISS**"


def report(args, info, results) -> str:
    n, small = args.subscribers, args.small
    limit = results["limit"]
    base = results.get("baseline")
    smtp = results["smtp"][n]
    esp = results["esp"][n]
    rows = [
        ("raw smtplib, pre-encoded, one connection (the limit)", limit),
        (f"Glokal digest run → SMTP sink, {n:,}", smtp),
        (f"Glokal digest run → SMTP sink, {small:,}", results["smtp"][small]),
        (f"Glokal digest run → anymail test backend, {n:,}", esp),
        (f"Glokal digest run → anymail test backend, {small:,}", results["esp"][small]),
    ]
    if base:
        rows.append((f"django-newsletter {base['django_newsletter']} → SMTP sink", base))
    limit_rate = rate(limit["sink"])
    lines = [
        f"### Newsletter benchmark, {datetime.date.today():%Y-%m-%d}",
        "",
        f"Command: `{harness.command_line('newsletter_bench.py')}`",
        "",
        "| | |",
        "| --- | --- |",
        *(f"| {key} | {value} |" for key, value in info.items()),
        "",
        "| sender | messages | wall s | msgs/s at the sink | of the limit | sender CPU s / 1,000 "
        "| DB server CPU s / 1,000 | peak RSS MB | KB / message | other processes' CPU |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, result in rows:
        sink = result.get("sink")
        sent = result["sent"]
        sink_rate = rate(sink) if sink else None
        lines.append(
            "| {} | {:,} | {:.1f} | {} | {} | {:.2f} | {} | {:.0f} | {} | {:.0%} |".format(
                name,
                sent,
                result["wall"],
                f"{sink_rate:,.0f}" if sink else f"({sent / result['wall']:,.0f} handed over/s)",
                f"{sink_rate / limit_rate:.0%}" if sink else "–",
                per_thousand(result["cpu"], sent),
                f"{per_thousand(result['db_cpu'], sent):.2f}" if "db_cpu" in result else "–",
                result["maxrss_kb"] / 1024,
                f"{sink['bytes'] / max(sink['messages'], 1) / 1024:.1f}" if sink else "–",
                others_share(result),
            )
        )
    lines += [""]

    smtp_ratio = rate(smtp["sink"]) / limit_rate
    lines += [
        "Targets:",
        "",
        f"- Over SMTP ≥ {TARGET_SMTP_OF_LIMIT:.0%} of the limit at the same sink: "
        f"{smtp_ratio:.0%} ({rate(smtp['sink']):,.0f} vs {limit_rate:,.0f} msgs/s) "
        f"{verdict(smtp_ratio >= TARGET_SMTP_OF_LIMIT)}",
    ]
    if base:
        base_cpu = per_thousand(base["cpu"], base["sent"])
        glokal_cpu = per_thousand(smtp["cpu"], smtp["sent"])
        base_total = per_thousand(base["cpu"] + base.get("db_cpu", 0), base["sent"])
        glokal_total = per_thousand(smtp["cpu"] + smtp.get("db_cpu", 0), smtp["sent"])
        lines.append(
            f"- CPU per 1,000 digests ≤ 1/10 of django-newsletter's: {glokal_cpu:.2f} s vs "
            f"{base_cpu:.2f} s, {glokal_cpu / base_cpu:.1%} "
            f"{verdict(glokal_cpu <= base_cpu * TARGET_CPU_RATIO)} (sender process; with the "
            f"PostgreSQL backend's CPU added: {glokal_total:.2f} s vs {base_total:.2f} s, "
            f"{glokal_total / base_total:.1%})"
        )
        base_for_n = base["wall"] / base["sent"] * n
        extrapolated = " (extrapolated from its rate)" if base["sent"] != n else ""
        speedup = base_for_n / esp["wall"]
        lines.append(
            f"- To the ESP backend, {n:,} digests composed and handed over ≥ "
            f"{TARGET_ESP_SPEEDUP}× sooner than django-newsletter hands {n:,} to SMTP: "
            f"{esp['wall']:.1f} s vs {base_for_n:.0f} s{extrapolated}, {speedup:.1f}× "
            f"{verdict(speedup >= TARGET_ESP_SPEEDUP)}"
        )
    for transport, label in (("esp", "anymail test backend"), ("smtp", "SMTP")):
        big, little = results[transport][n], results[transport][small]
        growth = big["maxrss_kb"] / little["maxrss_kb"]
        lines.append(
            f"- Flat peak memory ({label}): {little['maxrss_kb'] / 1024:.0f} MB at "
            f"{small:,}, {big['maxrss_kb'] / 1024:.0f} MB at {n:,} subscribers (×{growth:.2f}; "
            f"RSS before the run {little['rss_before_kb'] / 1024:.0f} / "
            f"{big['rss_before_kb'] / 1024:.0f} MB) {verdict(growth <= FLAT_MEMORY)}"
        )
    lines += ["", "Runs:", ""]
    for transport in ("smtp", "esp"):
        for active, result in sorted(results[transport].items()):
            progress = ", ".join(
                f"{key} {value:,}"
                for key, value in result["progress"].items()
                if isinstance(value, int) and key in ("total", "sent", "skipped", "failed")
            )
            lines.append(
                f"- {transport} {active:,}: {progress}; recipients fixed and batches queued in "
                f"{result['prepare']:.1f} s of {result['wall']:.1f} s; {result['items']:.1f} "
                f"items per digest on average; {result['distinct_digests']} distinct "
                "(language, interests) combinations"
                + (
                    f"; handed over {result['handed_over']['recipients']:,} recipients in "
                    f"{result['handed_over']['calls']:,} backend calls"
                    if "handed_over" in result
                    else ""
                )
            )
    if base:
        lines.append(
            f"- django-newsletter: {base['sent']:,} subscriptions, one message of "
            f"{base['articles']} articles, `submit_newsletter`"
        )
    for transport, result in results.get("profiles", {}).items():
        lines += [
            "",
            f"Where the CPU goes: Glokal → {transport}, {result['sent']:,} digests under "
            f"cProfile ({result['wall']:.1f} s wall with the profiler's overhead)",
            "",
            *result["profile"],
        ]
    timings = args.dataset["timings"]
    lines += [
        "",
        f"Dataset: {args.dataset['offers']:,} new German offers (+{args.dataset['old_offers']} "
        f"older, already sent), {args.dataset['translated_offers']} of them translated "
        f"(each into one of en, pl and cs in turn) through wagtail-localize, {EVENTS} "
        f"upcoming events, {RELEASES} press releases, {n:,} subscribers "
        f"({INTEREST_PROFILES} interest combinations × 4 languages); "
        f"built in {timings['total']:.0f} s.",
        "",
    ]
    return "\n".join(lines)


def machine_info(args) -> dict:
    import platform

    import django
    from django.db import connection

    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0].split()[0]} (127.0.0.1)"
    else:
        import sqlite3

        database = f"SQLite {sqlite3.sqlite_version}"
    memory = Path("/proc/meminfo").read_text().split("\n", 1)[0].split()[1]
    return {
        "Code": harness.code_version(),
        "Machine": f"{os.cpu_count()} cores ({cpu}), {int(memory) / 1024**2:.0f} GiB",
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "Django": django.get_version(),
        "Database": database,
        "SMTP sink": "tests/smtp_sink.py (aiosmtpd), a fresh process per sender, loopback",
    }


def main():
    args = parse_args()
    if args.child:
        return child(args)
    scratch = Path(tempfile.mkdtemp(prefix="glokal-newsletter-bench-"))
    try:
        database_url = harness.create_database(args, scratch)
        env = harness.setup_django(database_url, scratch)
        env = {**os.environ, **env}
        print(f"Building the dataset ({args.subscribers:,} subscribers) …", flush=True)
        build_dataset(args)
        info = machine_info(args)
        from newsletter.models import Subscriber

        last_digest_at = Subscriber.objects.values_list("last_digest_at", flat=True).first()
        results_dir = REPO / "bench" / "results"
        results_dir.mkdir(exist_ok=True)
        stamp = datetime.datetime.now().strftime("%Y-%m-%d-%H%M")
        raw = results_dir / f"newsletter-{stamp}.json"

        def keep(results):
            """Every phase's figures on disk as soon as it ends: a later failure loses none."""
            raw.write_text(
                json.dumps({"dataset": args.dataset, "results": results}, indent=1, default=str)
            )

        capture_samples(env, scratch, last_digest_at)
        results = {"smtp": {}, "esp": {}}
        for transport in ("esp", "smtp"):
            for active in (args.small, args.subscribers):
                results[transport][active] = glokal_run(
                    args, env, scratch, transport, active, last_digest_at
                )
                keep(results)
        results["limit"] = limit_run(args, scratch, args.subscribers)
        keep(results)
        if not args.skip_baseline:
            articles = max(1, round(results["smtp"][args.subscribers]["items"]))
            results["baseline"] = baseline_run(args, scratch, articles)
            results["baseline"]["articles"] = articles
            keep(results)
        if args.profile:
            results["profiles"] = {
                transport: glokal_run(
                    args, env, scratch, transport, args.small, last_digest_at, profile=True
                )
                for transport in ("esp", "smtp")
            }
            keep(results)
        text = report(args, info, results)
        print("\n" + text)
        (results_dir / f"newsletter-{stamp}.md").write_text(text)
        if args.figures:
            Path(args.figures).write_text(text)
    finally:
        from django.db import connections

        connections.close_all()
        harness.drop_database(args)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
