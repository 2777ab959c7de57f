"""Who sees what on the translation status board: translators see only what they may translate
(German content that is live, under its public title); German drafts and company submissions in
moderation are the editors'. Checked in the listing, its search and its CSV export."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from pages.translation import roles
from tests import factories
from tests.factories import make_user, translator_group


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.fixture
def board_content(translated_site):
    """A live German offer; a company's submission still in moderation (never live); a live
    press release whose German draft has a new, unpublished title."""
    home, press = translated_site
    index = factories.add_offer_index(home)
    live_offer = factories.add_offer(index, title="Öffentliches Angebot")
    submission = factories.add_offer(
        index, title="Geheime Einreichung Zulieferer", revision=False, live=False
    )
    workflow = Workflow.objects.create(name="Moderation")
    task = GroupApprovalTask.objects.create(name="Freigabe")
    task.groups.set([Group.objects.get(name=roles.EDITORS)])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    submission.save_revision(user=None)
    workflow.start(submission, user=None)
    release = factories.add_release(press, title="Messe Brünn")
    release.title = "Entwurf: Fusion mit Konkurrenz"
    release.save_revision()
    return {"live_offer": live_offer, "submission": submission, "release": release}


@pytest.fixture
def polish_translator(translated_site, django_user_model):
    return make_user(django_user_model, "translator-pl", translator_group("pl"))


def board_url(name="board"):
    return reverse(f"glokal_translation_board:{name}")


SECRETS = ("Geheime Einreichung", "Fusion mit Konkurrenz")


@pytest.mark.parametrize(
    "query",
    [{}, {"all": "1"}, {"q": "Geheime"}, {"q": "Fusion"}, {"q": "Einreichung", "locale": "pl"}],
)
def test_a_translator_never_sees_german_drafts(client, board_content, polish_translator, query):
    client.force_login(polish_translator)
    for name in ("board", "board_csv"):
        response = client.get(board_url(name), query)
        assert response.status_code == 200
        text = response.content.decode("utf-8-sig")
        for secret in SECRETS:
            assert secret not in text, (name, query, secret)


def test_a_translator_sees_live_german_content_under_its_public_title(
    client, board_content, polish_translator
):
    client.force_login(polish_translator)
    rows = read_csv(client.get(board_url("board_csv"), {"all": "1"}))
    titles = {line[1] for line in rows[1:]}
    assert "Öffentliches Angebot" in titles
    assert "Messe Brünn" in titles  # the live title, not the draft's
    ids = {line[2] for line in rows[1:]}
    assert str(board_content["submission"].pk) not in ids
    found = client.get(board_url(), {"q": "Angebot"}).content.decode()
    assert "Öffentliches Angebot" in found


def test_editors_still_see_the_drafts_they_work_on(client, board_content, django_user_model):
    editor = make_user(django_user_model, "redaktion", roles.EDITORS)
    client.force_login(editor)
    text = client.get(board_url("board_csv"), {"q": "Geheime"}).content.decode("utf-8-sig")
    assert "Geheime Einreichung Zulieferer" in text
    page = client.get(board_url(), {"q": "Fusion"}).content.decode()
    assert "Fusion mit Konkurrenz" in page
