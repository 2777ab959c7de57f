"""Success stories in the pages endpoint: fields, related pages, the index's filters."""

import datetime

import pytest
from django.utils import timezone

from pages.models import CooperationOfferPage
from tests import factories
from tests.pages.stories.factories import add_story, add_story_index, participant

from .helpers import assert_image, count_all

STORIES = "/api/v2/pages/?type=pages.SuccessStoryPage"


@pytest.fixture
def story_index(home):
    return add_story_index(home)


@pytest.fixture
def exchange(home):
    return factories.add_offer_index(home)


@pytest.fixture
def calendar(home):
    return factories.add_calendar(home)


@pytest.fixture
def story(story_index, exchange, calendar, image, contact):
    sector = factories.SectorFactory(name="Automobil", slug="automobil")
    silesia = factories.RegionFactory(name="Niederschlesien", slug="dolnoslaskie", country="PL")
    offer = factories.add_offer(exchange, "Zulieferer gesucht")
    event = factories.add_event(calendar, "Kooperationsbörse Automotive")
    return add_story(
        story_index,
        "Leichtbau über die Grenze",
        year=2024,
        sector=sector,
        image=image,
        summary="Zwei Firmen, ein Bauteil.",
        challenge='<p>Ein <a href="https://example.com">Bauteil</a>.</p>',
        quote="Es hat gepasst.",
        quote_speaker="Jan Kowalski",
        quote_role="Geschäftsführer",
        gallery=[("image", {"image": image, "caption": "Werkhalle", "credit": ""})],
        contact=contact,
        related_pages=[("page", offer), ("page", event)],
        participants=[
            participant("Muster GmbH", "DE"),
            participant("Politechnika Wrocławska", "PL", region=silesia, is_research=True),
        ],
    )


def titles(get_json, query=""):
    return sorted(item["title"] for item in get_json(f"{STORIES}&fields=title{query}")["items"])


def test_story_fields(get_json, story, image, contact):
    data = get_json(f"/api/v2/pages/{story.pk}/")

    assert data["meta"]["type"] == "pages.SuccessStoryPage"
    assert data["summary"] == "Zwei Firmen, ein Bauteil."
    assert data["sector"]["slug"] == "automobil"
    assert data["sector"]["name"] == "Automobil"
    assert data["year"] == 2024
    assert_image(data["image"], image)
    assert data["challenge"] == '<p>Ein <a href="https://example.com">Bauteil</a>.</p>'
    assert data["approach"] == "<p>Der Weg bei Leichtbau über die Grenze.</p>"
    assert data["result"] == "<p>Das Ergebnis bei Leichtbau über die Grenze.</p>"
    assert data["quote"] == {
        "text": "Es hat gepasst.",
        "speaker": "Jan Kowalski",
        "role": "Geschäftsführer",
    }
    gallery_image = data["gallery"][0]["value"]
    assert_image(gallery_image["image"], image)
    assert gallery_image["caption"] == "Werkhalle"
    assert data["contact"]["name"] == "Erika Muster"
    assert_image(data["contact"]["photo"], image)
    first, second = data["participants"]
    assert first == {
        "name": "Muster GmbH",
        "is_research": False,
        "country": "DE",
        "country_name": "Deutschland",
        "region": None,
    }
    assert second["is_research"] is True
    assert second["country_name"] == "Polen"
    assert second["region"]["slug"] == "dolnoslaskie"


def test_related_pages_are_ids_and_urls(get_json, story, exchange, calendar):
    offer, event = (block.value for block in story.related_pages)

    related = get_json(f"/api/v2/pages/{story.pk}/?fields=related_pages")["related_pages"]

    assert related == [
        {
            "id": offer.pk,
            "title": "Zulieferer gesucht",
            "type": "pages.CooperationOfferPage",
            "html_url": offer.full_url,
            "detail_url": f"http://testserver/api/v2/pages/{offer.pk}/",
        },
        {
            "id": event.pk,
            "title": "Kooperationsbörse Automotive",
            "type": "pages.EventPage",
            "html_url": event.full_url,
            "detail_url": f"http://testserver/api/v2/pages/{event.pk}/",
        },
    ]


def test_related_pages_in_the_story_language_without_expired_offers(
    get_json, story, story_index, exchange, calendar
):
    offer, event = (block.value for block in story.related_pages)
    for parent in (story_index, calendar):
        factories.translate(parent, "pl")
    polish_event = factories.translate(event, "pl")["pl"]
    polish_story = factories.translate(story, "pl")["pl"]
    CooperationOfferPage.objects.filter(pk=offer.pk).update(
        valid_until=timezone.localdate() - datetime.timedelta(days=1)
    )

    german = get_json(f"/api/v2/pages/{story.pk}/?fields=related_pages")["related_pages"]
    polish = get_json(f"{STORIES}&locale=pl&fields=related_pages")["items"][0]["related_pages"]

    assert [page["id"] for page in german] == [event.pk]
    assert [page["id"] for page in polish] == [polish_event.pk]
    assert polish_story.pk == get_json(f"{STORIES}&locale=pl")["items"][0]["id"]


