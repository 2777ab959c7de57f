"""`manage.py load_demo`: idempotent, really translated through wagtail-localize, served in
every language.

Loading the demo takes a while, so it is loaded (twice, to prove idempotency) once for the
module inside a transaction that is rolled back afterwards; each test then runs in a savepoint.
"""

import datetime
import io
import re
from collections import defaultdict
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import TestCase
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from pages.calendar.models import EVENT_TIMEZONE
from pages.calendar.queries import archive, events_of, upcoming
from pages.core.models.standard import FooterLink
from pages.demo.contacts import PEOPLE
from pages.demo.events import EVENTS, LineByLineMemory
from pages.demo.texts import MissingTranslation, TranslationMemory
from pages.exchange.matching import live_offers, matching_offers
from pages.exchange.models.offers import TECHNOLOGY_KINDS
from pages.exchange.queries import offers_of
from pages.exchange.tasks import REMINDER_LEAD_TIME, send_offer_renewal_reminders
from pages.models import (
    ContactPerson,
    CooperationOfferIndexPage,
    CooperationOfferPage,
    EventCalendarPage,
    EventFormat,
    EventPage,
    GlokalImage,
    HomePage,
    OfferKind,
    OfferSector,
    Region,
    Sector,
    StandardPage,
    StoryParticipant,
    SuccessStoryIndexPage,
    SuccessStoryPage,
    Topic,
)
from press.models import PressReleaseIndexPage, PressReleasePage

LANGUAGES = ("de", "en", "pl", "cs")
COUNTED_MODELS = (
    Page,
    Topic,
    Sector,
    Region,
    ContactPerson,
    GlokalImage,
    Translation,
    TranslationSource,
    StringTranslation,
    Revision,
    OfferSector,
    StoryParticipant,
)
# People named in the real press releases the demo is based on; the demo must not use them.
REAL_NAMES = ("Kurzynoga", "Schlütter", "Lange", "Panter", "Horn", "Schmidt")
# The day the demo events were written: some of them lie before it, some after. Fixed, so the
# tests do not start failing once the last demo event is over.
DEMO_TODAY = datetime.datetime(2026, 11, 21, 12, tzinfo=EVENT_TIMEZONE)
DEMO_DATE = DEMO_TODAY.date()
HACKATHON_SLUG = "hackathon-code-ueber-die-neisse"


def run_load_demo():
    """Run the command as a management shell would, including its on-commit publishing."""
    out = io.StringIO()
    # wagtail-localize publishes translated pages on commit, which never comes in a test.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", "--force", stdout=out)
    return out.getvalue()


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


def offer_references():
    return sorted(
        CooperationOfferPage.objects.values_list("translation_key", "locale_id", "reference")
    )


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        first_output = run_load_demo()
        first, first_references = counts(), offer_references()
        second_output = run_load_demo()
        second, second_references = counts(), offer_references()
        yield {
            "first": first,
            "second": second,
            "outputs": (first_output, second_output),
            "references": (first_references, second_references),
        }
        transaction.set_rollback(True)


@pytest.fixture
def german():
    return Locale.objects.get(language_code="de")


# Every test using `demo` is marked django_db, even if it only reads the fixture's results:
# pytest-django runs database tests first, and a module-scoped fixture shared with tests run
# later would be torn down in between and loaded a second time.
@pytest.mark.django_db
def test_second_run_creates_and_changes_nothing(demo):
    assert demo["second"] == demo["first"]
    # root + 4 × (home, 3 legal pages, calendar, 14 events, press room, 7 releases,
    # exchange, 22 offers, story index, 4 stories)
    assert demo["first"]["Page"] >= 1 + 4 * 55


@pytest.mark.django_db
def test_progress_and_admin_login_are_printed(demo):
    for output in demo["outputs"]:
        assert "Press releases: 7 × 4 languages" in output
        assert "Event calendars: 1 × 4 languages" in output
        assert "Events: 14 × 4 languages" in output
        assert "Cooperation exchanges: 1 × 4 languages" in output
        offers = re.search(r"^Cooperation offers: (\d+) × 4 languages$", output, re.M)
        assert offers and int(offers[1]) >= 20
        assert "Success story indexes: 1 × 4 languages" in output
        assert "Success stories: 4 × 4 languages" in output
        assert re.search(r"^Images: \d+$", output, re.M)
        assert "Admin: http://testserver/admin/  user: admin  password: glokal-demo" in output


