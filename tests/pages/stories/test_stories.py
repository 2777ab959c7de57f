"""Success stories: the story page, the index with filters and pagination, translations, queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from pages.models import CooperationOfferPage, Country, EventPage
from pages.stories.forms import StoryFilterForm
from pages.stories.queries import filter_choices
from tests import factories
from tests.helpers import soup
from tests.helpers import warm_query_count as count_queries
from tests.pages.stories.factories import add_story, add_story_index, participant

QUERY_BUDGET = 10


def text(node):
    return " ".join(node.get_text(" ", strip=True).split())


def titles(response):
    return [text(h) for h in soup(response).select(".story-card__title")]


def in_language(code, message):
    """A UI string as the page in `code` shows it (the catalogues may or may not have it yet)."""
    with translation.override(code):
        return str(message)


def country(code, language="de"):
    return in_language(language, Country(code).label)


def count_of(response):
    """The number the result count line starts with."""
    return int(text(soup(response).select_one(".result-count")).split()[0])


def error_message(field, value):
    form = StoryFilterForm({}, sectors=[], years=[])
    return in_language("de", form.fields[field].error_messages["invalid_choice"]) % {"value": value}


@pytest.fixture
def index(home):
    return add_story_index(home)


@pytest.fixture
def sectors():
    return {
        "life": factories.SectorFactory(name="Life Sciences", slug="life-sciences"),
        "auto": factories.SectorFactory(name="Automobilindustrie", slug="automotive"),
        "unused": factories.SectorFactory(name="Tourismus", slug="tourismus"),
    }


@pytest.fixture
def regions():
    return {
        "saxony": factories.RegionFactory(name="Sachsen", slug="sachsen"),
        "lower_silesia": factories.RegionFactory(
            name="Niederschlesien", slug="dolnoslaskie", country="PL", nuts_code="PL51"
        ),
        "liberec": factories.RegionFactory(
            name="Liberecký kraj", slug="liberecky-kraj", country="CZ", nuts_code="CZ051"
        ),
    }


@pytest.fixture
def stories(index, sectors, regions):
    return {
        "sensor": add_story(
            index,
            "Sensorik für Kliniken",
            year=2024,
            sector=sectors["life"],
            participants=[
                participant("MedTech Dresden GmbH", "DE", regions["saxony"]),
                participant("Uniwersytet Medyczny", "PL", regions["lower_silesia"], True),
                participant("Szpital Wrocław", "PL", regions["lower_silesia"]),
            ],
        ),
        "battery": add_story(
            index,
            "Batterierecycling",
            year=2024,
            sector=sectors["auto"],
            participants=[
                participant("Zulieferer Zwickau AG", "DE", regions["saxony"]),
                participant("Recykl s.r.o.", "CZ", regions["liberec"]),
            ],
        ),
        "lab": add_story(
            index,
            "Gemeinsames Labor",
            year=2022,
            sector=sectors["life"],
            participants=[
                participant("TU Liberec", "CZ", regions["liberec"], True),
                participant("Labor Görlitz", "DE"),
            ],
        ),
        "axles": add_story(
            index,
            "Achsen aus Polen",
            year=2021,
            sector=sectors["auto"],
            participants=[participant("Osie Sp. z o.o.", "PL", regions["lower_silesia"])],
        ),
    }


# The story page --------------------------------------------------------------------------


@pytest.fixture
def full_story(home, index, sectors, regions):
    calendar = factories.add_calendar(home)
    event = factories.add_event(calendar, "Kooperationsbörse Medizintechnik")
    offers = factories.add_offer_index(home)
    offer = factories.add_offer(offers, "Partner für Sensorik gesucht")
    hero = factories.make_image("Labor", credit="Foto Labor")
    first = factories.make_image("Team", credit="Bildarchiv")
    second = factories.make_image("Werkstatt", credit="Werkfoto")
    contact = factories.ContactPersonFactory(first_name="Erika", last_name="Helferin")
    story = add_story(
        index,
        "Sensorik für Kliniken",
        year=2024,
        sector=sectors["life"],
        image=hero,
        summary="Ein Sensor, der Pflegekräfte entlastet.",
        participants=[
            participant("MedTech Dresden GmbH", "DE", regions["saxony"]),
            participant("Uniwersytet Medyczny", "PL", regions["lower_silesia"], True),
        ],
        challenge="<p>Kliniken fehlte ein <b>robuster</b> Sensor.</p>",
        approach="<p>Gemeinsame Entwicklung in zwei Ländern.</p>",
        result="<p>Serienreife nach 18 Monaten.</p>",
        quote="Ohne die Agentur hätten wir uns nie kennengelernt.",
        quote_speaker="Anna Nowak",
        quote_role="Projektleiterin",
        gallery=[
            ("image", {"image": first, "caption": "Das Team in Wrocław", "credit": "Jan Kowalski"}),
            ("image", {"image": second, "caption": "Die Werkstatt", "credit": ""}),
        ],
        contact=contact,
        related_pages=[("page", event), ("page", offer)],
    )
    return {"story": story, "event": event, "offer": offer, "contact": contact}


def test_story_page_shows_every_part(client, full_story):
    story, event, offer = full_story["story"], full_story["event"], full_story["offer"]
    response = client.get(story.url)
    assert response.status_code == 200
    page = soup(response)

    assert text(page.select_one("h1")) == "Sensorik für Kliniken"
    assert "Ein Sensor, der Pflegekräfte entlastet." in text(page.select_one(".story__header"))
    hero = page.select_one(".story__image")
    assert hero.img["src"] and "Foto Labor" in text(hero.figcaption)

    facts = page.select_one(".story__facts")
    people = facts.select(".story__participant")
    assert [text(li.select_one(".story__participant-name")) for li in people] == [
        "MedTech Dresden GmbH",
        "Uniwersytet Medyczny",
    ]
    assert [text(li.select_one(".story__participant-place")) for li in people] == [
        f"{country('DE')} · Sachsen",
        f"{country('PL')} · Niederschlesien",
    ]
    assert [bool(li.select_one(".badge--research")) for li in people] == [False, True]
    sector_link = facts.select_one("a.tag")
    assert text(sector_link) == "Life Sciences"
    assert sector_link["href"] == story.get_parent().url + "?sector=life-sciences"
    assert "2024" in [text(dd) for dd in facts.select("dd")]

    sections = page.select(".story__section")
    assert [section.h2["id"] for section in sections] == [
        "story-challenge-heading",
        "story-approach-heading",
        "story-result-heading",
    ]
    assert all(text(section.h2) for section in sections)
    assert [text(section.select_one(".prose")) for section in sections] == [
        "Kliniken fehlte ein robuster Sensor.",
        "Gemeinsame Entwicklung in zwei Ländern.",
        "Serienreife nach 18 Monaten.",
    ]
    assert page.select_one(".story__section--challenge b").get_text() == "robuster"

    quote = page.select_one("figure.quote")
    assert text(quote.blockquote) == "Ohne die Agentur hätten wir uns nie kennengelernt."
    assert text(quote.select_one(".quote__speaker")) == "Anna Nowak"
    assert text(quote.select_one(".quote__role")) == "Projektleiterin"

    gallery = page.select(".story__gallery figure")
    assert [text(figure.figcaption) for figure in gallery] == [
        "Das Team in Wrocław © Jan Kowalski",
        "Die Werkstatt © Werkfoto",  # the image's own credit when the block has none
    ]
    assert all(figure.img["src"] for figure in gallery)

    contact = page.select_one(".story__contact .contact-card")
    assert "Erika Helferin" in text(contact)

    links = page.select(".story__related-list li")
    assert [(text(li.a), li.a["href"]) for li in links] == [
        ("Kooperationsbörse Medizintechnik", event.url),
        ("Partner für Sensorik gesucht", offer.url),
    ]
    assert [text(li.select_one(".badge")) for li in links] == [
        in_language("de", EventPage.get_verbose_name()),
        in_language("de", CooperationOfferPage.get_verbose_name()),
    ]


def test_story_page_leaves_out_what_is_empty(client, index):
    story = add_story(index, "Schlicht", participants=[participant("Firma", "CZ")])
    response = client.get(story.url)
    assert response.status_code == 200
    page = soup(response)
    for selector in (".story__image", "figure.quote", ".story__gallery", ".story__related"):
        assert page.select_one(selector) is None, selector
    assert page.select_one(".story__contact") is None
    assert page.select_one(".badge--research") is None
    assert [text(li) for li in page.select(".story__participant")] == [f"Firma {country('CZ')}"]


def test_unpublished_related_page_is_not_linked(client, home, index):
    calendar = factories.add_calendar(home)
    live = factories.add_event(calendar, "Live")
    gone = factories.add_event(calendar, "Zurückgezogen")
    gone.unpublish()
    story = add_story(index, "Mit Links", related_pages=[("page", gone), ("page", live)])
    links = soup(client.get(story.url)).select(".story__related-list a")
    assert [text(a) for a in links] == ["Live"]


# The index ----------------------------------------------------------------------------------


def test_index_lists_live_stories_newest_year_first_then_by_title(client, index, stories):
    draft = add_story(index, "Entwurf", year=2030, revision=False)
    draft.live = False
    draft.save()
    response = client.get(index.url)
    assert response.status_code == 200
    assert titles(response) == [
        "Batterierecycling",
        "Sensorik für Kliniken",
        "Gemeinsames Labor",
        "Achsen aus Polen",
    ]
    assert count_of(response) == 4
    assert text(soup(response).select_one(".lead")) == "Was aus Kooperationen geworden ist."


def test_story_card_shows_year_sector_summary_and_participants(client, index, stories):
    card = next(
        article
        for article in soup(client.get(index.url)).select(".story-card")
        if text(article.select_one(".story-card__title")) == "Sensorik für Kliniken"
    )
    assert text(card.select_one(".story-card__year")) == "2024"
    assert text(card.select_one(".story-card__sector")).endswith(": Life Sciences")
    assert card.select_one(".story-card__title a")["href"] == stories["sensor"].url
    assert "Kurz gesagt: Sensorik für Kliniken." in text(card)
    assert [text(li) for li in card.select(".story-card__participants li")] == [
        f"MedTech Dresden GmbH ({country('DE')} · Sachsen)",
        f"Uniwersytet Medyczny ({country('PL')} · Niederschlesien)",
        f"Szpital Wrocław ({country('PL')} · Niederschlesien)",
    ]


def test_card_image_uses_the_listing_rendition(client, index):
    add_story(index, "Mit Bild", image=factories.make_image("Karte"))
    img = soup(client.get(index.url)).select_one(".story-card__image")
    assert img["width"] == "480" and img["height"] == "270"


def test_filter_choices_are_the_sectors_and_years_in_use(index, stories):
    choices = filter_choices(index)
    assert choices["sectors"] == [
        ("automotive", "Automobilindustrie"),
        ("life-sciences", "Life Sciences"),
    ]
    assert choices["years"] == [2024, 2022, 2021]


def test_filter_form_offers_every_country(client, index, stories):
    options = soup(client.get(index.url)).select("#id_country option")
    assert [o["value"] for o in options] == ["", "DE", "PL", "CZ", "AT", "SK", "HU"]


ALL = ["Batterierecycling", "Sensorik für Kliniken", "Gemeinsames Labor", "Achsen aus Polen"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sector=life-sciences", ["Sensorik für Kliniken", "Gemeinsames Labor"]),
        ("sector=automotive", ["Batterierecycling", "Achsen aus Polen"]),
        ("country=PL", ["Sensorik für Kliniken", "Achsen aus Polen"]),  # two Polish partners: once
        ("country=CZ", ["Batterierecycling", "Gemeinsames Labor"]),
        ("country=AT", []),
        ("year=2024", ["Batterierecycling", "Sensorik für Kliniken"]),
        ("year=2021", ["Achsen aus Polen"]),
        ("sector=life-sciences&country=CZ", ["Gemeinsames Labor"]),
        ("sector=automotive&year=2024", ["Batterierecycling"]),
        ("sector=automotive&country=PL&year=2021", ["Achsen aus Polen"]),
        ("sector=life-sciences&country=PL&year=2022", []),
        ("sector=&country=&year=", ALL),  # empty values mean "all"
    ],
)
def test_filters_combine(client, index, stories, query, expected):
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    assert titles(response) == expected
    assert count_of(response) == len(expected)
    empty = soup(response).select_one(".story-list > p")
    assert bool(empty) == (not expected)


def test_filters_stay_selected(client, index, stories):
    page = soup(client.get(f"{index.url}?sector=automotive&country=PL&year=2021"))
    assert page.select_one("#id_sector option[selected]")["value"] == "automotive"
    assert page.select_one("#id_country option[selected]")["value"] == "PL"
    assert page.select_one("#id_year option[selected]")["value"] == "2021"
    assert page.select_one(".filter-form a.button--secondary")["href"] == index.url


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sector", "raumfahrt"),
        ("sector", "tourismus"),  # a sector, but no story has it
        ("country", "FR"),
        ("year", "1999"),
        ("year", "zwanzig"),
    ],
)
def test_unknown_filter_values_are_a_400_with_a_message_beside_the_field(
    client, index, stories, field, value
):
    message = error_message(field, value)
    assert value in message
    response = client.get(f"{index.url}?{field}={value}")
    assert response.status_code == 400
    page = soup(response)
    box = page.select_one(f"#id_{field}").find_parent(class_="field")
    assert "field--error" in box["class"]
    assert [text(p) for p in box.select(".field__error")] == [message]
    control = page.select_one(f"#id_{field}")
    assert control["aria-invalid"] == "true"
    assert box.select_one(f"#{control['aria-describedby']}") is not None
    assert titles(response) == []


def test_the_message_a_bad_filter_control_points_at_is_the_error_itself(client, index, stories):
    # As on the other listings (includes/filter_form.html): the element aria-describedby names
    # is the error message, not a wrapper around it.
    page = soup(client.get(f"{index.url}?year=1850"))
    control = page.select_one("#id_year")
    described = page.select_one(f"#{control['aria-describedby']}")
    assert described.name == "p"
    assert described["class"] == ["field__error"]
    assert text(described) == error_message("year", "1850")


def test_one_bad_value_among_good_ones_keeps_the_good_ones_selected(client, index, stories):
    response = client.get(f"{index.url}?sector=life-sciences&year=1850")
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("#id_sector option[selected]")["value"] == "life-sciences"
    assert len(page.select(".field--error")) == 1


def test_form_rejects_values_outside_the_choices():
    form = StoryFilterForm({"year": "2024"}, sectors=[("a", "A")], years=[2023])
    assert not form.is_valid()
    assert form.filters() == {}
    form = StoryFilterForm({"year": "2023", "sector": "a"}, sectors=[("a", "A")], years=[2023])
    assert form.filters() == {"year": 2023, "sector": "a"}


def test_new_story_refreshes_the_cached_choices(client, index, stories):
    assert client.get(f"{index.url}?year=2025").status_code == 400
    add_story(index, "Neu", year=2025)
    response = client.get(f"{index.url}?year=2025")
    assert response.status_code == 200
    assert titles(response) == ["Neu"]


# Pagination ---------------------------------------------------------------------------------


@pytest.fixture
def many(home):
    index = add_story_index(home, per_page=2)
    sector = factories.SectorFactory(name="Logistik", slug="logistik")
    for n in range(5):
        add_story(
            index,
            f"Geschichte {n}",
            year=2020 + n,
            sector=sector,
            participants=[participant(f"Firma {n}", "PL")],
        )
    return index


def test_pagination(client, many):
    first = client.get(many.url)
    assert titles(first) == ["Geschichte 4", "Geschichte 3"]
    assert count_of(first) == 5
    second = client.get(many.url + "?page=2")
    assert titles(second) == ["Geschichte 2", "Geschichte 1"]
    assert titles(client.get(many.url + "?page=3")) == ["Geschichte 0"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0", "Geschichte 4"),
        ("-3", "Geschichte 4"),
        ("abc", "Geschichte 4"),
        ("", "Geschichte 4"),
        ("2.5", "Geschichte 4"),
        ("99", "Geschichte 0"),
    ],
)
def test_pagination_forgives_bad_page_numbers(client, many, raw, expected):
    response = client.get(f"{many.url}?page={raw}")
    assert response.status_code == 200
    assert titles(response)[0] == expected


def test_pagination_links_keep_the_filters(client, many):
    response = client.get(f"{many.url}?sector=logistik&country=PL&page=2")
    links = {a["rel"][0]: a["href"] for a in soup(response).select(".pagination a")}
    assert links == {
        "prev": "?sector=logistik&country=PL&page=1",
        "next": "?sector=logistik&country=PL&page=3",
    }
    assert "page=" not in soup(response).select_one(".filter-form")["action"]


# Translations -------------------------------------------------------------------------------


def test_polish_story_shows_polish_names_and_links_to_polish_pages(client, home, index, regions):
    calendar = factories.add_calendar(home)
    translated_event = factories.add_event(calendar, "Forum Medizintechnik")
    german_only_event = factories.add_event(calendar, "Werkstattgespräch")
    sector = factories.SectorFactory(name="Gesundheitswirtschaft", slug="gesundheit")
    story = add_story(
        index,
        "Sensorik für Kliniken",
        year=2024,
        sector=sector,
        participants=[
            participant("Uniwersytet Medyczny", "PL", regions["lower_silesia"], True),
        ],
        quote="Gemeinsam geht es schneller.",
        quote_speaker="Anna Nowak",
        quote_role="Projektleiterin",
        related_pages=[("page", translated_event), ("page", german_only_event)],
    )
    factories.translate(home, "pl")
    factories.translate(calendar, "pl")
    polish_event = factories.translate(translated_event, "pl")["pl"]
    polish_index = factories.translate(index, "pl")["pl"]
    polish_story = factories.translate(story, "pl")["pl"]
    assert polish_story.url.startswith("/pl/")

    response = client.get(polish_story.url)
    assert response.status_code == 200
    page = soup(response)
    assert text(page.select_one("h1")) == "[pl] Sensorik für Kliniken"
    assert text(page.select_one(".story__facts a.tag")) == "[pl] Gesundheitswirtschaft"
    place = text(page.select_one(".story__participant-place"))
    assert place == f"{country('PL', 'pl')} · [pl] Niederschlesien"
    assert text(page.select_one(".quote__role")) == "[pl] Projektleiterin"
    links = [(text(a), a["href"]) for a in page.select(".story__related-list a")]
    assert links == [
        ("[pl] Forum Medizintechnik", polish_event.url),
        ("Werkstattgespräch", german_only_event.url),  # no Polish version: the German one
    ]
    assert page.select(".story__related-list a")[1]["lang"] == "de"
    assert polish_event.url.startswith("/pl/") and german_only_event.url.startswith("/de/")

    listing = client.get(polish_index.url + "?sector=gesundheit&country=PL")
    assert listing.status_code == 200
    assert titles(listing) == ["[pl] Sensorik für Kliniken"]
    card = soup(listing).select_one(".story-card")
    assert text(card.select_one(".story-card__sector")).endswith("[pl] Gesundheitswirtschaft")
    options = soup(listing).select("#id_sector option")
    assert [(o["value"], text(o)) for o in options][1:] == [
        ("gesundheit", "[pl] Gesundheitswirtschaft")
    ]
    # The German index keeps its German story and names.
    german = client.get(index.url + "?sector=gesundheit")
    assert titles(german) == ["Sensorik für Kliniken"]


# Queries ------------------------------------------------------------------------------------


def test_index_costs_the_same_queries_for_5_and_40_stories(client, home):
    index = add_story_index(home, per_page=12)
    image = factories.make_image("Karte")
    sectors = [factories.SectorFactory(slug=f"s{n}") for n in range(3)]
    region = factories.RegionFactory(slug="r")

    def add(count, start):
        for n in range(start, start + count):
            add_story(
                index,
                f"Geschichte {n}",
                year=2015 + n % 10,
                sector=sectors[n % 3],
                image=image,
                participants=[
                    participant(f"Firma {n}", "DE", region),
                    participant(f"Partner {n}", "PL", region, True),
                    participant(f"Institut {n}", "PL"),
                ],
                revision=False,
            )

    add(5, 0)
    factories.publish(index)  # a publish bumps the cache version, as editing would
    urls = {
        "index": index.url,
        "page 2": index.url + "?page=2",
        "by sector": index.url + "?sector=s0",
        "by country": index.url + "?country=PL",
        "by year": index.url + "?year=2016",
        "combined": index.url + "?sector=s1&country=DE&year=2016",
    }
    few = {name: count_queries(client, url) for name, url in urls.items()}
    add(35, 5)
    factories.publish(index)
    many = {name: count_queries(client, url) for name, url in urls.items()}
    assert many == few
    assert max(many.values()) <= QUERY_BUDGET, many


def test_story_page_costs_the_same_queries_for_1_and_6_participants_and_links(client, home):
    index = add_story_index(home)
    calendar = factories.add_calendar(home)
    region = factories.RegionFactory(slug="r")
    events = [factories.add_event(calendar, f"Anlass {n}") for n in range(6)]
    contact = factories.ContactPersonFactory(photo=factories.make_image("Portrait"))

    def story(title, count):
        return add_story(
            index,
            title,
            contact=contact,
            participants=[participant(f"Firma {n}", "CZ", region) for n in range(count)],
            related_pages=[("page", event) for event in events[:count]],
        )

    def queries(page):
        client.get(page.url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(page.url).status_code == 200
        return len(ctx.captured_queries)

    small, large = story("Klein", 1), story("Groß", 6)
    assert queries(small) == queries(large) <= 10
