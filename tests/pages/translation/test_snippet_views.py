"""The locale rule in every snippet view: Wagtail's own views (copy, history, usage, bulk actions,
choosers, …) ask the snippet models' permission policy (pages/translation/permissions.py), and
the snippet viewsets (pages/core/admin.py) ask it for the object in every URL.

The generative test reads the snippet URL patterns from the URL resolver, so a view a Wagtail
upgrade adds is covered without anyone listing it here.
"""

import re

import pytest
from django.core import serializers
from django.urls import reverse
from wagtail.models import TranslatableMixin

from pages.models import ContactPerson, Region, Sector, Topic
from pages.translation import roles
from tests import factories
from tests.factories import make_user
from tests.helpers import url_routes

SNIPPET_MODELS = (Topic, Sector, Region, ContactPerson)


def translated(instance, code):
    return instance.get_translation(factories.locale(code))


def snapshot(*models):
    """Every row of `models`, serialised: equal snapshots mean nothing was written."""
    rows = []
    for model in models:
        rows.append(serializers.serialize("json", model.objects.order_by("pk")))
    return rows


@pytest.fixture
def snippets(translated_site):
    """A German topic, sector, region and contact person, each translated into en/pl/cs."""
    made = {
        Topic: factories.TopicFactory(name="Fachkräfte", slug="fachkraefte"),
        Sector: factories.SectorFactory(name="Maschinenbau", slug="maschinenbau"),
        Region: factories.RegionFactory(name="Sachsen", slug="sachsen"),
        ContactPerson: factories.ContactPersonFactory(),
    }
    for instance in made.values():
        factories.translate(instance)
    return made


@pytest.fixture
def german_editor(translated_site, django_user_model):
    return make_user(django_user_model, "editor", roles.EDITORS)


def copy_url(instance):
    return reverse(instance.snippet_viewset.get_url_name("copy"), args=[instance.pk])


# --- the attack of the audit --------------------------------------------------------------------


def test_german_editor_cannot_copy_over_a_czech_contact_or_a_polish_topic(
    client, snippets, german_editor
):
    czech_contact = translated(snippets[ContactPerson], "cs")
    polish_topic = translated(snippets[Topic], "pl")
    before = snapshot(ContactPerson, Topic)
    client.force_login(german_editor)

    response = client.post(
        copy_url(czech_contact),
        {
            "first_name": "Mallory",
            "last_name": "Angreifer",
            "role": "x",
            "department": "x",
            "phone": "+49 30 1",
            "email": "mallory@attacker.example",
            "languages": ["de"],
        },
    )
    assert response.status_code == 403
    response = client.post(copy_url(polish_topic), {"name": "Przejęte", "slug": "przejete"})
    assert response.status_code == 403
    assert client.get(copy_url(polish_topic)).status_code == 403

    assert snapshot(ContactPerson, Topic) == before
    polish_topic.refresh_from_db()
    assert polish_topic.slug == snippets[Topic].slug  # the synchronised slug, untouched


def test_a_copy_is_a_new_object_and_the_original_stays(client, snippets, german_editor):
    original = snippets[Topic]
    client.force_login(german_editor)
    response = client.post(copy_url(original), {"name": "Fachkräfte Kopie", "slug": "kopie"})
    assert response.status_code == 302
    original.refresh_from_db()
    assert (original.name, original.slug) == ("Fachkräfte", "fachkraefte")
    copy = Topic.objects.get(slug="kopie")
    assert copy.pk != original.pk
    assert copy.locale_id == original.locale_id
    assert copy.translation_key != original.translation_key  # not a translation of it


def test_german_editor_cannot_create_a_snippet_in_another_language(client, snippets, german_editor):
    before = snapshot(Topic)
    client.force_login(german_editor)
    add = reverse(Topic.snippet_viewset.get_url_name("add"))
    assert client.get(add + "?locale=pl").status_code == 403
    assert client.post(add + "?locale=pl", {"name": "Nowy", "slug": "nowy"}).status_code == 403
    assert snapshot(Topic) == before
    assert client.post(add, {"name": "Neu", "slug": "neu"}).status_code == 302
    assert Topic.objects.get(slug="neu").locale == factories.locale("de")