def test_refuses_to_run_without_debug_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo", stdout=io.StringIO())


@pytest.mark.django_db
def test_at_least_six_live_releases_per_language(demo):
    for code in LANGUAGES:
        live = PressReleasePage.objects.live().filter(locale__language_code=code)
        assert live.count() >= 6, code


@pytest.mark.django_db
def test_translated_releases_are_wagtail_localize_translations(demo, german):
    for release in PressReleasePage.objects.filter(locale=german):
        for code in ("en", "pl", "cs"):
            locale = Locale.objects.get(language_code=code)
            assert Translation.objects.filter(
                source__object_id=release.translation_key,
                source__locale=german,
                target_locale=locale,
                enabled=True,
            ).exists(), (release.title, code)
            translated = release.get_translation(locale)
            assert translated.live and not translated.has_unpublished_changes
            # Related snippets point at their translations, not at the German originals.
            assert {t.locale_id for t in translated.topics} == {locale.pk}
            assert {c.locale_id for c in translated.contacts} == {locale.pk}


@pytest.mark.django_db
def test_no_english_title_is_left_in_german(demo, german):
    english = Locale.objects.get(language_code="en")
    for page in Page.objects.filter(locale=english, depth__gt=1):
        source = page.get_translation(german)
        assert page.title != source.title, page.title


