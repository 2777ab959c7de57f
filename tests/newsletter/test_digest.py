"""Composing, rendering and personalising digests (newsletter/digest.py)."""

import datetime
import re

import pytest
from django.core import signing
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsletter import digest as digest_module
from newsletter import tokens
from newsletter.digest import (
    PREFERENCES_PLACEHOLDER,
    UNSUBSCRIBE_PLACEHOLDER,
    DigestItems,
    compose,
    personalise,
    render,
)
from newsletter.models import Subscriber
from tests import factories

from .digest_helpers import make_subscriber

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("ui_strings_as_written")]


def soon(days=7, hour=10):
    start = timezone.localtime() + datetime.timedelta(days=days)
    start = start.replace(hour=hour, minute=0, second=0, microsecond=0)
    return start, start + datetime.timedelta(hours=3)


def titles(entries):
    return [entry.page.title for entry in entries]


def test_offers_that_fit_the_interests_best_first(content):
    auto, energy = content["auto"], content["energy"]
    factories.add_offer(content["offers"], "Nur Auto", sectors=[auto])
    factories.add_offer(content["offers"], "Auto und Energie", sectors=[auto, energy])
    factories.add_offer(content["offers"], "Anfrage Energie", "business_request", sectors=[energy])
    subscriber = make_subscriber(
        "a@example.org",
        sector_keys=[str(auto.translation_key), str(energy.translation_key)],
        offer_kinds=["business_offer"],
    )
    digest = compose(subscriber, DigestItems.load(subscriber.confirmed_at))
    assert titles(digest.offers) == ["Auto und Energie", "Nur Auto"]

    everything = make_subscriber("b@example.org")
    digest = compose(everything, DigestItems.load(everything.confirmed_at))
    assert sorted(titles(digest.offers)) == ["Anfrage Energie", "Auto und Energie", "Nur Auto"]


def test_only_offers_published_since_the_last_digest(content):
    old = factories.add_offer(content["offers"], "Alt", sectors=[content["auto"]])
    subscriber = make_subscriber("a@example.org")
    subscriber.last_digest_at = timezone.now()
    factories.add_offer(content["offers"], "Neu", sectors=[content["auto"]])
    items = DigestItems.load(old.first_published_at - datetime.timedelta(seconds=1))
    assert titles(compose(subscriber, items).offers) == ["Neu"]
    # With an earlier last digest the old one is new too.
    earlier = make_subscriber("b@example.org", days=30)
    assert sorted(titles(compose(earlier, items).offers)) == ["Alt", "Neu"]


def test_missing_translation_falls_back_to_german_and_is_marked(content):
    offer = factories.add_offer(
        content["offers"], "Kooperation Leichtbau", sectors=[content["auto"]]
    )
    factories.translate(offer, "en")
    polish = make_subscriber("pl@example.org", language="pl")
    english = make_subscriber("en@example.org", language="en")
    items = DigestItems.load(polish.confirmed_at)

    polish_digest = compose(polish, items)
    (entry,) = polish_digest.offers
    assert entry.fallback and entry.language == "de"
    assert entry.page.title == "Kooperation Leichtbau"
    assert entry.url.endswith(offer.url)
    html = render(polish_digest).html
    assert re.search(r'<td[^>]*lang="de"', html)
    assert "in German" in html
    assert "in German" in render(polish_digest).text

    english_digest = compose(english, items)
    (entry,) = english_digest.offers
    assert not entry.fallback and entry.page.title == "[en] Kooperation Leichtbau"
    assert "/en/" in entry.url
    assert "in German" not in render(english_digest).html
    assert polish_digest.key != english_digest.key


def test_every_language_gets_its_own_version(content):
    offer = factories.add_offer(content["offers"], "Wasserstoff", sectors=[content["energy"]])
    release = factories.add_release(content["press"], "Messe in Breslau")
    factories.translate(offer)
    factories.translate(release)
    for language in ("de", "en", "pl", "cs"):
        subscriber = make_subscriber(f"{language}@example.org", language=language)
        digest = compose(subscriber, DigestItems.load(subscriber.confirmed_at))
        rendered = render(digest)
        prefix = "" if language == "de" else f"[{language}] "
        assert f"{prefix}Wasserstoff" in rendered.html
        assert f"{prefix}Messe in Breslau" in rendered.text
        assert f'<html lang="{language}"' in rendered.html
        assert f"/{language}/" in digest.offers[0].url
        assert not any(entry.fallback for entry in digest.offers + digest.releases)
        assert rendered.language == language


