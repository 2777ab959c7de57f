"""Page weight and first paint of every public page type, at phone width, in Chromium.

    .venv/bin/python bench/page_weight.py [--loads 5] [--languages de] [--width 375]
                                          [--markdown FILE] [--fresh]

For each page type (the same sample pages the browser tests use) the demo site is loaded
`--loads` times, each time in a new browser context (an empty cache: a first visit), after
one discarded warm-up load (image renditions are made on the first request). Each load is
scrolled to the end, so lazily loaded images count too. Reported, as the median of the loads:

- bytes over the wire (encoded response bodies, Chromium's own count) per kind of resource:
  HTML (the document), CSS, JS, fonts, images, other; and the number of requests;
- first paint and first contentful paint (`performance.getEntriesByType("paint")`), in ms
  from the start of navigation.

Each figure is compared with its budget (BUDGETS; docs/benchmarks.md) and printed as PASS or
MISS; the exit status is 1 when anything misses. This is a benchmark, not a test: the paint
times depend on the machine and its load, so they are not asserted in the test suite.

The site runs as in the browser tests (tests/browser/server.py: gunicorn, config.settings
.browser, DEBUG off, static files from WhiteNoise without compression), on a database of its
own — SQLite in var/page-weight/, or `<name>_page_weight` on PostgreSQL when DATABASE_URL
is set — prepared with migrate + load_demo and kept for the next run of the same commit
(`--fresh` rebuilds it, `--reuse` takes it from another commit). Static files are measured
uncompressed: production's WhiteNoise storage also serves gzip/Brotli, so CSS weighs less
there; the HTML is not compressed by Django either way (the "gzip" column shows what
compression would give).
"""

import argparse
import datetime
import gzip
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.browser import server as site_server  # noqa: E402

BASE_DIR = site_server.BASE_DIR
WORK_DIR = BASE_DIR / "var" / "page-weight"
PAGE_TYPES = site_server.PAGE_TYPES
KINDS = ("html", "css", "js", "fonts", "images", "other")
RESOURCE_KINDS = {
    "document": "html",
    "stylesheet": "css",
    "script": "js",
    "font": "fonts",
    "image": "images",
}

KB = 1000
# Budgets per page, at 375 px, everything loaded (scrolled to the end), first visit.
# JS and web fonts: none at all (the site works without JavaScript and uses system fonts).
# Images: what a page needs when it shows pictures; list pages carry one thumbnail per item.
DEFAULT_BUDGET = {
    "html": 60 * KB,
    "css": 30 * KB,
    "js": 0,
    "fonts": 0,
    "images": 300 * KB,
    "requests": 20,
    "fcp_ms": 1000,
}
BUDGET_OVERRIDES = {
    # Up to twelve release or event thumbnails, or a story's gallery.
    "home": {"images": 400 * KB},
    "press-index": {"images": 400 * KB, "requests": 25},
    "calendar": {"images": 400 * KB, "requests": 25},
    "stories": {"images": 400 * KB, "requests": 25},
}
BUDGETS = {name: {**DEFAULT_BUDGET, **BUDGET_OVERRIDES.get(name, {})} for name in PAGE_TYPES}

PAINT_SCRIPT = """
() => {
  const paint = {};
  for (const entry of performance.getEntriesByType("paint")) paint[entry.name] = entry.startTime;
  return paint;
}
"""
SCROLL_SCRIPT = """
async () => {
  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
    window.scrollTo(0, y);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
"""


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--loads", type=int, default=5, help="measured loads per page")
    parser.add_argument(
        "--languages", default="de", help="comma-separated, e.g. de,en,pl,cs (default: de)"
    )
    parser.add_argument("--width", type=int, default=375, help="viewport width in px")
    parser.add_argument("--height", type=int, default=812, help="viewport height in px")
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    parser.add_argument("--fresh", action="store_true", help="rebuild the demo database")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="reuse the demo database of an earlier run even if it was made at another commit",
    )
    return parser.parse_args(argv)


# --- The site ------------------------------------------------------------------------------


def current_commit():
    result = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or "unknown"


def prepared_site(fresh, reuse=False):
    """The database with demo content and its facts, made now or reused from the last run of
    the same commit."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    database = site_server.Database.for_name(WORK_DIR, "page_weight")
    state_file = WORK_DIR / "state.json"
    commit = current_commit()
    state = json.loads(state_file.read_text()) if state_file.exists() else {}
    stale = state.get("commit") != commit and not reuse
    if fresh or stale or "facts" not in state or not database.exists():
        print(f"Preparing the demo site (migrate, load_demo) in {database.url} …", flush=True)
        started = time.monotonic()
        facts, timings = site_server.prepare(database, WORK_DIR / "media", WORK_DIR / "log")
        state = {"commit": commit, "facts": facts, "timings": timings}
        state_file.write_text(json.dumps(state))
        print(f"  prepared in {time.monotonic() - started:.0f} s", flush=True)
    return database, state["facts"]


# --- Measuring -----------------------------------------------------------------------------


def measure_load(browser, url, width, height):
    """One first visit: bytes per kind, request count, paint times."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="de-DE")
    try:
        page = context.new_page()
        finished = []
        page.on("requestfinished", lambda request: finished.append(request))
        failed = []
        page.on("requestfailed", lambda request: failed.append(request))
        response = page.goto(url, wait_until="load")
        if not response.ok:
            raise RuntimeError(f"{url}: HTTP {response.status}")
        page.wait_for_function(
            "() => performance.getEntriesByType('paint')"
            ".some((entry) => entry.name === 'first-contentful-paint')",
            timeout=10_000,
        )
        paint = page.evaluate(PAINT_SCRIPT)
        page.evaluate(SCROLL_SCRIPT)
        page.wait_for_load_state("networkidle")
        sizes = dict.fromkeys(KINDS, 0)
        gzipped = 0
        for request in finished:
            kind = RESOURCE_KINDS.get(request.resource_type, "other")
            body = request.sizes()["responseBodySize"]
            sizes[kind] += body
            if kind in ("html", "css"):
                reply = request.response()
                gzipped += len(gzip.compress(reply.body(), 6)) if reply else 0
        if failed:
            raise RuntimeError(f"{url}: failed requests {[r.url for r in failed]}")
        return {
            **sizes,
            "html_css_gzip": gzipped,
            "requests": len(finished),
            "fp_ms": paint.get("first-paint"),
            "fcp_ms": paint.get("first-contentful-paint"),
        }
    finally:
        context.close()


