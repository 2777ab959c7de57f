"""The pages endpoint: a press release's JSON, its translations, filters, other page types."""

import datetime

import pytest

from tests import factories

from .helpers import assert_image

CONTACT_KEYS = {
    "id", "name", "first_name", "last_name", "role", "department", "phone", "phone_e164",
    "email", "languages", "photo", "vcard_url",
}  # fmt: skip


def detail(get_json, page, **headers):
    return get_json(f"/api/v2/pages/{page.pk}/", **headers)


def test_release_fields(get_json, release, image):
    data = detail(get_json, release)

    assert data["meta"]["type"] == "press.PressReleasePage"
    assert data["meta"]["locale"] == "de"
    assert data["meta"]["html_url"] == release.full_url
    assert data["meta"]["html_url"].startswith("http://testserver/de/presse/")
    assert data["title"] == "Forum in Wrocław"
    assert data["date"] == "2025-10-23"
    assert data["subtitle"] == "Zweites Wirtschaftsforum"
    assert data["lead"] == "Vorspann zu Forum in Wrocław."
    assert data["hero_caption"] == "Das Podium"
    assert_image(data["hero_image"], image)
    assert data["hero_image"]["credit"] == "Foto: Glokal"


def test_body_is_structured_json_not_html(get_json, release, image, press_index):
    body = detail(get_json, release)["body"]

    assert [block["type"] for block in body] == [
        "paragraph", "heading", "image", "quote", "document", "link_list",
    ]  # fmt: skip
    paragraph, heading, image_block, quote, document, link_list = (b["value"] for b in body)
    assert paragraph == "<p>Sachsen und Niederschlesien sind Nachbarn.</p>"
    assert heading == {"text": "Programm", "level": "h2"}
    assert_image(image_block["image"], image)
    assert image_block["caption"] == "Die Halle"
    assert image_block["credit"] == "Foto: Glokal"  # falls back to the image's own credit
    assert quote == {"quote": "Gemeinsam stärker.", "speaker": "Erika Muster", "role": "GF"}
    assert document["title"] == "Programm"
    assert document["document"]["url"].endswith(".pdf")
    assert link_list["links"] == [
        {"title": "Presse", "url": press_index.full_url, "page_id": press_index.pk}
    ]


def test_media_and_related_links(get_json, release, image, press_index):
    data = detail(get_json, release)

    media_image, media_document = data["media"]
    assert media_image["type"] == "image"
    assert_image(media_image["value"]["image"], image)
    assert media_image["value"]["credit"] == "Foto: WFS"
    assert media_document["type"] == "document"
    assert media_document["value"]["title"] == "Programm (PDF)"
    assert [link["value"] for link in data["related_links"]] == [
        {"title": "Presseraum", "url": "http://testserver/de/presse/", "page_id": press_index.pk},
        {"title": "Partner", "url": "https://example.com/partner", "page_id": None},
    ]


def test_topics_and_contacts_are_objects(get_json, release, topics, contact, image):
    data = detail(get_json, release)

    assert data["topics"] == [
        {"id": topic.pk, "slug": topic.slug, "name": topic.name} for topic in topics
    ]
    [person] = data["contacts"]
    assert set(person) == CONTACT_KEYS
    assert person["id"] == contact.pk
    assert person["name"] == "Erika Muster"
    assert person["phone"] == "+49 351 2138 130"
    assert person["phone_e164"] == "+493512138130"
    assert person["languages"] == ["de", "pl"]
    assert person["vcard_url"] == f"http://testserver/de/contacts/{contact.pk}.vcf"
    assert_image(person["photo"], image)


def test_polish_translation_reads_in_polish(get_json, polish_release, release):
    data = detail(get_json, polish_release)

    assert data["meta"]["locale"] == "pl"
    assert data["title"] == "[pl] Forum in Wrocław"
    assert [topic["name"] for topic in data["topics"]] == [
        "[pl] Digitalisierung",
        "[pl] Wirtschaftsförderung",
    ]
    assert [topic["slug"] for topic in data["topics"]] == [
        "digitalisierung",
        "wirtschaftsfoerderung",
    ]  # synchronised
    [person] = data["contacts"]
    assert person["role"] == "[pl] Referentin"
    assert person["vcard_url"].startswith("http://testserver/pl/contacts/")
    # A link names the page the editor chose (copied from the German source); clients follow
    # the target's meta.translations, so listings cost no query per link.
    presse_link = data["related_links"][0]["value"]
    assert presse_link["url"].startswith("http://testserver/de/")


def test_output_does_not_depend_on_accept_language(get_json, release):
    german = detail(get_json, release, HTTP_ACCEPT_LANGUAGE="de")
    asked_in_polish = detail(get_json, release, HTTP_ACCEPT_LANGUAGE="pl")

    assert asked_in_polish == german


