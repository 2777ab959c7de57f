"""The newsletter in the Wagtail admin: subscribers (filters, search, export, inspect), digest
runs (counts, progress, failed deliveries), starting a run and dry runs, previews and test
sends, and who may see and do what."""

import csv
import datetime
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from newsletter import admin_views  # registers the viewsets before the admin URLs are built
from newsletter.models import (
    BatchStatus,
    ConsentAction,
    ConsentRecord,
    Delivery,
    DeliveryBatch,
    DeliveryStatus,
    DigestRun,
    RunStatus,
    RunTrigger,
    Subscriber,
    SubscriberStatus,
    email_hash,
)
from tests import factories
from tests.helpers import query_count as count_queries

pytestmark = pytest.mark.usefixtures("ui_strings_as_written")


def english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def editor(db, django_user_model):
    return english(
        django_user_model.objects.create_superuser(
            username="admin", email="redakteurin@glokal.example", password="x"
        )
    )


@pytest.fixture
def admin_client(client, editor):
    client.force_login(editor)
    return client


def limited_user(django_user_model, username, *codenames):
    """A non-superuser with admin access and the given newsletter permissions (via a group,
    as editors get them in the admin's group editor)."""
    user = english(django_user_model.objects.create_user(username=username, password="x"))
    group = Group.objects.create(name=f"group {username}")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="newsletter", codename__in=codenames),
    )
    user.groups.add(group)
    return user


def subscriber(email, **fields):
    fields.setdefault("status", SubscriberStatus.ACTIVE)
    fields.setdefault("confirmed_at", timezone.now())
    return Subscriber.objects.create(email=email, **fields)


def refused(response):
    """Wagtail's admin answers PermissionDenied with 403, or for a logged-in editor with a
    redirect to the dashboard and a "no permission" message."""
    if response.status_code == 403:
        return True
    return (
        response.status_code == 302
        and response["Location"]
        in (
            reverse("wagtailadmin_home"),
            "/admin/",
        )
        or response.status_code == 302
        and reverse("wagtailadmin_login") in response["Location"]
    )


def rows_of(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [row.get_text(" ", strip=True) for row in soup.select("table.listing tbody tr")]


def urls():
    return {
        "subscribers": reverse(admin_views.subscriber_viewset.get_url_name("index")),
        "runs": reverse(admin_views.digest_run_viewset.get_url_name("index")),
        "start": reverse(admin_views.digest_run_viewset.get_url_name("add")),
    }


# --- Subscribers ---------------------------------------------------------------------------------


@pytest.fixture
def sectors(db):
    automotive = factories.SectorFactory(name="Automobilindustrie", slug="automotive")
    factories.translate(automotive, "en", translate=lambda text, code, path: "Automotive")
    energy = factories.SectorFactory(name="Energie", slug="energie")  # German only
    return automotive, energy


@pytest.fixture
def population(sectors):
    automotive, energy = sectors
    return {
        "anna": subscriber(
            "anna@firma.example",
            language="pl",
            frequency="weekly",
            sector_keys=[str(automotive.translation_key)],
        ),
        "bert": subscriber(
            "bert@firma.example",
            language="de",
            frequency="monthly",
            sector_keys=[str(energy.translation_key)],
        ),
        "cleo": subscriber(
            "cleo@werk.example",
            language="cs",
            status=SubscriberStatus.PENDING,
            confirmed_at=None,
        ),
        "dora": subscriber(
            "dora@werk.example",
            language="en",
            status=SubscriberStatus.UNSUBSCRIBED,
            sector_keys=[str(automotive.translation_key), str(energy.translation_key)],
        ),
    }


def listed_emails(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return sorted(
        cell.get_text(strip=True)
        for cell in soup.select("table.listing tbody tr td.title a")
        if "@" in cell.get_text()
    )


def test_subscriber_listing_shows_columns(admin_client, population):
    response = admin_client.get(urls()["subscribers"])
    assert response.status_code == 200
    assert listed_emails(response) == [
        "anna@firma.example",
        "bert@firma.example",
        "cleo@werk.example",
        "dora@werk.example",
    ]
    soup = BeautifulSoup(response.content, "html.parser")
    headings = [th.get_text(" ", strip=True) for th in soup.select("table.listing thead th")]
    for heading in ["Email address", "Language", "Frequency", "Status", "Confirmed", "Last digest"]:
        assert any(heading in text for text in headings), heading
    anna = next(row for row in rows_of(response) if "anna@" in row)
    assert "Polski" in anna and "Weekly" in anna and "Active" in anna
    # Native header: breadcrumbs and a button to preview a digest by interests.
    assert soup.select_one("[data-controller~=w-breadcrumbs]") is not None
    preview = reverse(admin_views.subscriber_viewset.get_url_name("preview_interests"))
    assert soup.select_one(f'a[href="{preview}"]') is not None


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"status": "active"}, ["anna@firma.example", "bert@firma.example"]),
        ({"status": "pending"}, ["cleo@werk.example"]),
        ({"language": "en"}, ["dora@werk.example"]),
        ({"frequency": "monthly"}, ["bert@firma.example"]),
        ({"q": "werk"}, ["cleo@werk.example", "dora@werk.example"]),
        ({"q": "ANNA@"}, ["anna@firma.example"]),
        ({"status": "active", "q": "firma"}, ["anna@firma.example", "bert@firma.example"]),
    ],
)
def test_subscriber_filters_and_search(admin_client, population, query, expected):
    response = admin_client.get(urls()["subscribers"], query)
    assert response.status_code == 200
    assert listed_emails(response) == expected


