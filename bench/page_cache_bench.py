"""Page cache benchmark (issue 14): cache hits against the bare view, the cost of a cache miss
today and before the page cache, and the purge on publish, side by side in one run.

    .venv/bin/python bench/page_cache_bench.py [--releases 30] [--events 200] [--offers 1000]
                                               [--seconds 5] [--rounds 5] [--workers 2]
                                               [--db postgres|sqlite] [--before-dir DIR]
                                               [--show-queries] [--profile] [--update-docs]

One dataset (the press room of bench/press_bench.py, the calendar of bench/calendar_bench.py
and the exchange of bench/offers_bench.py on one site) in the scratch database
`glokal_bench_page_cache`, served by three gunicorns at once, all on the shared cache in
Redis (--cache-url, a database of this benchmark's own, emptied at the start and the end):

- "hit": today's code with the page cache on: every measured URL is warmed, checked to answer
  `X-Glokal-Cache: hit`, then loaded;
- "miss": today's code with GLOKAL_PAGE_CACHE_SECONDS=0, so every request renders; it also
  serves the bare view, the baseline (through the same middleware, none of it cached);
- "before": the code of --before-commit (the last one before the page cache), checked out
  in --before-dir (a git worktree, created and removed by the run unless it exists), run
  with the same .venv, database and media.

The URLs of all three are loaded in the same interleaved rounds (harness.measure's method),
metering server CPU per request (gunicorn workers and their PostgreSQL backends) and Redis's
CPU beside it. Then a press release is published from this process (same database, same
Redis, page cache on) and the "hit" server is polled until it serves the new title: the
time from publish to the new version, and the entries purged (stats.figures() before and
after, and the URLs of the last purge). Queries per warm request are counted in-process
(harness.count_queries, page cache off), with the dataset as built and again after it has
grown, to show they do not depend on the number of items.

Targets (issue 14): hits >= 50 % of the bare view's req/s; a miss <= 12 ms server CPU per
request or <= half of the before-figure; <= 10 queries per warm request, constant.
"""

import argparse
import datetime
import http.client
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import calendar_bench, harness, offers_bench, press_bench  # noqa: E402
from bench.harness import BARE, REPO, Target  # noqa: E402

SLUG = "page-cache"
SCRIPT = "page_cache_bench.py"
BENCH_DB = "glokal_bench_page_cache"  # not the other benchmarks': all may run at the same time
SETTINGS = "bench.page_cache_settings"
BEFORE_COMMIT = "c5b6076"  # the last commit before the page cache (issue 14)
HIT_RATIO = 0.50
MISS_CPU_MS = 12.0
MISS_OF_BEFORE = 0.50
MAX_QUERIES = 10
CACHE_HEADER = "X-Glokal-Cache"
PAGES = ("press index", "press release", "calendar", "exchange index", "offer page")
HIT_PAGES = PAGES
SUMMARY_ROW = "| page cache (issue 14)"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=30, help="press releases")
    parser.add_argument("--events", type=int, default=200, help="events in the calendar")
    parser.add_argument("--offers", type=int, default=1000, help="offers in the exchange")
    parser.add_argument(
        "--cache-url", default="redis://127.0.0.1:6379/11", help="a Redis database of its own"
    )
    parser.add_argument("--before-commit", default=BEFORE_COMMIT)
    parser.add_argument(
        "--before-dir",
        default="/tmp/bench-before",
        help="checkout of --before-commit (a worktree is added, and removed, if it is missing)",
    )
    parser.add_argument(
        "--purge-timeout", type=float, default=10, help="seconds to wait for the new version"
    )
    harness.add_common_arguments(parser)
    parser.set_defaults(seconds=5, warmup=1)
    args = parser.parse_args(argv)
    args.bench_db = BENCH_DB
    args.releases = max(10, min(args.releases, 500))
    args.events = max(20, min(args.events, 5000))
    args.offers = max(50, min(args.offers, 20_000))
    return harness.bound(args)


# --- Dataset ---------------------------------------------------------------------------------


