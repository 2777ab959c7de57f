"""Companies submit offers through the public form: a draft in their language, a moderation
workflow, mails to editors and submitter; spam protection; bad input never publishes."""

import datetime
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.log_actions import registry as log_registry
from wagtail.models import PageLogEntry, WorkflowState

from pages.core.public_forms.stamps import MIN_FORM_SECONDS
from pages.exchange.log_actions import OFFER_SUBMITTED_ACTION
from pages.exchange.submission_forms import CONSENT_VERSION, HONEYPOT_FIELD, STAMP_FIELD
from pages.models import CooperationOfferPage
from tests import factories
from tests.helpers import soup

from .helpers import make_form_stamp, old_stamp, valid_data


@pytest.fixture(autouse=True)
def _ui_strings_as_written(settings):
    """These tests check behaviour against the English msgids; the project's catalogues are
    switched off here (Django drops its translation caches on this setting change).
    tests/test_catalogues.py checks that every string is translated."""
    settings.LOCALE_PATHS = []


TEXT_FIELDS = ["title", "summary", "description", "keywords", "company_name", "contact_name"]
EDITORS = ["redaktion@glokal.example"]


@pytest.fixture(autouse=True)
def _editors(settings):
    settings.GLOKAL_EDITOR_EMAILS = EDITORS


@pytest.fixture
def cs(home, index):
    """The Czech tree: home and exchange translated, with Czech sectors and a region."""
    factories.translate(home, "cs")
    cs_index = factories.translate(index, "cs")["cs"]
    cs_locale = factories.locale("cs")
    return {
        "index": cs_index,
        "url": cs_index.get_url() + "submit/",
        "auto": factories.SectorFactory(
            name="Automobilový průmysl", slug="automotive", locale=cs_locale
        ),
        "energy": factories.SectorFactory(name="Energetika", slug="energy", locale=cs_locale),
        "region": factories.RegionFactory(
            name="Ústecký kraj",
            slug="ustecky-kraj",
            country="CZ",
            nuts_code="CZ042",
            locale=cs_locale,
        ),
    }


@pytest.fixture
def de_sector():
    return factories.SectorFactory(name="Automobil", slug="automotive")


def field_error(response, name):
    node = soup(response).find(id=f"id_{name}_error")
    return node.get_text(" ", strip=True) if node else ""


def summary_text(response):
    node = soup(response).select_one(".error-summary")
    return node.get_text(" ", strip=True) if node else ""


def offers():
    return CooperationOfferPage.objects.all()


# --- A valid submission -----------------------------------------------------------------------


def test_valid_submission_in_czech_creates_a_draft_in_the_workflow(client, cs):
    response = client.post(cs["url"], valid_data(cs), HTTP_USER_AGENT="Mozilla/5.0 Test")
    assert response.status_code == 302
    assert response["Location"] == cs["url"] + "?sent=1"

    page = CooperationOfferPage.objects.get()
    assert page.locale.language_code == "cs"
    assert page.get_parent().pk == cs["index"].pk
    assert not page.live
    assert page.first_published_at is None
    assert page.reference == ""
    assert page.submitted_by_company
    assert page.title == "Hledáme distributora senzorů v Sasku"
    assert page.slug == "hledame-distributora-senzoru-v-sasku"
    assert page.kind == "technology_offer"
    assert page.development_stage == "prototype"
    assert page.company_region == cs["region"]
    assert page.company_country == "CZ"
    assert page.target_countries == ["DE", "PL"]
    assert page.partner_types == ["sme", "research"]
    assert page.partnership_types == ["distribution"]
    assert page.keywords == "senzory, lidar, radar"
    assert page.valid_until == timezone.localdate() + datetime.timedelta(days=365)
    assert (page.company_name, page.company_contact_name) == ("Tajná s.r.o.", "Jana Nováková")
    assert (page.company_email, page.company_phone) == ("jana@tajna.example", "+420 475 123 456")
    assert page.company_website == "https://www.tajna.example"
    assert [link.sector for link in page.sector_links.all()] == [cs["auto"], cs["energy"]]
    assert all(link.locale.language_code == "cs" for link in page.sector_links.all())

    # The description: escaped paragraph blocks, never submitted markup.
    blocks = [(block.block_type, block.value.source) for block in page.body]
    assert blocks == [
        ("paragraph", "<p>První odstavec: senzory &lt; 5 g &amp; lidar.<br/>Druhý řádek.</p>"),
        ("paragraph", "<p>Druhý odstavec.</p>"),
    ]

    # A revision, and the moderation workflow Wagtail assigns to the root page by default.
    assert page.latest_revision is not None
    assert page.workflow_in_progress
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by is None
    assert state.current_task_state.revision_id == page.latest_revision_id

    # The consent, with the text version, language, time, a hash of the address, the browser.
    entry = PageLogEntry.objects.get(page=page, action=OFFER_SUBMITTED_ACTION)
    assert entry.data["consent_version"] == CONSENT_VERSION
    assert entry.data["language"] == "cs"
    assert entry.data["user_agent"] == "Mozilla/5.0 Test"
    assert entry.data["consent_given_at"]
    assert entry.data["ip_hash"] and "127.0.0.1" not in str(entry.data)
    assert entry.user is None


