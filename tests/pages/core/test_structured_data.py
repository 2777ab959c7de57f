"""schema.org JSON-LD (NewsArticle, Event) and Open Graph tags, checked against the bundled
schema.org vocabulary."""

import json

from bs4 import BeautifulSoup

from tests import factories
from tests.schemaorg_vocabulary import problems


def json_ld(response):
    soup = BeautifulSoup(response.content, "html.parser")
    blocks = soup.select('script[type="application/ld+json"]')
    assert len(blocks) == 1
    return json.loads(blocks[0].string)


def meta(response):
    soup = BeautifulSoup(response.content, "html.parser")
    tags = {}
    for tag in soup.select("meta[property]"):
        tags.setdefault(tag["property"], []).append(tag["content"])
    return tags


def test_press_release_is_a_valid_news_article(client, home, press_index):
    image = factories.make_image(title="Messehalle")
    release = factories.add_release(
        press_index,
        "Forum </script><b>Grenzregion</b>",
        lead="Unternehmen aus drei Ländern treffen sich in Görlitz.",
        hero_image=image,
    )
    factories.translate(release, "pl")
    response = client.get(release.url)
    data = json_ld(response)
    assert problems(data) == []
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == release.title  # the closing tag did not end the script
    assert data["inLanguage"] == "de"
    assert data["datePublished"].startswith(str(release.date))
    assert data["image"][0].startswith("http://testserver/")
    og = meta(response)
    assert og["og:type"] == ["article"]
    assert og["og:locale"] == ["de_DE"]
    assert og["og:locale:alternate"] == ["pl_PL"]
    assert og["og:description"] == ["Unternehmen aus drei Ländern treffen sich in Görlitz."]
    assert og["og:image"][0].startswith("http://testserver/")


def test_polish_release_says_it_is_polish(client, home, press_index):
    release = factories.add_release(press_index, "Forum")
    polish = factories.translate(release, "pl")["pl"]
    data = json_ld(client.get(polish.url))
    assert data["inLanguage"] == "pl"
    assert data["url"] == polish.get_full_url()


def test_event_on_site_is_a_valid_event(client, home):
    calendar = factories.add_calendar(home)
    event = factories.add_event(
        calendar,
        "Wirtschaftsforum",
        dates=[(factories.berlin(2031, 3, 12, 9), factories.berlin(2031, 3, 12, 17))],
        event_format="on_site",
        venue="Stadthalle",
        city="Görlitz",
        postal_code="02826",
        country="DE",
        organiser="Glokal",
    )
    data = json_ld(client.get(event.url))
    assert problems(data) == []
    assert data["@type"] == "Event"
    assert data["startDate"] == "2031-03-12T09:00:00+01:00"
    assert data["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
    assert data["location"]["address"]["addressLocality"] == "Görlitz"


def test_hybrid_all_day_event_has_both_locations(client, home):
    calendar = factories.add_calendar(home)
    event = factories.add_event(
        calendar,
        "Kooperationsbörse",
        dates=[(factories.berlin(2031, 6, 1), factories.berlin(2031, 6, 2), True)],
        event_format="hybrid",
        venue="Messe",
        online_url="https://video.example.org/room",
    )
    data = json_ld(client.get(event.url))
    assert problems(data) == []
    assert data["startDate"] == "2031-06-01"
    assert {place["@type"] for place in data["location"]} == {"Place", "VirtualLocation"}


def test_vocabulary_check_catches_mistakes():
    assert problems({"@type": "NewsArticle", "headlines": "x"})
    assert problems({"@type": "Event", "location": {"@type": "Person", "name": "x"}})
    assert problems({"@type": "Evnt"})


def test_pages_without_structured_data_still_get_open_graph(client, home):
    response = client.get("/de/")
    assert (
        BeautifulSoup(response.content, "html.parser").select('script[type="application/ld+json"]')
        == []
    )
    assert meta(response)["og:type"] == ["website"]
