"""Routing fields: nothing a translator can edit decides where private data or mail goes.

Every translatable model (pages and snippets) is enumerated, so a new model with an address,
phone or recipient field fails here until it declares that field synchronised and not
overridable. The translation editor's override endpoint refuses such a field even when a
stale overridable segment for it is still in the database, and whatever writes a translation
(publishing an override stored before the rule, a direct edit, the shell) keeps the source
record's values.
"""

import json

import pytest
from django.db import models
from django.urls import reverse
from wagtail.models import get_translatable_models
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    Translation,
    TranslationContext,
)

from pages.core.models.contacts import ContactPerson
from pages.core.phone import validate_international_phone
from pages.translation import roles
from tests import factories
from tests.factories import make_user, translator_group

# What routes data, judged independently of the rule under test: the kind of field, the phone
# validator, or a name that says so.
ROUTING_NAME_PARTS = ("email", "mail", "phone", "fax", "recipient", "reply")


def routes_data(field):
    return (
        isinstance(field, models.EmailField)
        or validate_international_phone in getattr(field, "validators", ())
        or any(part in field.name.lower() for part in ROUTING_NAME_PARTS)
    )


def all_translatable_models():
    return sorted(
        get_translatable_models(include_subclasses=True), key=lambda model: model._meta.label
    )


def routing_fields_of_every_model():
    return [
        pytest.param(model, field.name, id=f"{model._meta.label}.{field.name}")
        for model in all_translatable_models()
        for field in model._meta.concrete_fields
        if routes_data(field)
    ]


def test_the_enumeration_finds_the_known_routing_fields():
    found = {(model._meta.label, name) for model, name in (p.values for p in ROUTING_PARAMS)}
    assert {
        ("pages.ContactPerson", "email"),
        ("pages.ContactPerson", "phone"),
        ("pages.CooperationOfferPage", "company_email"),
        ("pages.CooperationOfferPage", "company_phone"),
    } <= found


ROUTING_PARAMS = routing_fields_of_every_model()


@pytest.mark.django_db
@pytest.mark.parametrize("model, field_name", ROUTING_PARAMS)
def test_routing_field_is_synchronised_and_not_overridable(model, field_name):
    declared = {field.field_name: field for field in get_translatable_fields(model)}
    assert field_name in declared, f"{model._meta.label}.{field_name} is not synchronised"
    field = declared[field_name]
    instance = model()
    assert isinstance(field, SynchronizedField), f"{field!r} is translated"
    assert field.is_synchronized(instance)
    assert not field.is_overridable(instance), f"{model._meta.label}.{field_name} is overridable"


@pytest.mark.parametrize("model, field_name", ROUTING_PARAMS)
def test_the_projects_rule_knows_every_routing_field(model, field_name):
    from pages.core import routing_fields

    assert field_name in routing_fields.routing_field_names(model)


# --- The translation editor ---------------------------------------------------------------


@pytest.fixture
def german_contact(home):
    factories.translate(home, "pl")
    roles.setup_roles()
    return factories.ContactPersonFactory(
        email="erika.muster@glokal.example", phone="+49 30 23125 001"
    )


@pytest.fixture
def polish_translation(german_contact):
    polish = factories.translate(german_contact, "pl")["pl"]
    translation = Translation.objects.get(
        source__object_id=german_contact.translation_key, target_locale__language_code="pl"
    )
    return polish, translation


@pytest.fixture
def translator_pl(german_contact, django_user_model):
    return make_user(django_user_model, "translator-pl", translator_group("pl"))


def stale_segment(translation, field_name):
    """The overridable segment wagtail-localize extracted for `field_name` before the field
    became non-overridable (a source extracted today has none: then write the old one)."""
    segment = OverridableSegment.objects.filter(
        source=translation.source, context__path=field_name
    ).first()
    if segment is None:
        context, _ = TranslationContext.objects.get_or_create(
            object_id=translation.source.object_id, path=field_name
        )
        value = getattr(translation.source.as_instance(), field_name)
        segment = OverridableSegment.objects.create(
            source=translation.source, context=context, order=99, data_json=json.dumps(value)
        )
    return segment


def override_url(translation, segment):
    return reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])


@pytest.mark.parametrize("field_name", ["email", "phone"])
def test_override_endpoint_refuses_a_routing_field(
    client, polish_translation, translator_pl, field_name
):
    polish, translation = polish_translation
    segment = stale_segment(translation, field_name)
    client.force_login(translator_pl)
    response = client.put(
        override_url(translation, segment),
        "value=translator%40evil.example",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403
    # In the admin's language (the translator's profile has none: German, the site's).
    assert "können in einer Übersetzung nicht geändert werden" in response.json()["detail"]
    assert not SegmentOverride.objects.exists()


def test_override_endpoint_still_takes_other_overrides(client, polish_translation, translator_pl):
    polish, translation = polish_translation
    segment = stale_segment(translation, "languages")
    client.force_login(translator_pl)
    response = client.put(
        override_url(translation, segment),
        "value=%5B%22pl%22%5D",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)
    assert SegmentOverride.objects.count() == 1


def test_publishing_a_stored_override_keeps_the_source_address(
    client, german_contact, polish_translation, translator_pl
):
    """An override stored before the rule (or written behind the endpoint's back) is ignored
    when the translator publishes the snippet from the translation editor."""
    polish, translation = polish_translation
    segment = stale_segment(translation, "email")
    SegmentOverride.objects.create(
        locale=translation.target_locale,
        context=segment.context,
        data_json=json.dumps("translator@evil.example"),
    )
    client.force_login(translator_pl)
    edit_url = reverse(ContactPerson.snippet_viewset.get_url_name("edit"), args=[polish.pk])
    response = client.post(edit_url, {"action": "publish"})
    assert response.status_code in (200, 302)
    polish.refresh_from_db()
    assert polish.email == "erika.muster@glokal.example"


def test_a_translation_saved_directly_keeps_the_source_values(polish_translation):
    polish, _ = polish_translation
    polish.email = "translator@evil.example"
    polish.phone = "+48 71 000 00 00"
    polish.role = "Specjalistka"
    polish.save()
    polish.refresh_from_db()
    assert (polish.email, polish.phone) == ("erika.muster@glokal.example", "+49 30 23125 001")
    assert polish.role == "Specjalistka"  # what a translator may change stays theirs


def test_a_new_source_address_reaches_the_translations(german_contact, polish_translation):
    polish, _ = polish_translation
    german_contact.email = "neu@glokal.example"
    german_contact.save()
    polish.refresh_from_db()
    assert polish.email == "neu@glokal.example"


def test_the_migration_resets_translations_poisoned_before_the_rule(
    german_contact, polish_translation
):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("pages.migrations.0006_routing_fields_from_source")
    polish_translation, _translation = polish_translation
    # Written behind the rule's back, as the review's translator did before it existed.
    ContactPerson.objects.filter(pk=polish_translation.pk).update(
        email="translator@attacker.example", phone="+48 71 000 0000"
    )
    migration.reset_contact_translations(apps, None)
    polish_translation.refresh_from_db()
    assert polish_translation.email == german_contact.email
    assert polish_translation.phone == german_contact.phone
