"""The admin exports built on LocalisedExportMixin (cooperation offers, inquiries, newsletter
subscribers): the CSV, streamed after the view has returned, speaks the editor's language as
the XLSX does, guards against formulas, shows local times and has a dated file name."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from newsletter import admin_views as newsletter_admin
from newsletter.models import Subscriber, SubscriberStatus
from pages.core.admin_export import LocalisedExportMixin
from pages.exchange.admin import inquiries as inquiry_admin
from pages.exchange.admin import offers as offer_admin
from pages.exchange.models.inquiries import Inquiry
from tests import factories

# 23:30 UTC on 31 January is 00:30 on 1 February in Berlin: the date changes too.
RECEIVED = datetime.datetime(2026, 1, 31, 23, 30, tzinfo=datetime.UTC)

LISTINGS = {
    "offers": (offer_admin.cooperation_offer_viewset, "glokal-cooperation-offers"),
    "inquiries": (inquiry_admin.inquiry_viewset, "glokal-inquiries"),
    "subscribers": (newsletter_admin.subscriber_viewset, "glokal-newsletter-subscribers"),
}


@pytest.fixture
def polish_editor(client, django_user_model):
    """A superuser whose admin speaks Polish, while the site's language stays German."""
    client.force_login(factories.admin_user(django_user_model, "redaktorka", language="pl"))
    return client


@pytest.fixture
def exported(home):
    offer = factories.add_offer(factories.add_offer_index(home), title="=Angebot")
    Inquiry.objects.create(
        offer=offer,
        name="=HYPERLINK(1)",
        organisation="Firma",
        email="jan@firma.example",
        country="PL",
        message="Guten Tag",
        language="de",
        consent_text_version="1",
    )
    Inquiry.objects.update(created_at=RECEIVED)
    Subscriber.objects.create(
        email="=anna@firma.example", language="pl", status=SubscriberStatus.ACTIVE
    )
    Subscriber.objects.update(created_at=RECEIVED)
    return offer


def export(client, listing, export_format):
    viewset, _name = LISTINGS[listing]
    response = client.get(reverse(viewset.get_url_name("index")), {"export": export_format})
    assert response.status_code == 200
    return response, b"".join(response.streaming_content)


def csv_table(content):
    return list(csv.reader(io.StringIO(content.decode())))


def xlsx_table(content):
    workbook = load_workbook(io.BytesIO(content))
    return [[cell.value for cell in row] for row in workbook.active.iter_rows()]


@pytest.mark.parametrize("listing", LISTINGS)
def test_every_listing_exports_through_the_mixin(listing):
    viewset, name = LISTINGS[listing]
    assert issubclass(viewset.index_view_class, LocalisedExportMixin)
    assert viewset.export_filename == name


@pytest.mark.parametrize("listing", LISTINGS)
def test_csv_headings_are_in_the_editors_language_like_the_xlsx(polish_editor, exported, listing):
    _response, content = export(polish_editor, listing, "csv")
    _response, workbook = export(polish_editor, listing, "xlsx")
    csv_headings = csv_table(content)[0]
    xlsx_headings = xlsx_table(workbook)[0]
    assert csv_headings == xlsx_headings
    assert "Język" in csv_headings  # "Language", as every one of the three exports has it


def test_inquiry_values_are_in_the_editors_language(polish_editor, exported):
    _response, content = export(polish_editor, "inquiries", "csv")
    header, row = csv_table(content)
    cells = dict(zip(inquiry_admin.inquiry_viewset.list_export, row, strict=True))
    assert cells["get_country_display"] == "Polska"


@pytest.mark.parametrize(
    ("listing", "field", "expected"),
    [
        ("offers", "title", "'=Angebot"),
        ("inquiries", "name", "'=HYPERLINK(1)"),
        ("subscribers", "email", "'=anna@firma.example"),
    ],
)
def test_csv_cells_never_start_a_formula(polish_editor, exported, listing, field, expected):
    viewset, _name = LISTINGS[listing]
    _response, content = export(polish_editor, listing, "csv")
    header, row = csv_table(content)
    assert dict(zip(viewset.list_export, row, strict=True))[field] == expected


@pytest.mark.parametrize("listing", ["inquiries", "subscribers"])
def test_times_are_berlin_wall_clock_in_csv_and_naive_in_xlsx(polish_editor, exported, listing):
    viewset, _name = LISTINGS[listing]
    column = viewset.list_export.index("created_at")
    _response, content = export(polish_editor, listing, "csv")
    assert csv_table(content)[1][column] == "2026-02-01 00:30"
    _response, workbook = export(polish_editor, listing, "xlsx")
    assert xlsx_table(workbook)[1][column] == datetime.datetime(2026, 2, 1, 0, 30)


@pytest.mark.parametrize("listing", LISTINGS)
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_file_name_is_the_listing_and_today(polish_editor, exported, listing, export_format):
    _viewset, name = LISTINGS[listing]
    response, _content = export(polish_editor, listing, export_format)
    today = timezone.localdate().isoformat()
    assert f'filename="{name}-{today}.{export_format}"' in response["Content-Disposition"]
