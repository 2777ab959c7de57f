"""The preferences page behind the signed link in every mail: language, interests and
frequency, with a CHANGED consent record; forged links change nothing."""

from urllib.parse import urlparse

import pytest
from django.core import signing

from newsletter import tokens
from newsletter.models import ConsentAction, ConsentRecord, Subscriber, SubscriberStatus
from tests.helpers import soup

from .helpers import key, make_subscriber

pytestmark = pytest.mark.usefixtures("ui_strings_as_written")


@pytest.fixture
def subscriber(terms):
    return make_subscriber(
        "anna@example.org",
        language="pl",
        frequency="weekly",
        sector_keys=[key(terms["auto"])],
        countries=["CZ"],
    )


def preferences_path(subscriber, language=None):
    path = urlparse(tokens.preferences_url(subscriber)).path
    if language:
        path = f"/{language}/" + path.split("/", 2)[2]
    return path


def form_data(**overrides):
    data = {"language": "pl", "frequency": "weekly", "sectors": [], "countries": []}
    data.update(overrides)
    return data


def test_the_page_shows_the_current_choices_in_the_page_language(client, subscriber, terms):
    path = preferences_path(subscriber)
    response = client.get(path)
    assert response.status_code == 200
    assert response["Referrer-Policy"] == "no-referrer"
    page = soup(response)
    checked = {
        label.get_text(strip=True)
        for label in page.select("#id_sectors label")
        if page.find(id=label["for"]).has_attr("checked")
    }
    assert checked == {"Motoryzacja"}
    assert page.select_one("#id_countries input[value=CZ]").has_attr("checked")
    assert page.select_one("#id_language option[selected]")["value"] == "pl"
    token = path.rstrip("/").rsplit("/", 1)[1]
    hrefs = {a["href"] for a in page.select("main a")}
    assert f"/pl/newsletter/unsubscribe/{token}/" in hrefs
    # The data only through a link mailed for it: this page's token opens neither.
    assert f"/pl/newsletter/data/{token}/" in hrefs
    assert not [href for href in hrefs if "/export/" in href or "/erase/" in href]
    revoke = page.select_one("main form[action]:not(.newsletter-form)")
    assert revoke["action"] == f"/pl/newsletter/revoke/{token}/"
    assert revoke["method"] == "post"


def test_changes_are_saved_and_recorded(client, subscriber, terms):
    path = preferences_path(subscriber)
    response = client.post(
        path,
        form_data(
            language="cs",
            frequency="monthly",
            sectors=[key(terms["energy"]), key(terms["auto"])],
            topics=[key(terms["topic"])],
            offer_kinds=["business_request"],
        ),
        HTTP_USER_AGENT="Firefox/140",
    )
    assert response.status_code == 303
    assert response["Location"] == f"{path}?saved=1"
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.frequency) == ("cs", "monthly")
    assert subscriber.sector_keys == [key(terms["energy"]), key(terms["auto"])]
    assert subscriber.topic_keys == [key(terms["topic"])]
    assert subscriber.offer_kinds == ["business_request"]
    assert subscriber.countries == []
    assert subscriber.status == SubscriberStatus.ACTIVE

    record = ConsentRecord.objects.get()
    assert record.action == ConsentAction.CHANGED
    assert record.language == "cs"
    assert record.user_agent == "Firefox/140"
    assert record.details["frequency"] == "monthly"
    assert record.details["sector_keys"] == [key(terms["energy"]), key(terms["auto"])]
    assert set(record.details["changed"]) == {
        "language",
        "frequency",
        "sector_keys",
        "topic_keys",
        "offer_kinds",
        "countries",
    }
    saved = client.get(response["Location"])
    assert "Your settings have been saved." in soup(saved).select_one("[role=status]").get_text()


def test_saving_unchanged_choices_appends_nothing(client, subscriber, terms):
    response = client.post(
        preferences_path(subscriber), form_data(sectors=[key(terms["auto"])], countries=["CZ"])
    )
    assert response.status_code == 303
    assert not ConsentRecord.objects.exists()


@pytest.mark.parametrize(
    "overrides",
    [
        {"language": "xx"},
        {"frequency": "hourly"},
        {"sectors": ["not-a-key"]},
        {"countries": ["DE", "ZZ"]},
        {"language": None},
    ],
)
def test_invalid_choices_are_refused_and_change_nothing(client, subscriber, overrides):
    data = {k: v for k, v in form_data(**overrides).items() if v is not None}
    before = Subscriber.objects.values().get(pk=subscriber.pk)
    response = client.post(preferences_path(subscriber), data)
    assert response.status_code == 400
    assert soup(response).select_one("#error-summary li a")
    assert Subscriber.objects.values().get(pk=subscriber.pk) == before
    assert not ConsentRecord.objects.exists()


def test_forged_links_are_refused_and_change_nothing(client, subscriber):
    before = Subscriber.objects.values().get(pk=subscriber.pk)
    token = tokens.link_token(subscriber)
    forged = [
        token[:-3] + "abc",
        signing.dumps([subscriber.pk, subscriber.link_key.hex], salt="another.salt"),
        tokens.confirmation_token(subscriber),  # a confirmation token is no settings link
        tokens.data_rights_token(subscriber, tokens.EXPORT),  # nor is an export link
    ]
    for value in forged:
        path = f"/pl/newsletter/preferences/{value}/"
        for response in (client.get(path), client.post(path, form_data(frequency="monthly"))):
            assert response.status_code == 400
            assert "This link is not valid" in soup(response).get_text()
    assert Subscriber.objects.values().get(pk=subscriber.pk) == before
    assert not ConsentRecord.objects.exists()


def test_a_rotated_link_key_revokes_old_links(client, subscriber):
    old = preferences_path(subscriber)
    other_key = signing.dumps([subscriber.pk, "0" * 32], salt=tokens.LINK_SALT)
    subscriber.link_key = subscriber.link_key.__class__(int=subscriber.link_key.int ^ 1)
    subscriber.save()
    for path in (old, f"/pl/newsletter/preferences/{other_key}/"):
        response = client.get(path)
        assert response.status_code == 410
        assert "This link no longer works" in soup(response).select_one("h1").get_text()
    assert client.get(preferences_path(subscriber)).status_code == 200


def test_an_unsubscribed_subscriber_is_told_how_to_come_back(client, subscriber):
    Subscriber.objects.filter(pk=subscriber.pk).update(status=SubscriberStatus.UNSUBSCRIBED)
    page = soup(client.get(preferences_path(subscriber)))
    assert "does not receive the newsletter" in page.get_text()
    assert page.select_one("main a[href='/pl/newsletter/']")