def test_editors_and_submitter_are_mailed(client, cs):
    client.post(cs["url"], valid_data(cs))
    page = CooperationOfferPage.objects.get()
    assert len(mail.outbox) == 2
    to_editors, to_company = mail.outbox

    assert to_editors.to == EDITORS
    assert to_editors.reply_to == ["jana@tajna.example"]
    assert to_editors.extra_headers["Content-Language"] == "de"
    assert "Hledáme distributora senzorů v Sasku" in to_editors.subject
    assert f"http://testserver/admin/pages/{page.pk}/edit/" in to_editors.body
    assert "Tajná s.r.o." in to_editors.body and "jana@tajna.example" in to_editors.body
    assert CONSENT_VERSION in to_editors.body
    with translation.override("de"):
        assert date_format(page.valid_until, "DATE_FORMAT") in to_editors.body

    assert to_company.to == ["jana@tajna.example"]
    assert to_company.reply_to == EDITORS
    assert to_company.extra_headers["Content-Language"] == "cs"
    # The address is not verified: nothing the submitter typed goes back to it
    # (tests/pages/core/test_unverified_mails.py tries every field).
    assert "Hledáme distributora senzorů v Sasku" not in to_company.subject + to_company.body
    assert "Jana Nováková" not in to_company.body and "Tajná" not in to_company.body
    assert "&amp;" not in to_company.body and "&lt;" not in to_company.body
    assert "http" not in to_company.body  # no links, no advertising


def test_a_company_draft_has_no_contact_person_until_an_editor_assigns_one(client, cs):
    # Contact persons of the exchange's live offers are not a guess for a new one.
    factories.add_offer(
        cs["index"],
        title="Betreutes Angebot",
        contact=factories.ContactPersonFactory(email="kontakt@glokal.example"),
    )
    client.post(cs["url"], valid_data(cs))
    page = CooperationOfferPage.objects.get(submitted_by_company=True)
    assert page.contact is None
    to_editors, to_company = mail.outbox
    assert to_editors.to == EDITORS
    assert to_company.reply_to == EDITORS