@pytest.mark.django_db
def test_default_site_serves_the_german_home_page_and_the_welcome_page_is_gone(demo):
    site = Site.objects.get(is_default_site=True)
    # On the public base URL (the test profile's: the test client's host), not localhost.
    assert site.root_url == settings.GLOKAL_PUBLIC_BASE_URL == "http://testserver"
    first_output, second_output = demo["outputs"]
    assert "Default Site hostname: 'localhost' → 'testserver'" in first_output
    assert "Default Site" not in second_output
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.locale.language_code == "de"
    assert not Page.objects.filter(depth=2, slug="home").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_home_answers_with_its_lang_and_footer(demo, client, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    # The press room and the event calendar are entry points of the home page.
    entry_points = Page.objects.filter(locale__language_code=code, depth=3, show_in_menus=True)
    assert {page.specific_class for page in entry_points} >= {
        EventCalendarPage,
        PressReleaseIndexPage,
        CooperationOfferIndexPage,
        SuccessStoryIndexPage,
    }
    for page in entry_points:
        assert escape(page.title) in html, (code, page.title)
        assert escape(page.search_description) in html, (code, page.title)
    footer = html[html.index('<footer class="site-footer"') :]
    for role in FooterLink.values:
        page = StandardPage.objects.live().get(locale__language_code=code, footer_link=role)
        assert f'href="{page.url}"' in footer and page.title in footer, (code, role)


@pytest.mark.django_db
def test_a_translated_release_renders(demo, client):
    release = PressReleasePage.objects.live().filter(locale__language_code="cs").first()
    response = client.get(release.url)
    assert response.status_code == 200
    assert release.title in response.content.decode()


@pytest.mark.django_db
def test_contact_persons_are_invented_and_unreachable(demo):
    people = ContactPerson.objects.all()
    assert people.count() >= 4 * len(LANGUAGES)
    for person in people:
        # +49 30 23125 0xx: the Bundesnetzagentur's range for film and television.
        assert re.fullmatch(r"\+49 30 23125 0\d\d", person.phone), person.phone
        assert person.email.endswith("@glokal.example")
        assert person.last_name not in REAL_NAMES
        assert person.photo is not None


def test_a_text_without_translation_fails_loudly():
    memory = TranslationMemory()
    memory.add({"de": "Presse", "en": "Press", "pl": "Biuro prasowe", "cs": "Pro média"})
    assert memory("Presse", "pl", "title") == "Biuro prasowe"
    with pytest.raises(MissingTranslation, match="Pressemitteilung"):
        memory("Pressemitteilung", "en", "title")


def test_a_text_with_two_different_translations_is_rejected():
    memory = TranslationMemory()
    memory.add({"de": "Presse", "en": "Press", "pl": "Prasa", "cs": "Tisk"})
    with pytest.raises(ValueError, match="two different translations"):
        memory.add({"de": "Presse", "en": "Press room", "pl": "Prasa", "cs": "Tisk"})


# --- The event calendar -------------------------------------------------------------------


@pytest.mark.django_db
def test_the_event_calendar_exists_in_every_language_with_past_and_upcoming_events(demo, german):
    source = EventCalendarPage.objects.get(locale=german)
    for code in LANGUAGES:
        calendar = EventCalendarPage.objects.live().get(locale__language_code=code)
        assert calendar.translation_key == source.translation_key
        assert calendar.show_in_menus and calendar.search_description, code
        assert calendar.get_parent().specific_class is HomePage
        events = events_of(calendar)
        assert events.count() >= 12, code
        assert upcoming(events, DEMO_TODAY).count() >= 3, code
        assert archive(events, DEMO_TODAY).count() >= 3, code
    english = EventCalendarPage.objects.get(locale__language_code="en")
    assert (english.title, english.slug) == ("Events", "events")


@pytest.mark.django_db
def test_translated_events_point_at_translated_terms_and_people(demo, german):
    for event in EventPage.objects.filter(locale=german):
        assert not event.has_unpublished_changes
        for code in ("en", "pl", "cs"):
            locale = Locale.objects.get(language_code=code)
            translated = event.get_translation(locale)
            assert translated.live and not translated.has_unpublished_changes, (event.title, code)
            assert translated.title != event.title and translated.teaser != event.teaser
            related = [
                *(link.topic for link in translated.topic_links.all()),
                *(link.region for link in translated.region_links.all()),
                *(link.contact for link in translated.contact_links.all()),
            ]
            assert related and {item.locale_id for item in related} == {locale.pk}
            # Partners are one per line, translated line by line.
            assert len(translated.partner_list) == len(event.partner_list), (event.title, code)


@pytest.mark.django_db
def test_the_seed_events_are_in_the_calendar(demo, german):
    events = EventPage.objects.filter(locale=german)
    forum = events.get(title__contains="Polnisch-Sächsisches Wirtschaftsforum")
    (forum_date,) = forum.dates.all()
    assert (forum_date.start_date, forum_date.end_date) == (
        datetime.date(2025, 10, 21),
        datetime.date(2025, 10, 22),
    )
    assert forum.city == "Wrocław" and forum.country == "PL"
    kickoff = events.get(title__startswith="Auftaktworkshop")
    assert kickoff.dates.get().start_date == datetime.date(2024, 4, 16)
    assert kickoff.city == "Karlovy Vary"
    assert events.filter(title__icontains="workshop").count() >= 3  # kick-off, tool, closing
    # The project's four information and cooperation events: two in Saxony, two in Czechia.
    exchanges = events.filter(title__startswith="Kooperationsbörse")
    assert sorted(exchanges.values_list("country", flat=True)) == ["CZ", "CZ", "DE", "DE"]


@pytest.mark.django_db
def test_the_events_cover_every_shape_the_calendar_handles(demo, german):
    events = EventPage.objects.filter(locale=german).prefetch_related("dates")
    formats = [event.event_format for event in events]
    assert formats.count(EventFormat.ONLINE) >= 2
    assert formats.count(EventFormat.HYBRID) >= 1
    dates = [date for event in events for date in event.dates.all()]
    assert {date.start_date.year for date in dates} >= {2024, 2025, 2026, 2027}
    assert len({date.page_id for date in dates if date.all_day}) >= 2
    assert any(date.is_multi_day and not date.all_day for date in dates)  # the forum
    assert any(len(event.dates.all()) > 1 for event in events)  # the seminar series


@pytest.mark.django_db
def test_event_dates_keep_their_wall_clock_times_in_every_language(demo, german):
    def wall_clock(moment):
        return moment.astimezone(EVENT_TIMEZONE).replace(tzinfo=None)

    crossing_summer_time = []
    for definition in EVENTS:
        source = EventPage.objects.get(locale=german, slug=definition.slug["de"])
        wanted = [(wall_clock(w.start), wall_clock(w.end), w.all_day) for w in definition.dates]
        versions = EventPage.objects.filter(translation_key=source.translation_key)
        assert versions.count() == len(LANGUAGES)
        for page in versions:
            stored = [
                (wall_clock(d.start), wall_clock(d.end), d.all_day) for d in page.sorted_dates()
            ]
            assert stored == wanted, (definition.key, page.locale_id)
        if any(w.start.utcoffset() != w.end.utcoffset() for w in definition.dates):
            crossing_summer_time.append(definition.key)
    assert crossing_summer_time, "no demo event spans a daylight-saving change"


@pytest.mark.django_db
def test_the_hackathon_spans_the_start_of_summer_time(demo):
    hackathons = EventPage.objects.filter(
        translation_key__in=EventPage.objects.filter(slug=HACKATHON_SLUG).values("translation_key")
    )
    assert hackathons.count() == len(LANGUAGES)
    uids = set()
    for hackathon in hackathons:
        (date,) = hackathon.dates.all()
        assert date.local_start.isoformat() == "2027-03-26T17:00:00+01:00"
        assert date.local_end.isoformat() == "2027-03-28T15:00:00+02:00"
        assert date.end - date.start == datetime.timedelta(hours=45)  # 46 on the clock
        uids.add(date.uid)
    assert len(uids) == 1  # the same date for calendar apps, in every language


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_calendar_its_feed_and_an_event_answer_in_every_language(demo, client, code):
    calendar = EventCalendarPage.objects.live().get(locale__language_code=code)
    response = client.get(calendar.url)
    assert response.status_code == 200
    assert escape(calendar.title) in response.content.decode()

    feed = client.get(f"{calendar.url}ics/")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" in feed.content

    hackathon = EventPage.objects.live().get(
        locale=calendar.locale,
        translation_key=EventPage.objects.get(slug=HACKATHON_SLUG).translation_key,
    )
    page = client.get(hackathon.url)
    assert page.status_code == 200
    assert escape(hackathon.title) in page.content.decode()
    ics = client.get(f"{hackathon.url}ics/").content.decode()
    assert "DTSTART;TZID=Europe/Berlin:20270326T170000" in ics
    assert "DTEND;TZID=Europe/Berlin:20270328T150000" in ics


def test_partners_are_translated_line_by_line_and_unknown_lines_fail():
    memory = TranslationMemory()
    memory.add({"de": "IHK Dresden", "en": "Dresden CCI", "pl": "IPH Drezno", "cs": "PHK Drážďany"})
    memory.add({"de": "AHK Polen", "en": "AHK Poland", "pl": "AHK Polska", "cs": "AHK Polsko"})
    lines = LineByLineMemory(memory)
    assert lines("IHK Dresden<br/>AHK Polen", "pl", "partners") == "IPH Drezno<br/>AHK Polska"
    assert lines("AHK Polen", "cs", "partners") == "AHK Polsko"
    with pytest.raises(MissingTranslation, match="IHK Chemnitz"):
        lines("IHK Dresden<br/>IHK Chemnitz", "en", "partners")


# --- The cooperation exchange and the success stories ---------------------------------------

EXCHANGE_TITLES = {
    "de": "Kooperationsbörse",
    "en": "Cooperation exchange",
    "pl": "Giełda kooperacyjna",
    "cs": "Kooperační burza",
}
STORY_INDEX_TITLES = {
    "de": "Erfolgsgeschichten",
    "en": "Success stories",
    "pl": "Historie sukcesu",
    "cs": "Příběhy úspěchu",
}
DEMO_SECTORS = {
    "life-sciences",
    "automotive",
    "mechanical-engineering",
    "electrical-engineering",
    "digital-services",
}
WOUND_IMAGING_REQUEST = "bildanalyse-chronische-wunden-gesucht"
IMAGING_SOFTWARE_OFFER = "ki-software-segmentierung-medizinischer-bilder"
FICTIONAL_PHONE = re.compile(r"\+49 30 23125 0\d\d")


@pytest.fixture
def on_demo_day(monkeypatch):
    """Compare offers' validity with the demo's "today", so expiry does not move with the clock.

    Only `timezone.localdate()` without arguments (what the views and matching ask) is fixed;
    the clock itself keeps running.
    """
    real_localdate = timezone.localdate

    def localdate(value=None, timezone=None):
        return DEMO_DATE if value is None else real_localdate(value, timezone)

    monkeypatch.setattr("django.utils.timezone.localdate", localdate)


def offers_in(code):
    exchange = CooperationOfferIndexPage.objects.get(locale__language_code=code)
    return exchange, CooperationOfferPage.objects.live().child_of(exchange)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model, titles",
    [(CooperationOfferIndexPage, EXCHANGE_TITLES), (SuccessStoryIndexPage, STORY_INDEX_TITLES)],
)
def test_the_exchange_and_the_story_index_exist_in_every_language(demo, german, model, titles):
    source = model.objects.get(locale=german)
    for code, title in titles.items():
        index = model.objects.live().get(locale__language_code=code)
        assert index.title == title
        assert index.translation_key == source.translation_key
        assert index.show_in_menus and index.search_description, code
        assert index.get_parent().specific_class is HomePage


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_twenty_offers_of_every_kind_most_of_them_listed(demo, code):
    exchange, offers = offers_in(code)
    total = offers.count()
    assert total >= 20
    expired = offers.filter(valid_until__lt=DEMO_DATE)
    listed = offers_of(exchange, today=DEMO_DATE)
    assert expired.count() >= 3
    assert listed.count() + expired.count() == total
    assert listed.count() > total / 2
    assert offers.filter(valid_until__year=2027).count() > total / 2
    # At least one offer is due for the renewal reminder on the demo's "today".
    assert offers.filter(
        valid_until__gte=DEMO_DATE, valid_until__lte=DEMO_DATE + REMINDER_LEAD_TIME
    ).exists()

    assert set(offers.values_list("kind", flat=True)) == set(OfferKind.values)
    assert set(offers.values_list("company_country", flat=True)) >= {"DE", "PL", "CZ"}
    links = OfferSector.objects.filter(page__in=offers).select_related("sector")
    assert {link.sector.slug for link in links} >= DEMO_SECTORS
    for offer in offers.select_related("company_region", "contact"):
        # Translations point at the translated region, sectors and contact person.
        assert offer.company_region.locale_id == exchange.locale_id, offer.slug
        assert offer.company_region.country == offer.company_country, offer.slug
        assert offer.contact.locale_id == exchange.locale_id, offer.slug
        assert offer.target_countries and offer.partner_types and offer.partnership_types
        assert bool(offer.development_stage) == (offer.kind in TECHNOLOGY_KINDS), offer.slug
        assert offer.summary and offer.body and offer.keyword_list, offer.slug
    assert {link.sector.locale_id for link in links} == {exchange.locale_id}


