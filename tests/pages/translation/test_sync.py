"""Staying in sync: out-of-date detection, changed segments, re-sync keeping manual edits."""

import pytest
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from pages.translation import workflow
from tests import factories


def translate_everywhere(instance, **kwargs):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return workflow.translate_everywhere(instance, **kwargs)


def translation_of(instance, code):
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale__language_code=code
    )


def translate_by_hand(translation, path, text):
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        context=segment.context,
        locale=translation.target_locale,
        defaults={
            "data": text,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
        },
    )


@pytest.fixture
def release(translated_site):
    _, press = translated_site
    release = factories.add_release(
        press, title="Messe in Brünn", lead="Die Agentur lädt ein.", subtitle="Stand 12"
    )
    translate_everywhere(release, machine=False)
    return release


def republish(release, **changes):
    for name, value in changes.items():
        setattr(release, name, value)
    return factories.publish(release)


def test_fresh_translations_are_up_to_date(release):
    for code in ("en", "pl", "cs"):
        assert not workflow.is_out_of_date(translation_of(release, code))


def test_publishing_the_german_source_again_marks_every_translation(release):
    republish(release, title="Messe in Brünn verschoben")
    assert all(workflow.is_out_of_date(translation_of(release, c)) for c in ("en", "pl", "cs"))


def test_a_german_draft_does_not_mark_translations(release):
    release.title = "Entwurf"
    release.save_revision()
    assert not workflow.is_out_of_date(translation_of(release, "cs"))


def test_changed_segments_name_what_changed_with_the_old_translation(release):
    czech = translation_of(release, "cs")
    translate_by_hand(czech, "title", "Veletrh v Brně")
    republish(release, title="Messe in Brünn verschoben")

    changes = {change.path: change for change in workflow.changed_segments(czech)}
    assert set(changes) == {"title", "slug"} or set(changes) == {"title"}
    title = changes["title"]
    assert (title.kind, title.before, title.after, title.translation) == (
        "changed",
        "Messe in Brünn",
        "Messe in Brünn verschoben",
        "Veletrh v Brně",
    )


def test_resync_keeps_manual_edits_of_unchanged_segments(release):
    czech = translation_of(release, "cs")
    translate_by_hand(czech, "title", "Veletrh v Brně")
    translate_by_hand(czech, "lead", "Agentura zve.")
    republish(release, title="Messe in Brünn verschoben")

    workflow.resync(czech, machine=False)

    page = release.get_translation(factories.locale("cs"))
    draft = page.get_latest_revision_as_object()
    assert draft.lead == "Agentura zve.", "manual edit of an unchanged segment kept"
    assert draft.title == "Messe in Brünn verschoben", "changed segment starts from German"
    assert not workflow.is_out_of_date(czech)
    assert workflow.changed_segments(czech) == []
    to_check = {s.path: s.kind for s in workflow.segments_to_check(czech)}
    assert to_check.get("title") == "missing"
    assert "lead" not in to_check
    # The other languages were not regenerated: still out of date.
    assert workflow.is_out_of_date(translation_of(release, "pl"))


def test_resync_with_machine_fills_only_the_changed_segments(release):
    czech = translation_of(release, "cs")
    translate_by_hand(czech, "lead", "Agentura zve.")
    republish(release, title="Messe verschoben")
    workflow.resync(czech, machine=True)
    draft = release.get_translation(factories.locale("cs")).get_latest_revision_as_object()
    assert draft.title == "verschoben Messe"  # the dummy translator reverses words
    assert draft.lead == "Agentura zve."


def test_snippet_out_of_date_when_the_german_term_changes(translated_site):
    topic = factories.TopicFactory(name="Energie")
    translate_everywhere(topic)
    polish = translation_of(topic, "pl")
    assert not workflow.is_out_of_date(polish)
    topic.name = "Energiewende"
    topic.save()
    assert workflow.is_out_of_date(polish)
    assert [c.after for c in workflow.changed_segments(polish)] == ["Energiewende"]
    workflow.resync(polish, machine=True)
    assert not workflow.is_out_of_date(polish)
    assert topic.get_translation(factories.locale("pl")).name == "Energiewende"


def count_queries(translations):
    with CaptureQueriesContext(connection) as queries:
        workflow.out_of_date_translation_ids(translations)
    return len(queries)


def test_out_of_date_for_many_translations_in_constant_queries(translated_site):
    _, press = translated_site
    few = [factories.add_release(press, title=f"Meldung {n}") for n in range(2)]
    for release in few:
        translate_everywhere(release, machine=False)
    topic = factories.TopicFactory(name="Handel")
    translate_everywhere(topic)
    small = count_queries(Translation.objects.all())
    more = [factories.add_release(press, title=f"Nachricht {n}") for n in range(5)]
    for release in more:
        translate_everywhere(release, machine=False)
    for n in range(3):
        translate_everywhere(factories.TopicFactory(name=f"Thema {n}"))
    republish(more[0], title="Geändert")
    assert count_queries(Translation.objects.all()) == small
    stale = workflow.out_of_date_translation_ids(Translation.objects.all())
    assert stale == set(
        Translation.objects.filter(source__object_id=more[0].translation_key).values_list(
            "pk", flat=True
        )
    )


def test_changes_view_for_the_translator_and_resync(client, release, translator_cs):
    czech = translation_of(release, "cs")
    translate_by_hand(czech, "lead", "Agentura zve.")
    republish(release, title="Messe in Brünn verschoben")
    client.force_login(translator_cs)
    url = reverse("glokal_translation:changes", args=[czech.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert b"Out of date" in response.content
    assert "Messe in Brünn verschoben".encode() in response.content

    response = client.post(url, {"machine": "1"})
    assert response.status_code == 302
    assert not workflow.is_out_of_date(czech)
    draft = release.get_translation(factories.locale("cs")).get_latest_revision_as_object()
    assert draft.lead == "Agentura zve."


def test_changes_view_refuses_another_locale(client, release, translator_pl):
    client.force_login(translator_pl)
    url = reverse("glokal_translation:changes", args=[translation_of(release, "cs").pk])
    response = client.post(url)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert client.get(reverse("glokal_translation:changes", args=[999999])).status_code == 404
