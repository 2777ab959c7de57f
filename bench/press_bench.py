"""Press room benchmark: press pages served by gunicorn, compared with a bare Django view.

    .venv/bin/python bench/press_bench.py [--releases 50] [--seconds 10] [--workers 2]
                                          [--rounds 5] [--db postgres|sqlite] [--show-queries]
                                          [--profile] [--update-docs]

Absolute requests per second depend on the machine and on whatever else runs on it, so the
figure that counts is each page's throughput as a share of a bare "hello world" view served
by the same gunicorn, through the same middleware stack, in the same run. The target
(docs/benchmarks.md): each page at >= 50 % of the bare view without a page cache, at most 10
SQL queries per request.

What the script does, in order:
1. creates a scratch database (PostgreSQL `glokal_bench`, or SQLite in a temp dir), migrates
   it and builds a German press room (releases with topics, a contact with a photo, a hero
   image and a body with paragraphs, a quote and an image; a few translated to English);
2. counts the SQL queries of each page in-process (django.test.Client against the same
   database and settings): cold (empty cache) and warm (caches filled by earlier requests),
   and lists where each warm query comes from (template line, project code);
3. starts gunicorn (sync workers, 127.0.0.1, a free port, bench.settings), warms every page
   up in every worker, and loads the URLs in interleaved rounds, --seconds per URL in all,
   from a few client threads, metering the server's CPU time per request;
4. prints a markdown table, writes it to bench/results/press-<date>.md (git-ignored) and,
   with --update-docs, into docs/benchmarks.md; then stops gunicorn and drops the database.

The load generator is deliberately simple and cheap: one TCP connection per request (gunicorn's
sync workers close the connection after every response anyway), a prebuilt request, read to
EOF. It only ever talks to 127.0.0.1, with a bounded number of threads for a bounded time.
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BENCH_DB = "glokal_bench"
TARGET_RATIO = 0.50
MAX_QUERIES = 10
DOCS = REPO / "docs" / "benchmarks.md"
DOCS_BEGIN = "<!-- press-bench:begin -->"
DOCS_END = "<!-- press-bench:end -->"
TOPIC_NAMES = [
    "Wirtschaftsförderung",
    "Digitalisierung",
    "Fachkräfte",
    "Messen",
    "Grenzüberschreitende Zusammenarbeit",
    "Life Sciences",
]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=50, help="press releases to create")
    parser.add_argument("--seconds", type=float, default=10, help="load time per URL")
    parser.add_argument(
        "--rounds", type=int, default=5, help="interleaved rounds the seconds are split into"
    )
    parser.add_argument("--warmup", type=float, default=2, help="warm-up time per URL")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument(
        "--concurrency", type=int, default=None, help="client threads (default 2 x workers)"
    )
    parser.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument(
        "--pg-url",
        default="postgresql://postgres@127.0.0.1:5432",
        help="PostgreSQL server to create the scratch database on",
    )
    parser.add_argument(
        "--show-queries", action="store_true", help="print the SQL of a warm request, grouped"
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="profile warm requests in-process and report where the CPU time goes",
    )
    parser.add_argument(
        "--update-docs", action="store_true", help="write the results into docs/benchmarks.md"
    )
    args = parser.parse_args(argv)
    # Bounded load: a handful of loopback clients for at most a few minutes per URL.
    args.concurrency = min(args.concurrency or 2 * args.workers, 32)
    args.seconds = min(args.seconds, 300)
    args.warmup = min(args.warmup, 60)
    args.rounds = max(1, min(args.rounds, 50))
    return args


# --- Scratch database ------------------------------------------------------------------------


def create_database(args, scratch: Path) -> str:
    """A fresh, empty database for this run; returns its URL."""
    if args.db == "sqlite":
        return f"sqlite:///{scratch / 'bench.sqlite3'}"
    import psycopg

    with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {BENCH_DB}")
    return f"{args.pg_url}/{BENCH_DB}"


def drop_database(args):
    if args.db != "postgres":
        return  # the SQLite file goes with the scratch directory
    import psycopg

    with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")


def setup_django(database_url: str, scratch: Path) -> dict:
    """Configure this process with bench.settings; returns the environment gunicorn needs."""
    env = {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "GLOKAL_BENCH_DATABASE_URL": database_url,
        "GLOKAL_BENCH_SCRATCH": str(scratch),
    }
    os.environ.update(env)
    (scratch / "static").mkdir()  # WhiteNoise warns about a missing STATIC_ROOT
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    return env


# --- Dataset ---------------------------------------------------------------------------------


def body_for(number, image):
    paragraph = (
        f"<p>Die Wirtschaftsförderung stellt auf der Messe {number} Projekte aus Sachsen und "
        "Niederschlesien vor. <b>Unternehmen</b> aus beiden Regionen präsentieren gemeinsame "
        "Vorhaben in Forschung, Produktion und Ausbildung; ein Fachprogramm begleitet die "
        "Ausstellung an allen drei Tagen.</p>"
    )
    return [
        ("paragraph", paragraph),
        ("paragraph", paragraph),
        (
            "quote",
            {
                "quote": "Die Zusammenarbeit über die Grenze schafft Vorteile für beide Seiten.",
                "speaker": "Erika Musterfrau",
                "role": "Geschäftsführerin",
            },
        ),
        ("paragraph", paragraph),
        ("image", {"image": image, "caption": "Der Gemeinschaftsstand", "credit": ""}),
        ("paragraph", paragraph),
    ]


def build_dataset(releases: int) -> dict:
    """A German site with a press room of `releases` releases; returns the URLs to measure.

    The newest releases, the home page and the press room are translated to English, so the
    language switcher and the hreflang alternates of the measured pages have something to list.
    """
    from django.utils.text import slugify

    from tests import factories

    home, press = factories.build_site()
    for title, role in [
        ("Impressum", "imprint"),
        ("Datenschutz", "privacy"),
        ("Barrierefreiheit", "accessibility"),
    ]:
        factories.add_standard_page(home, title, footer_link=role)

    topics = [factories.TopicFactory(name=name, slug=slugify(name)) for name in TOPIC_NAMES]
    contacts = [
        factories.ContactPersonFactory(
            photo=factories.make_image(f"Portrait {i}", 400, 400, color=(120, 90, 60))
        )
        for i in range(3)
    ]
    body_image = factories.make_image("Gemeinschaftsstand", 1600, 1000)
    newest = None
    for i in range(releases):
        release = factories.add_release(
            press,
            f"Pressemitteilung {i + 1}: Gemeinsamer Auftritt auf der Messe",
            date=datetime.date(2025, 10, 23) - datetime.timedelta(days=7 * i),
            topics=[topics[i % len(topics)], topics[(i + 1) % len(topics)]],
            contacts=[contacts[i % len(contacts)]],
            subtitle="Sachsen und Niederschlesien stellen gemeinsam aus",
            hero_image=factories.make_image(f"Aufmacher {i}", 1600, 900),
            hero_caption="Eröffnung des Gemeinschaftsstands",
            body=body_for(i + 1, body_image),
        )
        newest = newest or release

    factories.translate(home, "en")
    factories.translate(press, "en")
    for release in press.get_children().live().specific().order_by("-pressreleasepage__date")[:3]:
        factories.translate(release, "en")

    return {
        "bare view": "/bench/bare/",
        "press index": press.url,
        "press index ?topic=": f"{press.url}?topic={topics[0].slug}",
        "press release": newest.url,
    }


# --- Queries per request (in-process) --------------------------------------------------------


@dataclass
class QueryCount:
    cold: int
    warm: int
    warm_queries: list  # (sql, origin) of the warm request
    total_ms: float  # median in-process time of a warm request …
    sql_ms: float  # … and the part of it spent executing SQL
    profile: list = field(default_factory=list)  # with --profile: where the CPU time goes


def query_origin() -> str:
    """Where a query comes from: the innermost template line and project function on the
    stack, and the library function that ran it for them, if any. The owners of the models
    and templates need the line to change, not only the SQL."""
    template = code = library = None
    frame = sys._getframe(2)
    while frame is not None:
        filename = frame.f_code.co_filename
        where = f"{frame.f_lineno} {frame.f_code.co_name}"
        if template is None and frame.f_code.co_name == "render_annotated":
            node = frame.f_locals.get("self")
            if getattr(node, "origin", None) is not None and getattr(node, "token", None):
                template = f"{node.origin.template_name}:{node.token.lineno}"
        if "/site-packages/" in filename:
            package = filename.split("/site-packages/", 1)[1]
            inner = template is None and code is None  # only what the project code called
            if library is None and inner and not package.startswith("django/"):
                library = f"{package}:{where}"
        elif code is None and filename.startswith(str(REPO)) and "/bench/" not in filename:
            code = f"{Path(filename).relative_to(REPO)}:{where}"
        frame = frame.f_back
    return " · ".join(part for part in (template, code, library) if part) or "django"


def capture(client, path):
    """The queries of one request, each with its origin."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    origins = []

    def record_origin(execute, sql, params, many, context):
        origins.append(query_origin())
        return execute(sql, params, many, context)

    with CaptureQueriesContext(connection) as ctx, connection.execute_wrapper(record_origin):
        response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code} in-process")
    return [(q["sql"], origin) for q, origin in zip(ctx.captured_queries, origins, strict=True)]