def test_sector_filter_by_translation_key_named_in_admin_language(
    admin_client, population, sectors
):
    automotive, energy = sectors
    response = admin_client.get(urls()["subscribers"], {"sector": str(automotive.translation_key)})
    assert listed_emails(response) == ["anna@firma.example", "dora@werk.example"]
    response = admin_client.get(urls()["subscribers"], {"sector": str(energy.translation_key)})
    assert listed_emails(response) == ["bert@firma.example", "dora@werk.example"]
    # The filter names sectors in the admin user's language (English), German where untranslated.
    soup = BeautifulSoup(response.content, "html.parser")
    labels = [option.get_text(strip=True) for option in soup.select("select[name=sector] option")]
    assert "Automotive" in labels and "Energie" in labels
    assert "Automobilindustrie" not in labels


def test_unknown_filter_values_are_ignored_not_an_error(admin_client, population):
    for query in ({"sector": "not-a-key"}, {"status": "deleted"}, {"language": "xx"}):
        response = admin_client.get(urls()["subscribers"], query)
        assert response.status_code == 200


def test_csv_export(admin_client, population):
    subscriber("=cmd@formel.example", language="de")
    response = admin_client.get(urls()["subscribers"], {"export": "csv", "status": "active"})
    assert response.status_code == 200
    assert "glokal-newsletter-subscribers" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert sorted(row["Email address"] for row in rows) == [
        "'=cmd@formel.example",
        "anna@firma.example",
        "bert@firma.example",
    ]
    anna = next(row for row in rows if row["Email address"] == "anna@firma.example")
    assert anna["Language"] == "pl"
    assert anna["Frequency"] == "Weekly"
    assert anna["Status"] == "Active"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", anna["Confirmed"])
    assert anna["Last digest"] == ""


