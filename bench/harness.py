"""What the benchmarks in bench/ share: a scratch database, queries counted in-process,
gunicorn with a small loopback load generator, server CPU metering and the markdown report.

A benchmark script (press_bench.py, calendar_bench.py) supplies its dataset, its URLs and its
targets, and calls `run()`:

1. a scratch database (PostgreSQL `args.bench_db`, or SQLite in a temp dir) is created and
   migrated, and the script's `build(args)` fills it and returns the URLs to measure;
2. the SQL queries of each URL are counted in-process (django.test.Client against the same
   database and settings): cold (empty cache) and warm (caches filled by earlier requests),
   and each warm query is traced to where it comes from (template line, project code);
3. gunicorn (sync workers, 127.0.0.1, a free port, bench.settings) is started, every URL is
   warmed up in every worker, and the URLs are loaded in interleaved rounds, --seconds per URL
   in all, from a few client threads, metering the server's CPU time per request;
4. a markdown report is printed, written to bench/results/<slug>-<date>.md (git-ignored) and,
   with --update-docs, between the script's markers in docs/benchmarks.md; gunicorn is
   stopped and the database dropped, whatever happened.

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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DOCS = REPO / "docs" / "benchmarks.md"
BARE = "bare view"


def add_common_arguments(parser: argparse.ArgumentParser):
    """The options every benchmark has (the dataset's own options come first)."""
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


def bound(args):
    """Bounded load: a handful of loopback clients for at most a few minutes per URL."""
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
        conn.execute(f"DROP DATABASE IF EXISTS {args.bench_db} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {args.bench_db}")
    return f"{args.pg_url}/{args.bench_db}"


def drop_database(args):
    if args.db != "postgres":
        return  # the SQLite file goes with the scratch directory
    import psycopg

    with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {args.bench_db} WITH (FORCE)")


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


# --- What is measured ------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A URL to measure, with the request headers to send and the status to expect."""

    path: str
    headers: tuple = ()  # ((name, value), …)
    status: int = 200

    def __str__(self):
        extra = "".join(f" with `{name}: {value}`" for name, value in self.headers)
        return f"`{self.path}`{extra}" + (f" (answers {self.status})" if self.status != 200 else "")


def as_target(value) -> Target:
    return value if isinstance(value, Target) else Target(value)


# --- Queries per request (in-process) --------------------------------------------------------


@dataclass
class QueryCount:
    cold: int
    warm: int
    warm_queries: list  # (sql, origin) of the warm request
    total_ms: float  # median in-process time of a warm request …
    sql_ms: float  # … and the part of it spent executing SQL
    profile: list = field(default_factory=list)  # with --profile: where the CPU time goes
    cold_queries: list = field(default_factory=list)  # (sql, origin) of the cold request


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


def get(client, target: Target):
    """One in-process request for `target`, checked against the status it should answer."""
    response = client.get(target.path, headers=dict(target.headers))
    if response.status_code != target.status:
        raise SystemExit(f"{target.path} answered {response.status_code} in-process")
    return response


def capture(client, target: Target):
    """The queries of one request, each with its origin."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    origins = []

    def record_origin(execute, sql, params, many, context):
        origins.append(query_origin())
        return execute(sql, params, many, context)

    with CaptureQueriesContext(connection) as ctx, connection.execute_wrapper(record_origin):
        get(client, target)
    return [(q["sql"], origin) for q, origin in zip(ctx.captured_queries, origins, strict=True)]


def time_in_process(client, target: Target, repeat=20):
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
            get(client, target)
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


def profile(client, target: Target, repeat=20, what="warm requests") -> list[str]:
    """Where a request's CPU time goes: own time per area, and the cumulative time of the
    project's functions and of template rendering as a whole.

    The query count alone does not explain a page's cost; this points at what does. It counts
    this process's CPU time, so waiting for the database is left out (see the SQL column)."""
    import cProfile
    import pstats

    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for _ in range(repeat):
        get(client, target)
    profiler.disable()
    entries = pstats.Stats(profiler).stats.items()  # (file, line, name): (cc, nc, tt, ct, _)
    areas = Counter()
    for (filename, _line, _name), (_cc, _nc, own, _cum, _callers) in entries:
        areas[code_area(filename)] += own
    total = sum(areas.values())
    lines = [
        f"CPU time by area ({repeat} {what} in-process under cProfile, "
        f"{total / repeat * 1000:.1f} ms per request with the profiler's overhead): "
        + " · ".join(f"{area} {own / total:.0%}" for area, own in areas.most_common(8)),
        "",
        "Cumulative CPU time of template rendering and of the project's functions:",
        "",
    ]
    entry_points = [
        (key, value)
        for key, value in entries
        if (code_area(key[0]).startswith("project") and "/bench/" not in key[0])
        or key[2] == "rendered_content"
    ]
    top = sorted(entry_points, key=lambda item: item[1][3], reverse=True)[:10]
    for (filename, line, name), (_cc, calls, _own, cumulative, _callers) in top:
        short = filename.split("/site-packages/", 1)[-1].removeprefix(f"{REPO}/")
        lines.append(f"- {cumulative / total:4.0%} {calls / repeat:>4g}× `{short}:{line} {name}`")
    return lines + [""]


def in_process_client():
    from django.test import Client

    return Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="de")


