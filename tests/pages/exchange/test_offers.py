"""Cooperation offers: reference numbers, listing and filters, expiry, privacy, reminders."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.core import mail

from pages.exchange.tasks import send_offer_renewal_reminders
from pages.models import CooperationOfferPage
from tests import factories
from tests.helpers import warm_query_count as count_queries

PRIVATE_VALUES = ["Geheim GmbH", "Verena Vertraulich", "geheim@firma.example", "23125 099"]


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".offer-card__title")]


@pytest.fixture
def offers(index):
    auto = factories.SectorFactory(name="Automobil", slug="automotive")
    life = factories.SectorFactory(name="Life Sciences", slug="life-sciences")
    silesia = factories.RegionFactory(
        name="Niederschlesien", slug="dolnoslaskie", country="PL", nuts_code="PL51"
    )
    return {
        "sensor": factories.add_offer(
            index,
            "Sensorik für Fahrzeuge",
            "technology_offer",
            [auto],
            "DE",
            target_countries=["CZ", "PL"],
            keywords="Lidar, Radar",
        ),
        "lab": factories.add_offer(
            index,
            "Labor sucht Partner",
            "research_partner",
            [life],
            "PL",
            company_region=silesia,
        ),
        "distribution": factories.add_offer(
            index,
            "Vertriebspartner gesucht",
            "business_request",
            [auto, life],
            "CZ",
            target_countries=["DE"],
        ),
        "old": factories.add_offer(
            index,
            "Altes Angebot",
            "business_offer",
            [auto],
            "DE",
            valid_until=datetime.date(2021, 5, 1),
        ),
    }


def test_reference_numbers_are_readable_unique_and_shared_by_translations(home, index, offers):
    references = [offers[key].reference for key in ("sensor", "lab", "distribution", "old")]
    year = datetime.date.today().year
    assert references == [f"GLK-{year}-{n:04d}" for n in range(1, 5)]
    for page in (home, index, offers["sensor"]):
        factories.translate(page, "cs")
    czech = offers["sensor"].get_translation(factories.locale("cs"))
    assert czech.reference == offers["sensor"].reference
    offers["sensor"].save_revision().publish()  # republishing keeps the number
    offers["sensor"].refresh_from_db()
    assert offers["sensor"].reference == references[0]


def test_drafts_get_no_reference_until_published(index):
    draft = factories.add_offer(index, "Entwurf")
    draft.unpublish()
    fresh = CooperationOfferPage(
        title="Neu", kind="business_offer", summary="x", company_country="DE"
    )
    index.add_child(instance=fresh)
    fresh.live = False
    fresh.save()
    assert fresh.reference == ""
    fresh.save_revision().publish()
    fresh.refresh_from_db()
    assert fresh.reference.startswith("GLK-")


def test_listing_newest_first_without_expired(client, index, offers):
    response = client.get(index.url)
    assert response.status_code == 200
    assert titles(response) == [
        "Vertriebspartner gesucht",
        "Labor sucht Partner",
        "Sensorik für Fahrzeuge",
    ]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?kind=technology_offer", ["Sensorik für Fahrzeuge"]),
        ("?sector=life-sciences", ["Vertriebspartner gesucht", "Labor sucht Partner"]),
        ("?country=PL", ["Labor sucht Partner"]),
        ("?region=dolnoslaskie", ["Labor sucht Partner"]),
        ("?target=DE", ["Vertriebspartner gesucht"]),
        ("?sector=automotive&target=CZ", ["Sensorik für Fahrzeuge"]),
        ("?q=Lidar", ["Sensorik für Fahrzeuge"]),
        ("?q=Lidar&country=CZ", []),
    ],
)
def test_filters_combine(client, index, offers, query, expected):
    response = client.get(index.url + query)
    assert response.status_code == 200
    assert titles(response) == expected


@pytest.mark.parametrize(
    "query, field",
    [
        ("?kind=nope", "kind"),
        ("?sector=zzz", "sector"),
        ("?country=XX", "country"),
        ("?target=<script>", "target"),
        ("?q=" + "x" * 300, "q"),
    ],
)
def test_unknown_filter_values_answer_400(client, index, offers, query, field):
    response = client.get(index.url + query)
    assert response.status_code == 400
    assert field in response.context["filter_form"].errors
    assert "<script>" not in response.content.decode().replace("&lt;script&gt;", "")


def test_expired_offer_answers_410(client, offers):
    response = client.get(offers["old"].url)
    assert response.status_code == 410
    assert offers["old"].reference in response.content.decode()


def test_expired_offers_leave_the_feed(client, index, offers):
    feed = feedparser.parse(client.get(index.url + "feed/rss/").content)
    assert not feed.bozo
    assert [e.title.split(": ", 1)[1] for e in feed.entries] == [
        "Vertriebspartner gesucht",
        "Labor sucht Partner",
        "Sensorik für Fahrzeuge",
    ]
    assert (
        feedparser.parse(client.get(index.url + "feed/rss/?kind=research_partner").content)
        .entries[0]
        .title.endswith("Labor sucht Partner")
    )


def test_offer_page_shows_the_profile_and_matches_but_no_private_data(client, index, offers):
    auto = offers["sensor"].sector_links.get().sector
    factories.add_offer(index, "Radar gesucht", "technology_request", [auto], "PL")
    response = client.get(offers["sensor"].url)
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    facts = soup.select_one(".event__facts").get_text(" ", strip=True)
    assert "Automobil" in facts and "Lidar, Radar" in facts
    assert soup.select_one(".offer__reference").get_text() == offers["sensor"].reference
    assert [
        h.get_text(strip=True)
        for h in soup.select("#matches-heading ~ .offer-list .offer-card__title")
    ] == ["Radar gesucht"]
    for value in PRIVATE_VALUES:
        assert value not in html
    for page in (client.get(offers["sensor"].get_parent().url), client.get(offers["old"].url)):
        for value in PRIVATE_VALUES:
            assert value not in page.content.decode()


def test_private_fields_are_copied_to_translations_but_not_translated(home, index, offers):
    for page in (home, index, offers["lab"]):
        factories.translate(page, "en")
    english = offers["lab"].get_translation(factories.locale("en"))
    assert english.company_name == "Geheim GmbH"
    assert english.title == "[en] Labor sucht Partner"


def test_renewal_reminder_mails_once_per_expiry_date(index):
    contact = factories.ContactPersonFactory(email="betreuerin@glokal.example")
    today = datetime.date(2030, 6, 1)
    due = factories.add_offer(
        index, "Läuft bald ab", valid_until=datetime.date(2030, 6, 10), contact=contact
    )
    factories.add_offer(index, "Läuft später ab", valid_until=datetime.date(2030, 7, 10))
    assert send_offer_renewal_reminders(today) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert due.reference in message.subject
    assert set(message.to) == {"redaktion@glokal.example", "betreuerin@glokal.example"}
    assert f"/admin/pages/{due.pk}/edit/" in message.body
    assert send_offer_renewal_reminders(today) == 0  # rerun: nothing twice
    CooperationOfferPage.objects.filter(pk=due.pk).update(valid_until=datetime.date(2030, 6, 12))
    assert send_offer_renewal_reminders(today) == 1  # extended: reminded again for the new date


def test_listing_and_offer_page_cost_the_same_queries_for_10_and_200_offers(client, index):
    auto, life = factories.SectorFactory(slug="auto"), factories.SectorFactory(slug="life")
    region = factories.RegionFactory(slug="r")

    def add(count, start):
        kinds = [
            "business_offer",
            "business_request",
            "technology_offer",
            "technology_request",
            "research_partner",
        ]
        for n in range(start, start + count):
            factories.add_offer(
                index,
                f"Angebot {n}",
                kinds[n % 5],
                [auto, life][: 1 + n % 2],
                ["DE", "PL", "CZ"][n % 3],
                company_region=region,
                revision=False,
            )

    add(10, 0)
    first = CooperationOfferPage.objects.order_by("pk").first()
    urls = {
        "listing": index.url,
        "filtered": index.url + "?kind=business_request&sector=auto&country=PL&region=r",
        "search": index.url + "?q=Angebot",
        "page 2": index.url + "?page=2",
        "feed": index.url + "feed/rss/",
        "offer with matches": first.url,
    }
    few = {name: count_queries(client, url) for name, url in urls.items()}
    add(190, 10)
    factories.publish(index)
    many = {name: count_queries(client, url) for name, url in urls.items()}
    assert many == few
    assert max(many.values()) <= 10, many