def test_nobody_gets_an_empty_digest(content):
    subscriber = make_subscriber("a@example.org")
    # Nothing at all.
    assert compose(subscriber, DigestItems.load(subscriber.confirmed_at)) is None
    # Only offers outside the interests.
    factories.add_offer(content["offers"], "Energie", sectors=[content["energy"]])
    picky = make_subscriber("b@example.org", sector_keys=[str(content["auto"].translation_key)])
    assert compose(picky, DigestItems.load(picky.confirmed_at)) is None
    # An upcoming event that was published before the last digest is not news by itself.
    factories.add_event(content["calendar"], "Alter Termin", dates=[soon()])
    after = make_subscriber("c@example.org", days=30, last_digest_at=timezone.now())
    items = DigestItems.load(after.last_digest_at - datetime.timedelta(days=1))
    assert len(items.events) == 1
    assert compose(after, items) is None


def test_events_in_topics_or_regions_and_releases_in_topics(content):
    topic, other, region = content["topic"], content["other_topic"], content["region"]
    calendar, press = content["calendar"], content["press"]
    factories.add_event(calendar, "Messe", dates=[soon(3)], topics=[topic])
    factories.add_event(calendar, "Regionaltag", dates=[soon(4)], regions=[region])
    factories.add_event(calendar, "Förderforum", dates=[soon(5)], topics=[other])
    factories.add_event(calendar, "Zu spät", dates=[soon(90)], topics=[topic])
    factories.add_release(press, "Bericht Messe", topics=[topic])
    factories.add_release(press, "Bericht Förderung", topics=[other])

    subscriber = make_subscriber(
        "a@example.org",
        topic_keys=[str(topic.translation_key)],
        region_keys=[str(region.translation_key)],
    )
    items = DigestItems.load(subscriber.confirmed_at)
    digest = compose(subscriber, items)
    assert titles(digest.events) == ["Messe", "Regionaltag"]
    assert titles(digest.releases) == ["Bericht Messe"]

    everyone = make_subscriber("b@example.org")
    digest = compose(everyone, items)
    assert titles(digest.events) == ["Messe", "Regionaltag", "Förderforum"]
    assert sorted(titles(digest.releases)) == ["Bericht Förderung", "Bericht Messe"]


def test_caps(content, monkeypatch):
    monkeypatch.setattr(digest_module, "MAX_OFFERS", 3)
    for number in range(5):
        factories.add_offer(content["offers"], f"Angebot {number}", sectors=[content["auto"]])
    subscriber = make_subscriber("a@example.org")
    digest = compose(subscriber, DigestItems.load(subscriber.confirmed_at))
    assert titles(digest.offers) == ["Angebot 4", "Angebot 3", "Angebot 2"]


def test_compose_is_memoised_per_signature_and_keys_group_identical_digests(content):
    factories.add_offer(content["offers"], "Angebot", sectors=[content["auto"]])
    auto = str(content["auto"].translation_key)
    first = make_subscriber("a@example.org", sector_keys=[auto], days=10)
    second = make_subscriber("b@example.org", sector_keys=[auto], days=12)
    third = make_subscriber("c@example.org", sector_keys=[auto, auto], days=10)
    english = make_subscriber("d@example.org", sector_keys=[auto], language="en")
    items = DigestItems.load(second.confirmed_at)
    # Different `since`, but the same items are new: the same composition.
    assert compose(first, items) is compose(second, items)
    # Interests written differently: composed again, yet the same key.
    assert compose(third, items) is not compose(first, items)
    assert compose(third, items).key == compose(first, items).key
    assert compose(english, items).key != compose(first, items).key


def test_render_is_a_mail_for_dark_mode_small_screens_and_no_images(content):
    factories.add_offer(content["offers"], "Angebot", sectors=[content["auto"]])
    factories.add_event(content["calendar"], "Messe", dates=[soon()])
    factories.add_release(content["press"], "Mitteilung")
    subscriber = make_subscriber("a@example.org", language="en")
    rendered = render(compose(subscriber, DigestItems.load(subscriber.confirmed_at)))
    html = rendered.html
    assert '<meta name="color-scheme" content="light dark">' in html
    assert "prefers-color-scheme: dark" in html
    assert "max-width: 620px" in html
    assert 'role="presentation"' in html
    # CSS inlined for clients that drop <style>.
    assert re.search(r'<td class="masthead" style="[^"]*background-color', html)
    # Nothing essential as an image: no <img> at all, every item a text link.
    assert "<img" not in html
    assert UNSUBSCRIBE_PLACEHOLDER in html and PREFERENCES_PLACEHOLDER in html
    assert UNSUBSCRIBE_PLACEHOLDER in rendered.text
    assert rendered.subject == "Glokal: 1 new cooperation offer for you"
    for title in ("Angebot", "Messe", "Mitteilung"):
        assert title in rendered.text and title in html


