"""PO files for agencies: download one or many, upload them back; a round trip changes nothing
it should not, and bad files are refused with a message and no change."""

import io
import zipfile

import polib
import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from pages.translation.status import Status, compute_board
from tests import factories
from tests.factories import make_user, translator_group

DOWNLOAD = "glokal_translation_board:po_download"
UPLOAD = "glokal_translation_board:po_upload"


@pytest.fixture
def admin_client(client, django_user_model):
    # Django's own messages (an empty file) in English
    client.force_login(factories.admin_user(django_user_model))
    return client


@pytest.fixture
def release(translated_site):
    _home, press = translated_site
    release = factories.add_release(press, "Messe in Breslau", subtitle="Gemeinsamer Stand")
    factories.translate(release, "pl", "cs")
    return release


def translation_of(page, code):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code=code
    )


def snapshot(translation):
    """Everything an import could touch: string translations, and the translated page."""
    target = translation.get_target_instance()
    return {
        "strings": sorted(
            StringTranslation.objects.filter(
                locale=translation.target_locale, context__object_id=translation.source.object_id
            ).values_list("pk", "data", "updated_at")
        ),
        "revisions": Revision.page_revisions.filter(object_id=str(target.pk)).count(),
        "page": Page.objects.filter(pk=target.pk)
        .values("title", "live", "has_unpublished_changes", "last_published_at")
        .get(),
    }


def download(client, *translations):
    response = client.get(reverse(DOWNLOAD), {"translation": [t.pk for t in translations]})
    assert response.status_code == 200, response.content[:300]
    return response


def upload(client, content, name="file.po", **data):
    file = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    return client.post(reverse(UPLOAD), {"file": file, **data})


def errors(response):
    box = BeautifulSoup(response.content, "html.parser").select_one("[data-upload-errors]")
    return box.get_text(" ", strip=True) if box else ""


def test_download_is_wagtail_localize_po_with_language(admin_client, release):
    translation = translation_of(release, "pl")
    response = download(admin_client, translation)
    assert response["Content-Disposition"].endswith('-pl.po"')
    po = polib.pofile(response.content.decode())
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    assert po.metadata["Language"] == "pl"
    by_msgid = {entry.msgid: entry.msgstr for entry in po}
    assert by_msgid["Messe in Breslau"] == "[pl] Messe in Breslau"
    assert by_msgid["Gemeinsamer Stand"] == "[pl] Gemeinsamer Stand"


def test_batch_download_is_a_zip_per_language(admin_client, release):
    polish, czech = translation_of(release, "pl"), translation_of(release, "cs")
    response = download(admin_client, polish, czech)
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = sorted(archive.namelist())
    assert [name.split("/")[0] for name in names] == ["cs", "pl"]
    for name in names:
        po = polib.pofile(archive.read(name).decode())
        assert po.metadata["Language"] == name.split("/")[0]


def test_round_trip_of_an_unchanged_file_changes_nothing(admin_client, release):
    translation = translation_of(release, "pl")
    before = snapshot(translation)
    content = download(admin_client, translation).content
    response = upload(admin_client, content)
    assert response.status_code == 303
    assert snapshot(translation) == before
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("nothing changed" in m for m in messages)


def edit(content, changes):
    po = polib.pofile(content.decode())
    for entry in po:
        if entry.msgid in changes:
            entry.msgstr = changes[entry.msgid]
    return str(po).encode()


def test_agency_translation_becomes_a_draft_live_page_untouched(admin_client, release):
    translation = translation_of(release, "pl")
    polish = release.get_translation(factories.locale("pl"))
    content = edit(
        download(admin_client, translation).content,
        {"Gemeinsamer Stand": "Wspólne stoisko"},
    )
    response = upload(admin_client, content)
    assert response.status_code == 303
    strings = dict(
        StringTranslation.objects.filter(
            locale__language_code="pl", context__object_id=release.translation_key
        ).values_list("translation_of__data", "data")
    )
    assert strings["Gemeinsamer Stand"] == "Wspólne stoisko"
    assert strings["Messe in Breslau"] == "[pl] Messe in Breslau"  # untouched
    polish.refresh_from_db()
    assert polish.specific.subtitle == "[pl] Gemeinsamer Stand"  # visitors still see the old one
    assert polish.has_unpublished_changes
    assert polish.get_latest_revision_as_object().subtitle == "Wspólne stoisko"
    row = next(r for r in compute_board().rows if r.object_id == release.pk)
    assert row.cells["pl"].status == Status.DRAFT
    assert row.cells["cs"].status == Status.PUBLISHED