def test_wagtail_moderator_notifications_do_not_break_anonymous_submissions(client, cs):
    moderator = get_user_model().objects.create_user("moderator", "moderator@glokal.example", "pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    response = client.post(cs["url"], valid_data(cs))
    assert response.status_code == 302
    assert CooperationOfferPage.objects.get().workflow_in_progress


def test_thank_you_page(client, cs):
    response = client.get(cs["url"] + "?sent=1")
    assert response.status_code == 200
    assert soup(response).select_one(".offer-submit__done")
    assert not soup(response).find("form", class_="offer-form")


# --- Nothing public before approval ------------------------------------------------------------


def test_nothing_is_public_until_an_editor_approves(client, cs):
    client.post(cs["url"], valid_data(cs))
    page = CooperationOfferPage.objects.get()
    index = cs["index"]
    url = index.get_url() + page.slug + "/"
    assert url.startswith("/cs/")

    def public_everywhere():
        anonymous = Client()
        found = {
            "page": anonymous.get(url).status_code,
            "listing": page.title in anonymous.get(index.get_url()).content.decode(),
            "feed": page.title in anonymous.get(index.get_url() + "feed/rss/").content.decode(),
        }
        listing = anonymous.get("/api/v2/pages/", {"locale": "cs", "limit": 100})
        assert listing.status_code == 200
        found["api"] = page.pk in [item["id"] for item in listing.json()["items"]]
        typed = anonymous.get("/api/v2/pages/", {"type": "pages.CooperationOfferPage"})
        if typed.status_code == 200:  # offers may not be exposed by the API yet
            found["api"] = found["api"] or page.pk in [i["id"] for i in typed.json()["items"]]
        # (A 404 under /api/ may be redirected by LocaleMiddleware first; follow it.)
        detail = anonymous.get(f"/api/v2/pages/{page.pk}/", follow=True)
        found["api_detail"] = detail.status_code
        return found

    assert public_everywhere() == {
        "page": 404,
        "listing": False,
        "feed": False,
        "api": False,
        "api_detail": 404,
    }

    editor = get_user_model().objects.create_superuser("editor", "editor@glokal.example", "pw")
    page.current_workflow_task_state.specific.approve(user=editor)
    page.refresh_from_db()
    assert page.live
    assert not page.workflow_in_progress
    assert page.reference.startswith(f"GLK-{timezone.localdate().year}-")

    public = public_everywhere()
    assert public["page"] == 200
    assert public["listing"] and public["feed"]
    response = Client().get(url)
    assert page.reference in response.content.decode()
    for private in ("Tajná s.r.o.", "Jana Nováková", "jana@tajna.example", "475 123 456"):
        assert private not in response.content.decode()


def test_forged_workflow_and_publish_fields_are_ignored(client, cs):
    data = valid_data(
        cs,
        **{
            "action-publish": "action-publish",
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "live": "true",
            "reference": "GLK-1999-0001",
            "submitted_by_company": "",
            "workflow_token": "forged",
        },
    )
    assert client.post(cs["url"], data).status_code == 302
    page = CooperationOfferPage.objects.get()
    assert not page.live and page.reference == "" and page.submitted_by_company
    assert page.workflow_in_progress


def test_log_action_has_a_readable_message(client, cs):
    client.post(cs["url"], valid_data(cs))
    entry = PageLogEntry.objects.get(action=OFFER_SUBMITTED_ACTION)
    assert log_registry.action_exists(OFFER_SUBMITTED_ACTION)
    assert CONSENT_VERSION in entry.message and "cs" in entry.message


# --- The form in every language ------------------------------------------------------------------


@pytest.mark.parametrize("code", ["de", "en", "pl", "cs"])
def test_form_renders_in_every_language(client, home, index, code):
    if code != "de":
        factories.translate(home, code)
        exchange = factories.translate(index, code)[code]
    else:
        exchange = index
    sector = factories.SectorFactory(name=f"Sektor {code}", locale=factories.locale(code))
    other = factories.SectorFactory(
        name="Fremd", locale=factories.locale("de" if code != "de" else "pl")
    )
    response = client.get(exchange.get_url() + "submit/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    page = soup(response)
    assert page.html["lang"] == code
    form = page.find("form", class_="offer-form")
    assert form["method"] == "post"
    assert form.find("input", {"name": "csrfmiddlewaretoken"})
    assert form.find("input", {"name": STAMP_FIELD})["value"]
    assert [legend.get_text(strip=True) for legend in form.select("fieldset.form-section > legend")]
    labels = form.find_all("label")
    # Every visible control has a label tied to it.
    for control in form.select("input:not([type=hidden]), select, textarea"):
        assert form.find("label", {"for": control["id"]}), control
    assert len(labels) > 20
    sector_labels = [label.get_text(strip=True) for label in form.select("#id_sectors label")]
    assert sector_labels == [sector.name]
    assert other.name not in sector_labels
    # The honeypot: hidden from sight and assistive technology, out of the tab order.
    honeypot = form.find("input", {"name": HONEYPOT_FIELD})
    assert honeypot["tabindex"] == "-1" and honeypot["autocomplete"] == "off"
    wrapper = honeypot.find_parent("div")
    assert wrapper["aria-hidden"] == "true" and "visually-hidden" in wrapper["class"]
    # Help texts are announced with their field.
    assert "id_summary_helptext" in form.find("textarea", {"name": "summary"})["aria-describedby"]


def test_company_country_defaults_to_the_language(client, cs):
    response = client.get(cs["url"])
    selected = soup(response).select_one("#id_company_country option[selected]")
    assert selected["value"] == "CZ"


# --- Invalid input -------------------------------------------------------------------------------


def assert_rejected(response):
    assert response.status_code == 400
    assert not offers().exists()
    assert mail.outbox == []
    assert soup(response).select_one(".error-summary")


def test_missing_required_fields(client, cs):
    response = client.post(cs["url"], {STAMP_FIELD: old_stamp(cs["index"])})
    assert_rejected(response)
    for name in ["title", "kind", "summary", "sectors", "company_country", "company_name",
                 "contact_name", "email", "consent"]:  # fmt: skip
        assert field_error(response, name), name
    assert "agree to the processing" in field_error(response, "consent")
    assert "at least one sector" in field_error(response, "sectors")
    # The summary at the top links to each field.
    links = [a["href"] for a in soup(response).select(".error-summary a")]
    assert "#id_title" in links and "#id_sectors" in links and "#id_consent" in links
    for name in ["description", "keywords", "phone", "website", "valid_until", "region"]:
        assert not field_error(response, name), name


def test_errors_are_tied_to_their_fields(client, cs):
    response = client.post(cs["url"], valid_data(cs, title="", sectors=None))
    page = soup(response)
    title = page.find("input", {"name": "title"})
    assert title["aria-invalid"] == "true"
    assert "id_title_error" in title["aria-describedby"].split()
    assert "id_title_helptext" in title["aria-describedby"].split()
    sectors = page.find("fieldset", id="id_sectors")
    assert "id_sectors_error" in sectors["aria-describedby"]
    # The document title says there are errors (screen readers announce it first).
    plain_title = soup(client.get(cs["url"])).find("title").get_text()
    error_title = page.find("title").get_text()
    assert error_title != plain_title and error_title.endswith(plain_title)


@pytest.mark.parametrize(
    ("name", "limit"),
    [
        ("title", 150),
        ("summary", 1000),
        ("description", 8000),
        ("keywords", 300),
        ("company_name", 200),
        ("contact_name", 200),
        ("phone", 40),
        ("website", 200),
        ("email", 254),
    ],
)
def test_oversized_fields(client, cs, name, limit):
    value = "x" * (limit + 1)
    if name == "website":
        value = "https://example.com/" + "a" * limit
    elif name == "email":
        value = "a" * limit + "@example.com"
    elif name == "phone":
        value = "+49 " + "1" * limit
    response = client.post(cs["url"], valid_data(cs, **{name: value}))
    assert_rejected(response)
    assert field_error(response, name)


def test_huge_request_body_is_a_clean_400(client, cs):
    response = client.post(cs["url"], valid_data(cs, description="x" * 3_000_000))
    assert response.status_code == 400
    assert not offers().exists()


HTML_PAYLOADS = [
    "<script>alert(1)</script>",
    "Hallo <b>fett</b>",
    '<img src=x onerror="alert(1)">',
    "<!-- versteckt -->",
    "</p>Text",
    "<svg/onload=alert(1)>",
    "<scr<script>ipt>alert(1)",
]


@pytest.mark.parametrize("name", TEXT_FIELDS)
def test_html_and_script_are_rejected_in_every_text_field(client, cs, name):
    for payload in HTML_PAYLOADS:
        response = client.post(cs["url"], valid_data(cs, **{name: payload}))
        assert_rejected(response)
        assert field_error(response, name) == "Please enter plain text without HTML.", payload
        html = response.content.decode()
        assert "<script>alert(1)</script>" not in html and "<b>fett</b>" not in html
        assert "<svg/onload" not in html and "<img src=x" not in html


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("email", "<script>@example.com"),
        ("website", "javascript:alert(1)"),
        ("website", "https://example.com/<script>alert(1)</script>"),
        ("website", "ftp://example.com/file"),
        ("phone", "<script>alert(1)</script>"),
    ],
)
def test_html_and_script_in_contact_fields(client, cs, name, payload):
    response = client.post(cs["url"], valid_data(cs, **{name: payload}))
    assert_rejected(response)
    assert field_error(response, name)
    assert "<script>alert(1)" not in response.content.decode()