def build_dataset(args) -> dict:
    """The three benchmarks' datasets on one German site (topics and regions shared), the home
    page and the three index pages translated to English, and the newest releases too.

    Returns {"urls": {name: path} of the measured pages, "all": every public URL warmed before
    the purge, "release": the measured release, …}."""
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify
    from wagtail.models import Page

    from pages.exchange.models.offers import CooperationOfferPage
    from tests import factories

    started = time.perf_counter()
    home, press = press_bench.site_with_legal_pages()
    topics = [
        factories.TopicFactory(name=name, slug=slugify(name)) for name in press_bench.TOPIC_NAMES
    ]
    regions = [
        factories.RegionFactory(name=name, slug=slug, country=country, nuts_code=nuts)
        for name, slug, country, nuts in calendar_bench.REGIONS
    ]
    contacts = [
        factories.ContactPersonFactory(
            photo=factories.make_image(f"Portrait {i}", 400, 400, color=(120, 90, 60))
        )
        for i in range(3)
    ]
    state = {
        "press": press,
        "topics": topics,
        "regions": regions,
        "contacts": contacts,
        "body_image": factories.make_image("Gemeinschaftsstand", 1600, 1000),
        "event_images": [factories.make_image(f"Veranstaltung {i}", 1600, 900) for i in range(8)],
        "sectors": [factories.SectorFactory(name=n, slug=s) for n, s in offers_bench.SECTORS],
        "releases": 0,
        "events": 0,
        "offers": 0,
        "first_day": timezone.localdate() + datetime.timedelta(days=1),
    }
    add_releases(state, args.releases)
    state["calendar"] = factories.add_calendar(home)
    with transaction.atomic():
        add_events(state, args.events)
    state["index"] = factories.add_offer_index(home)

    for page in (home, press, state["calendar"], state["index"]):
        factories.translate(page, "en")
    newest = list(press.get_children().live().specific().order_by("-pressreleasepage__date")[:3])
    for release in newest:
        factories.translate(release, "en")
    offers = add_offers(state, args.offers)
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)

    # The offer with the most candidates, as offers_bench measures it.
    chosen = next(
        offer
        for offer in offers
        if offer.kind == "technology_offer" and len(offer._bench_sectors) == 2
    )
    chosen = CooperationOfferPage.objects.get(pk=chosen.pk)
    release = newest[0]
    urls = {
        "press index": press.url,
        "press release": release.url,
        "calendar": state["calendar"].url,
        "exchange index": state["index"].url,
        "offer page": chosen.url,
    }
    # What a visitor may have in the cache when the release is published: every page of the
    # site in both languages, the listings with their filters and pages, the feeds.
    everything = [
        page.url
        for page in Page.objects.live()
        .filter(depth__gte=2)
        .exclude(content_type__model="cooperationofferpage")
        .exclude(content_type__model="eventpage")
    ]
    everything += [f"{press.url}?topic={topic.slug}" for topic in topics]
    everything += [f"{press.url}?page={n}" for n in range(2, 4)]
    everything += [f"{state['calendar'].url}ics/", f"{state['calendar'].url}json/"]
    everything += [f"{state['calendar'].url}?page=2", f"{state['index'].url}?page=2"]
    everything += [chosen.url, "/sitemap.xml"]
    everything += [
        event.url for event in Page.objects.live().filter(content_type__model="eventpage")[:20]
    ]
    state.update(urls=urls, release=release, everything=sorted(set(everything) - {None}))
    return state


def add_releases(state, count):

    topics, contacts = state["topics"], state["contacts"]
    for _ in range(count):
        i = state["releases"]
        state["releases"] += 1
        # Later releases are older: the measured (newest) release stays the same.
        press_bench.add_bench_release(state["press"], i, topics, contacts, state["body_image"])


def add_events(state, count):
    from django.utils import timezone

    from tests import factories

    stamp = timezone.now().replace(microsecond=0)
    with calendar_bench.without_derived_indexes():
        for _ in range(count):
            number = state["events"]
            state["events"] += 1
            spec = calendar_bench.event_fields(
                number,
                state["first_day"],
                state["topics"],
                state["regions"],
                state["event_images"],
                stamp,
            )
            factories.add_event(state["calendar"], revision=False, **spec)


def add_offers(state, count):
    from django.utils import timezone
    from wagtail.models import Page

    index = Page.objects.get(pk=state["index"].pk).specific  # numchild as it is now
    today = timezone.localdate()
    now = timezone.now().replace(microsecond=0)
    first = state["offers"]
    state["offers"] += count
    specs = [
        offers_bench.offer_fields(n, state["sectors"], state["regions"], today, now)
        for n in range(first, first + count)
    ]
    offers, _timings = offers_bench.bulk_add_offers(index, specs, state["contacts"][0])
    return offers