@pytest.mark.django_db
def test_the_renewal_reminder_finds_the_offers_about_to_expire(demo, german, mailoutbox):
    due = CooperationOfferPage.objects.filter(
        locale=german, valid_until__range=(DEMO_DATE, DEMO_DATE + REMINDER_LEAD_TIME)
    )
    assert due.exists()
    assert send_offer_renewal_reminders(DEMO_DATE.isoformat()) == due.count()
    assert len(mailoutbox) == due.count()


@pytest.mark.django_db
def test_every_offer_has_one_reference_shared_by_its_translations(demo):
    references = defaultdict(set)
    versions = defaultdict(int)
    for key, reference in CooperationOfferPage.objects.values_list("translation_key", "reference"):
        references[key].add(reference)
        versions[key] += 1
    assert set(versions.values()) == {len(LANGUAGES)}
    assert all(len(shared) == 1 for shared in references.values())
    numbers = [next(iter(shared)) for shared in references.values()]
    assert all(re.fullmatch(r"GLK-\d{4}-\d{4}", number) for number in numbers), numbers
    assert len(set(numbers)) == len(numbers)
    # The second run found every offer again and handed out no new number.
    first, second = demo["references"]
    assert first == second


@pytest.mark.django_db
def test_the_companies_behind_the_offers_are_invented_and_unreachable(demo, german):
    for offer in CooperationOfferPage.objects.filter(locale=german):
        assert offer.company_name and offer.company_contact_name, offer.slug
        assert offer.company_email.partition("@")[2].endswith(".example"), offer.company_email
        assert urlparse(offer.company_website).hostname.endswith(".example")
        assert FICTIONAL_PHONE.fullmatch(offer.company_phone), offer.company_phone
        assert not any(name in offer.company_contact_name for name in REAL_NAMES)
    for story in SuccessStoryPage.objects.filter(locale=german):
        assert not any(name in story.quote_speaker for name in REAL_NAMES)


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_company_data_never_reaches_the_exchange_or_an_offer_page(demo, client, on_demo_day, code):
    exchange, offers = offers_in(code)
    offers = list(offers)
    private = set()
    for offer in offers:
        private |= {getattr(offer, name) for name in CooperationOfferPage.PRIVATE_FIELDS}
        private.add(offer.company_email.partition("@")[2])
    private.discard("")

    listing = client.get(exchange.url)
    assert listing.status_code == 200
    pages = {exchange.url: listing.content.decode()}
    for offer in offers:
        expired = offer.valid_until < DEMO_DATE
        # Listed until it expires; afterwards its page answers 410 Gone.
        assert (escape(offer.title) in pages[exchange.url]) != expired, offer.slug
        response = client.get(offer.url)
        assert response.status_code == (410 if expired else 200), offer.slug
        assert offer.reference in response.content.decode()
        pages[offer.url] = response.content.decode()
    for url, html in pages.items():
        leaked = sorted(value for value in private if value in html or escape(value) in html)
        assert not leaked, (url, leaked)