def test_plain_text_with_angle_brackets_and_ampersands_is_fine(client, cs):
    data = valid_data(cs, title="R&D: Sensoren < 5 g", summary="a < b && c > d")
    assert client.post(cs["url"], data).status_code == 302
    page = CooperationOfferPage.objects.get()
    assert page.title == "R&D: Sensoren < 5 g"


@pytest.mark.parametrize("name", TEXT_FIELDS)
def test_control_characters_are_rejected(client, cs, name):
    for char in ["\x00", "\x07", "\x1b", "\u202e", "\x7f"]:
        response = client.post(cs["url"], valid_data(cs, **{name: f"Text{char}mehr"}))
        assert_rejected(response)
        assert field_error(response, name), repr(char)


def test_whitespace_is_normalised(client, cs):
    data = valid_data(
        cs,
        title="  Hledáme \t  partnera  ",
        summary="  Řádek   jedna  \r\n\r\n\r\n\r\n  Řádek dva  ",
        company_name=" Firma\u00a0 s.r.o. ",
    )
    assert client.post(cs["url"], data).status_code == 302
    page = CooperationOfferPage.objects.get()
    assert page.title == "Hledáme partnera"
    assert page.summary == "Řádek jedna\n\nŘádek dva"
    assert page.company_name == "Firma s.r.o."


