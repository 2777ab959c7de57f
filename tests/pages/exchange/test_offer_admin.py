"""The admin listing of cooperation offers: columns, status, filters, search, export."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Workflow
from wagtail_localize import wagtail_hooks as localize_hooks

from pages.exchange.admin import (
    offers as offer_admin,  # registers the viewset before the admin URLs are built
)
from pages.models import CooperationOfferPage, Inquiry
from tests import factories

from .helpers import PRIVATE


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(factories.admin_user(django_user_model))
    return client


@pytest.fixture
def url():
    return reverse("cooperation_offers:index")


def add_inquiries(offer, count):
    for number in range(count):
        Inquiry.objects.create(
            offer=offer,
            name=f"Person {number}",
            organisation="Firma",
            email=f"person{number}@firma.example",
            message="Interesse.",
            language="de",
            consent_text_version="1",
        )


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def offers(index):
    live = factories.add_offer(
        index,
        title="Sensorik für Kläranlagen",
        kind="technology_offer",
        country="PL",
        valid_until=days(200),
        company_website="https://www.geheim-gmbh.example/",
    )
    add_inquiries(live, 3)
    expiring = factories.add_offer(
        index, title="Vertriebspartner gesucht", kind="business_request", valid_until=days(5)
    )
    add_inquiries(expiring, 1)
    expired = factories.add_offer(index, title="Abgelaufenes Angebot", valid_until=days(-3))
    draft = factories.add_offer(index, title="Entwurf eines Angebots", valid_until=days(100))
    draft.unpublish()
    draft.refresh_from_db()
    return {"live": live, "expiring": expiring, "expired": expired, "draft": draft}


def rows(response):
    """{title: {column heading: cell text}} of the listing's table."""
    soup = BeautifulSoup(response.content, "html.parser")
    table = soup.select_one("table.listing")
    headings = [" ".join(th.get_text(" ", strip=True).split()) for th in table.select("thead th")]
    result = {}
    for tr in table.select("tbody tr"):
        cells = [" ".join(td.get_text(" ", strip=True).split()) for td in tr.find_all("td")]
        row = dict(zip(headings, cells, strict=False))
        title = tr.select_one("[data-listing-page-title] a").get_text(" ", strip=True)
        result[title] = row
        row["_tr"] = tr
    return headings, result


def titles(response):
    return set(rows(response)[1])


def test_menu_item_and_columns(admin_client, url, offers):
    response = admin_client.get(url)
    assert response.status_code == 200
    assert b"Cooperation offers" in admin_client.get(reverse("wagtailadmin_home")).content

    headings, by_title = rows(response)
    for heading in [
        "Reference",
        "Kind",
        "Locale",
        "Status",
        "Valid until",
        "Company's country",
        "Inquiries",
        "Submitted by company",
    ]:
        assert heading in headings
    assert set(by_title) == {
        "Sensorik für Kläranlagen",
        "Vertriebspartner gesucht",
        "Abgelaufenes Angebot",
        "Entwurf eines Angebots",
    }

    live = by_title["Sensorik für Kläranlagen"]
    assert live["Reference"] == offers["live"].reference
    assert live["Reference"].startswith("GLK-")
    assert live["Kind"] == "Technology offer"
    assert live["Locale"] == "Deutsch"
    assert live["Status"] == "live"
    assert live["Company's country"] == "Poland"
    assert live["Inquiries"] == "3"
    assert live["Submitted by company"] == "No"

    # The title links to the page editor.
    link = live["_tr"].select_one("[data-listing-page-title] a")
    assert link["href"] == reverse("wagtailadmin_pages:edit", args=[offers["live"].pk])

    assert by_title["Vertriebspartner gesucht"]["Inquiries"] == "1"
    assert by_title["Abgelaufenes Angebot"]["Inquiries"] == "0"
    assert by_title["Abgelaufenes Angebot"]["Status"] == "expired"
    assert by_title["Entwurf eines Angebots"]["Status"] == "draft"

    # Only the live offer expiring within 14 days is highlighted.
    highlighted = [
        title for title, row in by_title.items() if row["_tr"].select_one(".offer-expiring")
    ]
    assert highlighted == ["Vertriebspartner gesucht"]
    assert by_title["Abgelaufenes Angebot"]["_tr"].select_one(".offer-expired")

    # Wagtail's row actions are there, wagtail-localize's included.
    actions = live["_tr"].select_one("[data-listing-page-title] ul.actions").get_text(" ")
    assert "Edit" in actions
    assert "History" in actions
    assert "Translate this page" in actions

    # Private company data never appears in the listing.
    for value in PRIVATE:
        assert value not in response.content.decode()


def test_live_with_unpublished_changes_and_in_moderation(
    admin_client, url, index, django_user_model
):
    changed = factories.add_offer(index, title="Geändertes Angebot")
    changed.title = "Geändertes Angebot"
    changed.summary = "Neu."
    changed.save_revision()
    moderated = factories.add_offer(index, title="Angebot in Prüfung")
    moderated.unpublish()
    moderated.refresh_from_db()
    user = django_user_model.objects.get(username="admin")
    # Wagtail's default "Moderators approval" workflow, created by its migrations.
    Workflow.objects.filter(workflow_tasks__isnull=False).first().start(moderated, user)

    by_title = rows(admin_client.get(url))[1]
    assert by_title["Geändertes Angebot"]["Status"] == "live + draft"
    assert by_title["Angebot in Prüfung"]["Status"] == "in moderation"


def test_filter_by_kind(admin_client, url, offers):
    response = admin_client.get(url, {"kind": "technology_offer"})
    assert titles(response) == {"Sensorik für Kläranlagen"}
    response = admin_client.get(url, {"kind": "business_offer"})
    assert titles(response) == {"Abgelaufenes Angebot", "Entwurf eines Angebots"}