def test_bulk_delete_skips_objects_in_a_foreign_locale(client, snippets, german_editor):
    czech = translated(snippets[Topic], "cs")
    client.force_login(german_editor)
    url = reverse("wagtail_bulk_action", args=["pages", "topic", "delete"])
    client.post(f"{url}?id={czech.pk}", {})
    assert Topic.objects.filter(pk=czech.pk).exists()


def test_listing_buttons_follow_the_rule(client, snippets, german_editor):
    czech = translated(snippets[Topic], "cs")
    client.force_login(german_editor)
    listing = client.get(reverse(Topic.snippet_viewset.get_url_name("list")) + "?locale=cs")
    assert listing.status_code == 200
    assert copy_url(czech).encode() not in listing.content
    edit = reverse(Topic.snippet_viewset.get_url_name("edit"), args=[czech.pk])
    assert edit.encode() not in listing.content


# --- every snippet URL, from the resolver ---------------------------------------------------------


def snippet_patterns(model):
    """(route, name) of every URL pattern under /admin/snippets/ that belongs to `model`'s
    viewset or its chooser, read from the URL resolver."""
    meta = model._meta
    return [
        (route, entry)
        for route, entry in url_routes("admin/snippets/")
        if f"/{meta.app_label}/{meta.model_name}/" in route
    ]


def object_url(route, instance):
    """The route with the instance's pk (and a harmless value for any other argument)."""
    path = "/" + route
    path = re.sub(r"<(?:\w+:)?pk>", str(instance.pk), path)
    path = re.sub(r"\(\?P<pk>[^)]*\)", str(instance.pk), path)
    path = re.sub(r"\(\?P<revision_id_a>[^)]*\)", "earliest", path)
    path = re.sub(r"\(\?P<revision_id_b>[^)]*\)", "latest", path)
    path = re.sub(r"<int:\w+>", "1", path)
    path = re.sub(r"<(?:\w+:)?\w+>", "x", path)
    return path.replace("^", "").replace("$", "").replace("\\", "")


def form_data(instance):
    """A valid-looking POST body for `instance`'s admin form, every value changed."""
    data = {}
    for field in instance._meta.concrete_fields:
        if field.name in ("id", "locale", "translation_key"):
            continue
        data[field.name] = "Überschrieben"
    data.update(email="mallory@attacker.example", phone="+49 30 2", languages=["de"], slug="x")
    return data


@pytest.mark.parametrize("model", SNIPPET_MODELS, ids=lambda m: m._meta.model_name)
def test_no_snippet_url_serves_or_changes_an_object_outside_the_role(
    client, snippets, django_user_model, model
):
    """For every URL pattern of the model's snippet views and chooser: a Polish translator gets
    no 2xx for the German and the Czech object, and their POSTs change nothing; the German
    editor likewise for the Polish and Czech objects."""
    assert issubclass(model, TranslatableMixin)
    patterns = [route for route, _ in snippet_patterns(model) if "pk>" in route]
    assert len(patterns) >= 5, patterns  # edit, delete, usage, history, copy, chosen, …
    polish = make_user(django_user_model, "translator-pl", factories.translator_group("pl"))
    german = make_user(django_user_model, "editor-de", roles.EDITORS)
    source = snippets[model]
    cases = [
        (polish, [source, translated(source, "cs")]),
        (german, [translated(source, "pl"), translated(source, "cs")]),
    ]
    failures = []
    for user, instances in cases:
        client.force_login(user)
        for instance in instances:
            for route in patterns:
                url = object_url(route, instance)
                before = snapshot(*SNIPPET_MODELS)
                status = client.get(url).status_code
                if 200 <= status < 300:
                    failures.append(f"GET {url} as {user.username}: {status}")
                post = client.post(url, form_data(instance)).status_code
                if post >= 500:
                    failures.append(f"POST {url} as {user.username}: {post}")
                if snapshot(*SNIPPET_MODELS) != before:
                    failures.append(f"POST {url} as {user.username} changed data ({post})")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("model", SNIPPET_MODELS, ids=lambda m: m._meta.model_name)
def test_a_chooser_without_a_creation_form_has_nothing_to_create(client, german_editor, model):
    # Wagtail registers the chooser's create URL anyway; a POST to it failed with a 500.
    client.force_login(german_editor)
    url = f"/admin/snippets/choose/pages/{model._meta.model_name}/create/"
    before = model.objects.count()
    assert client.post(url, {"name": "Neu", "slug": "neu"}).status_code == 404
    assert client.get(url).status_code == 404
    assert model.objects.count() == before