def count_queries(urls: dict, with_profile=False) -> dict:
    """Cold: the first request after the cache is emptied (what a fresh worker, or the first
    request after a publish, pays). Warm: the third request, with menus, filter choices, site
    root paths and renditions cached, as in a worker that has been serving for a while.
    Renditions are created once beforehand, as the very first visitor would."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache

    client = in_process_client()
    for target in urls.values():
        get(client, as_target(target))
    counts = {}
    for name, target in urls.items():
        target = as_target(target)
        cache.clear()
        ContentType.objects.clear_cache()
        cold = capture(client, target)
        capture(client, target)
        warm = capture(client, target)
        total_ms, sql_ms = time_in_process(client, target)
        counts[name] = QueryCount(len(cold), len(warm), warm, total_ms, sql_ms, cold_queries=cold)
        if with_profile:
            counts[name].profile = profile(client, target)
    return counts


def normalise(sql: str) -> str:
    """The SQL with literal values replaced, so repeated queries of one shape group together."""
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)
    sql = re.sub(r"\b\d+\b", "?", sql)
    return re.sub(r"IN \((?:\?, )*\?\)", "IN (…)", sql)


def main_table(sql: str) -> str:
    match = re.search(r'\bFROM\s+"?(\w+)"?', sql) or re.search(r'^\w+\s+(?:INTO\s+)?"?(\w+)', sql)
    return match.group(1) if match else "?"


def query_lines(queries: list, full_sql: bool) -> list[str]:
    """Queries grouped by shape: how often, which table, from where."""
    groups = Counter()
    first = {}
    for sql, origin in queries:
        key = (normalise(sql), origin)
        groups[key] += 1
        first.setdefault(key, sql)
    lines = []
    for (shape, origin), times in groups.items():
        lines.append(f"- {times} × `{main_table(shape)}` — {origin}")
        if full_sql:
            lines += ["", "  ```sql", f"  {first[(shape, origin)]}", "  ```", ""]
    return lines


def query_report(name: str, count: QueryCount, full_sql: bool) -> list[str]:
    """The warm request's queries grouped by shape, and its profile if there is one."""
    lines = [f"#### {name}: {count.warm} queries per warm request ({count.cold} cold)", ""]
    return lines + query_lines(count.warm_queries, full_sql) + [""] + count.profile


def cold_report(counts: dict, budget: int, full_sql: bool) -> list[str]:
    """The queries of the cold requests that exceed `budget`; a URL whose cold queries come
    from the same tables and places as an earlier one's refers to it."""
    over = {name: count for name, count in counts.items() if count.cold > budget}
    if not over:
        return []
    lines = [
        f"#### Cold requests over {budget} queries",
        "",
        "The first request after the cache was emptied (a fresh worker, or the first request "
        "after a publish bumped the structure version) fills the caches; these are its queries.",
        "",
    ]
    seen = {}
    for name, count in over.items():
        shapes = tuple((main_table(normalise(sql)), origin) for sql, origin in count.cold_queries)
        if shapes in seen:
            lines += [f"- {name}, {count.cold} cold: the same as {seen[shapes]}", ""]
            continue
        seen[shapes] = name
        lines += [f"{name}, {count.cold} cold:", ""]
        lines += query_lines(count.cold_queries, full_sql) + [""]
    return lines


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
            if request(port, Target("/bench/bare/"))[0] == 200:
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


