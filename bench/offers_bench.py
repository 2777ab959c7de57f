"""Cooperation exchange benchmark: the offer index and an offer page with its matches among
10,000 offers, served by gunicorn, compared with the bare Django view.

    .venv/bin/python bench/offers_bench.py [--offers 10000] [--seconds 10] [--workers 2]
                                           [--rounds 5] [--db postgres|sqlite]
                                           [--show-queries] [--profile] [--update-docs]

Targets (issue 4, docs/benchmarks.md): the exchange's index and an offer page with its
matches, each at >= 50 % of the bare view's throughput, at most 10 SQL queries per request.

The machinery (scratch database, in-process query counts, gunicorn, the load generator, CPU
metering, the report) is bench/harness.py, shared with the press and calendar benchmarks.
This script supplies the dataset, a German exchange of --offers published, unexpired offers
in the PostgreSQL database `glokal_bench_offers` (or a SQLite file), bulk-inserted (pages,
offers and sector links in batches, the tree paths computed here, no revisions) and entered
into the search index in bulk; the URLs (the index, a filtered index, a search, an offer with
many candidates); and two measurements in-process: how long `matching_offers()` takes for
that offer, and PostgreSQL's EXPLAIN ANALYZE of its SQL shortlist and of the listing queries.
"""

import argparse
import datetime
import statistics
import sys
import time
import uuid
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402
from bench.harness import BARE  # noqa: E402

BENCH_DB = "glokal_bench_offers"  # not the other benchmarks': all may run at the same time
TARGET_RATIO = 0.50
MAX_QUERIES = 10
BATCH = 1000
SEARCH_WORD = "Wasserstoff"  # in the keywords of every 25th offer
KINDS = [
    "business_offer",
    "business_request",
    "technology_offer",
    "technology_request",
    "research_partner",
]
SECTORS = [  # name, slug
    ("Automobil und Zulieferer", "automobil"),
    ("Maschinenbau", "maschinenbau"),
    ("Life Sciences", "life-sciences"),
    ("Informations- und Kommunikationstechnik", "ikt"),
    ("Energie und Umwelt", "energie-umwelt"),
    ("Lebensmittel", "lebensmittel"),
    ("Logistik", "logistik"),
    ("Tourismus", "tourismus"),
]
REGIONS = [  # name, slug, country, NUTS code
    ("Sachsen", "sachsen", "DE", "DED"),
    ("Brandenburg", "brandenburg", "DE", "DE4"),
    ("Dolnośląskie", "dolnoslaskie", "PL", "PL51"),
    ("Lubuskie", "lubuskie", "PL", "PL43"),
    ("Liberecký kraj", "liberecky-kraj", "CZ", "CZ051"),
    ("Ústecký kraj", "ustecky-kraj", "CZ", "CZ042"),
]
COUNTRIES = ["DE", "PL", "CZ"]
PARTNER_TYPES = ["sme", "large_company", "research", "university", "network", "public_body"]
PARTNERSHIP_TYPES = ["distribution", "supplier", "subcontracting", "technical", "research"]
STAGES = ["concept", "laboratory", "prototype", "field_tested", "on_the_market"]
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
KEYWORDS = ["Industrie 4.0", "Sensorik", "Kunststoff", "Biotechnologie", "KI", "Logistik"]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--offers", type=int, default=10_000, help="offers in the exchange")
    parser.add_argument(
        "--match-repeat", type=int, default=20, help="matching_offers() calls timed in-process"
    )
    harness.add_common_arguments(parser)
    args = parser.parse_args(argv)
    args.bench_db = BENCH_DB
    args.offers = max(50, min(args.offers, 50_000))
    args.match_repeat = max(1, min(args.match_repeat, 200))
    return harness.bound(args)


# --- Dataset ---------------------------------------------------------------------------------


