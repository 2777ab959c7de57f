"""Bulk translation benchmark: "Translate into all languages" for 200 German press releases
into en, pl and cs with the offline dummy machine translator.

    .venv/bin/python bench/translation_bench.py [--pages 200] [--db postgres|sqlite]
                                                [--output /tmp/translation_bench_figures.md]

A scratch database (PostgreSQL `glokal_translation_bench`, or SQLite in a temp dir) is created,
migrated and given a German home and press room already translated into the three target
languages (as on the demo site). Then `pages.translation.workflow.translate_everywhere` runs
for each release, twice:

1. **first translation**: creates the three drafts, pre-filled by machine;
2. **re-sync** after every release was published again with a changed title: the source is
   re-extracted and every translation saved as a new draft revision (manual translations of
   unchanged text kept, changed text pre-filled).

Reported: wall time in all and per page, and SQL queries per page (each page means three
translations), plus the largest count for one page. Figures go to --output (markdown).
"""

import argparse
import datetime
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402

BENCH_DB = "glokal_translation_bench"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200, help="German releases to translate")
    parser.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--output", default="/tmp/translation_bench_figures.md")
    args = parser.parse_args(argv)
    args.bench_db = BENCH_DB
    args.pages = max(1, min(args.pages, 5000))
    return args


def build(pages):
    """A translated home and press room, and `pages` German releases (published)."""
    from tests import factories

    home, press = factories.build_site()
    factories.translate(home)
    factories.translate(press)
    topics = [factories.TopicFactory(name=f"Thema {n}") for n in range(4)]
    releases = []
    for number in range(pages):
        releases.append(
            factories.add_release(
                press,
                title=f"Pressemitteilung {number}: Messe in Brünn",
                subtitle="Gemeinschaftsstand der Region",
                lead="Unternehmen aus Sachsen und Niederschlesien stellen gemeinsam aus.",
                body=[
                    ("paragraph", f"<p>Absatz {n} der Meldung {number}, mit <b>Fettdruck</b>.</p>")
                    for n in range(4)
                ],
                topics=[topics[number % len(topics)]],
            )
        )
    return releases


def run_pass(releases, label):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from pages.translation.workflow import translate_everywhere

    per_page_queries = []
    per_page_seconds = []
    started = time.perf_counter()
    for release in releases:
        # The query log is a bounded deque: emptied per page, or counts stop at its limit.
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as queries:
            t0 = time.perf_counter()
            result = translate_everywhere(release, machine=True)
            per_page_seconds.append(time.perf_counter() - t0)
        if result.skipped or len(result) != 3:
            raise RuntimeError(f"{release}: {len(result)} translations, skipped {result.skipped}")
        per_page_queries.append(len(queries))
    wall = time.perf_counter() - started
    return {
        "label": label,
        "pages": len(releases),
        "wall": wall,
        "per_page_ms": 1000 * wall / len(releases),
        "median_ms": 1000 * statistics.median(per_page_seconds),
        "queries_mean": statistics.mean(per_page_queries),
        "queries_max": max(per_page_queries),
        "queries_min": min(per_page_queries),
    }


def republish_all(releases):
    from tests import factories

    for release in releases:
        release.title = release.title.replace("Messe", "Fachmesse")
        factories.publish(release)


def report(args, results, database):
    lines = [
        f"## Bulk translation benchmark ({datetime.date.today().isoformat()})",
        "",
        f"`{harness.command_line('translation_bench.py')}`: {args.pages} German press "
        f"releases, each translated into en, pl and cs with `translate_everywhere` (dummy "
        f"machine translator, drafts), on {database}.",
        "",
        "| pass | pages | wall time | per page (mean / median) | SQL queries per page "
        "(mean / min / max) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r['label']} | {r['pages']} | {r['wall']:.1f} s | "
            f"{r['per_page_ms']:.0f} ms / {r['median_ms']:.0f} ms | "
            f"{r['queries_mean']:.0f} / {r['queries_min']} / {r['queries_max']} |"
        )
    info = harness.machine()
    lines += ["", "Machine: " + ", ".join(f"{k} {v}" for k, v in info.items())]
    return "\n".join(lines) + "\n"


def main(argv=None):
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="glokal-translation-bench-") as tmp:
        scratch = Path(tmp)
        url = harness.create_database(args, scratch)
        try:
            harness.setup_django(url, scratch)
            from django.conf import settings

            settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
                "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
            }
            settings.WAGTAILREDIRECTS_AUTO_CREATE = False
            releases = build(args.pages)
            results = [run_pass(releases, "first translation")]
            republish_all(releases)
            results.append(run_pass(releases, "re-sync after a change"))
            from django.db import connection

            text = report(args, results, connection.vendor)
        finally:
            from django.db import connections

            connections.close_all()
            harness.drop_database(args)
    Path(args.output).write_text(text)
    print(text)


if __name__ == "__main__":
    main()