def test_filter_by_validity(admin_client, url, offers):
    assert titles(admin_client.get(url, {"validity": "expired"})) == {"Abgelaufenes Angebot"}
    assert titles(admin_client.get(url, {"validity": "valid"})) == {
        "Sensorik für Kläranlagen",
        "Vertriebspartner gesucht",
        "Entwurf eines Angebots",
    }


def test_filter_by_country_and_submission(admin_client, url, index, offers):
    factories.add_offer(index, title="Eingereichtes Angebot", submitted_by_company=True)
    assert titles(admin_client.get(url, {"company_country": "PL"})) == {"Sensorik für Kläranlagen"}
    response = admin_client.get(url, {"submitted_by_company": "true"})
    assert titles(response) == {"Eingereichtes Angebot"}
    assert rows(response)[1]["Eingereichtes Angebot"]["Submitted by company"] == "Yes"


def test_filter_by_locale(admin_client, url, offers):
    Locale.objects.get_or_create(language_code="en")
    assert len(titles(admin_client.get(url, {"locale": "de"}))) == 4
    assert titles(admin_client.get(url, {"locale": "en"})) == set()


def test_search_by_reference_and_title(admin_client, url, offers):
    reference = offers["expiring"].reference
    assert titles(admin_client.get(url, {"q": reference})) == {"Vertriebspartner gesucht"}
    assert titles(admin_client.get(url, {"q": "kläranlagen"})) == {"Sensorik für Kläranlagen"}
    # The results-only view used by the live search.
    response = admin_client.get(reverse("cooperation_offers:index_results"), {"q": reference})
    assert response.status_code == 200
    assert "Vertriebspartner gesucht" in response.content.decode()


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode("utf-8")
    return content, list(csv.reader(io.StringIO(content)))


def test_csv_export(admin_client, url, offers):
    response = admin_client.get(url, {"export": "csv", "ordering": "title"})
    assert "glokal-cooperation-offers-" in response["Content-Disposition"]
    content, table = read_csv(response)
    assert table[0] == [
        "Reference",
        "Title",
        "Kind",
        "Language",
        "Live",
        "Valid until",
        "Company's country",
        "Inquiries",
        "Submitted by company",
        "First published",
    ]
    by_title = {row[1]: row for row in table[1:]}
    live = offers["live"]
    assert by_title["Sensorik für Kläranlagen"] == [
        live.reference,
        "Sensorik für Kläranlagen",
        "Technology offer",
        "de",
        "Yes",
        live.valid_until.isoformat(),
        "Poland",
        "3",
        "No",
        timezone.localtime(live.first_published_at).strftime("%Y-%m-%d %H:%M"),
    ]
    assert by_title["Entwurf eines Angebots"][4] == "No"
    assert len(table) == 5
    for value in PRIVATE:
        assert value not in content


def test_csv_export_follows_filters_and_neutralises_formulas(admin_client, url, index, offers):
    factories.add_offer(index, title="=HYPERLINK(1)", kind="research_partner")
    _, table = read_csv(admin_client.get(url, {"export": "csv", "kind": "research_partner"}))
    assert len(table) == 2
    assert table[1][1] == "'=HYPERLINK(1)"


def test_xlsx_export(admin_client, url, offers):
    response = admin_client.get(url, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = [[cell.value for cell in row] for row in workbook.active.iter_rows()]
    assert values[0][0] == "Reference"
    assert len(values) == 5
    flat = " ".join(str(value) for row in values for value in row)
    for value in PRIVATE:
        assert value not in flat


def test_anonymous_is_redirected_to_login(client, url, offers):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert client.get(url, {"export": "csv"}).status_code == 302


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, locales, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_query_count_does_not_grow_with_offers(admin_client, url, index):
    for number in range(5):
        offer = factories.add_offer(index, title=f"Angebot {number}", revision=False)
        add_inquiries(offer, 2)
    few, response = count_queries(admin_client, url)
    assert len(rows(response)[1]) == 5

    for number in range(5, 40):
        offer = factories.add_offer(index, title=f"Angebot {number}", revision=False)
        add_inquiries(offer, 1)
    many, response = count_queries(admin_client, url)
    by_title = rows(response)[1]
    assert len(by_title) == 40
    assert by_title["Angebot 0"]["Inquiries"] == "2"
    assert by_title["Angebot 39"]["Inquiries"] == "1"
    assert many == few


def test_translation_buttons_match_wagtail_localize(admin_client, index, django_user_model):
    """The prefetched translate/sync buttons say what wagtail-localize's own hook says."""
    source = factories.add_offer(index, title="Übersetztes Angebot")
    factories.translate(source, "en")
    untranslated = factories.add_offer(index, title="Nur auf Deutsch")
    user = django_user_model.objects.get(username="admin")
    pages = list(CooperationOfferPage.objects.filter(pk__in=[source.pk, untranslated.pk]))
    pages += list(CooperationOfferPage.objects.filter(translation_key=source.translation_key))
    offer_admin.annotate_translation_state(pages)
    for page in pages:
        expected = [
            (str(button.label), button.url)
            for button in localize_hooks.page_listing_more_buttons(page, user, next_url="/x/")
        ]
        actual = [
            (str(button.label), button.url)
            for button in offer_admin.translation_buttons(page, user, "/x/")
        ]
        assert actual == expected
    # The source offers both: untranslated locales remain and its translation can be synced.
    source_page = next(page for page in pages if page.pk == source.pk)
    assert len(offer_admin.translation_buttons(source_page, user, "/x/")) == 2