def median_of(loads):
    return {key: statistics.median(load[key] for load in loads) for key in loads[0]}


def measure(site_url, facts, args):
    from playwright.sync_api import sync_playwright

    results = {}
    languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=site_server.CHROMIUM, headless=True, args=site_server.CHROMIUM_ARGS
        )
        try:
            for page_type in PAGE_TYPES:
                for language in languages:
                    path = facts["page_types"][page_type]["urls"][language]
                    url = site_url + path
                    measure_load(browser, url, args.width, args.height)  # warm-up
                    loads = [
                        measure_load(browser, url, args.width, args.height)
                        for _ in range(args.loads)
                    ]
                    results[(page_type, language)] = {"path": path, **median_of(loads)}
                    print(f"  {page_type} ({language}) measured", flush=True)
        finally:
            browser.close()
    return results


# --- Report --------------------------------------------------------------------------------


def kb(value):
    return f"{value / KB:.1f}"


def verdicts(page_type, row):
    budget = BUDGETS[page_type]
    checks = {key: row[key] <= limit for key, limit in budget.items() if key != "fcp_ms"}
    checks["fcp_ms"] = row["fcp_ms"] is not None and row["fcp_ms"] <= budget["fcp_ms"]
    return checks


def report(results, args, commit):
    today = datetime.date.today().isoformat()
    lines = [
        f"### Page weight and first paint, {today} (commit {commit})",
        "",
        f"{args.chromium_version}, viewport {args.width} × {args.height} px, first "
        f"visit (empty cache), scrolled to the end; median of {args.loads} loads after a "
        "warm-up; kB = 1,000 bytes over the wire (uncompressed static files, see below).",
        "",
        "| page type | lang | HTML kB | CSS kB | JS kB | fonts kB | images kB | other kB "
        "| requests | HTML+CSS gzip kB | first paint ms | FCP ms | budgets |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    missed = []
    for (page_type, language), row in results.items():
        checks = verdicts(page_type, row)
        misses = [key for key, ok in checks.items() if not ok]
        missed.extend(f"{page_type} ({language}): {key}" for key in misses)
        verdict = "PASS" if not misses else "MISS: " + ", ".join(misses)
        fp = "–" if row["fp_ms"] is None else f"{row['fp_ms']:.0f}"
        fcp = "–" if row["fcp_ms"] is None else f"{row['fcp_ms']:.0f}"
        lines.append(
            f"| {page_type} | {language} | {kb(row['html'])} | {kb(row['css'])} "
            f"| {kb(row['js'])} | {kb(row['fonts'])} | {kb(row['images'])} "
            f"| {kb(row['other'])} | {row['requests']:.0f} | {kb(row['html_css_gzip'])} "
            f"| {fp} | {fcp} | {verdict} |"
        )
    lines += [
        "",
        "Budgets (per page; JS and fonts must be zero):",
        "",
        "| page type | HTML kB | CSS kB | JS | fonts | images kB | requests | FCP ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for page_type in PAGE_TYPES:
        budget = BUDGETS[page_type]
        lines.append(
            f"| {page_type} | ≤ {kb(budget['html'])} | ≤ {kb(budget['css'])} | {budget['js']} "
            f"| {budget['fonts']} | ≤ {kb(budget['images'])} | ≤ {budget['requests']} "
            f"| ≤ {budget['fcp_ms']} |"
        )
    lines += ["", "All within budget." if not missed else "Missed: " + "; ".join(missed)]
    return "\n".join(lines) + "\n", missed


def main(argv=None):
    args = parse_args(argv)
    if not Path(site_server.CHROMIUM).exists():
        raise SystemExit(f"Chromium not found at {site_server.CHROMIUM} (apt install chromium)")
    args.chromium_version = subprocess.run(
        [site_server.CHROMIUM, "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    database, facts = prepared_site(args.fresh, args.reuse)
    run_copy = site_server.Database.for_name(WORK_DIR, "page_weight_run")
    database.clone_to(run_copy)
    server_dir = WORK_DIR / "server"
    shutil.rmtree(server_dir, ignore_errors=True)
    server = site_server.start_server(run_copy, WORK_DIR / "media", server_dir)
    try:
        print(f"Serving on {server.url}; measuring …", flush=True)
        results = measure(server.url, facts, args)
    finally:
        server.stop()
        run_copy.drop()
    text, missed = report(results, args, current_commit())
    print()
    print(text)
    if args.markdown:
        args.markdown.write_text(text)
        print(f"Written to {args.markdown}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