def test_subject_counts(content):
    for number in range(3):
        factories.add_offer(content["offers"], f"Angebot {number}")
    subscriber = make_subscriber("a@example.org", language="cs")
    rendered = render(compose(subscriber, DigestItems.load(subscriber.confirmed_at)))
    assert rendered.subject == "Glokal: 3 new cooperation offers for you"


def test_personalise_links_and_headers(content, settings):
    settings.GLOKAL_PUBLIC_BASE_URL = "https://www.glokal.example"
    settings.NEWSLETTER_FROM_EMAIL = "Glokal Newsletter <newsletter@mail.glokal.example>"
    factories.add_offer(content["offers"], "Angebot")
    subscriber = make_subscriber("a@example.org", language="pl")
    rendered = render(compose(subscriber, DigestItems.load(subscriber.confirmed_at)))
    mail = personalise(rendered, subscriber, run_id=7, delivery_id=42)

    assert mail.headers["List-Unsubscribe"] == f"<{mail.unsubscribe_url}>"
    assert mail.unsubscribe_url.startswith("https://www.glokal.example/pl/newsletter/unsubscribe/")
    assert mail.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mail.headers["Message-ID"] == "<digest.7.42@mail.glokal.example>"
    assert mail.unsubscribe_url == tokens.unsubscribe_url(
        subscriber, mail.unsubscribe_url.split("/")[-2]
    )
    assert mail.unsubscribe_url in mail.html and mail.preferences_url in mail.html
    assert mail.unsubscribe_url in mail.text and mail.preferences_url in mail.text
    assert "GLK_" not in mail.html + mail.text
    token = mail.unsubscribe_url.rstrip("/").rsplit("/", 1)[1]
    assert tokens.subscriber_for_link(token, Subscriber.objects.all()) == subscriber
    assert mail.preferences_url == tokens.preferences_url(subscriber, token)


def test_one_load_per_batch_in_constant_queries(content):
    def load_and_compose(count):
        subscribers = [
            Subscriber(
                email=f"s{count}-{n}@example.org",
                language=("de", "en", "pl", "cs")[n % 4],
                sector_keys=[str(content["auto"].translation_key)] if n % 2 else [],
                confirmed_at=timezone.now() - datetime.timedelta(days=10 + n % 5),
            )
            for n in range(count)
        ]
        with CaptureQueriesContext(connection) as loading:
            items = DigestItems.load(timezone.now() - datetime.timedelta(days=30))
        with CaptureQueriesContext(connection) as composing:
            digests = [compose(s, items) for s in subscribers]
            for digest in {d.key: d for d in digests if d}.values():
                render(digest)
        return len(loading), len(composing), digests

    factories.translate(factories.add_offer(content["offers"], "Eins", sectors=[content["auto"]]))
    factories.add_event(content["calendar"], "Termin", dates=[soon()], topics=[content["topic"]])
    factories.add_release(content["press"], "Mitteilung", topics=[content["topic"]])
    small = load_and_compose(20)
    for number in range(8):
        offer = factories.add_offer(content["offers"], f"Mehr {number}", sectors=[content["auto"]])
        factories.translate(offer, "pl")
    factories.add_release(content["press"], "Noch eine")
    large = load_and_compose(200)
    # Loading: the same queries for 3 or 12 items (each kind present in both, as Django
    # skips a prefetch for an empty result).
    assert small[0] == large[0]
    assert large[1] == 0  # composing and rendering: none at all
    assert all(large[2])


def test_fast_link_tokens_are_the_tokens_of_tokens_py(monkeypatch):
    subscriber = make_subscriber("a@example.org")
    monkeypatch.setattr("time.time", lambda: 1_790_000_000.5)
    unsubscribe_url, preferences_url = digest_module.LinkBuilder().links(subscriber, "cs")
    token = tokens.link_token(subscriber)
    # Django's own format, byte for byte, so signing.loads reads what the fast signer makes.
    assert token == signing.dumps([subscriber.pk, subscriber.link_key.hex], salt=tokens.LINK_SALT)
    assert unsubscribe_url == tokens.unsubscribe_url(subscriber, token).replace("/de/", "/cs/")
    assert preferences_url.endswith(f"/{token}/")
    assert f"/{token}/" in unsubscribe_url
