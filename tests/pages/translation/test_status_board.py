"""The translation status board: statuses and counts against the database, filters, links,
translators' queues, CSV export, and a constant number of queries for 20 and 500 pages."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowTask
from wagtail_localize.models import Translation

from pages.models import StandardPage
from pages.translation import roles
from pages.translation.status import SNIPPET_MODELS, Status, compute_board, counts_per_locale
from tests import factories
from tests.factories import make_user, translator_group
from tests.helpers import query_count as count_queries
from tests.helpers import soup

BOARD = "glokal_translation_board:board"


@pytest.fixture
def admin_user(django_user_model):
    return factories.admin_user(django_user_model)


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def start_review(page, django_user_model):
    """A one-step approval workflow on `page`, started by someone who cannot approve it (a
    superuser's, or an approver's, own submission would be approved at once)."""
    review = Workflow.objects.create(name="Review")
    task = GroupApprovalTask.objects.create(name="Approve")
    task.groups.set([Group.objects.create(name="Approvers")])
    # Not review.workflow_tasks.create(): modelcluster keeps that row in memory until save().
    WorkflowTask.objects.create(workflow=review, task=task, sort_order=0)
    submitter = django_user_model.objects.create_user("submitter", "s@glokal.example", "pw")
    page.save_revision(user=submitter)
    review.start(page, submitter)


@pytest.fixture
def scenario(home, press_index, django_user_model):
    """One object per status in Polish, with what each should show; the other languages are
    derived from what was translated where."""
    for page in (home, press_index):
        factories.translate(page, "en", "pl")
    published = factories.add_release(press_index, "Veröffentlicht")
    factories.translate(published, "en", "pl")
    draft = factories.add_release(press_index, "Entwurf")
    factories.translate(draft, "pl", publish=False)
    changed = factories.add_release(press_index, "Geändert")
    factories.translate(changed, "pl")
    changed.lead = "Ein neuer Vorspann."
    factories.publish(changed)
    missing = factories.add_release(press_index, "Fehlt")
    in_review = factories.add_release(press_index, "In Prüfung")
    polish = factories.translate(in_review, "pl")["pl"]
    start_review(polish, django_user_model)
    topic = factories.TopicFactory(name="Thema")
    factories.translate(topic, "pl")
    stale_topic = factories.TopicFactory(name="Alt")
    factories.translate(stale_topic, "pl", "cs")
    stale_topic.name = "Neu"
    stale_topic.save()
    expected_pl = {
        home.pk: Status.PUBLISHED,
        press_index.pk: Status.PUBLISHED,
        published.pk: Status.PUBLISHED,
        draft.pk: Status.DRAFT,
        changed.pk: Status.OUT_OF_DATE,
        missing.pk: Status.MISSING,
        in_review.pk: Status.IN_REVIEW,
        ("topic", topic.pk): Status.PUBLISHED,
        ("topic", stale_topic.pk): Status.OUT_OF_DATE,
    }
    return {
        "pl": expected_pl,
        "objects": {
            "published": published,
            "draft": draft,
            "changed": changed,
            "missing": missing,
            "topic": stale_topic,
            "fresh_topic": topic,
        },
    }


def german_pages():
    """German pages of the project's page types (Wagtail's "Welcome" page is a plain Page)."""
    return Page.objects.filter(locale=factories.locale(), depth__gt=1).exclude(
        content_type=ContentType.objects.get_for_model(Page)
    )


def row_key(row):
    return row.object_id if row.kind == "page" else ("topic", row.object_id)


def expected_status_from_database(row, code):
    """The status of one cell worked out object by object, the slow way, as a cross-check."""
    if row.kind == "snippet":
        target = row.model.objects.filter(
            translation_key=row.translation_key, locale__language_code=code
        ).first()
        return Status.MISSING if target is None else None
    target = Page.objects.filter(
        translation_key=row.translation_key, locale__language_code=code, alias_of__isnull=True
    ).first()
    if target is None:
        return Status.MISSING
    if target.workflow_in_progress:
        return Status.IN_REVIEW
    if not target.live:
        return Status.DRAFT
    return None  # published or out of date: decided by the source's history


def test_statuses_match_the_database(scenario):
    board = compute_board()
    by_key = {row_key(row): row for row in board.rows}
    for key, status in scenario["pl"].items():
        assert by_key[key].cells["pl"].status == status, (key, by_key[key].title)
    for row in board.rows:
        for code, cell in row.cells.items():
            derived = expected_status_from_database(row, code)
            if derived is not None:
                assert cell.status == derived, (row.title, code)
    # Out of date through the German page's new version, and which segment is missing.
    changed = by_key[scenario["objects"]["changed"].pk].cells["pl"]
    assert changed.source_changed and changed.translation_id
    assert by_key[scenario["objects"]["published"].pk].cells["en"].status == Status.PUBLISHED
    assert by_key[scenario["objects"]["published"].pk].cells["cs"].status == Status.MISSING


def test_counts_per_locale_tally_the_cells(scenario):
    board = compute_board()
    counts = counts_per_locale(board)
    for code in ("en", "pl", "cs"):
        for status in Status:
            cells = [row.cells[code] for row in board.rows if row.cells[code].status == status]
            assert counts[code][status] == len(cells)
    german = factories.locale()
    in_german = german_pages().count() + sum(
        model.objects.filter(locale=german).count() for model in SNIPPET_MODELS
    )
    assert sum(counts["pl"].values()) == len(board.rows) == in_german
    # Czech: only the stale topic was translated; everything else is missing.
    assert counts["cs"][Status.OUT_OF_DATE] == 1
    assert counts["cs"][Status.MISSING] == len(board.rows) - 1


def test_resync_clears_out_of_date(scenario):
    changed = scenario["objects"]["changed"]
    factories.translate(changed, "pl")
    row = next(r for r in compute_board().rows if r.object_id == changed.pk and r.kind == "page")
    assert row.cells["pl"].status == Status.PUBLISHED


def test_board_page_shows_counts_badges_and_links(admin_client, scenario):
    response = admin_client.get(reverse(BOARD))
    assert response.status_code == 200
    page = soup(response)
    counts = counts_per_locale(compute_board())
    pl_counts = page.select_one("[data-counts] tr[data-locale=pl]")
    for status in Status:
        assert pl_counts.select_one(f"td[data-status={status}]").get_text(strip=True) == str(
            counts["pl"][status]
        )
    draft = scenario["objects"]["draft"]
    cell = page.select_one(f'tr[data-row="page-{draft.pk}"] td[data-locale=pl]')
    assert cell["data-status"] == "draft"
    polish_draft = draft.get_translation(factories.locale("pl"))
    assert cell.select_one("a.w-status")["href"] == reverse(
        "wagtailadmin_pages:edit", args=[polish_draft.pk]
    )
    missing = scenario["objects"]["missing"]
    cell = page.select_one(f'tr[data-row="page-{missing.pk}"] td[data-locale=pl]')
    assert cell["data-status"] == "missing"
    assert cell.select_one("a.w-status")["href"] == reverse(
        "glokal_translation:translate_page", args=[missing.pk]
    )
    topic = scenario["objects"]["topic"]
    cell = page.select_one(f'tr[data-row="snippet-{topic.pk}"] td[data-locale=pl]')
    polish_topic = topic.get_translation(factories.locale("pl"))
    assert cell.select_one("a.w-status")["href"] == reverse(
        "wagtailsnippets_pages_topic:edit", args=[polish_topic.pk]
    )


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"locale": "pl", "status": "out_of_date"}, {"changed", "topic"}),
        ({"locale": "pl", "status": "missing"}, {"missing"}),
        ({"locale": "pl", "status": "draft", "type": "press.pressreleasepage"}, {"draft"}),
        ({"locale": "pl", "q": "GEÄND"}, {"changed"}),
        ({"locale": "pl", "status": "published", "type": "pages.topic"}, {"fresh_topic"}),
        ({"locale": "cs", "status": "published"}, set()),
    ],
)
def test_filters(admin_client, scenario, query, expected):
    response = admin_client.get(reverse(BOARD), query)
    rows = {tr["data-row"] for tr in soup(response).select("tr[data-row]")}
    objects = scenario["objects"]
    kinds = {name: "snippet" if "topic" in name else "page" for name in expected}
    wanted = {f"{kinds[name]}-{objects[name].pk}" for name in expected}
    assert rows == wanted
    # Only the chosen language's column is shown.
    assert {td["data-locale"] for td in soup(response).select("td[data-locale]")} <= {
        query["locale"]
    }


@pytest.mark.parametrize(
    "query",
    [
        {"status": "nonsense"},
        {"locale": "xx"},
        {"type": "auth.user"},
        {"p": "abc"},
        {"p": "99999"},
        {"q": "x" * 500},
        {"queue": "maybe"},
    ],
)
def test_bad_filter_values_never_fail(admin_client, scenario, query):
    assert admin_client.get(reverse(BOARD), query).status_code == 200
    assert admin_client.get(reverse("glokal_translation_board:board_csv"), query).status_code == 200


def read_csv(response):
    text = response.content.decode("utf-8").lstrip("\ufeff")
    return list(csv.reader(io.StringIO(text)))


def test_csv_export_holds_the_filtered_rows(admin_client, scenario):
    response = admin_client.get(
        reverse("glokal_translation_board:board_csv"), {"locale": "pl", "status": "out_of_date"}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    header, *lines = read_csv(response)
    assert header[:3] == ["Type", "Title", "German ID"]
    assert header[3] == "pl: status"
    objects = scenario["objects"]
    assert {(line[2], line[3]) for line in lines} == {
        (str(objects["changed"].pk), "out_of_date"),
        (str(objects["topic"].pk), "out_of_date"),
    }
    everything = read_csv(admin_client.get(reverse("glokal_translation_board:board_csv")))
    assert len(everything) - 1 == len(compute_board().rows)


def test_translator_sees_their_queue(client, scenario, django_user_model):
    roles.setup_roles()
    translator = make_user(django_user_model, "polish", translator_group("pl"))
    client.force_login(translator)
    response = client.get(reverse(BOARD))
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("[data-queue]") is not None
    assert {td["data-locale"] for td in page.select("td[data-locale]")} == {"pl"}
    statuses = {td["data-status"] for td in page.select("td[data-locale]")}
    assert statuses == {"missing", "draft", "out_of_date"}
    objects = scenario["objects"]
    shown = {tr["data-row"] for tr in page.select("tr[data-row]")}
    assert f"page-{objects['published'].pk}" not in shown
    assert f"page-{objects['missing'].pk}" in shown
    # "Show everything" leaves the queue.
    everything = soup(client.get(reverse(BOARD), {"all": "1"}))
    assert {td["data-locale"] for td in everything.select("td[data-locale]")} == {"en", "pl", "cs"}


def test_editor_lands_on_the_whole_board(client, scenario, django_user_model):
    roles.setup_roles()
    editor = make_user(django_user_model, "redaktion", roles.EDITORS)
    client.force_login(editor)
    page = soup(client.get(reverse(BOARD)))
    assert page.select_one("[data-queue]") is None
    assert {td["data-locale"] for td in page.select("td[data-locale]")} == {"en", "pl", "cs"}


def test_a_superuser_in_a_translator_group_lands_on_the_whole_board(
    client, scenario, django_user_model
):
    roles.setup_roles()
    boss = django_user_model.objects.create_superuser("chef", "chef@glokal.example", "pw")
    boss.groups.set(Group.objects.filter(name=translator_group("pl")))
    client.force_login(boss)
    page = soup(client.get(reverse(BOARD)))
    assert page.select_one("[data-queue]") is None
    assert {td["data-locale"] for td in page.select("td[data-locale]")} == {"en", "pl", "cs"}


def test_anonymous_users_are_sent_to_the_login(client, scenario):
    response = client.get(reverse(BOARD))
    assert response.status_code == 302
    assert "login" in response["Location"]


# --- Query counts ---------------------------------------------------------------------------


def add_pages(parent, count, start=0):
    """Plain German pages, live, without revisions: quick enough for hundreds."""
    for number in range(start, start + count):
        parent.add_child(
            instance=StandardPage(
                title=f"Seite {number}", slug=f"seite-{number}", locale=parent.locale
            )
        )


QUERIES = {
    "board": {},
    "board, filtered": {"locale": "pl", "status": "missing", "q": "Seite"},
    "board, page 3": {"p": "3"},
}


def test_constant_queries_for_20_and_500_pages(admin_client, home, press_index):
    factories.translate(home, "pl", "cs")
    factories.translate(press_index, "pl")
    for index in range(3):
        factories.translate(factories.add_release(press_index, f"Meldung {index}"), "pl")
    factories.translate(factories.TopicFactory(), "pl")
    add_pages(home, 20 - german_pages().count())
    assert german_pages().count() == 20
    urls = {name: (reverse(BOARD), query) for name, query in QUERIES.items()}
    urls["csv"] = (reverse("glokal_translation_board:board_csv"), {})
    count_queries(admin_client, *urls["board"])  # warm Django's content type cache
    with_20 = {name: count_queries(admin_client, *url) for name, url in urls.items()}

    add_pages(home, 495 - german_pages().count(), start=100)
    for index in range(3, 8):
        release = factories.add_release(press_index, f"Meldung {index}")
        factories.translate(release, "pl", publish=index % 2 == 0)
    factories.translate(factories.TopicFactory(), "pl", "cs")
    assert german_pages().count() == 500
    with_500 = {name: count_queries(admin_client, *url) for name, url in urls.items()}

    print("status board queries, 20 / 500 pages:", with_20, with_500)
    assert with_500 == with_20
    assert with_20["board"] <= 30
    assert Translation.objects.count() > 6