def test_story_without_extras(get_json, story_index):
    story = add_story(story_index, "Schlicht")

    data = get_json(f"/api/v2/pages/{story.pk}/")

    assert data["quote"] is None
    assert data["sector"] is None
    assert data["image"] is None
    assert data["contact"] is None
    assert data["gallery"] == data["related_pages"] == []


def test_rich_text_as_display_html(get_json, story_index, exchange):
    offer = factories.add_offer(exchange, "Ziel")
    story = add_story(
        story_index, "Mit Link", result=f'<p><a linktype="page" id="{offer.pk}">Angebot</a></p>'
    )

    data = get_json(f"/api/v2/pages/{story.pk}/?rich_text_format=html&fields=result")

    assert data["result"] == f'<p><a href="{offer.url}">Angebot</a></p>'


# --- Filters ---------------------------------------------------------------------------------


@pytest.fixture
def stories(story_index):
    auto = factories.SectorFactory(name="Automobil", slug="automobil")
    it = factories.SectorFactory(name="IT", slug="it")
    add_story(story_index, "A", year=2023, sector=auto, participants=[participant("X", "DE")])
    add_story(
        story_index,
        "B",
        year=2024,
        sector=it,
        participants=[participant("Y", "PL"), participant("Z", "PL")],
    )
    add_story(
        story_index,
        "C",
        year=2024,
        sector=auto,
        participants=[participant("X", "DE"), participant("W", "CZ")],
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["A", "B", "C"]),
        ("&sector=automobil", ["A", "C"]),
        ("&sector=it", ["B"]),
        ("&country=PL", ["B"]),
        ("&country=DE", ["A", "C"]),
        ("&year=2024", ["B", "C"]),
        ("&year=1999", []),
        ("&sector=automobil&year=2024&country=CZ", ["C"]),
        ("&year=2024&search=Ergebnis", ["B", "C"]),
        ("&order=-year&limit=1", ["B"]),
    ],
)
def test_story_filters(get_json, stories, query, expected):
    assert titles(get_json, query) == expected


@pytest.mark.parametrize(
    "query", ["sector=gibt-es-nicht", "country=FR", "year=abc", "year=99999", "year=-1"]
)
def test_bad_story_filter_is_a_400_with_message(client, stories, query):
    response = client.get(f"{STORIES}&{query}")

    assert response.status_code == 400, response.content[:300]
    assert query.split("=")[0] in response.json()["message"]


def test_drafts_are_absent(client, get_json, story_index, stories):
    draft = add_story(story_index, "Entwurf")
    draft.unpublish()

    assert titles(get_json) == ["A", "B", "C"]
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404


# --- Query counts --------------------------------------------------------------------------

STORY_URLS = {
    "all fields": f"{STORIES}&fields=*&limit=100",
    "default fields": f"{STORIES}&limit=100",
    "filters": f"{STORIES}&fields=*&limit=100&sector=gemeinsam&country=PL&year=2024",
    "search": f"{STORIES}&fields=*&limit=100&search=Geschichte&year=2024",
}


def add_furnished_story(story_index, assets, number):
    if "sector" not in assets:
        assets["sector"] = factories.SectorFactory(slug="gemeinsam")
        assets["offer"] = factories.add_offer(factories.add_offer_index(story_index.get_parent()))
    image_block = {"image": assets["body"], "caption": "Halle", "credit": ""}
    return add_story(
        story_index,
        f"Geschichte {number}",
        year=2024,
        sector=assets["sector"],
        image=assets["hero"],
        contact=factories.ContactPersonFactory(photo=assets["photo"]),
        quote="Gut.",
        quote_speaker="Jemand",
        gallery=[("image", image_block), ("image", image_block)],
        related_pages=[("page", assets["offer"])],
        participants=[
            participant("A", "DE", region=factories.RegionFactory()),
            participant("B", "PL", region=factories.RegionFactory()),
        ],
        revision=False,
    )


def test_story_queries_do_not_grow_with_the_number_of_stories(client, story_index, assets):
    for number in range(10):
        add_furnished_story(story_index, assets, number)
    with_10 = count_all(client, STORY_URLS)
    for number in range(10, 60):
        add_furnished_story(story_index, assets, number)
    with_60 = count_all(client, STORY_URLS)

    print("story listings, queries for 10 / 60:", with_10, with_60)
    assert with_60 == with_10
    assert with_10["all fields"] <= 25