def grow(state, args):
    """Half as many items again, for the second query count."""
    from django.db import transaction

    add_releases(state, args.releases // 2)
    with transaction.atomic():
        add_events(state, args.events // 2)
    add_offers(state, args.offers // 2)


# --- Servers ---------------------------------------------------------------------------------


@dataclass
class Server:
    name: str  # hit, miss, before
    cwd: Path
    env: dict
    process: subprocess.Popen = None
    port: int = 0
    meter: object = None


def start_server(server: Server, log: Path):
    """harness.start_gunicorn, from a checkout of our choosing (the older commit's)."""
    port = harness.free_port()
    command = [
        sys.executable, "-m", "gunicorn", "config.wsgi:application",
        "--worker-class", "sync", "--workers", str(server.env["_workers"]),
        "--bind", f"127.0.0.1:{port}", "--backlog", "256", "--timeout", "60",
        "--log-level", "warning", "--error-logfile", str(log),
    ]  # fmt: skip
    env = {**os.environ, **{k: v for k, v in server.env.items() if not k.startswith("_")}}
    server.process = subprocess.Popen(command, cwd=server.cwd, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise SystemExit(f"gunicorn ({server.name}) exited:\n{log.read_text()}")
        try:
            if harness.request(port, Target("/bench/bare/"))[0] == 200:
                server.port = port
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"gunicorn ({server.name}) did not answer within 60 s:\n{log.read_text()}")


def fetch(port: int, path: str) -> tuple[int, dict, str]:
    """One GET as the load generator sends it (German, anonymous): status, headers, body."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(
            "GET", path, headers={"Accept-Language": "de", "User-Agent": "glokal-bench"}
        )
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        connection.close()


def ensure_before_checkout(args) -> bool:
    """The older commit's code in args.before_dir; True if this run added the worktree."""
    directory = Path(args.before_dir)
    added = False
    if not directory.exists():
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(directory), args.before_commit],
            cwd=REPO,
            check=True,
            capture_output=True,
        )
        added = True
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=directory, capture_output=True, text=True
    ).stdout.strip()
    wanted = subprocess.run(
        ["git", "rev-parse", "--short", args.before_commit],
        cwd=REPO,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if head != wanted:
        raise SystemExit(f"{directory} is at {head}, not {args.before_commit}")
    # Our settings module, so the older code runs on the same Redis (its own key prefix).
    shutil.copy(REPO / "bench" / "page_cache_settings.py", directory / "bench")
    return added


def remove_before_checkout(args):
    subprocess.run(
        ["git", "worktree", "remove", "--force", args.before_dir], cwd=REPO, capture_output=True
    )


def imports_from(directory: Path, env: dict) -> str:
    """Where the project's code is imported from when run in `directory` with our .venv (an
    editable install points at /work/main; the checkout's own files must win)."""
    code = "import django; django.setup(); import pages, bench.urls; print(pages.__file__)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=directory,
        env={**os.environ, **{k: v for k, v in env.items() if not k.startswith("_")}},
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise SystemExit(f"the code in {directory} does not import:\n{result.stderr}")
    return result.stdout.strip()


# --- Redis -----------------------------------------------------------------------------------


def redis_client():
    from django.core.cache import cache

    return cache._cache.get_client(write=True)


def redis_pid() -> int | None:
    try:
        return int(redis_client().info("server")["process_id"])
    except Exception:  # noqa: BLE001 (a Redis we may not inspect: its CPU goes unreported)
        return None


def stored_entries() -> int:
    from pages.core.page_cache import store

    name = store._backend().make_and_validate_key(store.tag_key(store.ALL))
    return redis_client().scard(name)


class Meter(harness.CpuMeter):
    """harness.CpuMeter, plus the CPU time of the Redis server, reported on its own (other
    people's clients on the same Redis would be counted too)."""

    def __init__(self, gunicorn_pid, args, redis):
        super().__init__(gunicorn_pid, args)
        self.redis = redis

    def snapshot(self):
        snapshot = super().snapshot()
        snapshot["redis"] = harness.process_cpu(self.redis) if self.redis else 0.0
        snapshot["commands"] = int(redis_client().info("stats")["total_commands_processed"])
        return snapshot

    def used_with_redis(self, before, after):
        """(server, other, Redis CPU seconds, Redis commands): the commands are counted
        server-wide, so the meter's own two INFO calls are taken off."""
        server, other = self.used(before, after)
        redis = after["redis"] - before["redis"]
        commands = after["commands"] - before["commands"] - 2
        return server, max(other - redis, 0.0), redis, max(commands, 0)


# --- Load ------------------------------------------------------------------------------------


@dataclass
class Phase:
    key: str  # "hit: press index"
    group: str  # bare, hit, miss, before
    page: str
    server: Server
    target: Target


def measure(phases: list[Phase], args) -> dict:
    """harness.measure over several servers: warm every phase, then load them in turn, round
    after round, so the ratios compare like with like."""
    for phase in phases:
        harness.load(phase.server.port, phase.target, args.warmup, args.concurrency)
    results = {phase.key: harness.Load() for phase in phases}
    redis_cpu = dict.fromkeys(results, 0.0)
    commands = dict.fromkeys(results, 0)
    slot = args.seconds / args.rounds
    for number in range(1, args.rounds + 1):
        print(f"  round {number}/{args.rounds}: {slot:g} s per URL", flush=True)
        for phase in phases:
            meter = phase.server.meter
            before = meter.snapshot()
            run = harness.load(phase.server.port, phase.target, slot, args.concurrency)
            after = meter.snapshot()
            run.server_cpu, run.other_cpu, redis, sent = meter.used_with_redis(before, after)
            results[phase.key].add(run)
            redis_cpu[phase.key] += redis
            commands[phase.key] += sent
    for key, run in results.items():
        run.redis_ms = redis_cpu[key] / max(run.requests, 1) * 1000
        run.redis_commands = commands[key] / max(run.requests, 1)
    return results


def cache_headers(phases) -> dict:
    """What each phase's server says about the page cache for its URL, right now."""
    seen = {}
    for phase in phases:
        status, headers, _body = fetch(phase.server.port, phase.target.path)
        seen[phase.key] = headers.get(CACHE_HEADER.lower(), "–") if status == 200 else status
    return seen


# --- Purge on publish ------------------------------------------------------------------------


def purge_on_publish(state, hit: Server, args) -> dict:
    """Warm the whole site on the hit server, publish the measured release with a new title
    from this process, and poll until the hit server serves it."""
    from django.db import connections
    from django.test import override_settings

    from pages.core.page_cache import signals, stats, store
    from press.models import PressReleasePage

    for path in state["everything"]:
        fetch(hit.port, path)
    stored = stored_entries()
    release_path = state["urls"]["press release"]
    index_path = state["urls"]["press index"]
    before_headers = fetch(hit.port, release_path)[1].get(CACHE_HEADER.lower())
    figures = stats.figures()

    release = PressReleasePage.objects.get(pk=state["release"].pk)
    indexed = {
        tag: redis_client().scard(store._backend().make_and_validate_key(store.tag_key(tag)))
        for tag in sorted(signals.page_tags(release))
    }
    title = f"Aktualisiert {datetime.datetime.now():%H%M%S}: {release.title}"
    release.title = title
    revision = release.save_revision()
    purge_log = PurgeLog()
    logger = logging.getLogger("pages.core.page_cache.purge")
    logger.addHandler(purge_log)
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        with override_settings(GLOKAL_PAGE_CACHE_SECONDS=3600):  # this process runs with it off
            started = time.perf_counter()
            revision.publish()
            published = time.perf_counter()
    finally:
        logger.removeHandler(purge_log)
        logger.setLevel(level)
    after = stats.figures()
    last = stats.last_purge() or {}
    connections.close_all()

    served = {}
    polls = 0
    deadline = published + args.purge_timeout
    while len(served) < 2 and time.perf_counter() < deadline:
        for name, path in (("release", release_path), ("index", index_path)):
            if name not in served:
                polls += 1
                status, headers, body = fetch(hit.port, path)
                if status == 200 and title in body:
                    served[name] = (time.perf_counter(), headers.get(CACHE_HEADER.lower()))
        time.sleep(0.005)
    again = fetch(hit.port, release_path)
    return {
        "stored": stored,
        "before_header": before_headers,
        "publish_ms": (published - started) * 1000,
        "release_ms": (served["release"][0] - started) * 1000 if "release" in served else None,
        "release_header": served.get("release", (0, None))[1],
        "index_ms": (served["index"][0] - started) * 1000 if "index" in served else None,
        "again_header": again[1].get(CACHE_HEADER.lower()),
        "purges": after["purges"] - figures["purges"],
        "purged_entries": after["purged_entries"] - figures["purged_entries"],
        "urls": last.get("urls") or [],
        "url_count": last.get("count", 0),
        "reason": last.get("reason", ""),
        "polls": polls,
        "indexed": indexed,
        "log": purge_log.messages,
    }


class PurgeLog(logging.Handler):
    """The purges this process makes, as purge.py logs them (reason and entries of each)."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


# --- Report ----------------------------------------------------------------------------------


def rounds_range(run, base):
    ratios = [page / bare for page, bare in zip(run.round_rps, base.round_rps, strict=True)]
    return min(ratios), max(ratios)


def hit_verdict(ratio, header):
    misses = []
    if header != "hit":
        misses.append(f"answered `{CACHE_HEADER}: {header}`")
    if ratio < HIT_RATIO:
        misses.append(f"req/s < {HIT_RATIO:.0%} of bare")
    return "**missed**: " + ", ".join(misses) if misses else "met"


def miss_verdict(after, before, count, grown):
    misses = []
    if after.cpu_ms > MISS_CPU_MS and after.cpu_ms > MISS_OF_BEFORE * before.cpu_ms:
        misses.append(f"> {MISS_CPU_MS:g} ms and > {MISS_OF_BEFORE:.0%} of before")
    if count.warm > MAX_QUERIES:
        misses.append(f"> {MAX_QUERIES} queries")
    if grown is not None and grown.warm != count.warm:
        misses.append("queries grow with the items")
    return "**missed**: " + ", ".join(misses) if misses else "met"


def report(args, state, loads, counts, grown, headers, purge, info, before_info) -> dict:
    """The markdown block, and the figures the summary row needs."""
    bare = loads[f"bare: {BARE}"]
    wall = sum(run.seconds for run in loads.values())
    others = sum(run.other_cpu for run in loads.values()) / wall
    size = (
        f"{args.releases} releases, {args.events} events, {args.offers} offers on one site "
        f"(grown to {state['releases']}, {state['events']}, {state['offers']} for the second "
        "query count)"
    )
    lines = [
        f"### Page cache benchmark, {datetime.date.today():%Y-%m-%d}",
        "",
        f"Command: `{harness.command_line(SCRIPT)}`",
        "",
        *(f"- {key}: {value}" for key, value in info.items()),
        f"- Before: {before_info} in `{args.before_dir}`, same .venv, database, media and Redis "
        "(its own key prefix)",
        f"- Dataset: {size}",
        f"- Load: three gunicorns with {args.workers} sync workers each (hit: page cache on; miss: "
        "GLOKAL_PAGE_CACHE_SECONDS=0; before), shared cache on Redis "
        f"`{args.cache_url}`; {args.concurrency} client threads on the same machine, one "
        f"connection per request; {args.seconds:g} s per URL in {args.rounds} interleaved "
        f"rounds after {args.warmup:g} s warm-up",
        f"- Other processes used {others:.2f} of {os.cpu_count()} cores during the load",
        "",
        "#### Cache hits against the bare view",
        "",
        "The bare view is served by the miss server (page cache off, full middleware stack). "
        "Server CPU: gunicorn workers and their PostgreSQL backends; Redis's own CPU beside it.",
        "",
        "| Page | req/s | vs bare (rounds) | p50 ms | p95 ms | server CPU ms/req | Redis CPU "
        f"ms/req (commands) | vs bare by CPU | response KB | `{CACHE_HEADER}` | errors | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|",
        f"| {BARE} | {bare.rps:.0f} | 100% | {bare.percentile(0.5):.1f} | "
        f"{bare.percentile(0.95):.1f} | {bare.cpu_ms:.2f} | {bare.redis_ms:.2f} "
        f"({bare.redis_commands:.1f}) | 100% | {bare.size / 1024:,.1f} | – | "
        f"{bare.errors} | baseline |",
    ]
    hit_ratios = {}
    for page in HIT_PAGES:
        run = loads[f"hit: {page}"]
        ratio = run.rps / bare.rps
        hit_ratios[page] = ratio
        low, high = rounds_range(run, bare)
        header = headers[f"hit: {page}"]
        lines.append(
            f"| {page} | {run.rps:.0f} | {ratio:.1%} ({low:.1%}–{high:.1%}) "
            f"| {run.percentile(0.5):.1f} | {run.percentile(0.95):.1f} | {run.cpu_ms:.2f} "
            f"| {run.redis_ms:.2f} ({run.redis_commands:.1f}) | {bare.cpu_ms / run.cpu_ms:.1%} "
            f"| {run.size / 1024:,.1f} | {header} | {run.errors} "
            f"| {hit_verdict(ratio, header)} |"
        )
    lines += [
        "",
        f"Page cache counters during the hit rounds: {headers['stats']}.",
        "",
        "#### Cache misses: every request renders, today and before the page cache",
        "",
        "| Page | before: req/s | before: CPU ms/req | today: req/s | today: CPU ms/req | "
        "today vs before (CPU) | Redis CPU ms/req (commands) today / before | queries warm / cold "
        "(grown: warm) | in-process ms (SQL) | errors | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    miss_figures = {}
    for page in PAGES:
        after, before = loads[f"miss: {page}"], loads[f"before: {page}"]
        count = counts[page]
        grown_count = grown.get(page) if grown else None
        miss_figures[page] = (after.cpu_ms, before.cpu_ms)
        grown_text = f" ({grown_count.warm})" if grown_count else ""
        lines.append(
            f"| {page} | {before.rps:.1f} | {before.cpu_ms:.1f} | {after.rps:.1f} "
            f"| {after.cpu_ms:.1f} | {after.cpu_ms / before.cpu_ms:.0%} "
            f"| {after.redis_ms:.2f} ({after.redis_commands:.0f}) / {before.redis_ms:.2f} "
            f"({before.redis_commands:.0f}) "
            f"| {count.warm} / {count.cold}{grown_text} | {count.total_ms:.1f} "
            f"({count.sql_ms:.1f}) | {after.errors + before.errors} "
            f"| {miss_verdict(after, before, count, grown_count)} |"
        )
    lines += ["", "#### Purge on publish of a press release", ""]
    lines += purge_lines(purge)
    lines += ["", "URLs:", ""]
    lines += [f"- {page}: `{path}`" for page, path in state["urls"].items()]
    lines.append("")
    return {
        "text": "\n".join(lines) + "\n",
        "hit_ratios": hit_ratios,
        "miss": miss_figures,
        "purge": purge,
        "queries": {page: counts[page].warm for page in PAGES},
    }


def purge_lines(purge) -> list[str]:
    def ms(value):
        return f"{value:.0f} ms" if value is not None else "**not within the timeout**"

    lines = [
        "| | |",
        "|---|---:|",
        f"| entries in the page cache before the publish (whole site warmed) | {purge['stored']} |",
        f"| `publish()` (revision published, transaction committed, purge done) "
        f"| {purge['publish_ms']:.0f} ms |",
        f"| publish → new title served on the release (answered `{purge['release_header']}`) "
        f"| {ms(purge['release_ms'])} |",
        f"| publish → new title on the press index | {ms(purge['index_ms'])} |",
        f"| next request for the release | `{purge['again_header']}` |",
        f"| purges (stats delta) | {purge['purges']} |",
        f"| entries purged (stats `purged_entries` delta) | {purge['purged_entries']} |",
        f"| URLs of the last purge (sent to the frontend cache) | {purge['url_count']} |",
    ]
    lines += ["", "Purges made by the publish (as purge.py logs them):", ""]
    lines += [f"- {message}" for message in purge["log"]] or ["- none logged"]
    lines += ["", "Tags the publish purges, and the entries indexed under each before it:", ""]
    lines += [f"- `{tag}`: {count}" for tag, count in purge["indexed"].items()]
    lines += ["", f"Reason of the last purge: {purge['reason']}", "", "Purged URLs:", ""]
    lines += [f"- `{url}`" for url in purge["urls"][:60]]
    if purge["url_count"] > 60:
        lines.append(f"- … and {purge['url_count'] - 60} more")
    return lines


def summary_row(figures) -> str:
    hits = figures["hit_ratios"]
    misses = figures["miss"]
    purge = figures["purge"]
    hit_ok = all(ratio >= HIT_RATIO for ratio in hits.values())
    miss_ok = all(a <= MISS_CPU_MS or a <= MISS_OF_BEFORE * b for a, b in misses.values())
    queries = ", ".join(str(n) for n in figures["queries"].values())
    hit_text = ", ".join(f"{ratio:.0%}" for ratio in hits.values())
    miss_text = ", ".join(f"{a:.0f} ({b:.0f})" for a, b in misses.values())
    served = purge["release_ms"]
    return (
        f"{SUMMARY_ROW}: cache hit of press index, press release, calendar, exchange index, "
        f"offer page; cache miss today (before); purge on publish | {queries} on a miss "
        f"| hits {hit_text} of the bare view (≥ 50 %): {'met' if hit_ok else '**missed**'}; "
        f"miss CPU ms/req {miss_text} (≤ 12 ms or ≤ half): {'met' if miss_ok else '**missed**'}; "
        f"publish → new version served in "
        f"{f'{served:.0f} ms' if served is not None else 'never'}, "
        f"{purge['purged_entries']} of {purge['stored']} entries purged "
        f"(`bench/{SCRIPT}`) |"
    )


def update_summary(row: str):
    """Replace the page cache's row of the summary table, or append it to the table."""
    text = harness.DOCS.read_text()
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line.startswith(SUMMARY_ROW):
            lines[number] = row
            break
    else:
        start = next(n for n, line in enumerate(lines) if line.startswith("## Summary"))
        header = next(n for n in range(start, len(lines)) if lines[n].startswith("|"))
        end = header
        while end < len(lines) and lines[end].startswith("|"):
            end += 1
        lines.insert(end, row)
    harness.DOCS.write_text("\n".join(lines))


# --- The run ---------------------------------------------------------------------------------


def setup_django(database_url: str, scratch: Path, args) -> dict:
    """harness.setup_django with the Redis settings, the page cache off in this process (its
    query counts are of renders), and the shared cache emptied."""
    env = {
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "GLOKAL_BENCH_DATABASE_URL": database_url,
        "GLOKAL_BENCH_SCRATCH": str(scratch),
        "GLOKAL_BENCH_CACHE_URL": args.cache_url,
        "GLOKAL_BENCH_CACHE_PREFIX": "",
        "GLOKAL_PAGE_CACHE_SECONDS": "0",
    }
    os.environ.update(env)
    (scratch / "static").mkdir()
    import django
    from django.core.management import call_command

    django.setup()
    from django.core.cache import cache

    cache.clear()
    call_command("migrate", verbosity=0, interactive=False)
    return env


def run(args):
    scratch = Path(tempfile.mkdtemp(prefix="glokal-page-cache-bench-"))
    servers = []
    database_created = False
    added_worktree = False
    try:
        added_worktree = ensure_before_checkout(args)
        print(f"Creating the {args.db} database and the dataset …", flush=True)
        url = harness.create_database(args, scratch)
        database_created = True
        env = setup_django(url, scratch, args)
        state = build_dataset(args)
        urls = state["urls"]

        print("Counting queries in-process …", flush=True)
        started = time.perf_counter()
        counts = harness.count_queries(urls, args.profile)
        print(f"  counted in {time.perf_counter() - started:.0f} s", flush=True)
        info = machine_info()
        before_info = f"commit {args.before_commit}"
        from django.db import connections

        connections.close_all()

        workers = {"_workers": args.workers}
        hit = Server("hit", REPO, {**env, **workers, "GLOKAL_PAGE_CACHE_SECONDS": "3600"})
        miss = Server("miss", REPO, {**env, **workers, "GLOKAL_PAGE_CACHE_SECONDS": "0"})
        before = Server(
            "before",
            Path(args.before_dir),
            {**env, **workers, "GLOKAL_BENCH_CACHE_PREFIX": "before"},
        )
        imported = imports_from(before.cwd, before.env)
        if not imported.startswith(str(before.cwd)):
            raise SystemExit(f"the before server would run {imported}, not {before.cwd}'s code")
        redis = redis_pid()
        for server in (hit, miss, before):
            print(f"Starting gunicorn ({server.name}) with {args.workers} sync workers …")
            start_server(server, scratch / f"gunicorn-{server.name}.log")
            servers.append(server)
            server.meter = Meter(server.process.pid, args, redis)

        phases = [Phase(f"bare: {BARE}", "bare", BARE, miss, Target("/bench/bare/"))]
        phases += [Phase(f"hit: {p}", "hit", p, hit, Target(urls[p])) for p in HIT_PAGES]
        phases += [Phase(f"miss: {p}", "miss", p, miss, Target(urls[p])) for p in PAGES]
        phases += [Phase(f"before: {p}", "before", p, before, Target(urls[p])) for p in PAGES]
        for phase in phases:  # warm: fills the page cache on the hit server
            fetch(phase.server.port, phase.target.path)
        headers = cache_headers(phases)
        check_servers(headers)
        from pages.core.page_cache import stats

        start_figures = stats.figures()
        started = time.perf_counter()
        loads = measure(phases, args)
        end_figures = stats.figures()
        headers.update(
            {k: v for k, v in cache_headers(phases).items() if v != "hit" and k.startswith("hit")}
        )
        headers["stats"] = ", ".join(
            f"{event} +{end_figures[event] - start_figures[event]}"
            for event in ("hits", "misses", "stores")
        )

        print(f"  loaded in {time.perf_counter() - started:.0f} s", flush=True)
        print("Purge on publish …", flush=True)
        purge = purge_on_publish(state, hit, args)
        for server in servers:
            server.meter.close()
            harness.stop(server.process)

        print("Growing the dataset and counting queries again …", flush=True)
        started = time.perf_counter()
        grow(state, args)
        grown = harness.count_queries(urls)
        print(f"  grown and counted in {time.perf_counter() - started:.0f} s", flush=True)

        figures = report(args, state, loads, counts, grown, headers, purge, info, before_info)
        queries = [
            line
            for page in PAGES
            for line in harness.query_report(page, counts[page], args.show_queries)
        ]
        text = figures["text"] + "\n" + "\n".join(queries)
        print("\n" + text)
        harness.write_results(SLUG, text)
        if args.update_docs:
            short = (
                figures["text"]
                + "\n"
                + "\n".join(
                    line
                    for page in PAGES
                    for line in harness.query_report(page, counts[page], False)
                )
            )
            harness.update_docs(short, f"<!-- {SLUG}-bench:begin -->", f"<!-- {SLUG}-bench:end -->")
            update_summary(summary_row(figures))
            print(f"Updated {harness.DOCS.relative_to(REPO)}")
    finally:
        # Each step on its own: a database that went away must not leave the rest behind.
        steps = [lambda server=server: stop_server(server) for server in servers]
        steps.append(forget_django)
        if database_created:
            steps.append(lambda: harness.drop_database(args))
        if added_worktree:
            steps.append(lambda: remove_before_checkout(args))
        for step in steps:
            try:
                step()
            except Exception as error:  # noqa: BLE001
                print(f"  cleaning up: {error}", file=sys.stderr)
        shutil.rmtree(scratch, ignore_errors=True)


def stop_server(server: Server):
    if server.meter is not None:
        server.meter.close()
    harness.stop(server.process)


def forget_django():
    """Leave our Redis database as we found it (empty) and close our connections."""
    if "django" not in sys.modules:
        return
    from django.apps import apps

    if not apps.ready:
        return
    from django.core.cache import cache
    from django.db import connections

    cache.clear()
    connections.close_all()


def check_servers(headers):
    """The hit server serves hits after the warm-up; the others render every time."""
    wrong = [
        f"{key}: {value}"
        for key, value in headers.items()
        if (key.startswith("hit: ") and value != "hit")
        or (not key.startswith("hit: ") and value not in ("–",))
    ]
    if wrong:
        print("  warning: unexpected page cache answers: " + "; ".join(wrong), flush=True)


def machine_info() -> dict:
    info = harness.machine()
    info["Code"] = f"today: {info['Code']}"
    return info


def main(argv=None):
    run(parse_args(argv))


if __name__ == "__main__":
    main()
