"""Cooperation offers in the pages endpoint: fields, the exchange's filters, expired offers,
and the company's private data, which no response may ever contain."""

import datetime
import json

import pytest
from django.utils import timezone

from pages.models import CooperationOfferPage
from tests import factories

from .helpers import assert_image, count_all

OFFERS = "/api/v2/pages/?type=pages.CooperationOfferPage"
PRIVATE_VALUES = [
    "Geheim GmbH",
    "Verena Vertraulich",
    "geheim@firma.example",
    "+49 30 23125 099",
    "https://geheim.example",
    "Geheim",
    "Vertraulich",
    "23125",
]


@pytest.fixture
def exchange(home):
    return factories.add_offer_index(home)


@pytest.fixture
def sectors(db):
    return {
        "auto": factories.SectorFactory(name="Automobil", slug="automobil"),
        "it": factories.SectorFactory(name="IT", slug="it"),
    }


@pytest.fixture
def regions(db):
    region = factories.RegionFactory
    return {
        "saxony": region(name="Sachsen", slug="sachsen", country="DE"),
        "silesia": region(name="Niederschlesien", slug="dolnoslaskie", country="PL"),
    }


@pytest.fixture
def offer(exchange, sectors, regions, contact):
    return factories.add_offer(
        exchange,
        "Zulieferer für Leichtbau gesucht",
        kind="technology_request",
        sectors=[sectors["auto"], sectors["it"]],
        summary="Ein Hersteller sucht Partner.",
        body=[("paragraph", "<p>Details zur Anfrage.</p>")],
        keywords="Leichtbau, Carbon , ,Guss",
        company_region=regions["saxony"],
        target_countries=["PL", "CZ"],
        partner_types=["sme", "research"],
        partnership_types=["technical"],
        development_stage="prototype",
        valid_until=datetime.date(2030, 6, 30),
        contact=contact,
        company_website="https://geheim.example",
    )


def titles(get_json, query=""):
    return sorted(item["title"] for item in get_json(f"{OFFERS}&fields=title{query}")["items"])


def test_offer_fields(get_json, offer, contact, image, regions):
    data = get_json(f"/api/v2/pages/{offer.pk}/")

    assert data["meta"]["type"] == "pages.CooperationOfferPage"
    assert data["kind"] == {"value": "technology_request", "label": "Technologiegesuch"}
    assert data["reference"] == offer.reference
    assert data["reference"].startswith("GLK-")
    assert data["summary"] == "Ein Hersteller sucht Partner."
    assert data["body"][0]["value"] == "<p>Details zur Anfrage.</p>"
    assert data["keywords"] == ["Leichtbau", "Carbon", "Guss"]
    assert [sector["slug"] for sector in data["sectors"]] == ["automobil", "it"]
    assert data["company_region"]["id"] == regions["saxony"].pk
    assert data["company_region"]["slug"] == "sachsen"
    assert data["company_country"] == {"value": "DE", "label": "Deutschland"}
    assert data["target_countries"] == [
        {"value": "PL", "label": "Polen"},
        {"value": "CZ", "label": "Tschechien"},
    ]
    assert [item["value"] for item in data["partner_types"]] == ["sme", "research"]
    assert data["partnership_types"][0]["value"] == "technical"
    assert data["development_stage"]["value"] == "prototype"
    assert data["valid_until"] == "2030-06-30"
    assert data["contact"]["name"] == "Erika Muster"
    assert_image(data["contact"]["photo"], image)


def test_fields_of_an_offer_without_options(get_json, exchange):
    offer = factories.add_offer(exchange, "Schlicht")

    data = get_json(f"/api/v2/pages/{offer.pk}/")

    assert data["development_stage"] is None
    assert data["contact"] is None
    assert data["company_region"] is None
    assert data["keywords"] == data["sectors"] == data["target_countries"] == []


# --- Filters ---------------------------------------------------------------------------------


