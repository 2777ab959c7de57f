"""The snippet endpoints: /api/v2/contacts/, /topics/, /sectors/ and /regions/."""

import pytest

from tests import factories

ENDPOINTS = {
    "contacts": factories.ContactPersonFactory,
    "topics": factories.TopicFactory,
    "sectors": factories.SectorFactory,
    "regions": factories.RegionFactory,
}


def translate_snippet(instance, code="pl"):
    return factories.translate(instance, code)[code]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_listing_detail_and_locale(get_json, db, endpoint):
    german = ENDPOINTS[endpoint]()
    polish = translate_snippet(german)

    listing = get_json(f"/api/v2/{endpoint}/")
    assert listing["meta"]["total_count"] == 2
    assert {item["meta"]["locale"] for item in listing["items"]} == {"de", "pl"}

    [item] = get_json(f"/api/v2/{endpoint}/?locale=pl")["items"]
    assert item["id"] == polish.pk
    assert item["meta"]["detail_url"] == f"http://testserver/api/v2/{endpoint}/{polish.pk}/"

    detail = get_json(item["meta"]["detail_url"])
    assert detail["id"] == polish.pk
    assert detail["meta"] == {
        "type": f"pages.{type(polish).__name__}",
        "detail_url": item["meta"]["detail_url"],
        "locale": "pl",
    }


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_pagination(get_json, db, endpoint):
    objects = [ENDPOINTS[endpoint]() for _ in range(5)]
    ids = [item["id"] for item in get_json(f"/api/v2/{endpoint}/?limit=100")["items"]]

    page = get_json(f"/api/v2/{endpoint}/?limit=2&offset=2")

    assert page["meta"]["total_count"] == len(objects)
    assert [item["id"] for item in page["items"]] == ids[2:4]
    assert get_json(f"/api/v2/{endpoint}/?offset=5")["items"] == []


@pytest.mark.parametrize(
    ("endpoint", "order", "field"),
    [
        ("contacts", "last_name", "last_name"),
        ("contacts", "-last_name", "last_name"),
        ("topics", "-name", "name"),
        ("sectors", "slug", "slug"),
        ("regions", "-nuts_code", "nuts_code"),
    ],
)
def test_ordering(get_json, db, endpoint, order, field):
    for index in (2, 0, 1):
        kwargs = {"nuts_code": f"PL5{index}"} if endpoint == "regions" else {}
        if endpoint == "contacts":
            kwargs["last_name"] = f"Name{index}"
        else:
            kwargs.update(name=f"Name{index}", slug=f"slug-{index}")
        ENDPOINTS[endpoint](**kwargs)

    items = get_json(f"/api/v2/{endpoint}/?order={order}&fields={field}")["items"]

    values = [item[field] for item in items]
    assert values == sorted(values, reverse=order.startswith("-"))


def test_default_order_is_alphabetical(get_json, db):
    for name in ("Mobilität", "Digitalisierung", "Tourismus"):
        factories.TopicFactory(name=name)

    names = [item["name"] for item in get_json("/api/v2/topics/")["items"]]

    assert names == ["Digitalisierung", "Mobilität", "Tourismus"]


def test_contact_fields(get_json, contact, image):
    data = get_json(f"/api/v2/contacts/{contact.pk}/")

    assert data["name"] == "Erika Muster"
    assert data["phone_e164"] == "+493512138130"
    assert data["department"] == "Außenwirtschaft & Messen"
    assert data["vcard_url"] == f"http://testserver/de/contacts/{contact.pk}.vcf"
    assert data["photo"]["id"] == image.pk
    assert set(data["photo"]["renditions"]) == {"thumbnail", "medium", "large"}


def test_contact_vcard_url_works(client, get_json, contact):
    url = get_json(f"/api/v2/contacts/{contact.pk}/")["vcard_url"]

    response = client.get(url)

    assert response.status_code == 200
    assert b"FN:Erika Muster" in response.content


def test_contact_without_photo(get_json, db):
    contact = factories.ContactPersonFactory(photo=None, phone="")

    data = get_json(f"/api/v2/contacts/{contact.pk}/")

    assert (data["photo"], data["phone_e164"]) == (None, "")


def test_contact_search(get_json, db):
    factories.ContactPersonFactory(last_name="Nowak")
    factories.ContactPersonFactory(last_name="Schulze")

    items = get_json("/api/v2/contacts/?search=Nowak")["items"]

    assert [item["last_name"] for item in items] == ["Nowak"]


def test_contact_translation_keeps_synchronised_fields(get_json, contact):
    polish = translate_snippet(contact)

    data = get_json(f"/api/v2/contacts/{polish.pk}/")

    assert data["role"] == "[pl] Referentin"
    assert (data["name"], data["phone"]) == ("Erika Muster", contact.phone)
    assert data["vcard_url"] == f"http://testserver/pl/contacts/{polish.pk}.vcf"


def test_topic_slug_is_the_same_in_every_language(get_json, db):
    topic = factories.TopicFactory(name="Digitalisierung", slug="digitalisierung")
    translate_snippet(topic)

    items = get_json("/api/v2/topics/?slug=digitalisierung")["items"]

    assert sorted((item["meta"]["locale"], item["name"]) for item in items) == [
        ("de", "Digitalisierung"),
        ("pl", "[pl] Digitalisierung"),
    ]


def test_region_fields(get_json, db):
    region = factories.RegionFactory(name="Niederschlesien", country="PL", nuts_code="PL51")

    data = get_json(f"/api/v2/regions/{region.pk}/")

    assert (data["name"], data["country"], data["nuts_code"]) == ("Niederschlesien", "PL", "PL51")
    assert data["country_name"]
    [item] = get_json("/api/v2/regions/?country=PL")["items"]
    assert item["nuts_code"] == "PL51"
