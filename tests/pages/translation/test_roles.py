"""Roles: editors write German, translators only their language, reviewers approve."""

import pytest
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    WorkflowPage,
    WorkflowState,
)
from wagtail_localize.models import StringSegment, Translation

from pages.core import locales
from pages.translation import roles, workflow
from tests import factories


def translate_everywhere(instance, **kwargs):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return workflow.translate_everywhere(instance, **kwargs)


def denied(response):
    """Wagtail answers a refused admin view with a redirect to the dashboard (or a 403)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


@pytest.fixture
def release(translated_site):
    _, press = translated_site
    release = factories.add_release(press, title="Messe in Brünn")
    translate_everywhere(release)
    return release


def translated(instance, code):
    found = instance.get_translation(factories.locale(code))
    return found.specific if isinstance(found, Page) else found


def edit_page_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def snippet_edit_url(snippet):
    return reverse(snippet.snippet_viewset.get_url_name("edit"), args=[snippet.pk])


# --- setup --------------------------------------------------------------------------------------


def test_setup_roles_is_idempotent_and_authoritative(translated_site):
    editors = Group.objects.get(name=roles.EDITORS)
    root = Page.get_first_root_node()
    # Wagtail's default "Editors" group starts with rights on the whole tree, every language.
    assert not GroupPagePermission.objects.filter(group=editors, page=root).exists()
    counts = (GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count())
    report = roles.setup_roles()
    assert (GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count()) == (
        counts
    )
    assert report.missing_roots == []
    home, _ = translated_site
    expected = {home.get_translation(factories.locale(code)).pk for code in ("en", "pl", "cs")}
    workflow_pages = set(
        WorkflowPage.objects.filter(workflow__name=roles.WORKFLOW_NAME).values_list(
            "page", flat=True
        )
    )
    assert workflow_pages == expected
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Translators (English)", "Translators (Polski)", "Translators (Čeština)"} <= names


def test_translators_get_exactly_their_tree(translated_site):
    home, _ = translated_site
    group = Group.objects.get(name=roles.translator_group_name(factories.locale("cs")))
    pages = set(
        GroupPagePermission.objects.filter(group=group).values_list("page", "permission__codename")
    )
    assert pages == {(translated(home, "cs").pk, "change_page")}


def test_demo_users(translated_site):
    created = dict(roles.ensure_demo_users("glokal-demo"))
    assert created["translator-cs"] == ("Translators (Čeština)",)
    assert created["editor"] == (roles.EDITORS,)
    assert created["reviewer"] == (roles.REVIEWERS,)
    roles.ensure_demo_users("glokal-demo")  # again: no duplicates, no error
    from django.contrib.auth import authenticate
    from django.http import HttpRequest

    # django-axes checks every sign-in against the lockout list and needs the request for it.
    user = authenticate(HttpRequest(), username="translator-cs", password="glokal-demo")
    assert user is not None
    assert [locale.language_code for locale in locales.translator_locales(user)] == ["cs"]


# --- pages ----------------------------------------------------------------------------------------


def test_polish_translator_edits_polish_but_not_czech_or_german(client, release, translator_pl):
    client.force_login(translator_pl)
    response = client.get(edit_page_url(translated(release, "pl")))
    assert response.status_code == 200
    assert b"js-translation-editor" in response.content
    assert denied(client.get(edit_page_url(translated(release, "cs"))))
    assert denied(client.get(edit_page_url(release)))


def test_translator_cannot_publish_only_submit(client, release, translator_cs):
    czech = translated(release, "cs")
    client.force_login(translator_cs)
    response = client.post(edit_page_url(czech), {"action": "publish"})
    assert denied(response)
    czech.refresh_from_db()
    assert not czech.live
    page = client.get(edit_page_url(czech))
    assert reverse(
        "glokal_translation:submit", args=[workflow.translation_for(czech).pk]
    ).encode() in (page.content)


def test_translator_cannot_start_translations(client, release, translator_cs):
    client.force_login(translator_cs)
    assert denied(client.get(reverse("glokal_translation:translate_page", args=[release.pk])))


def test_editor_edits_german_but_not_translations(client, release, editor):
    client.force_login(editor)
    assert client.get(edit_page_url(release)).status_code == 200
    assert denied(client.get(edit_page_url(translated(release, "cs"))))
    assert (
        client.get(reverse("glokal_translation:translate_page", args=[release.pk])).status_code
        == 200
    )


def test_reviewer_approves_and_that_publishes(client, release, translator_cs, reviewer):
    czech = translated(release, "cs")
    translation = workflow.translation_for(czech)
    client.force_login(translator_cs)
    response = client.post(reverse("glokal_translation:submit", args=[translation.pk]))
    assert response.status_code == 302
    assert response.url == edit_page_url(czech), [
        m.message for m in response.wsgi_request._messages
    ]
    state = WorkflowState.objects.get(object_id=str(czech.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    # A translator is not a reviewer.
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[czech.pk, "approve", state.current_task_state.pk],
    )
    assert denied(client.post(url))
    czech.refresh_from_db()
    assert not czech.live

    client.force_login(reviewer)
    response = client.post(url)
    assert response.status_code in (200, 302)
    czech.refresh_from_db()
    assert czech.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_anonymous_visitors_see_no_draft(client, release):
    czech = translated(release, "cs")
    assert not czech.live
    url = czech.get_url()
    assert url and url.startswith("/cs/")
    assert client.get(url).status_code == 404


# --- snippets --------------------------------------------------------------------------------


@pytest.fixture
def topic(translated_site):
    topic = factories.TopicFactory(name="Fachkräfte")
    translate_everywhere(topic)
    return topic


def test_snippet_translations_only_in_the_translators_locale(client, topic, translator_pl):
    client.force_login(translator_pl)
    response = client.get(snippet_edit_url(translated(topic, "pl")))
    assert response.status_code == 200
    assert b"js-translation-editor" in response.content
    assert client.get(snippet_edit_url(translated(topic, "cs"))).status_code == 403
    assert client.get(snippet_edit_url(topic)).status_code == 403
    response = client.post(snippet_edit_url(topic), {"name": "Überschrieben", "slug": "x"})
    assert response.status_code == 403
    topic.refresh_from_db()
    assert topic.name == "Fachkräfte"


def test_translation_editor_api_refuses_a_foreign_locale(client, topic, translator_pl):
    segment = StringSegment.objects.get(
        source__object_id=topic.translation_key, context__path="name"
    )
    czech = Translation.objects.get(source=segment.source, target_locale__language_code="cs")
    polish = Translation.objects.get(source=segment.source, target_locale__language_code="pl")
    client.force_login(translator_pl)

    def put(translation, value):
        return client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            f"value={value}",
            content_type="application/x-www-form-urlencoded",
        )

    assert put(czech, "Przejęte").status_code == 403
    assert put(polish, "Fachowcy").status_code in (200, 201)
    assert not czech.target_locale.string_translations.filter(data="Przejęte").exists()


def test_editor_cannot_change_a_czech_snippet_but_the_german_one(client, topic, editor):
    client.force_login(editor)
    assert client.get(snippet_edit_url(topic)).status_code == 200
    assert client.get(snippet_edit_url(translated(topic, "cs"))).status_code == 403


def test_unrestricted_users_keep_wagtail_permissions(client, topic, django_user_model):
    admin = django_user_model.objects.create_superuser("boss", "boss@glokal.example", "pw")
    client.force_login(admin)
    assert client.get(snippet_edit_url(translated(topic, "cs"))).status_code == 200


def test_post_migrate_receiver_sets_up_the_roles_once_everything_is_migrated(translated_site):
    from django.apps import apps

    Group.objects.filter(name__startswith="Translators").delete()
    first, last = list(apps.get_app_configs())[0], list(apps.get_app_configs())[-1]
    roles.setup_roles_after_migrate(sender=first)
    assert not Group.objects.filter(name__startswith="Translators").exists()
    roles.setup_roles_after_migrate(sender=last)
    assert Group.objects.filter(name__startswith="Translators").count() == 3