def test_batch_upload_of_a_zip(admin_client, release):
    polish, czech = translation_of(release, "pl"), translation_of(release, "cs")
    archive = zipfile.ZipFile(io.BytesIO(download(admin_client, polish, czech).content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name in archive.namelist():
            code = name.split("/")[0]
            out.writestr(name, edit(archive.read(name), {"Gemeinsamer Stand": f"Stand ({code})"}))
    response = upload(admin_client, buffer.getvalue(), name="agentur.zip")
    assert response.status_code == 303, errors(response)
    for code in ("pl", "cs"):
        assert (
            StringTranslation.objects.get(
                locale__language_code=code,
                context__object_id=release.translation_key,
                translation_of__data="Gemeinsamer Stand",
            ).data
            == f"Stand ({code})"
        )


def other_release_po(client, press_index):
    other = factories.add_release(press_index, "Andere Meldung")
    factories.translate(other, "pl")
    return download(client, translation_of(other, "pl")).content


BAD_FILES = {
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "This is not"),
    "empty": (b"", "The submitted file is empty"),
    "plain text": (b"Sehr geehrte Damen und Herren,\nanbei die Texte.\n", "not a valid PO file"),
    "one line": (b"/etc/passwd", "This is not a PO file"),
    "no translation id": (
        b'msgid ""\nmsgstr ""\n"Language: pl\\n"\n\nmsgid "Hallo"\nmsgstr "Cze\xc5\x9b\xc4\x87"\n',
        "not exported from this site",
    ),
    "foreign id": (
        b'msgid ""\nmsgstr ""\n"X-WagtailLocalize-TranslationID: 0d6b3f6e-8c4b-4c61-9a1e-'
        b'2f3c4d5e6f70\\n"\n\nmsgid "Hallo"\nmsgstr "Ahoj"\n',
        "does not exist on this site",
    ),
    "broken zip": (b"PK\x03\x04" + b"\x00" * 40, "not"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_are_refused_and_change_nothing(admin_client, release, case):
    translation = translation_of(release, "pl")
    before = snapshot(translation)
    content, message = BAD_FILES[case]
    response = upload(admin_client, content)
    assert response.status_code == 400
    text = response.content.decode()
    assert message in text
    assert snapshot(translation) == before


def test_po_for_another_page_is_refused(admin_client, release, translated_site):
    translation = translation_of(release, "pl")
    before = snapshot(translation)
    content = other_release_po(admin_client, translated_site[1])
    response = upload(admin_client, content, translation=str(translation.pk))
    assert response.status_code == 400
    assert "This PO file is for “Andere Meldung” (pl), not “Messe in Breslau” (pl)." in errors(
        response
    )
    assert snapshot(translation) == before


def test_po_in_the_wrong_language_is_refused(admin_client, release):
    translation = translation_of(release, "pl")
    before = snapshot(translation)
    po = polib.pofile(download(admin_client, translation).content.decode())
    po.metadata["Language"] = "cs_CZ"
    for entry in po:
        entry.msgstr = "Česky"
    response = upload(admin_client, str(po).encode())
    assert response.status_code == 400
    assert "wrong language" in errors(response)
    assert snapshot(translation) == before


def test_one_bad_file_in_a_zip_stops_the_whole_upload(admin_client, release):
    polish, czech = translation_of(release, "pl"), translation_of(release, "cs")
    before = snapshot(polish), snapshot(czech)
    good = edit(download(admin_client, polish).content, {"Gemeinsamer Stand": "Nowe"})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr("pl/good.po", good)
        out.writestr("cs/bad.po", b"kaputt\nkaputt\n")
    response = upload(admin_client, buffer.getvalue(), name="batch.zip")
    assert response.status_code == 400
    assert "cs/bad.po" in errors(response)
    assert (snapshot(polish), snapshot(czech)) == before


def test_stale_upload_twice_and_edits_made_meanwhile(admin_client, release):
    """The same file uploaded twice imports once; an entry someone changed on the site after
    the download is kept unless the uploader asks to overwrite it."""
    translation = translation_of(release, "pl")
    exported = download(admin_client, translation).content
    agency = edit(exported, {"Gemeinsamer Stand": "Agencja", "Messe in Breslau": "Targi"})

    assert upload(admin_client, agency).status_code == 303
    after_first = snapshot(translation)
    response = upload(admin_client, agency)  # submitted again
    assert response.status_code == 303
    assert snapshot(translation) == after_first
    assert any("nothing changed" in str(m) for m in response.wsgi_request._messages)

    # A translator edits the title in the editor; the agency's old file comes back changed.
    title = StringTranslation.objects.get(
        locale=translation.target_locale,
        context__object_id=release.translation_key,
        translation_of__data="Messe in Breslau",
    )
    title.data = "Targi we Wrocławiu"
    title.save()
    stale = edit(exported, {"Messe in Breslau": "Targi (agencja)"})
    response = upload(admin_client, stale)
    assert response.status_code == 303
    title.refresh_from_db()
    assert title.data == "Targi we Wrocławiu"
    assert any("kept" in str(m) for m in response.wsgi_request._messages)

    response = upload(admin_client, stale, overwrite="on")
    assert response.status_code == 303
    title.refresh_from_db()
    assert title.data == "Targi (agencja)"


def test_texts_no_longer_in_the_source_are_skipped(admin_client, release):
    translation = translation_of(release, "pl")
    exported = download(admin_client, translation).content
    release.subtitle = "Neuer Untertitel"
    factories.publish(release)
    translation.source.update_from_db()
    po = polib.pofile(exported.decode())
    for entry in po:
        entry.msgstr = "x" if entry.msgid == "Gemeinsamer Stand" else entry.msgstr
    response = upload(admin_client, str(po).encode())
    assert response.status_code == 303
    assert any("no longer in the German" in str(m) for m in response.wsgi_request._messages)


def test_translators_exchange_files_of_their_language_only(client, release, django_user_model):
    polish_translator = make_user(django_user_model, "pl-translator", translator_group("pl"))
    client.force_login(polish_translator)
    polish, czech = translation_of(release, "pl"), translation_of(release, "cs")
    assert client.get(reverse(DOWNLOAD), {"translation": polish.pk}).status_code == 200
    refused = client.get(reverse(DOWNLOAD), {"translation": czech.pk})
    # Wagtail's admin answers PermissionDenied with a redirect to the dashboard and a message.
    assert refused.status_code in (302, 403)
    assert "Content-Disposition" not in refused

    admin = django_user_model.objects.create_superuser("chef", "c@x.example", "pw")
    client.force_login(admin)
    czech_po = edit(download(client, czech).content, {"Gemeinsamer Stand": "Stánek"})
    client.force_login(polish_translator)
    before = snapshot(czech)
    response = upload(client, czech_po)
    assert response.status_code == 400
    assert "You may not edit" in errors(response)
    assert snapshot(czech) == before


@pytest.mark.parametrize("query", [{"translation": "abc"}, {}, {"translation": "999999"}])
def test_bad_download_requests(admin_client, release, query):
    response = admin_client.get(reverse(DOWNLOAD), query)
    assert response.status_code in (302, 400)


def test_upload_form_and_missing_file(admin_client, release):
    assert admin_client.get(reverse(UPLOAD)).status_code == 200
    response = admin_client.post(reverse(UPLOAD), {})
    assert response.status_code == 400
    response = admin_client.post(
        reverse(UPLOAD), {"file": SimpleUploadedFile("a.po", b"x\ny\n"), "translation": "x"}
    )
    assert response.status_code == 400


def test_upload_link_of_one_cell_names_its_translation(admin_client, release):
    translation = translation_of(release, "pl")
    response = admin_client.get(reverse(UPLOAD), {"translation": translation.pk})
    field = BeautifulSoup(response.content, "html.parser").select_one("input[name=translation]")
    assert field["value"] == str(translation.pk)