@pytest.mark.django_db
def test_a_german_offer_shows_its_matching_partners(demo, client, on_demo_day, german):
    request = CooperationOfferPage.objects.get(locale=german, slug=WOUND_IMAGING_REQUEST)
    software = CooperationOfferPage.objects.get(locale=german, slug=IMAGING_SOFTWARE_OFFER)
    assert (request.company_country, software.company_country) == ("DE", "PL")
    assert software in matching_offers(request)

    html = client.get(request.url).content.decode()
    assert 'id="matches-heading"' in html
    assert escape(software.title) in html and software.reference in html

    live = live_offers().filter(locale=german)
    assert sum(1 for offer in live if matching_offers(offer, limit=1)) >= 15


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_four_success_stories_per_language_with_everything_a_story_needs(demo, german, code):
    index = SuccessStoryIndexPage.objects.get(locale__language_code=code)
    stories = SuccessStoryPage.objects.live().child_of(index).select_related("sector", "contact")
    assert stories.count() == 4
    countries, related_kinds = set(), set()
    for story in stories:
        assert story.sector.locale_id == index.locale_id
        assert story.contact.locale_id == index.locale_id
        assert 2024 <= story.year <= DEMO_DATE.year
        assert story.challenge and story.approach and story.result and story.summary
        assert story.quote and story.quote_speaker and story.quote_role
        assert story.image is not None and len(story.gallery) >= 1
        participants = list(story.participants.select_related("region"))
        assert len({p.country for p in participants}) >= 2, story.slug  # across the border
        for participant in participants:
            assert participant.region.locale_id == index.locale_id
            assert participant.region.country == participant.country
        countries |= {p.country for p in participants}
        related = [block.value.specific for block in story.related_pages]
        assert related and all(page.live for page in related), story.slug
        related_kinds |= {type(page) for page in related}
        if code != "de":
            source = story.get_translation(german)
            assert story.title != source.title and story.challenge != source.challenge
            assert story.quote != source.quote
    assert countries == {"DE", "PL", "CZ"}
    assert related_kinds == {CooperationOfferPage, EventPage}
    assert StoryParticipant.objects.filter(page__in=stories, is_research=True).exists()
    assert {story.contact.email for story in stories} <= {p.email for p in PEOPLE}
