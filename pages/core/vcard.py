"""vCard 3.0 for a contact person, built with vobject so escaping and line folding are right."""

import vobject


def contact_vcard(person, organisation: str, photo_url: str = "") -> str:
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family=person.last_name, given=person.first_name)
    card.add("fn").value = person.full_name
    card.add("org").value = [organisation] + ([person.department] if person.department else [])
    if person.role:
        card.add("title").value = person.role
    if person.phone_e164:
        tel = card.add("tel")
        tel.value = person.phone_e164
        tel.type_param = "WORK"
    if person.email:
        email = card.add("email")
        email.value = person.email
        email.type_param = "INTERNET"
    if person.languages:
        for code in person.languages:
            card.add("lang").value = code
    if photo_url:
        photo = card.add("photo")
        photo.value = photo_url
        photo.value_param = "URI"
    card.add("uid").value = f"urn:uuid:{person.translation_key}"
    return card.serialize()