def test_whitespace_only_counts_as_missing(client, cs):
    response = client.post(cs["url"], valid_data(cs, title="   \t  ", summary="\n\n  "))
    assert_rejected(response)
    assert field_error(response, "title") and field_error(response, "summary")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("email", "keine-adresse"),
        ("email", "jana@"),
        ("phone", "0351 123456"),
        ("website", "nicht eine url"),
    ],
)
def test_bad_contact_values(client, cs, name, value):
    response = client.post(cs["url"], valid_data(cs, **{name: value}))
    assert_rejected(response)
    assert field_error(response, name)


def test_valid_until_in_the_past_or_too_far(client, cs):
    today = timezone.localdate()
    for value in [today - datetime.timedelta(days=1), today]:
        response = client.post(cs["url"], valid_data(cs, valid_until=value.isoformat()))
        assert_rejected(response)
        assert "future" in field_error(response, "valid_until")
    response = client.post(
        cs["url"], valid_data(cs, valid_until=(today + datetime.timedelta(days=800)).isoformat())
    )
    assert_rejected(response)
    assert "two years" in field_error(response, "valid_until")
    response = client.post(cs["url"], valid_data(cs, valid_until="31.02.2027"))
    assert_rejected(response)
    assert field_error(response, "valid_until")


def test_valid_until_within_two_years_is_kept(client, cs):
    day = timezone.localdate() + datetime.timedelta(days=600)
    assert client.post(cs["url"], valid_data(cs, valid_until=day.isoformat())).status_code == 302
    assert CooperationOfferPage.objects.get().valid_until == day


def test_development_stage_only_for_technology_kinds(client, cs):
    response = client.post(
        cs["url"], valid_data(cs, kind="business_offer", development_stage="prototype")
    )
    assert_rejected(response)
    assert "technology" in field_error(response, "development_stage")
    response = client.post(cs["url"], valid_data(cs, kind="business_offer", development_stage=""))
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("kind", "spam"),
        ("sectors", ["999999"]),
        ("sectors", ["abc"]),
        ("company_country", "XX"),
        ("region", "999999"),
        ("region", "abc"),
        ("target_countries", ["DE", "ZZ"]),
        ("partner_types", ["alien"]),
        ("partnership_types", ["<script>"]),
        ("development_stage", "finished"),
    ],
)
def test_unknown_choice_values(client, cs, name, value):
    response = client.post(cs["url"], valid_data(cs, **{name: value}))
    assert_rejected(response)
    assert field_error(response, name)


