"""Done when: a Czech translator, logged in with the demo credentials `make run` prints,
translates a new German press release pre-filled by machine, submits it, and a reviewer
publishes it. Every step goes through the admin views, as on the demo site."""

import pytest
from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment

from pages.management.commands.load_demo import ADMIN_PASSWORD
from pages.translation import roles, workflow
from tests import factories


def reverse_words(text):
    return " ".join(reversed(text.split(" ")))


@pytest.fixture
def demo_users(translated_site):
    roles.ensure_demo_users(ADMIN_PASSWORD)


@pytest.fixture
def new_release(translated_site):
    _, press = translated_site
    return factories.add_release(
        press,
        title="Neue Förderung für Wasserstoff",
        lead="Die Agentur startet ein Programm.",
    )


def login(client, username):
    client.logout()
    # django-axes checks every sign-in against the lockout list and needs the request for it.
    assert client.login(request=HttpRequest(), username=username, password=ADMIN_PASSWORD), username


def czech(page):
    found = Page.objects.filter(
        translation_key=page.translation_key, locale__language_code="cs"
    ).first()
    return found.specific if found else None


def test_czech_translator_translates_and_reviewer_publishes(
    client, django_capture_on_commit_callbacks, demo_users, new_release
):
    # 1. The editor starts the translation into all languages, pre-filled by machine.
    login(client, "editor")
    url = reverse("glokal_translation:translate_page", args=[new_release.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert b"Pre-fill by machine translation" in page.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"machine": "on"})
    assert response.status_code == 302
    draft = czech(new_release)
    assert draft is not None and not draft.live
    assert draft.title == reverse_words("Neue Förderung für Wasserstoff")

    # 2. The Czech translator opens the translation editor of the Czech draft.
    login(client, "translator-cs")
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    assert editor_page.status_code == 200
    assert b"js-translation-editor" in editor_page.content
    translation = workflow.translation_for(draft)
    submit_url = reverse("glokal_translation:submit", args=[translation.pk])
    assert submit_url.encode() in editor_page.content

    # 3. They correct the machine's title (the editor saves each string through this API).
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=Nov%C3%A1+podpora+pro+vod%C3%ADk",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)

    # 4. … and submit it for review. Still a draft: visitors see nothing.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit_url)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert not draft.live
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by.username == "translator-cs"
    client.logout()
    assert client.get(draft.get_url()).status_code == 404

    # 5. The reviewer finds it on the dashboard and approves it, which publishes it.
    login(client, "reviewer")
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert "Nová podpora pro vodík".encode() in dashboard.content
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[draft.pk, "approve", state.current_task_state.pk],
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve)
    assert response.status_code in (200, 302)

    # 6. Live in Czech, with the translator's title and the machine's lead.
    published = czech(new_release)
    assert published.live
    assert published.title == "Nová podpora pro vodík"
    assert published.lead == reverse_words("Die Agentur startet ein Programm.")
    client.logout()
    response = client.get(published.get_url())
    assert response.status_code == 200
    assert b'<html lang="cs"' in response.content
    assert "Nová podpora pro vodík".encode() in response.content


def test_czech_translator_finds_the_new_release_in_their_queue(client, demo_users, new_release):
    """The queue is the status board's (pages/translation/status_board.py) translator view."""
    workflow.translate_everywhere(new_release, machine=True)
    login(client, "translator-cs")
    response = client.get(reverse("glokal_translation_board:board"))
    assert response.status_code == 200
    assert reverse_words("Neue Förderung für Wasserstoff").encode() in response.content or (
        b"Neue F\xc3\xb6rderung f\xc3\xbcr Wasserstoff" in response.content
    )
