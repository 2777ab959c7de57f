"""Press room benchmark: press pages served by gunicorn, compared with a bare Django view.

    .venv/bin/python bench/press_bench.py [--releases 50] [--seconds 10] [--workers 2]
                                          [--rounds 5] [--db postgres|sqlite] [--show-queries]
                                          [--profile] [--update-docs]

Absolute requests per second depend on the machine and on whatever else runs on it, so the
figure that counts is each page's throughput as a share of a bare "hello world" view served
by the same gunicorn, through the same middleware stack, in the same run. The target
(docs/benchmarks.md): each page at >= 50 % of the bare view without a page cache, at most 10
SQL queries per request.

The machinery (scratch database, in-process query counts, gunicorn, the load generator, CPU
metering, the report) is in bench/harness.py and shared with bench/calendar_bench.py; this
script supplies the dataset: a German press room (releases with topics, a contact with a
photo, a hero image and a body with paragraphs, a quote and an image; a few translated to
English) in the PostgreSQL database `glokal_bench` or a SQLite file. It writes its table to
bench/results/press-<date>.md (git-ignored) and, with --update-docs, into docs/benchmarks.md
between the press-bench markers.
"""

import argparse
import datetime
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402

BENCH_DB = "glokal_bench"
TARGET_RATIO = 0.50
MAX_QUERIES = 10
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
    harness.add_common_arguments(parser)
    args = parser.parse_args(argv)
    args.bench_db = BENCH_DB
    return harness.bound(args)


# --- Dataset ---------------------------------------------------------------------------------


def site_with_legal_pages():
    """The test site (home, press room) with the footer's three legal pages, as every real
    site has them: (home, press room)."""
    from tests import factories

    home, press = factories.build_site()
    for title, role in [
        ("Impressum", "imprint"),
        ("Datenschutz", "privacy"),
        ("Barrierefreiheit", "accessibility"),
    ]:
        factories.add_standard_page(home, title, footer_link=role)
    return home, press


def add_bench_release(press, i, topics, contacts, body_image):
    """The i-th release of the dataset (0 the newest: later ones are a week older each)."""
    from tests import factories  # after Django is set up

    return factories.add_release(
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


def build_dataset(args) -> dict:
    """A German site with a press room of `args.releases` releases; returns the URLs to measure.

    The newest releases, the home page and the press room are translated to English, so the
    language switcher and the hreflang alternates of the measured pages have something to list.
    """
    from django.utils.text import slugify

    from tests import factories

    home, press = site_with_legal_pages()

    topics = [factories.TopicFactory(name=name, slug=slugify(name)) for name in TOPIC_NAMES]
    contacts = [
        factories.ContactPersonFactory(
            photo=factories.make_image(f"Portrait {i}", 400, 400, color=(120, 90, 60))
        )
        for i in range(3)
    ]
    body_image = factories.make_image("Gemeinschaftsstand", 1600, 1000)
    newest = None
    for i in range(args.releases):
        release = add_bench_release(press, i, topics, contacts, body_image)
        newest = newest or release

    factories.translate(home, "en")
    factories.translate(press, "en")
    for release in press.get_children().live().specific().order_by("-pressreleasepage__date")[:3]:
        factories.translate(release, "en")

    return {
        harness.BARE: "/bench/bare/",
        "press index": press.url,
        "press index ?topic=": f"{press.url}?topic={topics[0].slug}",
        "press release": newest.url,
    }


def verdict(name, ratio, count) -> str:
    misses = []
    if ratio < TARGET_RATIO:
        misses.append(f"req/s < {TARGET_RATIO:.0%} of bare")
    if count.warm > MAX_QUERIES:
        misses.append(f"> {MAX_QUERIES} queries")
    return "**missed**: " + ", ".join(misses) if misses else "met"


BENCHMARK = harness.Benchmark(
    slug="press",
    script="press_bench.py",
    title="Press room benchmark",
    build=build_dataset,
    dataset=lambda args: f"{args.releases} releases",
    verdict=verdict,
)


def main(argv=None):
    harness.run(BENCHMARK, parse_args(argv))


if __name__ == "__main__":
    main()
