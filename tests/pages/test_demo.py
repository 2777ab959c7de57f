"""`manage.py load_demo`: idempotent, really translated through wagtail-localize, served in
every language.

Loading the demo takes a while, so it is loaded (twice, to prove idempotency) once for the
module inside a transaction that is rolled back afterwards; each test then runs in a savepoint.
"""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import TestCase
from django.utils.html import escape
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from pages.calendar import archive, events_of, upcoming
from pages.demo.events import EVENTS, LineByLineMemory
from pages.demo.texts import MissingTranslation, TranslationMemory
from pages.models import (
    ContactPerson,
    EventCalendarPage,
    EventFormat,
    EventPage,
    GlokalImage,
    HomePage,
    Region,
    Sector,
    StandardPage,
    Topic,
)
from pages.models.events import EVENT_TIMEZONE
from pages.models.standard import FooterLink
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
)
# People named in the real press releases the demo is based on; the demo must not use them.
REAL_NAMES = ("Kurzynoga", "Schlütter", "Lange", "Panter", "Horn", "Schmidt")
# The day the demo events were written: some of them lie before it, some after. Fixed, so the
# tests do not start failing once the last demo event is over.
DEMO_TODAY = datetime.datetime(2026, 11, 21, 12, tzinfo=EVENT_TIMEZONE)
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


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        first_output = run_load_demo()
        first = counts()
        second_output = run_load_demo()
        second = counts()
        yield {"first": first, "second": second, "outputs": (first_output, second_output)}
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
    # root + 4 × (home, 3 legal pages, calendar, 14 events, press room, 7 releases)
    assert demo["first"]["Page"] >= 1 + 4 * 27


@pytest.mark.django_db
def test_progress_and_admin_login_are_printed(demo):
    for output in demo["outputs"]:
        assert "Press releases: 7 × 4 languages" in output
        assert "Event calendars: 1 × 4 languages" in output
        assert "Events: 14 × 4 languages" in output
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
    assert (site.hostname, site.port) == ("localhost", 80)
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