def raw_request(port: int, target: Target) -> bytes:
    headers = "".join(f"{name}: {value}\r\n" for name, value in target.headers)
    return (
        f"GET {target.path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept-Language: de\r\n"
        f"User-Agent: glokal-bench\r\n{headers}Connection: close\r\n\r\n"
    ).encode()


def request(port: int, target: Target, raw: bytes | None = None) -> tuple[int, float, int]:
    """One GET on a fresh connection, read to EOF: (status, seconds, bytes received)."""
    raw = raw or raw_request(port, target)
    start = time.perf_counter()
    size = 0
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(raw)
        head = b""
        while chunk := sock.recv(262144):
            head = head or chunk[:16]
            size += len(chunk)
    return int(head[9:12] or 0), time.perf_counter() - start, size


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
    size: int = 0  # bytes of a response, headers included

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
        self.size = max(self.size, other.size)


def load(port: int, target: Target, seconds: float, concurrency: int) -> Load:
    """`concurrency` threads request `target` back to back until `seconds` have passed."""
    deadline = time.perf_counter() + seconds
    raw = raw_request(port, target)
    latencies, errors, sizes = [], [], []
    lock = threading.Lock()

    def client():
        mine, bad, size = [], 0, 0
        while time.perf_counter() < deadline:
            try:
                status, elapsed, size = request(port, target, raw)
            except OSError:
                status, elapsed = 0, 0.0
            mine.append(elapsed)
            bad += status != target.status
        with lock:
            latencies.extend(mine)
            errors.append(bad)
            sizes.append(size)

    start = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    return Load(len(latencies), elapsed, sum(errors), latencies=latencies,
                round_rps=[len(latencies) / elapsed], size=max(sizes))  # fmt: skip


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
        self.bench_db = args.bench_db
        self.pg = None
        if args.db == "postgres":
            import psycopg

            self.pg = psycopg.connect(f"{args.pg_url}/postgres", autocommit=True)

    def server_pids(self):
        pid = self.gunicorn_pid
        pids = [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        if self.pg is not None:
            rows = self.pg.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s", [self.bench_db]
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
    for target in urls.values():
        load(port, as_target(target), args.warmup, args.concurrency)
    results = {name: Load() for name in urls}
    slot = args.seconds / args.rounds
    for number in range(1, args.rounds + 1):
        print(f"  round {number}/{args.rounds}: {slot:g} s per URL", flush=True)
        for name, target in urls.items():
            before = meter.snapshot()
            phase = load(port, as_target(target), slot, args.concurrency)
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


def command_line(script: str) -> str:
    options = [arg for arg in sys.argv[1:] if arg != "--update-docs"]
    return " ".join([f".venv/bin/python bench/{script}", *options])


def report(bench, args, urls, counts, loads, info) -> str:
    """The run's header and the table of every URL against the bare view."""
    bare = loads[BARE]
    wall = sum(run.seconds for run in loads.values())
    others = sum(run.other_cpu for run in loads.values()) / wall
    size = " | response KB" if bench.sizes else ""
    lines = [
        f"### {bench.title}, {datetime.date.today():%Y-%m-%d}",
        "",
        f"Command: `{command_line(bench.script)}`",
        "",
        *(f"- {key}: {value}" for key, value in info.items()),
        f"- Load: {bench.dataset(args)}; gunicorn with {args.workers} sync workers; "
        f"{args.concurrency} client threads on the same machine, one connection per request; "
        f"{args.seconds:g} s per URL in {args.rounds} interleaved rounds after "
        f"{args.warmup:g} s warm-up; no page cache",
        f"- Other processes used {others:.2f} of {os.cpu_count()} cores during the load",
        "",
        f"| Page | req/s | vs bare (rounds) | p50 ms | p95 ms | server CPU ms/req "
        f"| vs bare by CPU | queries warm / cold | in-process ms (SQL){size} | errors | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|" + ("---:|" if bench.sizes else "")
        + "---:|---|",
    ]  # fmt: skip
    for name in urls:
        run, count = loads[name], counts[name]
        ratio = run.rps / bare.rps
        rounds = [page / base for page, base in zip(run.round_rps, bare.round_rps, strict=True)]
        kilobytes = f" | {run.size / 1024:,.1f}" if bench.sizes else ""
        lines.append(
            f"| {name} | {run.rps:.0f} | {ratio:.1%} ({min(rounds):.1%}–{max(rounds):.1%}) "
            f"| {run.percentile(0.5):.1f} | {run.percentile(0.95):.1f} | {run.cpu_ms:.2f} "
            f"| {bare.cpu_ms / run.cpu_ms:.1%} | {count.warm} / {count.cold} "
            f"| {count.total_ms:.1f} ({count.sql_ms:.1f}){kilobytes} | {run.errors} "
            f"| {'baseline' if name == BARE else bench.verdict(name, ratio, count)} |"
        )
    url_list = [f"- {name}: {as_target(target)}" for name, target in urls.items()]
    lines += ["", "URLs:", "", *url_list]
    return "\n".join(lines) + "\n"


def update_docs(block: str, begin: str, end: str):
    """Replace the generated block between the markers; the hand-written text stays."""
    text = DOCS.read_text()
    if begin not in text or end not in text:
        raise SystemExit(f"{DOCS} lacks the {begin} … {end} markers")
    head, rest = text.split(begin, 1)
    _old, tail = rest.split(end, 1)
    DOCS.write_text(f"{head}{begin}\n{block}{end}{tail}")


# --- The run ---------------------------------------------------------------------------------


@dataclass
class Benchmark:
    """What a benchmark script supplies to `run()`."""

    slug: str  # results file prefix and docs markers: <!-- <slug>-bench:begin -->
    script: str  # for the command line in the report
    title: str
    build: Callable  # (args) -> {name: path or Target}, the bare view first
    dataset: Callable  # (args) -> "50 releases", for the report's load line
    verdict: Callable  # (name, ratio to bare, QueryCount) -> "met" or "**missed**: …"
    # (args, urls, counts) -> extra data measured in-process after the query counts
    extra_in_process: Callable | None = None
    # (args, extra, loads, full_sql) -> markdown lines after the table
    extra_report: Callable | None = None
    sizes: bool = False  # a response-size column
    cold_budget: int | None = None  # list the queries of cold requests above this many


def run(bench: Benchmark, args):
    scratch = Path(tempfile.mkdtemp(prefix=f"glokal-{bench.slug}-bench-"))
    gunicorn_process = None
    database_created = False
    try:
        print(f"Creating the {args.db} database and {bench.dataset(args)} …", flush=True)
        url = create_database(args, scratch)
        database_created = True
        env = setup_django(url, scratch)
        urls = bench.build(args)

        print("Counting queries in-process …", flush=True)
        counts = count_queries(urls, args.profile)
        extra = bench.extra_in_process(args, urls, counts) if bench.extra_in_process else None
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

        table = report(bench, args, urls, counts, loads, info)

        def with_queries(full_sql):
            lines = []
            if bench.extra_report:
                lines += bench.extra_report(args, extra, loads, full_sql)
            pages = [name for name in urls if name != BARE]
            lines += [line for name in pages for line in query_report(name, counts[name], full_sql)]
            if bench.cold_budget is not None:
                lines += cold_report(counts, bench.cold_budget, full_sql)
            return table + "\n" + "\n".join(lines)

        # The full SQL (--show-queries) goes to the terminal and the results file; the docs
        # keep the short list of tables and origins.
        text = with_queries(args.show_queries)
        print("\n" + text)
        write_results(bench.slug, text)
        if args.update_docs:
            markers = (f"<!-- {bench.slug}-bench:begin -->", f"<!-- {bench.slug}-bench:end -->")
            update_docs(with_queries(full_sql=False), *markers)
            print(f"Updated {DOCS.relative_to(REPO)}")
    finally:
        stop(gunicorn_process)
        if "django" in sys.modules:
            from django.db import connections

            connections.close_all()
        if database_created:
            drop_database(args)
        shutil.rmtree(scratch, ignore_errors=True)


def write_results(slug: str, text: str) -> Path:
    """The run's report in bench/results/<slug>-<date>.md (git-ignored)."""
    results = REPO / "bench" / "results"
    results.mkdir(exist_ok=True)
    out = results / f"{slug}-{datetime.datetime.now():%Y-%m-%d-%H%M}.md"
    out.write_text(text)
    print(f"Written to {out.relative_to(REPO)}")
    return out