def test_translations_are_listed_both_ways(get_json, polish_release, release):
    german = detail(get_json, release)["meta"]["translations"]
    polish = detail(get_json, polish_release)["meta"]["translations"]

    assert german == [
        {
            "id": polish_release.pk,
            "locale": "pl",
            "title": "[pl] Forum in Wrocław",
            "html_url": polish_release.full_url,
            "detail_url": f"http://testserver/api/v2/pages/{polish_release.pk}/",
            "status": "published",
        }
    ]
    assert [(t["id"], t["locale"]) for t in polish] == [(release.pk, "de")]


def test_unpublished_translations_are_not_listed(get_json, release, press_index):
    factories.translate(press_index, "en")
    factories.translate(release, "en", publish=False)

    assert detail(get_json, release)["meta"]["translations"] == []


def test_translations_in_listing_on_request(get_json, polish_release, release):
    url = "/api/v2/pages/?type=press.PressReleasePage&locale=de&fields=translations"
    [item] = get_json(url)["items"]

    assert item["id"] == release.pk
    assert [t["locale"] for t in item["meta"]["translations"]] == ["pl"]


def test_listing_default_fields(get_json, release):
    [item] = get_json("/api/v2/pages/?type=press.PressReleasePage")["items"]

    assert set(item) == {"id", "meta", "title"}
    assert set(item["meta"]) == {
        "type", "detail_url", "html_url", "slug", "first_published_at", "locale",
    }  # fmt: skip


def test_listing_all_fields(get_json, release):
    [item] = get_json("/api/v2/pages/?type=press.PressReleasePage&fields=*")["items"]

    assert {"body", "media", "related_links", "topics", "contacts", "hero_image"} <= set(item)
    assert item["topics"][0]["slug"] == "digitalisierung"


@pytest.mark.parametrize(
    ("code", "titles"), [("de", ["Forum in Wrocław"]), ("pl", ["[pl] Forum in Wrocław"])]
)
def test_locale_filter(get_json, polish_release, code, titles):
    data = get_json(f"/api/v2/pages/?type=press.PressReleasePage&locale={code}")

    assert [item["title"] for item in data["items"]] == titles
    assert {item["meta"]["locale"] for item in data["items"]} == {code}


@pytest.fixture
def dated_releases(press_index, topics):
    digital, funding = topics
    dated = {
        "old": ("Alt", datetime.date(2024, 3, 1), [digital]),
        "new": ("Neu", datetime.date(2025, 5, 1), [digital, funding]),
        "other": ("Andere", datetime.date(2025, 6, 1), [funding]),
    }
    return {
        key: factories.add_release(press_index, title, date=date, topics=tagged)
        for key, (title, date, tagged) in dated.items()
    }


def release_titles(get_json, query):
    data = get_json(f"/api/v2/pages/?type=press.PressReleasePage&order=date&{query}")
    return [item["title"] for item in data["items"]]


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("topic=digitalisierung", ["Alt", "Neu"]),
        ("topic=wirtschaftsfoerderung", ["Neu", "Andere"]),
        ("year=2025", ["Neu", "Andere"]),
        ("year=2024&topic=digitalisierung", ["Alt"]),
        ("year=2023", []),
        ("topic=digitalisierung&search=Neu", ["Neu"]),
    ],
)
def test_topic_and_year_filters(get_json, dated_releases, query, titles):
    assert release_titles(get_json, query) == titles


def test_topic_filter_in_translations(get_json, dated_releases, press_index):
    factories.translate(press_index, "pl")
    factories.translate(dated_releases["old"], "pl")

    titles = release_titles(get_json, "topic=digitalisierung&locale=pl")

    assert titles == ["[pl] Alt"]


def test_topic_without_releases_gives_empty_list(get_json, press_index):
    factories.TopicFactory(slug="unbenutzt")

    assert release_titles(get_json, "topic=unbenutzt") == []


def test_home_page_fields(get_json, home, image):
    home.intro = "Willkommen bei Glokal"
    home.hero_image = image
    home.body = [("heading", {"text": "Aktuelles", "level": "h2"})]
    factories.publish(home)

    data = detail(get_json, home)

    assert data["intro"] == "Willkommen bei Glokal"
    assert_image(data["hero_image"], image)
    assert data["body"][0]["type"] == "heading"


def test_standard_page_fields(get_json, home):
    page = factories.add_standard_page(
        home, "Impressum", footer_link="imprint", intro="Angaben", body=[("paragraph", "<p>x</p>")]
    )

    data = detail(get_json, page)

    assert (data["intro"], data["footer_link"]) == ("Angaben", "imprint")
    assert data["body"][0]["value"] == "<p>x</p>"


def test_press_index_fields(get_json, press_index):
    press_index.intro = "Pressemitteilungen der Agentur"
    factories.publish(press_index)

    data = detail(get_json, press_index)

    assert data["meta"]["type"] == "press.PressReleaseIndexPage"
    assert data["intro"] == "Pressemitteilungen der Agentur"


def test_images_endpoint_has_credit_and_alt(get_json, image):
    data = get_json(f"/api/v2/images/{image.pk}/")

    assert (data["credit"], data["alt"]) == ("Foto: Glokal", "Podium")
