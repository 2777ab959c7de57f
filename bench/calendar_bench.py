"""Event calendar benchmark: the calendar page and its feeds of 1,000 events served by
gunicorn, compared with the bare Django view of the press benchmark.

    .venv/bin/python bench/calendar_bench.py [--events 1000] [--seconds 10] [--workers 2]
                                             [--rounds 5] [--db postgres|sqlite]
                                             [--show-queries] [--profile] [--update-docs]

Targets (docs/benchmarks.md): the calendar page at >= 50 % of the bare view's throughput,
the feed of 1,000 events at >= 10 %, at most 10 SQL queries per request.

The machinery (scratch database, in-process query counts, gunicorn, the load generator, CPU
metering, the report) is bench/harness.py, shared with bench/press_bench.py. This script
supplies the dataset, a German calendar of --events events in the PostgreSQL database
`glokal_bench_calendar` (or a SQLite file), created live without revisions
(tests.factories.add_event(..., revision=False)); the URLs (the calendar page, a filtered
page, a month view, the iCalendar feed, the same feed revalidated with If-None-Match, the
JSON feed); and one measurement gunicorn cannot make: the feeds are cached per structure
version and day, so under load they are served from that cache. What building one costs is
measured in-process, with only the feed cache bypassed: ms and CPU per feed (Python and the
PostgreSQL backend), queries, and the equivalent share of the bare view.
"""

import argparse
import contextlib
import datetime
import json
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402
from bench.harness import BARE, Target  # noqa: E402

BENCH_DB = "glokal_bench_calendar"  # not press_bench's: both may run at the same time
PAGE_RATIO = 0.50
FEED_RATIO = 0.10
MAX_QUERIES = 10
FEEDS = ("ics feed", "JSON feed")
TOPIC_NAMES = [
    "Wirtschaftsförderung",
    "Digitalisierung",
    "Fachkräfte",
    "Messen",
    "Grenzüberschreitende Zusammenarbeit",
    "Life Sciences",
]
REGIONS = [  # name, slug, country, NUTS code
    ("Sachsen", "sachsen", "DE", "DED"),
    ("Brandenburg", "brandenburg", "DE", "DE4"),
    ("Dolnośląskie", "dolnoslaskie", "PL", "PL51"),
    ("Lubuskie", "lubuskie", "PL", "PL43"),
    ("Liberecký kraj", "liberecky-kraj", "CZ", "CZ051"),
    ("Ústecký kraj", "ustecky-kraj", "CZ", "CZ042"),
]
PLACES = {  # country: (venue, street, postal code, city)
    "DE": ("Internationales Congress Center", "Ostra-Allee 2", "01067", "Dresden"),
    "PL": ("Centrum Kongresowe", "ul. Wystawowa 1", "51-618", "Wrocław"),
    "CZ": ("Kongresové centrum", "Masarykova 1", "460 01", "Liberec"),
}
KINDS = ["Forum", "Workshop", "Kooperationsbörse", "Delegationsreise", "Webinar", "Messe"]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1000, help="events in the calendar")
    parser.add_argument(
        "--feed-repeat", type=int, default=5, help="uncached feed builds timed in-process"
    )
    harness.add_common_arguments(parser)
    args = parser.parse_args(argv)
    args.bench_db = BENCH_DB
    args.events = max(1, min(args.events, 20_000))
    args.feed_repeat = max(1, min(args.feed_repeat, 50))
    return harness.bound(args)


# --- Dataset ---------------------------------------------------------------------------------


