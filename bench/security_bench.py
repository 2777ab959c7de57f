"""What the guards of issue 12 cost, measured side by side in one run, in-process.

    .venv/bin/python bench/security_bench.py [--db postgres|sqlite] [--releases 20]
                                             [--repeat 2000] [--rounds 5] [--update-docs]

Each figure is a median over interleaved rounds, and is compared with its alternative of the
same run (absolute times depend on what else the machine does):

- the "is any page restricted?" flag: read from the shared file cache (the embedded default
  since issue 12), from a per-process memory cache (what it was, and what finding 4 was
  about), or queried on every call (what a per-process cache gets now);
- a warm press release page, through the whole middleware stack with Django's test client,
  with the file cache against the memory cache: what the shared embedded cache costs a page;
- a failed admin login with django-axes recording it against one without axes;
- saving a page revision whose body carries 30 links, with the URL guard against without.

Writes its table to stdout and, with --update-docs, into docs/benchmarks.md between the
security-bench markers.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402

BENCH_DB = "glokal_bench_security"
BEGIN, END = "<!-- security-bench:begin -->", "<!-- security-bench:end -->"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--releases", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=2000, help="flag reads per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--update-docs", action="store_true")
    args = parser.parse_args(argv)
    args.bench_db = BENCH_DB
    return args


def per_call(function, repeat):
    start = time.perf_counter()
    for _ in range(repeat):
        function()
    return (time.perf_counter() - start) / repeat


def caches_setting(kind, scratch):
    if kind == "memory":
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(scratch / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }


def measure_flag(args, scratch, results):
    from django.core.cache import cache
    from django.test import override_settings
    from wagtail.models import PageViewRestriction

    from pages.core.cache import cached

    def read():
        return cached("any-view-restrictions", PageViewRestriction.objects.exists)

    for kind in ("file", "memory"):
        with override_settings(CACHES=caches_setting(kind, scratch)):
            read()  # fill
            results.setdefault(f"flag: {kind} cache", []).append(per_call(read, args.repeat))
            cache.clear()
    results.setdefault("flag: query on every call", []).append(
        per_call(PageViewRestriction.objects.exists, max(args.repeat // 10, 50))
    )


def measure_page(args, scratch, results, path):
    from django.core.cache import cache
    from django.test import Client, override_settings

    client = Client()
    for kind in ("file", "memory"):
        with override_settings(CACHES=caches_setting(kind, scratch)):
            for _ in range(3):  # warm the caches of this kind
                assert client.get(path).status_code == 200
            results.setdefault(f"press release page: {kind} cache", []).append(
                per_call(lambda: client.get(path), 30)
            )
            cache.clear()


def measure_login(args, results):
    from django.conf import settings
    from django.test import Client, override_settings

    if "axes" not in settings.INSTALLED_APPS:
        return
    from axes.models import AccessAttempt

    client = Client()
    body = {"username": "nobody", "password": "wrong", "next": "/admin/"}

    def attempt():
        client.post("/admin/login/", body, REMOTE_ADDR="192.0.2.10")

    # A failure limit nobody reaches: every attempt is recorded, none is locked out.
    with override_settings(AXES_FAILURE_LIMIT=10**9):
        results.setdefault("failed admin login: with axes", []).append(per_call(attempt, 30))
    AccessAttempt.objects.all().delete()
    with override_settings(AXES_ENABLED=False):
        results.setdefault("failed admin login: axes off", []).append(per_call(attempt, 30))


def measure_url_guard(args, results, page):
    """Saving a revision of a page with 30 links, with the URL guard of every validated save
    (GlokalPage.clean) and with it patched out; and the guard alone."""
    from unittest import mock

    from pages.core.safe_urls import check_safe_urls

    results.setdefault("save a revision with 30 links: with the URL guard", []).append(
        per_call(page.save_revision, 10)
    )
    with mock.patch("pages.core.models.base.check_safe_urls"):
        results.setdefault("save a revision with 30 links: guard off", []).append(
            per_call(page.save_revision, 10)
        )
    results.setdefault("URL guard alone on that page", []).append(
        per_call(lambda: check_safe_urls(page), 50)
    )


def build(args):
    from tests import factories

    home, press = factories.build_site()
    release = None
    paragraph = "".join(f'<p><a href="https://example.org/{i}">Link {i}</a></p>' for i in range(30))
    links = [("paragraph", paragraph)]
    for i in range(args.releases):
        release = factories.add_release(press, f"Pressemitteilung {i + 1}", body=links)
    return release


def table(results):
    medians = {name: statistics.median(values) for name, values in results.items()}

    def pair(a, b):
        if a in medians and b in medians:
            return f"{medians[a] / medians[b]:.2f}×"
        return "–"

    comparisons = {
        "flag: file cache": pair("flag: file cache", "flag: memory cache"),
        "flag: query on every call": pair("flag: query on every call", "flag: memory cache"),
        "press release page: file cache": pair(
            "press release page: file cache", "press release page: memory cache"
        ),
        "failed admin login: with axes": pair(
            "failed admin login: with axes", "failed admin login: axes off"
        ),
        "save a revision with 30 links: with the URL guard": pair(
            "save a revision with 30 links: with the URL guard",
            "save a revision with 30 links: guard off",
        ),
    }
    lines = ["| what | median per call | ratio to its alternative |", "| --- | ---: | ---: |"]
    for name, value in medians.items():
        shown = f"{value * 1e6:.1f} µs" if value < 1e-3 else f"{value * 1e3:.2f} ms"
        lines.append(f"| {name} | {shown} | {comparisons.get(name, '')} |")
    return "\n".join(lines) + "\n"


def main(argv=None):
    args = parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="glokal-security-bench-"))
    try:
        url = harness.create_database(args, scratch)
        harness.setup_django(url, scratch)
        release = build(args)
        results = {}
        for round_number in range(args.rounds):
            print(f"round {round_number + 1}/{args.rounds} …", flush=True)
            measure_flag(args, scratch, results)
            measure_page(args, scratch, results, release.url)
            measure_login(args, results)
            measure_url_guard(args, results, release)
        info = harness.machine()
        block = (
            f"Command: `{harness.command_line('security_bench.py')}` · {info['Code']} · "
            f"{info['Database']} · {info['CPU']} · {args.rounds} rounds · load average "
            f"{os.getloadavg()[0]:.1f}\n\n" + table(results)
        )
        print(block)
        if args.update_docs:
            harness.update_docs(block, BEGIN, END)
    finally:
        from django.db import connections

        connections.close_all()
        harness.drop_database(args)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
