"""Translate a German page or snippet into every target language in one action."""

import pytest
from django.test import TestCase
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from pages.translation import workflow
from press.models import PressReleasePage
from tests import factories

TARGETS = {"en", "pl", "cs"}


def reverse_words(text):
    """What wagtail-localize's DummyTranslator does to a plain string."""
    return " ".join(reversed(text.split(" ")))


def translate_everywhere(instance, **kwargs):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return workflow.translate_everywhere(instance, **kwargs)


@pytest.fixture
def release(translated_site):
    _, press = translated_site
    topic = factories.TopicFactory(name="Wasserstoff Technik")
    return factories.add_release(press, title="Neue Förderung startet", topics=[topic])


def test_creates_drafts_in_every_target_locale_prefilled_by_machine(release):
    result = translate_everywhere(release, machine=True)

    assert {t.target_locale.language_code for t in result} == TARGETS
    assert result.skipped == {}
    for code in TARGETS:
        page = release.get_translation(factories.locale(code)).specific
        assert isinstance(page, PressReleasePage)
        assert not page.live, "left as a draft for translators"
        assert page.title == reverse_words("Neue Förderung startet")
        assert result.prefill[code].filled > 0
    machine = StringTranslation.objects.filter(
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        locale__language_code="cs",
        context__object_id=release.translation_key,
    )
    assert machine.filter(data=reverse_words("Neue Förderung startet")).exists()


def test_without_machine_the_draft_shows_the_german_text(release):
    translate_everywhere(release, machine=False)
    page = release.get_translation(factories.locale("pl"))
    assert page.title == "Neue Förderung startet"
    assert not page.live
    assert not StringTranslation.objects.filter(
        context__object_id=release.translation_key, locale__language_code="pl"
    ).exists()


def test_related_snippets_are_translated_first(release):
    topic = release.topic_links.get().topic
    translate_everywhere(release)
    for code in TARGETS:
        translated_topic = topic.get_translation(factories.locale(code))
        assert translated_topic.name == reverse_words("Wasserstoff Technik")
        page = release.get_translation(factories.locale(code)).specific
        draft = page.get_latest_revision_as_object()
        assert [link.topic_id for link in draft.topic_links.all()] == [translated_topic.pk]


def test_machine_prefill_never_overwrites_a_manual_translation(release):
    translate_everywhere(release, machine=False)
    translation = Translation.objects.get(
        source__object_id=release.translation_key, target_locale__language_code="cs"
    )
    title_segment = translation.source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.create(
        translation_of=title_segment.string,
        context=title_segment.context,
        locale=translation.target_locale,
        data="Nová podpora začíná",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    translate_everywhere(release, machine=True)  # run again: the editor clicks twice
    page = release.get_translation(factories.locale("cs"))
    assert page.title == "Nová podpora začíná"
    assert Translation.objects.filter(source=translation.source).count() == 3


def test_a_live_translation_stays_as_published_until_the_draft_is_published(release):
    factories.translate(release, "en")  # published English translation by hand-made strings
    english = release.get_translation(factories.locale("en"))
    assert english.live and english.title == "[en] Neue Förderung startet"
    release.title = "Förderung verlängert"
    factories.publish(release)

    translate_everywhere(release, machine=True)

    english.refresh_from_db()
    assert english.live
    assert english.title == "[en] Neue Förderung startet", "live row untouched"
    draft = english.get_latest_revision_as_object()
    assert draft.title == reverse_words("Förderung verlängert")
    assert english.has_unpublished_changes


def test_snippet_translated_everywhere_and_live(translated_site):
    sector = factories.SectorFactory(name="Erneuerbare Energien", slug="erneuerbare")
    result = translate_everywhere(sector)
    assert {t.target_locale.language_code for t in result} == TARGETS
    for code in TARGETS:
        translated = sector.get_translation(factories.locale(code))
        assert translated.name == reverse_words("Erneuerbare Energien")
        assert translated.slug == "erneuerbare", "slug is synchronised, not translated"


def test_contact_person_goes_through_the_same_path(translated_site):
    contact = factories.ContactPersonFactory(role="Leiterin Vertrieb")
    translate_everywhere(contact)
    czech = contact.get_translation(factories.locale("cs"))
    assert czech.role == reverse_words("Leiterin Vertrieb")
    assert czech.email == contact.email


def test_refuses_content_that_is_not_german(release):
    translate_everywhere(release)
    czech = release.get_translation(factories.locale("cs"))
    with pytest.raises(workflow.NotASourceError):
        workflow.translate_everywhere(czech)


def test_a_translation_managed_by_hand_is_skipped(translated_site):
    topic = factories.TopicFactory(name="Logistik")
    handmade = topic.copy_for_translation(factories.locale("pl"))
    handmade.name = "Logistyka"
    handmade.save()

    result = translate_everywhere(topic)

    assert result.skipped == {"pl": "managed by hand"}
    handmade.refresh_from_db()
    assert handmade.name == "Logistyka"
    assert {t.target_locale.language_code for t in result} == {"en", "cs"}


def test_a_failing_machine_translator_still_creates_the_drafts(release, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": "http://127.0.0.1:9", "API_KEY": "x", "TIMEOUT": 1},
    }
    result = translate_everywhere(release, machine=True)
    assert {t.target_locale.language_code for t in result} == TARGETS
    assert all(result.prefill[code].error for code in TARGETS)
    assert release.get_translation(factories.locale("cs")).title == "Neue Förderung startet"


def test_source_is_recorded_for_wagtail_localize(release):
    translate_everywhere(release)
    source = TranslationSource.objects.get_for_instance(release)
    assert source.translations.filter(enabled=True).count() == 3
    # The translation editor opens for the Czech page (it is a synced translation).
    czech = Page.objects.get(translation_key=release.translation_key, locale__language_code="cs")
    assert workflow.translation_for(czech).source == source