def time_in_process(client, path, repeat=20):
    """Median wall time of a warm request and of its SQL, without HTTP or gunicorn: tells the
    owners whether the time goes to the database or to Python (ORM, templates)."""
    from django.db import connection

    spent = [0.0]

    def timed(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent[0] += time.perf_counter() - start

    totals, sqls = [], []
    with connection.execute_wrapper(timed):
        for _ in range(repeat):
            spent[0] = 0.0
            start = time.perf_counter()
            client.get(path)
            totals.append(time.perf_counter() - start)
            sqls.append(spent[0])
    return statistics.median(totals) * 1000, statistics.median(sqls) * 1000


def code_area(filename: str) -> str:
    """A profiler entry's area: django/template, django/db, wagtail, project, stdlib …"""
    if filename == "~":
        return "builtins (C)"
    if "/site-packages/" in filename:
        parts = filename.split("/site-packages/", 1)[1].split("/")
        return "/".join(parts[:2]) if parts[0] == "django" else parts[0]
    if filename.startswith(str(REPO)):
        return f"project: {Path(filename).relative_to(REPO).parts[0]}/"
    return "stdlib"


def profile(client, path, repeat=20) -> list[str]:
    """Where a warm request's CPU time goes: own time per area, and the cumulative time of
    the project's functions and of template rendering as a whole.

    The query count alone does not explain a page's cost; this points at what does. It counts
    this process's CPU time, so waiting for the database is left out (see the SQL column)."""
    import cProfile
    import pstats

    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for _ in range(repeat):
        client.get(path)
    profiler.disable()
    entries = pstats.Stats(profiler).stats.items()  # (file, line, name): (cc, nc, tt, ct, _)
    areas = Counter()
    for (filename, _line, _name), (_cc, _nc, own, _cum, _callers) in entries:
        areas[code_area(filename)] += own
    total = sum(areas.values())
    lines = [
        f"CPU time by area ({repeat} warm requests in-process under cProfile, "
        f"{total / repeat * 1000:.1f} ms per request with the profiler's overhead): "
        + " · ".join(f"{area} {own / total:.0%}" for area, own in areas.most_common(8)),
        "",
        "Cumulative CPU time of template rendering and of the project's functions:",
        "",
    ]
    entry_points = [
        (key, value)
        for key, value in entries
        if code_area(key[0]).startswith("project") or key[2] == "rendered_content"
    ]
    top = sorted(entry_points, key=lambda item: item[1][3], reverse=True)[:10]
    for (filename, line, name), (_cc, calls, _own, cumulative, _callers) in top:
        short = filename.split("/site-packages/", 1)[-1].removeprefix(f"{REPO}/")
        lines.append(f"- {cumulative / total:4.0%} {calls / repeat:>4g}× `{short}:{line} {name}`")
    return lines + [""]


def count_queries(urls: dict, with_profile=False) -> dict:
    """Cold: the first request after the cache is emptied (what a fresh worker, or the first
    request after a publish, pays). Warm: the third request, with menus, filter choices, site
    root paths and renditions cached, as in a worker that has been serving for a while.
    Renditions are created once beforehand, as the very first visitor would."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="de")
    for path in urls.values():
        client.get(path)
    counts = {}
    for name, path in urls.items():
        cache.clear()
        ContentType.objects.clear_cache()
        cold = capture(client, path)
        capture(client, path)
        warm = capture(client, path)
        total_ms, sql_ms = time_in_process(client, path)
        counts[name] = QueryCount(len(cold), len(warm), warm, total_ms, sql_ms)
        if with_profile:
            counts[name].profile = profile(client, path)
    return counts


def normalise(sql: str) -> str:
    """The SQL with literal values replaced, so repeated queries of one shape group together."""
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)
    sql = re.sub(r"\b\d+\b", "?", sql)
    return re.sub(r"IN \((?:\?, )*\?\)", "IN (…)", sql)


def main_table(sql: str) -> str:
    match = re.search(r'\bFROM\s+"?(\w+)"?', sql) or re.search(r'^\w+\s+(?:INTO\s+)?"?(\w+)', sql)
    return match.group(1) if match else "?"


def query_report(name: str, count: QueryCount, full_sql: bool) -> list[str]:
    """The warm request's queries grouped by shape: how often, which table, from where."""
    groups = Counter()
    first = {}
    for sql, origin in count.warm_queries:
        key = (normalise(sql), origin)
        groups[key] += 1
        first.setdefault(key, sql)
    lines = [f"#### {name}: {count.warm} queries per warm request ({count.cold} cold)", ""]
    for (shape, origin), times in groups.items():
        lines.append(f"- {times} × `{main_table(shape)}` — {origin}")
        if full_sql:
            lines += ["", "  ```sql", f"  {first[(shape, origin)]}", "  ```", ""]
    return lines + [""] + count.profile


# --- gunicorn and the load generator ---------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(workers: int, env: dict, log: Path):
    port = free_port()
    command = [
        sys.executable, "-m", "gunicorn", "config.wsgi:application",
        "--worker-class", "sync", "--workers", str(workers),
        "--bind", f"127.0.0.1:{port}", "--backlog", "256", "--timeout", "60",
        "--log-level", "warning", "--error-logfile", str(log),
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=REPO, env={**os.environ, **env})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited:\n{log.read_text()}")
        try:
            if request(port, "/bench/bare/")[0] == 200:
                return process, port
        except OSError:
            pass
        time.sleep(0.2)
    stop(process)
    raise SystemExit("gunicorn did not answer within 30 s")


def stop(process):
    """Stop our gunicorn (by its pid): TERM lets the workers finish, KILL if they hang."""
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def request(port: int, path: str) -> tuple[int, float]:
    """One GET on a fresh connection, read to EOF: (status, seconds)."""
    raw = (
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept-Language: de\r\n"
        "User-Agent: glokal-press-bench\r\nConnection: close\r\n\r\n"
    ).encode()
    start = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(raw)
        head = b""
        while chunk := sock.recv(65536):
            head = head or chunk[:16]
    return int(head[9:12] or 0), time.perf_counter() - start


@dataclass
class Load:
    """What one URL got from the load generator, pooled over the rounds."""

    requests: int = 0
    seconds: float = 0.0
    errors: int = 0
    server_cpu: float = 0.0  # CPU seconds of the gunicorn workers and their DB backends
    other_cpu: float = 0.0  # CPU seconds of everything else on the machine but the client
    latencies: list = field(default_factory=list)
    round_rps: list = field(default_factory=list)

    @property
    def rps(self):
        return self.requests / self.seconds

    @property
    def cpu_ms(self):
        return self.server_cpu / self.requests * 1000

    def percentile(self, p):
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000

    def add(self, other: "Load"):
        self.requests += other.requests
        self.seconds += other.seconds
        self.errors += other.errors
        self.server_cpu += other.server_cpu
        self.other_cpu += other.other_cpu
        self.latencies += other.latencies
        self.round_rps += other.round_rps


def load(port: int, path: str, seconds: float, concurrency: int) -> Load:
    """`concurrency` threads request `path` back to back until `seconds` have passed."""
    deadline = time.perf_counter() + seconds
    latencies, errors = [], []
    lock = threading.Lock()

    def client():
        mine, bad = [], 0
        while time.perf_counter() < deadline:
            try:
                status, elapsed = request(port, path)
            except OSError:
                status, elapsed = 0, 0.0
            mine.append(elapsed)
            bad += status != 200
        with lock:
            latencies.extend(mine)
            errors.append(bad)

    start = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    return Load(len(latencies), elapsed, sum(errors), latencies=latencies,
                round_rps=[len(latencies) / elapsed])  # fmt: skip


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a process (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def machine_busy() -> float:
    """CPU seconds all cores have spent busy since boot."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    idle = values[3] + values[4]  # idle + iowait
    return (sum(values) - idle) / CLOCK_TICKS


class CpuMeter:
    """Where the machine's CPU goes during a load phase.

    Requests per second depend on everything else the two cores do meanwhile, the load
    generator and other people's test runs included. The server's CPU time per request (the
    gunicorn workers plus the PostgreSQL backends serving them) does not, so it is reported
    beside req/s, and so is what other processes took.
    """

    def __init__(self, gunicorn_pid: int, args):
        self.gunicorn_pid = gunicorn_pid
        self.pg = None
        if args.db == "postgres":
            import psycopg

            self.pg = psycopg.connect(f"{args.pg_url}/postgres", autocommit=True)

    def server_pids(self):
        pid = self.gunicorn_pid
        pids = [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        if self.pg is not None:
            rows = self.pg.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s", [BENCH_DB]
            ).fetchall()
            pids += [row[0] for row in rows]
        return pids

    def snapshot(self):
        own = os.times()
        return {
            "server": {pid: process_cpu(pid) for pid in self.server_pids()},
            "client": own.user + own.system,
            "busy": machine_busy(),
        }

    @staticmethod
    def used(before, after):
        """(server, other) CPU seconds between two snapshots. A DB backend that ended in
        between is missed (Django reconnects every CONN_MAX_AGE = 60 s per worker)."""
        server = sum(cpu - before["server"].get(pid, 0.0) for pid, cpu in after["server"].items())
        client = after["client"] - before["client"]
        other = after["busy"] - before["busy"] - server - client
        return server, max(other, 0.0)

    def close(self):
        if self.pg is not None:
            self.pg.close()


def measure(port: int, urls: dict, args, meter: CpuMeter) -> dict:
    """Warm every URL up in every worker, then load the URLs in turn, round after round.

    Interleaving spreads whatever else happens on the machine over all URLs alike, so the
    ratio to the bare view stays fair; the per-round spread of the ratio shows the noise.
    """
    for path in urls.values():
        load(port, path, args.warmup, args.concurrency)
    results = {name: Load() for name in urls}
    slot = args.seconds / args.rounds
    for number in range(1, args.rounds + 1):
        print(f"  round {number}/{args.rounds}: {slot:g} s per URL", flush=True)
        for name, path in urls.items():
            before = meter.snapshot()
            phase = load(port, path, slot, args.concurrency)
            phase.server_cpu, phase.other_cpu = meter.used(before, meter.snapshot())
            results[name].add(phase)
    return results


# --- Report ----------------------------------------------------------------------------------


def machine() -> dict:
    import django
    import gunicorn
    import wagtail
    from django.db import connection

    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        match = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE)
        cpu = match.group(1).strip() if match else cpu
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0].split()[0]} (127.0.0.1)"
    else:
        import sqlite3

        database = f"SQLite {sqlite3.sqlite_version}"
    return {
        "Code": code_version(),
        "CPU": f"{os.cpu_count()} × {cpu} (nproc {os.cpu_count()})",
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "Django": django.get_version(),
        "Wagtail": wagtail.__version__,
        "gunicorn": gunicorn.__version__,
        "Database": database,
    }


def code_version() -> str:
    """The commit measured, and whether the working tree differed from it."""

    def git(*command):
        return subprocess.run(["git", *command], cwd=REPO, capture_output=True, text=True)

    commit = git("rev-parse", "--short", "HEAD").stdout.strip() or "unknown"
    dirty = git("diff", "--quiet", "HEAD", "--", ".", ":!bench", ":!docs").returncode != 0
    return f"commit {commit}" + (" + uncommitted changes" if dirty else "")


def verdict(name, ratio, count) -> str:
    if name == "bare view":
        return "baseline"
    misses = []
    if ratio < TARGET_RATIO:
        misses.append(f"req/s < {TARGET_RATIO:.0%} of bare")
    if count.warm > MAX_QUERIES:
        misses.append(f"> {MAX_QUERIES} queries")
    return "**missed**: " + ", ".join(misses) if misses else "met"


def report(args, urls, counts, loads, info) -> str:
    bare = loads["bare view"]
    options = [arg for arg in sys.argv[1:] if arg != "--update-docs"]
    command = " ".join([".venv/bin/python bench/press_bench.py", *options])
    wall = sum(run.seconds for run in loads.values())
    others = sum(run.other_cpu for run in loads.values()) / wall
    lines = [
        f"### Press room benchmark, {datetime.date.today():%Y-%m-%d}",
        "",
        f"Command: `{command}`",
        "",
        *(f"- {key}: {value}" for key, value in info.items()),
        f"- Load: {args.releases} releases; gunicorn with {args.workers} sync workers; "
        f"{args.concurrency} client threads on the same machine, one connection per request; "
        f"{args.seconds:g} s per URL in {args.rounds} interleaved rounds after "
        f"{args.warmup:g} s warm-up; no page cache",
        f"- Other processes used {others:.2f} of {os.cpu_count()} cores during the load",
        "",
        "| Page | req/s | vs bare (rounds) | p50 ms | p95 ms | server CPU ms/req "
        "| vs bare by CPU | queries warm / cold | in-process ms (SQL) | errors | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name in urls:
        run, count = loads[name], counts[name]
        ratio = run.rps / bare.rps
        rounds = [page / base for page, base in zip(run.round_rps, bare.round_rps, strict=True)]
        lines.append(
            f"| {name} | {run.rps:.0f} | {ratio:.1%} ({min(rounds):.1%}–{max(rounds):.1%}) "
            f"| {run.percentile(0.5):.1f} | {run.percentile(0.95):.1f} | {run.cpu_ms:.2f} "
            f"| {bare.cpu_ms / run.cpu_ms:.1%} | {count.warm} / {count.cold} "
            f"| {count.total_ms:.1f} ({count.sql_ms:.1f}) | {run.errors} "
            f"| {verdict(name, ratio, count)} |"
        )
    lines += ["", "URLs:", "", *(f"- {name}: `{path}`" for name, path in urls.items())]
    return "\n".join(lines) + "\n"


def update_docs(block: str):
    """Replace the generated block between the markers; the hand-written text stays."""
    text = DOCS.read_text()
    if DOCS_BEGIN not in text or DOCS_END not in text:
        raise SystemExit(f"{DOCS} lacks the {DOCS_BEGIN} … {DOCS_END} markers")
    head, rest = text.split(DOCS_BEGIN, 1)
    _old, tail = rest.split(DOCS_END, 1)
    DOCS.write_text(f"{head}{DOCS_BEGIN}\n{block}{DOCS_END}{tail}")


def main(argv=None):
    args = parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="glokal-bench-"))
    gunicorn_process = None
    database_created = False
    try:
        print(f"Creating the {args.db} database and {args.releases} releases …", flush=True)
        url = create_database(args, scratch)
        database_created = True
        env = setup_django(url, scratch)
        urls = build_dataset(args.releases)

        print("Counting queries in-process …", flush=True)
        counts = count_queries(urls, args.profile)
        info = machine()
        from django.db import connections

        connections.close_all()

        print(f"Starting gunicorn with {args.workers} sync workers …", flush=True)
        gunicorn_process, port = start_gunicorn(args.workers, env, scratch / "gunicorn.log")
        meter = CpuMeter(gunicorn_process.pid, args)
        try:
            loads = measure(port, urls, args, meter)
        finally:
            meter.close()
        stop(gunicorn_process)

        table = report(args, urls, counts, loads, info)

        def with_queries(full_sql):
            pages = [name for name in urls if name != "bare view"]
            lines = [line for name in pages for line in query_report(name, counts[name], full_sql)]
            return table + "\n" + "\n".join(lines)

        # The full SQL (--show-queries) goes to the terminal and the results file; the docs
        # keep the short list of tables and origins.
        text = with_queries(args.show_queries)
        print("\n" + text)
        results = REPO / "bench" / "results"
        results.mkdir(exist_ok=True)
        out = results / f"press-{datetime.datetime.now():%Y-%m-%d-%H%M}.md"
        out.write_text(text)
        print(f"Written to {out.relative_to(REPO)}")
        if args.update_docs:
            update_docs(with_queries(full_sql=False))
            print(f"Updated {DOCS.relative_to(REPO)}")
    finally:
        stop(gunicorn_process)
        if "django" in sys.modules:
            from django.db import connections

            connections.close_all()
        if database_created:
            drop_database(args)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
