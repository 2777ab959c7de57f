"""A press release page shows everything a journalist needs, in the page's language."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests import factories


@pytest.fixture
def release(press_index):
    photo = factories.make_image("Unterzeichnung", credit="Glokal/Foto")
    contact = factories.ContactPersonFactory(
        first_name="Marta",
        last_name="Nowak",
        phone="+49 30 23125 012",
        email="nowak@glokal.example",
    )
    topic = factories.TopicFactory(name="Veranstaltung", slug="veranstaltung")
    return factories.add_release(
        press_index,
        "Sachsen und Niederschlesien rücken zusammen",
        datetime.date(2025, 10, 23),
        subtitle="Forum zur Medizin der Zukunft",
        lead="Rund 100 Gäste kamen nach Wrocław.",
        hero_image=photo,
        hero_caption="Die Vereinbarung wird unterzeichnet",
        topics=[topic],
        contacts=[contact],
        body=[
            ("heading", {"text": "Fachprogramm", "level": "h2"}),
            ("paragraph", "<p>Laborbesuch und Podien.</p>"),
            (
                "quote",
                {
                    "quote": "Wir ergänzen uns.",
                    "speaker": "Jana Beispiel",
                    "role": "Geschäftsführerin",
                },
            ),
            ("image", {"image": photo, "caption": "Im Labor", "credit": ""}),
        ],
        media=[("image", {"image": photo, "caption": "Pressefoto", "credit": "Eigene Angabe"})],
        related_links=[
            (
                "link",
                {
                    "title": "Kooperationspartner",
                    "page": None,
                    "url": "https://example.org/partner",
                },
            )
        ],
    )


def test_shows_every_part_of_a_release(client, release):
    response = client.get(release.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Sachsen und Niederschlesien rücken zusammen"
    assert soup.select_one(".subtitle").get_text() == "Forum zur Medizin der Zukunft"
    assert soup.select_one("time")["datetime"] == "2025-10-23"
    assert "Rund 100 Gäste" in soup.select_one(".lead").get_text()
    quote = soup.select_one(".quote")
    assert "Wir ergänzen uns." in quote.blockquote.get_text()
    assert quote.select_one(".quote__speaker").get_text() == "Jana Beispiel"
    assert quote.select_one(".quote__role").get_text() == "Geschäftsführerin"
    captions = [c.get_text(" ", strip=True) for c in soup.select("figcaption")]
    assert any("Im Labor" in c and "© Glokal/Foto" in c for c in captions)
    assert any("Pressefoto" in c and "© Eigene Angabe" in c for c in captions)
    assert soup.select_one(".topics a")["href"] == "/de/presse/?topic=veranstaltung"
    assert soup.select_one(".press-release__links a")["href"] == "https://example.org/partner"


def test_contact_block_dials_e164_and_offers_a_vcard(client, release):
    soup = BeautifulSoup(client.get(release.url).content, "html.parser")
    card = soup.select_one(".press-release__contacts .contact-card")
    assert card.select_one(".contact-card__name").get_text() == "Marta Nowak"
    assert card.select_one("a[href^='tel:']")["href"] == "tel:+493023125012"
    assert card.select_one("a[href^='mailto:']")["href"] == "mailto:nowak@glokal.example"
    assert card.select_one("a[href$='.vcf']")["href"] == release.contacts[0].get_vcard_url()


def test_translation_shows_translated_topics_and_contacts(client, home, press_index, release):
    for page in (home, press_index, release):
        factories.translate(page, "en")
    english = release.get_translation(factories.locale("en"))
    soup = BeautifulSoup(client.get(english.url).content, "html.parser")
    assert soup.html["lang"] == "en"
    assert soup.select_one(".topics a").get_text() == "[en] Veranstaltung"
    assert soup.select_one(".contact-card__role").get_text() == "[en] Referentin"
    assert soup.select_one(".quote__speaker").get_text() == "[en] Jana Beispiel"


def test_print_stylesheet_hides_navigation(client, release):
    soup = BeautifulSoup(client.get(release.url).content, "html.parser")
    css = client.get(soup.select_one("link[rel=stylesheet]")["href"])
    assert b"@media print" in b"".join(css.streaming_content if css.streaming else [css.content])


def test_release_and_event_link_each_other_in_every_language(client, home, press_index):
    calendar = factories.add_calendar(home)
    event = factories.add_event(calendar, "Wirtschaftsforum")
    release = factories.add_release(press_index, "Forum angekündigt", event=event)
    factories.add_release(press_index, "Ohne Bezug")

    soup = BeautifulSoup(client.get(release.url).content, "html.parser")
    assert soup.select_one(".press-release__event a")["href"] == event.url
    soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    assert [a.get_text() for a in soup.select(".event__press a")] == ["Forum angekündigt"]

    for page in (home, press_index, calendar, event, release):
        factories.translate(page, "pl")
    polish_release = release.get_translation(factories.locale("pl"))
    polish_event = event.get_translation(factories.locale("pl"))
    soup = BeautifulSoup(client.get(polish_release.url).content, "html.parser")
    assert soup.select_one(".press-release__event a")["href"] == polish_event.url
    soup = BeautifulSoup(client.get(polish_event.url).content, "html.parser")
    assert [a.get_text() for a in soup.select(".event__press a")] == ["[pl] Forum angekündigt"]
