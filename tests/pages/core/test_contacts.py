"""Contact persons: phone numbers, vCards, translations."""

import pytest
import vobject
from django.core.exceptions import ValidationError

from pages.core.phone import to_e164
from tests import factories


@pytest.mark.parametrize(
    "typed, e164",
    [
        ("+49 30 23125 012", "+493023125012"),
        ("+49-351-2138-130", "+493512138130"),
        ("0049 (30) 23125/012", "+493023125012"),
        ("+420 123 456 789", "+420123456789"),
    ],
)
def test_phone_numbers_become_e164(typed, e164):
    assert to_e164(typed) == e164


@pytest.mark.parametrize(
    "typed", ["030 23125 012", "+49", "+49 30 abc", "+0 30 23125", "+49 1234567890123456"]
)
def test_national_or_malformed_numbers_are_rejected(db, typed):
    person = factories.ContactPersonFactory.build(phone=typed)
    with pytest.raises(ValidationError) as error:
        person.full_clean()
    assert "phone" in error.value.message_dict


def test_vcard_parses_with_vobject(client, db):
    photo = factories.make_image("Portrait")
    person = factories.ContactPersonFactory(
        first_name="Zdeňka",
        last_name="Nováková",
        role="Projektleiterin; Interreg",
        department="Grenzregion, Tschechien",
        phone="+49 30 23125 014",
        email="novakova@glokal.example",
        languages=["de", "cs"],
        photo=photo,
    )
    response = client.get(person.get_vcard_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert 'filename="zdenka-novakova.vcf"' in response["Content-Disposition"]
    card = vobject.readOne(response.content.decode())
    assert card.fn.value == "Zdeňka Nováková"
    assert card.n.value.family == "Nováková"
    assert card.title.value == "Projektleiterin; Interreg"
    assert card.org.value == ["Glokal", "Grenzregion, Tschechien"]
    assert card.tel.value == "+493023125014"
    assert card.email.value == "novakova@glokal.example"
    assert [lang.value for lang in card.contents["lang"]] == ["de", "cs"]
    assert card.photo.value.startswith("http://testserver/")


def test_vcard_of_unknown_contact_is_404(client, db):
    assert client.get("/de/contacts/999999.vcf").status_code == 404


def test_translation_keeps_name_and_phone_and_translates_role(db):
    person = factories.ContactPersonFactory(role="Referentin", department="Messen")
    translated = factories.translate(person, "pl")["pl"]
    assert (translated.first_name, translated.last_name, translated.phone) == (
        person.first_name,
        person.last_name,
        person.phone,
    )
    assert translated.role == "[pl] Referentin"
    assert translated.department == "[pl] Messen"
    assert translated.locale.language_code == "pl"