def test_sectors_and_regions_of_another_language_are_refused(client, cs, de_sector):
    german_region = factories.RegionFactory()
    response = client.post(
        cs["url"], valid_data(cs, sectors=[str(de_sector.pk)], region=str(german_region.pk))
    )
    assert_rejected(response)
    assert field_error(response, "sectors") and field_error(response, "region")


def test_region_must_lie_in_the_company_country(client, cs):
    response = client.post(cs["url"], valid_data(cs, company_country="PL"))
    assert_rejected(response)
    assert "country" in field_error(response, "region")


def test_typed_values_are_kept(client, cs):
    data = valid_data(cs, email="falsch", development_stage="", kind="business_request")
    response = client.post(cs["url"], data)
    assert response.status_code == 400
    page = soup(response)
    assert page.find("input", {"name": "title"})["value"] == data["title"]
    assert page.find("textarea", {"name": "summary"}).get_text().strip() == data["summary"]
    assert page.find("textarea", {"name": "description"}).get_text().strip() == data["description"]
    assert page.find("input", {"name": "email"})["value"] == "falsch"
    assert page.find("input", {"name": "company_name"})["value"] == "Tajná s.r.o."
    assert page.select_one("#id_kind option[selected]")["value"] == "business_request"
    assert page.select_one("#id_region option[selected]")["value"] == str(cs["region"].pk)
    checked = {(i["name"], i.get("value", "on")) for i in page.select("input[checked]")}
    assert {
        ("sectors", str(cs["auto"].pk)),
        ("sectors", str(cs["energy"].pk)),
        ("target_countries", "DE"),
        ("target_countries", "PL"),
        ("partner_types", "sme"),
        ("partnership_types", "distribution"),
        ("consent", "on"),
    } <= checked
    # A fresh stamp for the next attempt.
    assert page.find("input", {"name": STAMP_FIELD})["value"] != data[STAMP_FIELD]


# --- Spam protection -----------------------------------------------------------------------------


def test_honeypot_gets_a_neutral_thank_you_and_creates_nothing(client, cs):
    response = client.post(cs["url"], valid_data(cs, **{HONEYPOT_FIELD: "http://spam.example"}))
    assert response.status_code == 302
    assert response["Location"] == cs["url"] + "?sent=1"
    assert not offers().exists()
    assert mail.outbox == []


def test_too_fast_is_refused_and_keeps_the_values(client, cs):
    response = client.post(cs["url"], valid_data(cs, **{STAMP_FIELD: make_form_stamp(cs["index"])}))
    assert_rejected(response)
    assert "very quick" in summary_text(response)
    assert soup(response).find("input", {"name": "title"})["value"] == valid_data(cs)["title"]


def test_the_minimum_time_is_a_few_seconds(client, cs):
    stamp = make_form_stamp(cs["index"], issued_at=time.time() - MIN_FORM_SECONDS - 1)
    assert client.post(cs["url"], valid_data(cs, **{STAMP_FIELD: stamp})).status_code == 302


def test_expired_stamp_is_refused(client, cs):
    response = client.post(
        cs["url"], valid_data(cs, **{STAMP_FIELD: old_stamp(cs["index"], 3 * 60 * 60)})
    )
    assert_rejected(response)
    assert "long time" in summary_text(response)


@pytest.mark.parametrize(
    "stamp",
    [
        None,  # missing
        "",
        "forged",
        "eyJ0IjoxfQ:1abcde:forgedsignature",
        "x" * 5000,
    ],
)
def test_missing_or_forged_stamp_is_refused(client, cs, stamp):
    data = valid_data(cs)
    if stamp is None:
        del data[STAMP_FIELD]
    else:
        data[STAMP_FIELD] = stamp
    response = client.post(cs["url"], data)
    assert_rejected(response)
    assert "could not be verified" in summary_text(response)


