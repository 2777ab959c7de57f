"""`manage.py load_demo`: idempotent, really translated through wagtail-localize, served in
every language.

Loading the demo takes a while, so it is loaded (twice, to prove idempotency) once for the
module inside a transaction that is rolled back afterwards; each test then runs in a savepoint.
"""

import io
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import TestCase
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from pages.demo.texts import MissingTranslation, TranslationMemory
from pages.models import ContactPerson, GlokalImage, HomePage, Region, Sector, StandardPage, Topic
from pages.models.standard import FooterLink
from press.models import PressReleasePage

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
    assert demo["first"]["Page"] >= 1 + 4 * 12  # root + (home, 3 legal pages, press, 7 releases)


@pytest.mark.django_db
def test_progress_and_admin_login_are_printed(demo):
    for output in demo["outputs"]:
        assert "Press releases: 7 × 4 languages" in output
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
    press_room = Page.objects.get(locale__language_code=code, depth=3, show_in_menus=True)
    assert press_room.title in html  # the press room is an entry point of the home page
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
