"""The translators' locale rule: wagtail-localize's editor endpoints ask it once the app has
started, and the PO exchange applies it itself, in any process."""

import inspect
import json
import os
import subprocess
import sys

import pytest
from django.contrib.auth.models import Group
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

from pages.translation import permissions, roles
from tests import factories
from tests.celery_worker import BASE_DIR, database_url
from tests.factories import make_user, translator_group


@pytest.fixture
def topic(translated_site):
    topic = factories.TopicFactory(name="Fachkräfte")
    factories.translate(topic, "pl", "cs")
    return topic


def translated(instance, code):
    return instance.get_translation(factories.locale(code))


def test_after_setup_wagtail_localize_asks_our_rule():
    check = edit_translation.user_can_edit_instance
    assert check is permissions.guarded_user_can_edit_instance
    original = check.__wrapped__
    assert original.__module__ == "wagtail_localize.views.edit_translation"
    assert not getattr(original, "glokal_guarded", False), "wrapped once, not twice"


def test_install_is_idempotent(monkeypatch):
    original = edit_translation.user_can_edit_instance.__wrapped__
    monkeypatch.setattr(edit_translation, "user_can_edit_instance", original)
    permissions.install()
    permissions.install()
    assert edit_translation.user_can_edit_instance is permissions.guarded_user_can_edit_instance
    assert edit_translation.user_can_edit_instance.__wrapped__ is original


def test_translators_may_edit_their_locale_only(topic, translated_site, translator_pl, editor):
    home, _ = translated_site
    for check in (permissions.may_edit_instance, edit_translation.user_can_edit_instance):
        assert check(translator_pl, translated(topic, "pl"))
        assert not check(translator_pl, translated(topic, "cs"))
        assert not check(translator_pl, topic)
        assert check(translator_pl, translated(home, "pl").specific)
        assert not check(translator_pl, translated(home, "cs").specific)
        assert check(editor, topic)
        assert not check(editor, translated(topic, "pl"))


def test_wagtail_localizes_own_check_lacks_the_locale_rule(topic, translator_pl):
    # Why the rule is needed: for snippets wagtail-localize checks the model permission only.
    original = inspect.unwrap(edit_translation.user_can_edit_instance)
    assert original(translator_pl, translated(topic, "cs"))
    assert not permissions.may_edit_instance(translator_pl, translated(topic, "cs"))


def test_superusers_and_users_without_a_role_keep_wagtails_permissions(topic, django_user_model):
    admin = django_user_model.objects.create_superuser("boss", "boss@glokal.example", "pw")
    assert permissions.may_edit_instance(admin, translated(topic, "cs"))
    nobody = make_user(django_user_model, "nobody")
    assert not permissions.may_edit_instance(nobody, translated(topic, "cs"))


# --- a fresh process --------------------------------------------------------------------------

# Runs in a new interpreter: Django set up, then only the PO exchange of the project imported.
# django.setup() itself imports the admin modules (Wagtail looks for hooks while the apps get
# ready), so the script also puts wagtail-localize's own check back and tries again: the PO
# exchange must refuse on its own, without the replaced module attribute.
FRESH_PROCESS = """
import inspect, json, sys

import django

django.setup()

from pages.translation import po_exchange  # noqa: E402

from django.contrib.auth import get_user_model  # noqa: E402
from django.utils import translation as i18n  # noqa: E402
from wagtail_localize.models import Translation  # noqa: E402
from wagtail_localize.views import edit_translation  # noqa: E402


def refusal(username, translation_id):
    user = get_user_model().objects.get(username=username)
    translation = Translation.objects.get(pk=translation_id)
    try:
        po_exchange.plan_import("agency.po", po_exchange.export_po(translation), user)
    except po_exchange.UploadError as error:
        return str(error)
    return None


ids = json.loads(sys.argv[1])
result = {"guarded": getattr(edit_translation.user_can_edit_instance, "glokal_guarded", False)}
with i18n.override("en"):
    result["foreign"] = refusal("translator-pl", ids["cs"])
    result["own"] = refusal("translator-pl", ids["pl"])
    wagtail_localize_check = inspect.unwrap(edit_translation.user_can_edit_instance)
    edit_translation.user_can_edit_instance = wagtail_localize_check
    result["foreign, unguarded"] = refusal("translator-pl", ids["cs"])
print(json.dumps(result))
"""


def fresh_process_environment():
    env = dict(os.environ)
    for name in ("PYTEST_XDIST_WORKER", "PYTEST_CURRENT_TEST", "DJANGO_CONFIGURATION"):
        env.pop(name, None)
    # The committed test database this test process uses (SQLite file or PostgreSQL).
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings.test", "DATABASE_URL": database_url()})
    return env


def test_po_exchange_refuses_a_foreign_locale_in_a_fresh_process(shared_db, django_user_model):
    roles.setup_roles()
    make_user(django_user_model, "translator-pl", translator_group("pl"))
    topic = factories.TopicFactory(name="Fachkräfte")
    factories.translate(topic, "pl", "cs")
    ids = {
        code: Translation.objects.get(
            source__object_id=topic.translation_key, target_locale__language_code=code
        ).pk
        for code in ("pl", "cs")
    }
    assert Group.objects.filter(name=translator_group("pl")).exists()

    done = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS, json.dumps(ids)],
        cwd=BASE_DIR,
        env=fresh_process_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["guarded"], "PagesConfig.ready() installs the rule"
    assert result["own"] is None, "a Polish translator imports Polish files"
    assert result["foreign"] == "You may not edit “Fachkräfte” in this language."
    assert result["foreign, unguarded"] == result["foreign"]