def event_fields(number, first_day, topics, regions, images, stamp):
    """Title, dates and fields of event `number`: spread over the year from `first_day`;
    every fifth with a second date, every tenth all day (every twentieth over three days);
    on site, online or hybrid in Germany, Poland or Czechia; one or two topics, a region;
    an image on every third."""
    from tests.factories import berlin

    day = first_day + datetime.timedelta(days=number * 365 // 1000 % 365)
    hour = 9 + number % 8
    start = berlin(day.year, day.month, day.day, hour)
    dates = [(start, start + datetime.timedelta(hours=2 + number % 5))]
    if number % 10 == 3 or number % 20 == 7:
        last = day + datetime.timedelta(days=2 if number % 20 == 7 else 0)
        dates = [(berlin(*day.timetuple()[:3]), berlin(*last.timetuple()[:3]), True)]
    if number % 5 == 1:
        second = start + datetime.timedelta(days=14)
        dates.append((second, second + datetime.timedelta(hours=3)))

    event_format = ["on_site", "online", "hybrid"][number % 3]
    country = ["DE", "PL", "CZ"][number // 3 % 3]
    venue, street, postal_code, city = PLACES[country]
    online = event_format != "on_site"
    on_site = event_format != "online"
    fields = {
        "teaser": (
            f"{KINDS[number % len(KINDS)]} für Unternehmen aus Sachsen, Niederschlesien und "
            "Nordböhmen: Vorträge, Gespräche mit Partnern aus der Region und Gelegenheit zum "
            "Austausch über gemeinsame Projekte."
        ),
        "event_format": event_format,
        "venue": venue if on_site else "",
        "street_address": street if on_site else "",
        "postal_code": postal_code if on_site else "",
        "city": city if on_site else "",
        "country": country,
        "online_url": f"https://meet.glokal.example/{number}" if online else "",
        "organiser": "Glokal Wirtschaftsförderung",
        "registration_url": f"https://glokal.example/anmeldung/{number}" if number % 4 else "",
        "is_free": number % 6 != 0,
        "fee": "120 € zzgl. MwSt." if number % 6 == 0 else "",
        "languages": ["de", "pl"] if number % 2 else ["de"],
        "image": images[number % len(images)] if number % 3 == 0 else None,
        "first_published_at": stamp,
        "last_published_at": stamp,
    }
    event_topics = [topics[number % len(topics)]]
    if number % 2:
        event_topics.append(topics[(number + 2) % len(topics)])
    return {
        "title": f"{KINDS[number % len(KINDS)]} {number + 1}: Grenzüberschreitend erfolgreich",
        "dates": dates,
        "topics": event_topics,
        "regions": [regions[number % len(regions)]],
        **fields,
    }


def build_dataset(args) -> dict:
    """A German site with a calendar of `args.events` events from tomorrow on, all within the
    feeds' window; the home page and the calendar are translated to English, so the language
    switcher and hreflang alternates have something to list. Returns the URLs to measure."""
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify

    from tests import factories

    started = time.perf_counter()
    home, _press = factories.build_site()
    for title, role in [
        ("Impressum", "imprint"),
        ("Datenschutz", "privacy"),
        ("Barrierefreiheit", "accessibility"),
    ]:
        factories.add_standard_page(home, title, footer_link=role)
    topics = [factories.TopicFactory(name=name, slug=slugify(name)) for name in TOPIC_NAMES]
    regions = [
        factories.RegionFactory(name=name, slug=slug, country=country, nuts_code=nuts)
        for name, slug, country, nuts in REGIONS
    ]
    images = [factories.make_image(f"Veranstaltung {i}", 1600, 900) for i in range(8)]
    calendar = factories.add_calendar(home)
    first_day = timezone.localdate() + datetime.timedelta(days=1)
    stamp = timezone.now().replace(microsecond=0)
    with transaction.atomic(), without_derived_indexes():
        for number in range(args.events):
            spec = event_fields(number, first_day, topics, regions, images, stamp)
            factories.add_event(calendar, revision=False, **spec)
    factories.translate(home, "en")
    factories.translate(calendar, "en")
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)

    # Two months ahead, or less if the events span less (a month view with events in it).
    ahead = min(62, args.events // 2 * 365 // 1000 % 365)
    month = (first_day + datetime.timedelta(days=ahead)).replace(day=1)
    ics = f"{calendar.url}ics/"
    return {
        BARE: "/bench/bare/",
        "calendar page": calendar.url,
        "calendar ?country=&format=": f"{calendar.url}?country=PL&format=on_site",
        "month view": f"{calendar.url}?month={month:%Y-%m}",
        "ics feed": ics,
        "ics feed, revalidated": Target(ics, (("If-None-Match", feed_etag(ics)),), 304),
        "JSON feed": f"{calendar.url}json/",
    }


@contextlib.contextmanager
def without_derived_indexes():
    """Skip Wagtail's reference index (the admin's "usage") and the search index while the
    events are created: they are derived data no measured URL reads, and keeping them up
    to date is two thirds of the time it takes to create an event."""
    from django.db.models.signals import post_save
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from pages.calendar.models import EventPage

    post_save.disconnect(post_save_signal_handler, sender=EventPage)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.connect(post_save_signal_handler, sender=EventPage)


def feed_etag(path):
    client = harness.in_process_client()
    return harness.get(client, Target(path))["ETag"]


def feed_contents(name, body: bytes) -> str:
    """How many events and dates a feed holds: proof that it is the whole calendar."""
    if name.startswith("ics"):
        text = body.decode()
        dates = text.count("BEGIN:VEVENT")
        lines = text.replace("\r\n ", "").split("\r\n")  # unfolded
        events = len({line for line in lines if line.startswith("URL")})
    else:
        items = json.loads(body)
        dates, events = len(items), len({item["url"] for item in items})
    return f"{events:,} events, {dates:,} dates"


# --- Uncached feeds (in-process) -------------------------------------------------------------


def backend_pid():
    """The PostgreSQL backend serving this process's connection, or None (SQLite)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def timed(client, target, repeat):
    """Median wall, SQL and CPU ms of a request. CPU is this process's (median) plus its
    PostgreSQL backend's (mean: /proc counts in clock ticks): what a gunicorn worker and its
    backend would spend on it."""
    from django.db import connection

    spent = [0.0]

    def sql_timer(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent[0] += time.perf_counter() - start

    pid = backend_pid()
    walls, sqls, cpus = [], [], []
    db_before = harness.process_cpu(pid) if pid else 0.0
    with connection.execute_wrapper(sql_timer):
        for _ in range(repeat):
            spent[0] = 0.0
            cpu, start = time.process_time(), time.perf_counter()
            harness.get(client, target)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
            sqls.append(spent[0])
    db = harness.process_cpu(pid) - db_before if pid and backend_pid() == pid else 0.0
    return {
        "ms": statistics.median(walls) * 1000,
        "sql_ms": statistics.median(sqls) * 1000,
        "cpu_ms": (statistics.median(cpus) + db / repeat) * 1000,
    }


def uncached_feeds(args, urls, counts) -> dict:
    """Build each feed with its cache bypassed and every other cache warm: what the first
    request of the day (per worker), or the first after a publish, costs a feed."""
    import pages.calendar.views as views

    client = harness.in_process_client()
    bare = Target(urls[BARE])
    harness.get(client, bare)
    results = {BARE: timed(client, bare, 500)}
    original = views.cached
    views.cached = lambda name, build, timeout=None: build()  # only the feed cache
    try:
        for name in FEEDS:
            target = harness.as_target(urls[name])
            body = harness.get(client, target).content  # the other caches are warm now
            queries = harness.capture(client, target)
            results[name] = timed(client, target, args.feed_repeat)
            results[name].update(
                queries=queries, size=len(body), contents=feed_contents(name, body)
            )
            if args.profile:
                results[name]["profile"] = harness.profile(
                    client, target, repeat=args.feed_repeat, what="uncached feeds"
                )
    finally:
        views.cached = original
    return results


def uncached_report(args, extra, loads, full_sql) -> list[str]:
    bare, in_process = loads[BARE], extra[BARE]
    lines = [
        "#### The feeds without their cache (in-process)",
        "",
        "Under load the feeds come from their cache (per structure version and day, per "
        "worker). Building one, as the first request of the day or after a publish does, is "
        f"timed in-process with only the feed cache bypassed ({args.feed_repeat} builds, "
        "median). *CPU* is this process's and its PostgreSQL backend's CPU time per feed. "
        "*Equivalent vs bare* is the bare view's server CPU per request under gunicorn (table "
        "above) divided by that: the share of the bare view's throughput a stream of uncached "
        "feed requests would reach. *In-process vs bare* compares wall times through "
        f"`django.test.Client` (bare view: {in_process['ms']:.2f} ms, "
        f"{in_process['cpu_ms']:.2f} ms CPU).",
        "",
        "| Feed, uncached | contents | KB | ms per feed | SQL ms | CPU ms (Python + DB) "
        "| queries | equivalent vs bare (CPU) | in-process vs bare | target |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name in FEEDS:
        feed = extra[name]
        by_cpu = bare.cpu_ms / feed["cpu_ms"]
        lines.append(
            f"| {name} | {feed['contents']} | {feed['size'] / 1024:,.0f} | {feed['ms']:,.0f} "
            f"| {feed['sql_ms']:.0f} | {feed['cpu_ms']:,.0f} | {len(feed['queries'])} "
            f"| {by_cpu:.2%} | {in_process['ms'] / feed['ms']:.2%} "
            f"| {verdict(name, by_cpu, len(feed['queries']), 'equivalent')} |"
        )
    lines.append("")
    for name in FEEDS:
        feed = extra[name]
        lines += [f"Queries of the uncached {name} ({len(feed['queries'])}):", ""]
        lines += harness.query_lines(feed["queries"], full_sql) + [""]
        lines += feed.get("profile", [])
    return lines


# --- Targets ---------------------------------------------------------------------------------


def verdict(name, ratio, count, measure="req/s") -> str:
    """Pages at >= 50 % of the bare view, feeds at >= 10 %, at most 10 queries (warm)."""
    target = FEED_RATIO if "feed" in name else PAGE_RATIO
    queries = count if isinstance(count, int) else count.warm
    misses = []
    if ratio < target:
        misses.append(f"{measure} < {target:.0%} of bare")
    if queries > MAX_QUERIES:
        misses.append(f"> {MAX_QUERIES} queries")
    return "**missed**: " + ", ".join(misses) if misses else "met"


BENCHMARK = harness.Benchmark(
    slug="calendar",
    script="calendar_bench.py",
    title="Event calendar benchmark",
    build=build_dataset,
    dataset=lambda args: f"a calendar of {args.events:,} events",
    verdict=verdict,
    extra_in_process=uncached_feeds,
    extra_report=uncached_report,
    sizes=True,
    cold_budget=MAX_QUERIES,
)


def main(argv=None):
    harness.run(BENCHMARK, parse_args(argv))


if __name__ == "__main__":
    main()
