"""The audit's attack: a Polish translator puts `javascript:` into a link of a press release.

Through wagtail-localize's own paths: the translation editor's override endpoint (a related
link's URL, a rich text link's href), publishing a translation whose override was stored
behind the endpoint's back, and a PO upload. Each is refused, and nothing unsafe reaches the
Polish page or the API.
"""

import json

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation

from tests import factories
from tests.factories import make_user, translator_group

ATTACK = "javascript:alert(document.domain)"


@pytest.fixture
def release(translated_site):
    _home, press = translated_site
    release = factories.add_release(
        press,
        "Messe in Breslau",
        body=[("paragraph", '<p>Mehr beim <a href="https://messe.example/">Veranstalter</a>.</p>')],
        related_links=[
            ("link", {"title": "Programm", "page": None, "url": "https://messe.example/p"})
        ],
    )
    factories.translate(release, "pl")
    return release


@pytest.fixture
def translation(release):
    return Translation.objects.get(
        source__object_id=release.translation_key, target_locale__language_code="pl"
    )


@pytest.fixture
def polish(release):
    return release.get_translation(factories.locale("pl")).specific


@pytest.fixture
def translator_pl(translated_site, django_user_model):
    return make_user(django_user_model, "translator-pl", translator_group("pl"))


def link_segment(translation):
    return OverridableSegment.objects.get(
        source=translation.source,
        context__path__startswith="related_links.",
        context__path__endswith=".url",
    )


def href_segment(translation):
    return OverridableSegment.objects.get(
        source=translation.source, context__path__contains="'https://messe.example/'"
    )


def put_override(client, translation, segment, value):
    return client.put(
        reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
        f"value={value}",
        content_type="application/x-www-form-urlencoded",
    )


def public_text(client, page):
    html = client.get(page.url).content.decode()
    api = client.get(f"/api/v2/pages/{page.pk}/").content.decode()
    return html + api


@pytest.mark.parametrize("segment_of", [link_segment, href_segment], ids=["link", "href"])
@pytest.mark.parametrize(
    "value", [ATTACK, "JaVaScRiPt%3Aalert(1)", "%09javascript%3Aalert(1)", "data%3Atext/html,x"]
)
def test_the_override_endpoint_refuses_an_unsafe_address(
    client, translation, translator_pl, segment_of, value
):
    client.force_login(translator_pl)
    response = put_override(client, translation, segment_of(translation), value)
    assert response.status_code == 400
    assert response.json()["code"] == "unsafe_url"
    assert "http://" in response.json()["detail"]  # says what is allowed, in the user's language
    assert not SegmentOverride.objects.exists()


@pytest.mark.parametrize("segment_of", [link_segment, href_segment], ids=["link", "href"])
def test_the_override_endpoint_takes_a_safe_address(client, translation, translator_pl, segment_of):
    client.force_login(translator_pl)
    response = put_override(
        client, translation, segment_of(translation), "https://messe.example/pl"
    )
    assert response.status_code in (200, 201)
    assert json.loads(SegmentOverride.objects.get().data_json) == "https://messe.example/pl"


def test_the_override_endpoint_still_refuses_other_languages_first(
    client, release, django_user_model
):
    czech_translator = make_user(django_user_model, "translator-cs", translator_group("cs"))
    translation = Translation.objects.get(
        source__object_id=release.translation_key, target_locale__language_code="pl"
    )
    client.force_login(czech_translator)
    response = put_override(client, translation, link_segment(translation), ATTACK)
    assert response.status_code == 403
    assert not SegmentOverride.objects.exists()


def test_a_stored_unsafe_override_is_never_published(
    client, translation, polish, django_user_model
):
    """Written behind the endpoint's back (or before the guard): publishing the translation
    from the translation editor, after review, reports an error and changes nothing."""
    for segment in (link_segment(translation), href_segment(translation)):
        SegmentOverride.objects.create(
            locale=translation.target_locale, context=segment.context, data_json=json.dumps(ATTACK)
        )
    client.force_login(factories.admin_user(django_user_model))
    edit_url = reverse("wagtailadmin_pages:edit", args=[polish.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(edit_url, {"action": "publish"}, follow=True)
    assert response.status_code == 200
    assert any("validation errors" in str(m) for m in response.context["messages"])
    polish.refresh_from_db()
    assert ATTACK not in json.dumps(list(polish.related_links.raw_data))
    assert ATTACK not in json.dumps(list(polish.body.raw_data))
    assert ATTACK not in public_text(client, polish)


def test_a_po_upload_cannot_bring_in_a_link(client, translation, polish, django_user_model):
    """PO files carry strings only; a link's address is an override, and a string may not
    hold attributes (wagtail-localize marks it as an error and leaves it out)."""
    client.force_login(factories.admin_user(django_user_model))
    download = client.get(
        reverse("glokal_translation_board:po_download"), {"translation": translation.pk}
    )
    po = polib.pofile(download.content.decode())
    for entry in po:
        if "<a" in entry.msgid:
            entry.msgstr = f'Więcej u <a id="a1" href="{ATTACK}">organizatora</a>.'
    upload = SimpleUploadedFile("pl.po", str(po).encode(), content_type="application/octet-stream")
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(reverse("glokal_translation_board:po_upload"), {"file": upload})
    assert response.status_code in (200, 303)
    polish.refresh_from_db()
    draft = polish.get_latest_revision_as_object()
    assert ATTACK not in json.dumps(list(draft.body.raw_data))
    translation.save_target(publish=True)
    assert ATTACK not in public_text(client, polish)