@pytest.fixture
def offers(exchange, sectors, regions):
    add = factories.add_offer
    add(
        exchange,
        "A Auto DE",
        kind="business_offer",
        sectors=[sectors["auto"]],
        company_region=regions["saxony"],
        target_countries=["PL"],
    )
    add(
        exchange,
        "B IT PL",
        kind="business_request",
        sectors=[sectors["it"]],
        country="PL",
        company_region=regions["silesia"],
        target_countries=["DE", "CZ"],
    )
    add(exchange, "C Auto IT CZ", kind="technology_offer", sectors=[sectors["auto"], sectors["it"]],
        country="CZ", target_countries=["DE"])  # fmt: skip


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["A Auto DE", "B IT PL", "C Auto IT CZ"]),
        ("&kind=business_request", ["B IT PL"]),
        ("&sector=automobil", ["A Auto DE", "C Auto IT CZ"]),
        ("&sector=it", ["B IT PL", "C Auto IT CZ"]),
        ("&region=dolnoslaskie", ["B IT PL"]),
        ("&country=CZ", ["C Auto IT CZ"]),
        ("&target=DE", ["B IT PL", "C Auto IT CZ"]),
        ("&target=CZ", ["B IT PL"]),
        ("&sector=it&target=DE&country=PL", ["B IT PL"]),
        ("&kind=research_partner", []),
        ("&sector=automobil&search=Auto", ["A Auto DE", "C Auto IT CZ"]),
        ("&kind=technology_offer&search=Auto", ["C Auto IT CZ"]),
    ],
)
def test_offer_filters(get_json, offers, query, expected):
    assert titles(get_json, query) == expected


@pytest.mark.parametrize(
    "query",
    [
        "kind=bogus",
        "sector=gibt-es-nicht",
        "region=gibt-es-nicht",
        "country=FR",
        "target=XX",
        "q=Auto",
        "company_name=Geheim GmbH",
        "company_email=geheim@firma.example",
        "fields=company_name",
        "fields=*,company_phone",
        "order=company_name",
        "order=company_contact_name",
    ],
)
def test_bad_offer_query_is_a_400_with_message(client, offers, query):
    response = client.get(f"{OFFERS}&{query}")

    assert response.status_code == 400, response.content[:300]
    assert response.json()["message"]


def test_offer_filters_need_the_offer_type(client, offers):
    response = client.get("/api/v2/pages/?kind=business_offer")

    assert response.status_code == 400
    assert "type=pages.CooperationOfferPage" in response.json()["message"]


# --- Expired offers and drafts -----------------------------------------------------------------


@pytest.fixture
def expired(exchange):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    return factories.add_offer(exchange, "Abgelaufen", valid_until=yesterday)


def test_expired_offers_are_no_longer_available(client, get_json, offer, expired, exchange):
    last_day = factories.add_offer(exchange, "Letzter Tag", valid_until=timezone.localdate())

    assert titles(get_json) == ["Letzter Tag", "Zulieferer für Leichtbau gesucht"]
    assert client.get(f"/api/v2/pages/{expired.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{last_day.pk}/").status_code == 200
    everything = get_json("/api/v2/pages/?limit=100")["items"]
    assert expired.pk not in {item["id"] for item in everything}
    assert get_json(f"{OFFERS}&search=Abgelaufen")["items"] == []
    assert (
        get_json(f"/api/v2/pages/?child_of={exchange.pk}&fields=title")["meta"]["total_count"] == 2
    )
    find = client.get(f"/api/v2/pages/find/?html_path={expired.url_path.split('/', 2)[2]}")
    assert find.status_code == 404


def test_expired_translation_is_not_listed_among_translations(get_json, exchange, expired):
    factories.translate(exchange, "pl")
    polish = factories.translate(expired, "pl")["pl"]
    CooperationOfferPage.objects.filter(pk=expired.pk).update(valid_until=datetime.date(2030, 1, 1))

    data = get_json(f"/api/v2/pages/{expired.pk}/")

    # valid_until is synchronised: the Polish page stays expired until it is republished.
    assert CooperationOfferPage.objects.get(pk=polish.pk).is_expired
    assert data["meta"]["translations"] == []


def test_drafts_are_absent(client, get_json, exchange, offer):
    draft = factories.add_offer(exchange, "Entwurf")
    draft.unpublish()
    offer.title = "Unveröffentlichter Titel"
    offer.company_name = "Neue Geheim AG"
    offer.save_revision()

    assert titles(get_json) == ["Zulieferer für Leichtbau gesucht"]
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404


# --- Privacy -------------------------------------------------------------------------------