def test_stamp_signed_for_something_else_is_refused(client, cs):
    from django.core import signing

    forged = signing.dumps({"t": int(time.time()) - 60, "m": 0})  # default salt
    response = client.post(cs["url"], valid_data(cs, **{STAMP_FIELD: forged}))
    assert_rejected(response)


def test_flood_per_ip_answers_429(client, cs, settings):
    settings.GLOKAL_OFFER_SUBMISSION_LIMITS = {"submissions_per_ip": (2, 3600)}
    for n in range(2):
        data = valid_data(cs, email=f"firma{n}@example.com", title=f"Angebot {n}")
        assert client.post(cs["url"], data).status_code == 302
    response = client.post(cs["url"], valid_data(cs, email="firma9@example.com"))
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert soup(response).select_one(".offer-submit__limited")
    assert offers().count() == 2
    # Another address is not affected.
    other = client.post(cs["url"], valid_data(cs, email="x@example.com"), REMOTE_ADDR="10.1.1.1")
    assert other.status_code == 302


def test_flood_per_address_answers_429(client, cs, settings):
    settings.GLOKAL_OFFER_SUBMISSION_LIMITS = {"submissions_per_email": (3, 86400)}
    for n in range(3):
        data = valid_data(cs, title=f"Angebot {n}")
        assert client.post(cs["url"], data, REMOTE_ADDR=f"10.0.0.{n}").status_code == 302
    response = client.post(
        cs["url"], valid_data(cs, email="JANA@tajna.example"), REMOTE_ADDR="10.0.0.99"
    )
    assert response.status_code == 429
    assert offers().count() == 3


def test_default_limits(client, cs):
    for n in range(5):
        data = valid_data(cs, email=f"firma{n}@example.com", title=f"Angebot {n}")
        assert client.post(cs["url"], data).status_code == 302
    assert client.post(cs["url"], valid_data(cs, email="neu@example.com")).status_code == 429


def test_flood_of_bad_posts_per_ip_answers_429(client, cs, settings):
    settings.GLOKAL_OFFER_SUBMISSION_LIMITS = {"posts_per_ip": (3, 3600)}
    for _n in range(3):
        assert client.post(cs["url"], {"title": "x"}).status_code == 400
    assert client.post(cs["url"], valid_data(cs)).status_code == 429
    assert not offers().exists()


def test_honeypot_hits_count_towards_the_ip_limit(client, cs, settings):
    settings.GLOKAL_OFFER_SUBMISSION_LIMITS = {"submissions_per_ip": (2, 3600)}
    for _n in range(2):
        client.post(cs["url"], valid_data(cs, **{HONEYPOT_FIELD: "spam"}))
    assert client.post(cs["url"], valid_data(cs)).status_code == 429


def test_forwarded_for_is_ignored_unless_proxies_are_trusted(client, cs, settings):
    settings.GLOKAL_OFFER_SUBMISSION_LIMITS = {"submissions_per_ip": (1, 3600)}
    client.post(cs["url"], valid_data(cs), HTTP_X_FORWARDED_FOR="1.1.1.1")
    spoofed = client.post(
        cs["url"], valid_data(cs, email="b@example.com"), HTTP_X_FORWARDED_FOR="2.2.2.2"
    )
    assert spoofed.status_code == 429

    settings.GLOKAL_TRUSTED_PROXY_COUNT = 1
    behind_proxy = client.post(
        cs["url"], valid_data(cs, email="c@example.com"), HTTP_X_FORWARDED_FOR="6.6.6.6, 3.3.3.3"
    )
    assert behind_proxy.status_code == 302


def test_csrf_is_enforced(cs):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(cs["url"], valid_data(cs))
    assert response.status_code == 403
    assert not offers().exists()

    form = soup(strict.get(cs["url"]))
    token = form.find("input", {"name": "csrfmiddlewaretoken"})["value"]
    response = strict.post(cs["url"], valid_data(cs, csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert offers().count() == 1


def test_other_methods_are_not_allowed(client, cs):
    assert client.put(cs["url"]).status_code == 405
    assert client.delete(cs["url"]).status_code == 405