def test_xlsx_export(admin_client, population):
    response = admin_client.get(urls()["subscribers"], {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )


def make_subscribers(count, offset=0):
    Subscriber.objects.bulk_create(
        Subscriber(
            email=f"person{offset + number}@firma.example",
            status=SubscriberStatus.ACTIVE,
            confirmed_at=timezone.now(),
            last_digest_at=timezone.now(),
        )
        for number in range(count)
    )


def test_subscriber_listing_query_count_is_constant(admin_client, sectors):
    url = urls()["subscribers"]
    make_subscribers(5)
    few = count_queries(admin_client, url)
    make_subscribers(45, offset=5)
    many = count_queries(admin_client, url)
    assert few == many
    assert count_queries(admin_client, url, {"q": "person", "status": "active"}) <= many + 1


def test_subscriber_cannot_be_added_edited_or_deleted_even_by_superuser(admin_client, population):
    anna = population["anna"]
    viewset = admin_views.subscriber_viewset
    assert refused(admin_client.get(reverse(viewset.get_url_name("add"))))
    assert refused(admin_client.post(reverse(viewset.get_url_name("add")), {}))
    edit = reverse(viewset.get_url_name("edit"), args=[anna.pk])
    assert refused(admin_client.post(edit, {"status": "active"}))
    delete = reverse(viewset.get_url_name("delete"), args=[anna.pk])
    assert refused(admin_client.post(delete))
    assert Subscriber.objects.count() == 4
    listing = admin_client.get(urls()["subscribers"]).content.decode()
    assert reverse(viewset.get_url_name("add")) not in listing


def test_subscriber_inspect_shows_interests_consents_and_deliveries(
    admin_client, population, sectors
):
    dora = population["dora"]
    for action, minute in [
        (ConsentAction.REQUESTED, 1),
        (ConsentAction.CONFIRMED, 5),
        (ConsentAction.UNSUBSCRIBED, 9),
    ]:
        ConsentRecord.objects.create(
            subscriber=dora,
            action=action,
            email=dora.email,
            language="en",
            consent_text_version="2026-1",
            source="signup",
            ip_address="203.0.113.7",
            user_agent="Firefox",
            created_at=timezone.now().replace(microsecond=0)
            - datetime.timedelta(minutes=60 - minute),
        )
    run = DigestRun.objects.create(frequency="weekly", trigger=RunTrigger.SCHEDULE, period="W1")
    Delivery.objects.create(
        run=run,
        subscriber=dora,
        email_hash=email_hash(dora.email),
        batch=0,
        status=DeliveryStatus.SENT,
        language="en",
        item_count=4,
        esp_status="delivered",
    )
    url = reverse(admin_views.subscriber_viewset.get_url_name("inspect"), args=[dora.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    interests = soup.select_one("#newsletter-interests").find_parent("section").get_text(" ")
    assert "Automotive" in interests and "Energie" in interests
    consents = soup.select_one("#newsletter-consents").find_parent("section")
    actions = [row.select("td")[1].get_text(strip=True) for row in consents.select("tbody tr")]
    assert actions == ["Subscription requested", "Subscription confirmed", "Unsubscribed"]
    assert "203.0.113.7" in consents.get_text() and "2026-1" in consents.get_text()
    deliveries = soup.select_one("#newsletter-deliveries").find_parent("section").get_text(" ")
    assert "Sent" in deliveries and "delivered" in deliveries
    # Read-only: no edit or delete links.
    edit = reverse(admin_views.subscriber_viewset.get_url_name("edit"), args=[dora.pk])
    assert edit not in response.content.decode()


# --- Digest runs: listing ------------------------------------------------------------------------


def make_run(subscribers, statuses, **fields):
    fields.setdefault("frequency", "weekly")
    fields.setdefault("trigger", RunTrigger.EDITOR)
    run = DigestRun.objects.create(recipient_count=len(statuses), **fields)
    Delivery.objects.bulk_create(
        Delivery(
            run=run,
            subscriber=person,
            email_hash=email_hash(person.email),
            batch=0,
            status=status,
            error="550 mailbox unavailable" if status == DeliveryStatus.FAILED else "",
        )
        for person, status in zip(subscribers, statuses, strict=False)
    )
    return run


@pytest.fixture
def people(db):
    make_subscribers(6)
    return list(Subscriber.objects.order_by("email"))


def test_run_listing_counts_deliveries_per_run(admin_client, people):
    sent, failed, skipped, queued = (
        DeliveryStatus.SENT,
        DeliveryStatus.FAILED,
        DeliveryStatus.SKIPPED,
        DeliveryStatus.QUEUED,
    )
    make_run(people, [sent, sent, sent, failed, skipped], status=RunStatus.DONE)
    make_run(people, [queued, queued, sent, failed], frequency="monthly", status=RunStatus.SENDING)
    response = admin_client.get(urls()["runs"])
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    headings = [th.get_text(" ", strip=True) for th in soup.select("table.listing thead th")]
    position = {
        name: headings.index(name) for name in ["Recipients", "Queued", "Sent", "Failed", "Skipped"]
    }
    rows = soup.select("table.listing tbody tr")
    figures = []
    for row in rows:
        cells = [cell.get_text(" ", strip=True) for cell in row.select("td")]
        figures.append({name: cells[index] for name, index in position.items()})
    assert soup.select_one(f'a[href="{urls()["start"]}"]') is not None  # "Start a run"
    # Newest first: the monthly run, then the weekly one.
    assert figures == [
        {"Recipients": "4", "Queued": "2", "Sent": "1", "Failed": "1", "Skipped": "0"},
        {"Recipients": "5", "Queued": "0", "Sent": "3", "Failed": "1", "Skipped": "1"},
    ]


def test_run_listing_query_count_is_constant(admin_client, people):
    statuses = [DeliveryStatus.SENT, DeliveryStatus.FAILED, DeliveryStatus.SKIPPED]
    for _number in range(5):
        make_run(people, statuses, status=RunStatus.DONE)
    few = count_queries(admin_client, urls()["runs"])
    for _number in range(45):
        make_run(people, statuses, status=RunStatus.DONE)
    many = count_queries(admin_client, urls()["runs"])
    assert few == many


def test_runs_cannot_be_edited_or_deleted(admin_client, people):
    run = make_run(people, [DeliveryStatus.SENT], status=RunStatus.DONE)
    viewset = admin_views.digest_run_viewset
    edit = reverse(viewset.get_url_name("edit"), args=[run.pk])
    assert refused(admin_client.post(edit, {"status": "cancelled"}))
    delete = reverse(viewset.get_url_name("delete"), args=[run.pk])
    assert refused(admin_client.post(delete))
    assert DigestRun.objects.filter(pk=run.pk, status=RunStatus.DONE).exists()


# --- Permissions ---------------------------------------------------------------------------------


def test_user_without_newsletter_permissions_sees_nothing(client, django_user_model, population):
    user = limited_user(django_user_model, "nobody")
    client.force_login(user)
    anna = population["anna"]
    viewset = admin_views.subscriber_viewset
    for url in [
        urls()["subscribers"],
        urls()["runs"],
        urls()["start"],
        reverse(viewset.get_url_name("inspect"), args=[anna.pk]),
        reverse(viewset.get_url_name("preview"), args=[anna.pk]),
        reverse(viewset.get_url_name("preview_interests")),
        f"{urls()['subscribers']}?export=csv",
    ]:
        response = client.get(url)
        assert refused(response), url
        assert b"anna@firma.example" not in response.content
    response = client.post(
        reverse(viewset.get_url_name("test_send"), args=[anna.pk]),
        {"language": "de", "to_address": "x@example.org"},
    )
    assert refused(response)
    assert mail.outbox == []
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert urls()["subscribers"] not in home


def test_anonymous_is_sent_to_login(client, population):
    response = client.get(urls()["subscribers"])
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_viewer_sees_subscribers_and_runs_but_cannot_start_or_send(
    client, django_user_model, population
):
    user = limited_user(django_user_model, "viewer", "view_subscriber", "view_digestrun")
    client.force_login(user)
    assert client.get(urls()["subscribers"]).status_code == 200
    runs_page = client.get(urls()["runs"])
    assert runs_page.status_code == 200
    assert urls()["start"] not in runs_page.content.decode()
    assert refused(client.get(urls()["start"]))
    assert refused(client.post(urls()["start"], {"frequency": "weekly"}))
    anna = population["anna"]
    response = client.post(
        reverse(admin_views.subscriber_viewset.get_url_name("test_send"), args=[anna.pk]),
        {"language": "de", "to_address": "x@example.org"},
    )
    assert refused(response)
    assert DigestRun.objects.count() == 0
    assert mail.outbox == []


def test_newsletter_permissions_are_offered_in_the_group_editor(admin_client, db):
    response = admin_client.get(reverse("wagtailusers_groups:add"))
    assert response.status_code == 200
    content = response.content.decode()
    for codename in ["view_subscriber", "view_digestrun", "add_digestrun"]:
        permission = Permission.objects.get(content_type__app_label="newsletter", codename=codename)
        assert f'value="{permission.pk}"' in content, codename
    for codename in [
        "add_subscriber",
        "change_subscriber",
        "delete_subscriber",
        "change_digestrun",
    ]:
        permission = Permission.objects.get(content_type__app_label="newsletter", codename=codename)
        assert f'value="{permission.pk}"' not in content, codename


def test_newsletter_menu_lists_both_screens(admin_client, db):
    content = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Newsletter" in content
    assert urls()["subscribers"] in content and urls()["runs"] in content


def test_batches_done_and_failed_deliveries_on_run_page(admin_client, people):
    run = make_run(
        people,
        [DeliveryStatus.SENT, DeliveryStatus.FAILED, DeliveryStatus.QUEUED],
        status=RunStatus.SENDING,
        batch_count=2,
    )
    DeliveryBatch.objects.create(run=run, number=0, status=BatchStatus.DONE)
    DeliveryBatch.objects.create(run=run, number=1, status=BatchStatus.QUEUED)
    url = reverse(admin_views.digest_run_viewset.get_url_name("inspect"), args=[run.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    figures = {
        cell["data-figure"]: cell.get_text(strip=True) for cell in soup.select("[data-figure]")
    }
    assert figures["sent"] == "1" and figures["failed"] == "1" and figures["queued"] == "1"
    assert figures["batches"] == "1 / 2"
    refresh = soup.select_one('meta[http-equiv="refresh"]')
    assert refresh is not None and refresh["content"] == "5"
    failed = soup.select_one("[data-failed-deliveries]").get_text(" ")
    assert "550 mailbox unavailable" in failed
    assert people[1].email in failed and people[0].email not in failed

    run.status = RunStatus.DONE
    run.save()
    soup = BeautifulSoup(admin_client.get(url).content, "html.parser")
    assert soup.select_one('meta[http-equiv="refresh"]') is None


# --- Starting a run, dry runs, previews and test sends ---------------------------------------


@pytest.fixture
def news(press_index):
    """One press release, published now and translated into en, pl and cs ("[pl] …"), and
    two active weekly subscribers for whom it is new."""
    release = factories.add_release(press_index, title="Messe in Posen")
    factories.translate(release)
    confirmed = timezone.now() - datetime.timedelta(days=10)
    return {
        "release": release,
        "ewa": subscriber("ewa@firma.example", language="pl", confirmed_at=confirmed),
        "jan": subscriber("jan@firma.example", language="cs", confirmed_at=confirmed),
        "late": subscriber(
            "late@firma.example", language="de", confirmed_at=confirmed, frequency="monthly"
        ),
    }


def start_form_token(client):
    response = client.get(urls()["start"])
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one("input[name=token]")["value"]


def state():
    return (
        DigestRun.objects.count(),
        Delivery.objects.count(),
        DeliveryBatch.objects.count(),
        sorted(Subscriber.objects.values_list("email", "last_digest_at", "status")),
    )


def test_dry_run_says_who_would_get_what_and_writes_nothing(admin_client, news):
    before = state()
    token = start_form_token(admin_client)
    response = admin_client.post(
        urls()["start"], {"frequency": "weekly", "dry_run": "on", "token": token}
    )
    assert response.status_code == 200
    assert state() == before
    assert mail.outbox == []
    soup = BeautifulSoup(response.content, "html.parser")
    totals = {dd["data-total"]: dd.get_text(strip=True) for dd in soup.select("[data-total]")}
    assert totals == {"recipients": "2", "skipped": "0", "suppressed": "0", "due": "2"}
    rows = {
        row.select("td")[0].get_text(strip=True): [
            cell.get_text(" ", strip=True) for cell in row.select("td")
        ]
        for row in soup.select("[data-dry-run-row]")
    }
    assert set(rows) == {"ewa@firma.example", "jan@firma.example"}  # not the monthly one
    assert rows["ewa@firma.example"][1:3] == ["pl", "1"]
    assert "[pl] Messe in Posen" in rows["ewa@firma.example"][3]
    assert "[cs] Messe in Posen" in rows["jan@firma.example"][3]
    # The form below the report starts the real run and carries a fresh token.
    assert soup.select_one("input[name=token]")["value"] != token
    assert not soup.select_one("input[name=dry_run]").has_attr("checked")


def test_start_creates_exactly_one_run_even_when_posted_twice(admin_client, editor, news):
    token = start_form_token(admin_client)
    data = {"frequency": "weekly", "token": token}
    first = admin_client.post(urls()["start"], data)
    assert DigestRun.objects.count() == 1
    run = DigestRun.objects.get()
    assert (run.trigger, run.frequency, run.started_by) == (RunTrigger.EDITOR, "weekly", editor)
    assert run.recipient_count == 2
    run_url = reverse(admin_views.digest_run_viewset.get_url_name("inspect"), args=[run.pk])
    assert first.status_code == 303 and first["Location"] == run_url

    # The same form again while the run sends: refused, back to the run.
    second = admin_client.post(urls()["start"], data)
    assert second.status_code == 303 and second["Location"] == run_url
    assert DigestRun.objects.count() == 1

    # Even after the run has finished, the used form starts nothing.
    DigestRun.objects.filter(pk=run.pk).update(status=RunStatus.DONE)
    third = admin_client.post(urls()["start"], data)
    assert third.status_code == 303
    assert DigestRun.objects.count() == 1
    page = admin_client.get(third["Location"]).content.decode()
    assert "No second run was started" in page

    # A new form may start the next run.
    fresh = admin_client.post(
        urls()["start"], {"frequency": "weekly", "token": start_form_token(admin_client)}
    )
    assert fresh.status_code == 303
    assert DigestRun.objects.count() == 2


def test_start_refused_while_an_editor_run_of_that_frequency_is_sending(admin_client, news):
    busy = DigestRun.objects.create(
        frequency="weekly", trigger=RunTrigger.EDITOR, status=RunStatus.SENDING
    )
    token = start_form_token(admin_client)
    response = admin_client.post(urls()["start"], {"frequency": "weekly", "token": token})
    assert response.status_code == 303
    assert response["Location"] == reverse(
        admin_views.digest_run_viewset.get_url_name("inspect"), args=[busy.pk]
    )
    assert DigestRun.objects.count() == 1
    # Another frequency is not blocked.
    other = admin_client.post(urls()["start"], {"frequency": "monthly", "token": token})
    assert other.status_code == 303
    assert DigestRun.objects.filter(frequency="monthly").count() == 1


@pytest.mark.parametrize(
    "data",
    [
        {"frequency": "weekly", "token": "forged"},
        {"frequency": "weekly"},
        {"frequency": "daily", "token": None},
        {"frequency": "weekly", "token": "x" * 5000},
    ],
)
def test_start_with_bad_input_is_a_400_and_starts_nothing(admin_client, news, data):
    if data.get("token", "") is None:
        data["token"] = start_form_token(admin_client)
    before = state()
    response = admin_client.post(urls()["start"], data)
    assert response.status_code == 400
    assert state() == before


def test_run_page_after_a_start_shows_recipients_and_refreshes(admin_client, news):
    token = start_form_token(admin_client)
    response = admin_client.post(urls()["start"], {"frequency": "weekly", "token": token})
    page = admin_client.get(response["Location"])
    assert page.status_code == 200
    soup = BeautifulSoup(page.content, "html.parser")
    figures = {
        cell["data-figure"]: cell.get_text(strip=True) for cell in soup.select("[data-figure]")
    }
    assert figures["total"] == "2" and figures["queued"] == "2" and figures["sent"] == "0"
    assert soup.select_one('meta[http-equiv="refresh"]') is not None
    assert "The weekly run has started: 2 recipients." in page.content.decode().replace(
        "Weekly", "weekly"
    )


def preview_url(person):
    return reverse(admin_views.subscriber_viewset.get_url_name("preview"), args=[person.pk])


@pytest.mark.parametrize(
    "language, title",
    [
        ("de", "Messe in Posen"),
        ("en", "[en] Messe in Posen"),
        ("pl", "[pl] Messe in Posen"),
        ("cs", "[cs] Messe in Posen"),
    ],
)
def test_preview_in_each_language(admin_client, news, language, title):
    response = admin_client.get(preview_url(news["ewa"]), {"language": language})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    html = soup.select_one("iframe")["srcdoc"]
    text = soup.select_one("[data-preview-text]").get_text()
    subject = soup.select_one("[data-preview-subject]").get_text(strip=True)
    assert subject
    assert title in html and title in text
    others = {"en", "pl", "cs"} - {language}
    for other in others:
        assert f"[{other}] Messe in Posen" not in html + text
    assert state()[1:3] == (0, 0)  # a preview records nothing


def test_preview_defaults_to_the_subscribers_language(admin_client, news):
    response = admin_client.get(preview_url(news["jan"]))
    soup = BeautifulSoup(response.content, "html.parser")
    assert "[cs] Messe in Posen" in soup.select_one("iframe")["srcdoc"]
    assert soup.select_one("select[name=language] option[selected]")["value"] == "cs"


def test_preview_when_nothing_is_new(admin_client, news):
    ewa = news["ewa"]
    ewa.last_digest_at = timezone.now()
    ewa.save()
    response = admin_client.get(preview_url(ewa), {"language": "pl"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("iframe") is None
    assert soup.select_one("[data-preview-empty]") is not None


def test_preview_with_bad_language_is_a_400(admin_client, news):
    response = admin_client.get(preview_url(news["ewa"]), {"language": "xx"})
    assert response.status_code == 400
    missing = reverse(admin_views.subscriber_viewset.get_url_name("preview"), args=[999999])
    assert admin_client.get(missing).status_code == 404


def test_preview_by_interests_without_a_subscriber(admin_client, news):
    url = reverse(admin_views.subscriber_viewset.get_url_name("preview_interests"))
    assert admin_client.get(url).status_code == 200
    before = state()
    response = admin_client.get(url, {"language": "en", "frequency": "weekly"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert "[en] Messe in Posen" in soup.select_one("iframe")["srcdoc"]
    assert state() == before
    bad = admin_client.get(url, {"language": "en", "frequency": "weekly", "sector_keys": "nope"})
    assert bad.status_code == 400


def test_test_send_goes_to_the_editor_only(admin_client, editor, news):
    ewa = news["ewa"]
    page = admin_client.get(preview_url(ewa), {"language": "pl"})
    soup = BeautifulSoup(page.content, "html.parser")
    assert soup.select_one("input[name=to_address]")["value"] == editor.email
    url = reverse(admin_views.subscriber_viewset.get_url_name("test_send"), args=[ewa.pk])
    response = admin_client.post(url, {"language": "pl", "to_address": editor.email})
    assert response.status_code == 303
    assert response["Location"] == f"{preview_url(ewa)}?language=pl"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [editor.email]
    assert "[pl] Messe in Posen" in message.body
    assert "ewa@firma.example" not in message.to
    followed = admin_client.get(response["Location"]).content.decode()
    assert "was sent to redakteurin@glokal.example" in followed
    # Nothing about the subscriber changed.
    ewa_after = Subscriber.objects.get(pk=ewa.pk)
    assert (ewa_after.last_digest_at, ewa_after.status) == (ewa.last_digest_at, ewa.status)
    assert Delivery.objects.count() == 0


def test_test_send_with_bad_address_sends_nothing(admin_client, news):
    url = reverse(admin_views.subscriber_viewset.get_url_name("test_send"), args=[news["ewa"].pk])
    response = admin_client.post(url, {"language": "pl", "to_address": "not an address"})
    assert response.status_code == 303
    assert mail.outbox == []
    assert "No test was sent" in admin_client.get(response["Location"]).content.decode()
    assert admin_client.get(url).status_code == 405


def test_viewer_may_preview_but_gets_no_test_send_form(client, django_user_model, news):
    user = limited_user(django_user_model, "viewer", "view_subscriber")
    client.force_login(user)
    response = client.get(preview_url(news["ewa"]), {"language": "pl"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("iframe") is not None
    assert soup.select_one("input[name=to_address]") is None


def test_scheduled_run_with_a_period_lists_and_opens(admin_client, people):
    run = make_run(
        people,
        [DeliveryStatus.SENT],
        trigger=RunTrigger.SCHEDULE,
        period="2026-W47",
        status=RunStatus.DONE,
    )
    listing = admin_client.get(urls()["runs"])
    assert listing.status_code == 200
    assert "Schedule" in " ".join(rows_of(listing))
    url = reverse(admin_views.digest_run_viewset.get_url_name("inspect"), args=[run.pk])
    page = admin_client.get(url)
    assert page.status_code == 200
    assert "2026-W47" in page.content.decode()