def private_urls(offer, exchange):
    return [
        f"{OFFERS}&fields=*",
        f"{OFFERS}&fields=*&limit=100&locale=de",
        f"{OFFERS}&fields=*&search=Leichtbau",
        f"{OFFERS}&fields=*&search=Geheim",
        f"{OFFERS}&fields=*&search=Vertraulich",
        f"{OFFERS}&fields=*&sector=automobil&target=PL",
        "/api/v2/pages/?fields=*&limit=100",
        "/api/v2/pages/?search=Geheim&fields=*",
        f"/api/v2/pages/{offer.pk}/",
        f"/api/v2/pages/{offer.pk}/?fields=*",
        f"/api/v2/pages/{offer.pk}/?fields=contact(*),company_region(*)",
        f"/api/v2/pages/?child_of={exchange.pk}&fields=*",
        f"/api/v2/pages/?descendant_of={exchange.pk}&type=pages.CooperationOfferPage&fields=*",
        "/api/v2/contacts/?fields=*",
        "/api/v2/regions/?fields=*",
        "/api/v2/sectors/?fields=*",
        "/api/v2/calendar/",
    ]


def test_no_private_company_value_in_any_response(client, exchange, offer):
    factories.translate(exchange, "pl")
    polish = factories.translate(offer, "pl")["pl"]
    assert polish.company_name == "Geheim GmbH"  # stored, synchronised, never shown
    urls = private_urls(offer, exchange) + [
        f"/api/v2/pages/{polish.pk}/?fields=*",
        f"{OFFERS}&fields=*&locale=pl",
        f"/api/v2/pages/?translation_of={offer.pk}&fields=*",
    ]

    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        text = json.dumps(response.json(), ensure_ascii=False)
        for value in PRIVATE_VALUES:
            assert value not in text, (url, value)
        for name in CooperationOfferPage.PRIVATE_FIELDS:
            assert f'"{name}"' not in text, (url, name)


def test_private_values_find_nothing(get_json, offer):
    for value in ["Geheim", "Vertraulich", "geheim@firma.example", "23125"]:
        assert get_json(f"{OFFERS}&search={value}")["items"] == [], value


def test_private_fields_are_not_api_fields():
    names = {getattr(field, "name", field) for field in CooperationOfferPage.api_fields}

    assert not names & set(CooperationOfferPage.PRIVATE_FIELDS)
    assert not {name for name in names if name.startswith("company_")} - {
        "company_region",
        "company_country",
    }


# --- Query counts --------------------------------------------------------------------------

OFFER_URLS = {
    "all fields": f"{OFFERS}&fields=*&limit=100",
    "default fields": f"{OFFERS}&limit=100",
    "filters": f"{OFFERS}&fields=*&limit=100&sector=gemeinsam&country=DE&target=PL",
    "search": f"{OFFERS}&fields=*&limit=100&search=Angebot&kind=business_offer",
}


def add_furnished_offer(exchange, assets, number):
    if "sector" not in assets:
        assets["sector"] = factories.SectorFactory(slug="gemeinsam")
    sector = assets["sector"]
    return factories.add_offer(
        exchange,
        f"Angebot {number}",
        sectors=[sector, factories.SectorFactory()],
        company_region=factories.RegionFactory(),
        contact=factories.ContactPersonFactory(photo=assets["photo"]),
        target_countries=["PL", "CZ"],
        partner_types=["sme"],
        keywords="Eins, Zwei",
        body=[
            ("paragraph", "<p>Text</p>"),
            ("image", {"image": assets["body"], "caption": "Saal", "credit": ""}),
        ],
        revision=False,
    )


def test_offer_queries_do_not_grow_with_the_number_of_offers(client, exchange, assets):
    for number in range(10):
        add_furnished_offer(exchange, assets, number)
    factories.add_offer(exchange, "Abgelaufen", valid_until=datetime.date(2020, 1, 1))
    with_10 = count_all(client, OFFER_URLS)
    for number in range(10, 60):
        add_furnished_offer(exchange, assets, number)
    with_60 = count_all(client, OFFER_URLS)

    print("offer listings, queries for 10 / 60:", with_10, with_60)
    assert with_60 == with_10
    assert with_10["all fields"] <= 25