def offer_fields(number, sectors, regions, today, now):
    """Fields and sectors of offer `number`: the five kinds in turn; one sector, every
    second offer two (of eight); a company in Germany, Poland or Czechia with a region there;
    one or two target countries; published over the past year, valid for one to two years."""
    kind = KINDS[number % len(KINDS)]
    country = COUNTRIES[number // len(KINDS) % len(COUNTRIES)]
    in_country = [region for region in regions if region.country == country]
    offer_sectors = [sectors[number % len(sectors)]]
    if number % 2:
        offer_sectors.append(sectors[(number * 3 + 1) % len(sectors)])
    offer_sectors = list(dict.fromkeys(offer_sectors))
    targets = [c for c in COUNTRIES if c != country][: 1 + number % 2]
    topic = TOPICS[number % len(TOPICS)]
    keywords = [KEYWORDS[number % len(KEYWORDS)], KEYWORDS[(number + 2) % len(KEYWORDS)]]
    if number % 25 == 0:
        keywords.append(SEARCH_WORD)
    published = now - datetime.timedelta(minutes=number * 525_600 // 10_000 % 525_600)
    summary = (
        f"Ein Unternehmen aus {in_country[0].name} sucht Partner: {topic}. Erfahrung in der "
        "grenzüberschreitenden Zusammenarbeit, Ansprechpartner in deutscher und polnischer "
        "Sprache, Referenzen auf Anfrage."
    )
    body = [
        (
            "paragraph",
            f"<p>{summary} Das Unternehmen beschäftigt {20 + number % 200} Personen.</p>",
        ),
        ("paragraph", "<p>Gesucht wird eine langfristige Zusammenarbeit mit klaren Zielen.</p>"),
    ]
    return {
        "title": f"{topic} ({number + 1})",
        "slug": f"angebot-{number + 1}",
        "kind": kind,
        "reference": f"GLK-{today.year}-{number + 1:05d}",
        "summary": summary,
        "body": body,
        "keywords": ", ".join(keywords),
        "company_country": country,
        "company_region": in_country[number % len(in_country)],
        "target_countries": targets,
        "partner_types": [PARTNER_TYPES[number % len(PARTNER_TYPES)]],
        "partnership_types": [PARTNERSHIP_TYPES[number % len(PARTNERSHIP_TYPES)]],
        "development_stage": STAGES[number % len(STAGES)] if kind != "business_offer" else "",
        "valid_until": today + datetime.timedelta(days=365 + number % 365),
        "company_name": f"Beispiel {number + 1} GmbH",
        "company_email": f"kontakt{number + 1}@firma.example",
        "first_published_at": published,
        "last_published_at": published,
    }, offer_sectors


def bulk_add_offers(index, specs, contact):
    """Insert the offers under `index` in batches: the wagtailcore_page rows (tree paths,
    depth and URL paths computed as treebeard and Wagtail would), the offer rows, the sector
    links, the index's child count, then the search index. No revisions, no signals."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.db.models import F
    from modelsearch.backends import get_search_backend
    from wagtail.models import Page

    from pages.exchange.models.offers import CooperationOfferPage, OfferSector

    content_type = ContentType.objects.get_for_model(CooperationOfferPage)
    start_step = index.numchild
    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    offer_fields_ = CooperationOfferPage._meta.local_concrete_fields
    timings = {}
    started = time.perf_counter()
    offers = []
    with transaction.atomic():
        for batch_start in range(0, len(specs), BATCH):
            batch = []
            for step, (fields, sectors) in enumerate(
                specs[batch_start : batch_start + BATCH], start=start_step + batch_start + 1
            ):
                offer = CooperationOfferPage(
                    locale_id=index.locale_id,
                    content_type=content_type,
                    draft_title=fields["title"],
                    live=True,
                    has_unpublished_changes=False,
                    path=CooperationOfferPage._get_path(index.path, index.depth + 1, step),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{fields['slug']}/",
                    translation_key=uuid.uuid4(),
                    contact=contact,
                    **fields,
                )
                offer._bench_sectors = sectors
                batch.append(offer)
            pages = Page.objects.bulk_create(
                [Page(**{f.attname: getattr(o, f.attname) for f in page_fields}) for o in batch]
            )
            for offer, page in zip(batch, pages, strict=True):
                offer.id = offer.page_ptr_id = page.id
            CooperationOfferPage._base_manager._insert(
                batch, fields=offer_fields_, using=connection.alias
            )
            OfferSector.objects.bulk_create(
                OfferSector(
                    page_id=offer.id,
                    sector=sector,
                    sort_order=order,
                    locale_id=index.locale_id,
                    translation_key=uuid.uuid4(),
                )
                for offer in batch
                for order, sector in enumerate(offer._bench_sectors)
            )
            offers += batch
        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(specs))
    timings["pages and links"] = time.perf_counter() - started

    started = time.perf_counter()
    backend = get_search_backend()
    for batch_start in range(0, len(offers), BATCH):
        backend.add_bulk(CooperationOfferPage, offers[batch_start : batch_start + BATCH])
    timings["search index"] = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # statistics, as autovacuum would have them
    return offers, timings


def build_dataset(args) -> dict:
    """A German site with an exchange of `args.offers` offers; the home page and the exchange
    are translated to English (hreflang and the language switcher have something to list).
    Returns the URLs to measure."""
    from django.utils import timezone
    from wagtail.models import Page

    from pages.exchange.models.offers import CooperationOfferPage
    from tests import factories

    started = time.perf_counter()
    home, _press = factories.build_site()
    for title, role in [
        ("Impressum", "imprint"),
        ("Datenschutz", "privacy"),
        ("Barrierefreiheit", "accessibility"),
    ]:
        factories.add_standard_page(home, title, footer_link=role)
    sectors = [factories.SectorFactory(name=name, slug=slug) for name, slug in SECTORS]
    regions = [
        factories.RegionFactory(name=name, slug=slug, country=country, nuts_code=nuts)
        for name, slug, country, nuts in REGIONS
    ]
    contact = factories.ContactPersonFactory(
        photo=factories.make_image("Portrait", 400, 400, color=(120, 90, 60))
    )
    index = factories.add_offer_index(home)
    factories.translate(home, "en")
    factories.translate(index, "en")
    index = Page.objects.get(pk=index.pk).specific
    today = timezone.localdate()
    now = timezone.now().replace(microsecond=0)
    specs = [offer_fields(n, sectors, regions, today, now) for n in range(args.offers)]
    offers, timings = bulk_add_offers(index, specs, contact)
    problems = [len(found) for found in Page.find_problems()]
    if any(problems):
        raise SystemExit(f"the page tree is inconsistent after the bulk insert: {problems}")
    args.build_timings = {**timings, "total": time.perf_counter() - started}
    print(
        "  built in {total:.0f} s (offers, pages and links {pages and links:.1f} s, "
        "search index {search index:.1f} s)".format(**args.build_timings),
        flush=True,
    )

    # The offer with the most candidates: a two-sector technology offer (its counterparts are
    # technology requests and research partner searches, two fifths of the exchange).
    number = next(
        n for n, (f, s) in enumerate(specs) if f["kind"] == "technology_offer" and len(s) == 2
    )
    chosen = CooperationOfferPage.objects.get(pk=offers[number].pk)
    args.match_offer = chosen.pk
    filtered = f"{index.url}?kind=technology_request&sector={SECTORS[2][1]}&country=PL"
    return {
        BARE: "/bench/bare/",
        "offer index": index.url,
        "offer index ?kind=&sector=&country=": filtered,
        "offer index ?q=": f"{index.url}?q={SEARCH_WORD}",
        "offer page with matches": chosen.url,
    }


# --- Matching and query plans (in-process) ---------------------------------------------------


def matching_in_process(args, urls, counts) -> dict:
    """How long `matching_offers()` takes for the measured offer, its candidates, and the
    PostgreSQL plans of its shortlist query and of the listing's queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from pages.exchange.matching import counterpart_kinds, live_offers, matching_offers
    from pages.exchange.models.offers import CooperationOfferPage, OfferSector

    offer = CooperationOfferPage.objects.get(pk=args.match_offer)
    keys = {link.sector.translation_key for link in offer.sector_links.select_related("sector")}
    candidates = (
        live_offers()
        .filter(locale_id=offer.locale_id, kind__in=counterpart_kinds(offer.kind))
        .exclude(translation_key=offer.translation_key)
        .filter(
            pk__in=OfferSector.objects.filter(sector__translation_key__in=keys).values("page_id")
        )
        .count()
    )
    matching_offers(offer)  # caches (restrictions) warm
    with CaptureQueriesContext(connection) as ctx:
        matches = matching_offers(offer)
    walls = []
    for _ in range(args.match_repeat):
        fresh = CooperationOfferPage.objects.get(pk=offer.pk)  # sector links not loaded
        start = time.perf_counter()
        matching_offers(fresh)
        walls.append(time.perf_counter() - start)
    result = {
        "offer": f"{offer.reference} ({offer.get_kind_display()}, "
        f"{len(keys)} sectors, {offer.company_country})",
        "candidates": candidates,
        "matches": len(matches),
        "ms": statistics.median(walls) * 1000,
        "ms_max": max(walls) * 1000,
        "queries": [q["sql"] for q in ctx.captured_queries],
        "plans": {},
    }
    if connection.vendor != "postgresql":
        return result
    shortlist = next(sql for sql in result["queries"] if "EXISTS" in sql and "COUNT" in sql)
    result["plans"]["matching_offers() shortlist"] = explain(shortlist)
    for name in ("offer index", "offer index ?kind=&sector=&country=", "offer index ?q="):
        slowest = slowest_query(counts[name].warm_queries)
        if slowest:
            result["plans"][f"{name}: its slowest query"] = explain(slowest)
    return result


def slowest_query(queries):
    """The warm request's query that takes longest on its own (one run each)."""
    from django.db import connection

    best, best_ms = None, -1.0
    with connection.cursor() as cursor:
        for sql, _origin in queries:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            start = time.perf_counter()
            cursor.execute(sql)
            cursor.fetchall()
            elapsed = (time.perf_counter() - start) * 1000
            if elapsed > best_ms:
                best, best_ms = sql, elapsed
    return best


def explain(sql) -> dict:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(sql)  # warm the buffers; the plan below is of a repeated query
        cursor.fetchall()
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        plan = [row[0] for row in cursor.fetchall()]
    return {"sql": sql, "plan": plan}


def plan_summary(plan: list[str]) -> list[str]:
    """The plan's nodes (with actual rows and time) and its totals, without the detail lines
    (buffers, output columns); filters and index conditions are kept."""
    keep = ("->", "Filter", "Index Cond", "Hash Cond", "Join Filter", "Sort Key")
    lines = []
    for number, line in enumerate(plan):
        stripped = line.strip()
        if number == 0 or stripped.startswith(keep) or "Time:" in stripped:
            lines.append(line.rstrip())
    return lines


def matching_report(args, extra, loads, full_sql) -> list[str]:
    timings = args.build_timings
    lines = [
        "#### Dataset and matching (in-process)",
        "",
        f"- Built in {timings['total']:.0f} s: {args.offers:,} offers, their pages and sector "
        f"links bulk-inserted in {timings['pages and links']:.1f} s, the search index filled "
        f"in {timings['search index']:.1f} s.",
        f"- `matching_offers()` for the measured offer {extra['offer']}: "
        f"**{extra['ms']:.1f} ms** median of {args.match_repeat} calls (max "
        f"{extra['ms_max']:.1f} ms), {len(extra['queries'])} queries, among "
        f"{extra['candidates']:,} candidates (counterpart kind, a shared sector), "
        f"{extra['matches']} matches shown.",
        "",
    ]
    for name, explained in extra["plans"].items():
        plan = explained["plan"]
        lines += [f"EXPLAIN (ANALYZE, BUFFERS) of the {name}:", ""]
        if full_sql:
            lines += ["```sql", explained["sql"], "```", ""]
        lines += ["```", *(plan if full_sql else plan_summary(plan)), "```", ""]
    return lines


# --- Targets ---------------------------------------------------------------------------------


def verdict(name, ratio, count) -> str:
    misses = []
    if ratio < TARGET_RATIO:
        misses.append(f"req/s < {TARGET_RATIO:.0%} of bare")
    if count.warm > MAX_QUERIES:
        misses.append(f"> {MAX_QUERIES} queries")
    return "**missed**: " + ", ".join(misses) if misses else "met"


BENCHMARK = harness.Benchmark(
    slug="offers",
    script="offers_bench.py",
    title="Cooperation exchange benchmark",
    build=build_dataset,
    dataset=lambda args: f"an exchange of {args.offers:,} offers",
    verdict=verdict,
    extra_in_process=matching_in_process,
    extra_report=matching_report,
    sizes=True,
    cold_budget=MAX_QUERIES,
)


def main(argv=None):
    harness.run(BENCHMARK, parse_args(argv))


if __name__ == "__main__":
    main()
