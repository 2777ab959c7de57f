"""The role matrix: every role × every admin URL pattern × the languages of its objects.

The URL patterns are read from the URL resolver (everything under /admin/ that Wagtail,
wagtail-localize and the project register), so a view added tomorrow is covered without anyone
listing it here. Each pattern's arguments are filled with real ids: pages, snippets and
wagtail-localize translations in each language, images, documents, users, groups, revisions,
workflow states. For each role:

- GET answers no 5xx, and no 2xx where the role has no business: anonymous visitors are sent to
  the login; a user in no group gets nothing but the login, logout and password pages; nobody
  but administrators opens users, groups, settings, sites, locales, workflows, collections or
  redirects; editors, reviewers and translators get no 2xx for objects in languages their role
  excludes (roles.may_edit_locale, Wagtail's page permissions per tree);
- POST (with a body that fills the usual form fields) to every URL of an object outside the
  role, and to the administrators' areas, changes nothing: the content tables are serialised
  before and after (django.core.serializers) and must be equal.

One database for the module (a module-scoped transaction rolled back at the end), one test per
role; each language counts as foreign for some role (translators rotate through them), so the
matrix stays under the CI budget.
"""

import re
from dataclasses import dataclass, field

import pytest
from django.contrib.auth.models import Group
from django.core import serializers
from django.db import transaction
from django.test import TestCase
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    Page,
    Revision,
    Site,
    Task,
    TaskState,
    Workflow,
    WorkflowState,
)
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    Translation,
    TranslationSource,
)

from pages.models import ContactPerson, GlokalImage, Region, Sector, Topic
from pages.translation import roles
from tests import factories
from tests.factories import make_user, translator_group
from tests.helpers import url_routes

SNIPPETS = {"topic": Topic, "sector": Sector, "region": Region, "contactperson": ContactPerson}
SNIPPET_FACTORIES = {
    "topic": factories.TopicFactory,
    "sector": factories.SectorFactory,
    "region": factories.RegionFactory,
    "contactperson": factories.ContactPersonFactory,
}
CODES = ("de", "en", "pl", "cs")

# Reached without logging in, or by any logged-in user whatever their groups.
PUBLIC = re.compile(r"^admin/(login|password_reset|jsi18n|sprite|localize/jsi18n|logout)")
# Only administrators (superusers) may open these. (Wagtail's task chooser, its reports and
# its page chooser are open to every admin user by Wagtail's design: see WAGTAIL_OPEN_TO_STAFF.)
ADMINS_ONLY = re.compile(
    r"^admin/(users|groups|settings|sites|locales|workflows/(?!task_chooser)|collections|"
    r"redirects|forms|newsletter_|inquiries)"
)
# Read-only views Wagtail opens to every admin user whatever the object's tree, and what they
# show: the page chooser browses the tree (titles, as Wagtail's explorer menu does; drafts of
# languages outside the user's roles are hidden, tests/pages/translation/
# test_page_chooser_visibility.py);
# "confirm workflow cancellation" answers "no confirmation needed" for a page without a
# workflow in progress, else the workflow's name and tasks; the explorer of a page between the
# user's trees shows that page's title and, of its children, only those the user may explore.
WAGTAIL_OPEN_TO_STAFF = re.compile(
    r"^admin/(choose-page/|pages/workflow/confirm_cancellation/|"
    r"pages/<int:parent_page_id>/(results/)?$)"
)
# Views that write bookkeeping of the admin session, not content: never POSTed to.
NOT_POSTED = re.compile(r"^admin/(logout|editing-sessions|dismissibles|account|login)")

# Tables a role must not change by a POST it may not make.
CONTENT_MODELS = (
    Page,
    Revision,
    Topic,
    Sector,
    Region,
    ContactPerson,
    Translation,
    TranslationSource,
    GlokalImage,
    Collection,
    Site,
    Group,
    Task,
    Workflow,
)


def admin_patterns():
    """(route, callback) of every URL pattern under admin/, from the resolver."""
    found = [route for route, _entry in url_routes("admin/")]
    # Wagtail's catch-all 404 and its deliberate error pages (failwhale raises on purpose).
    skipped = {"admin/^.*/$", "admin/failwhale/", "admin/test404/"}
    return [route for route in found if route not in skipped]


ARGUMENT = re.compile(r"<(?:(\w+):)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


@dataclass
class World:
    pages: dict  # code -> a content page in that tree (a press release)
    homes: dict  # code -> the tree's home page
    snippets: dict  # (model name, code) -> snippet
    translations: dict  # code -> Translation of the press release into code
    source: object  # its TranslationSource
    ids: dict = field(default_factory=dict)  # other arguments: one real id each
    users: dict = field(default_factory=dict)


def fill(route, world, code):
    """The URL of `route` with its arguments filled for objects in language `code`; None when
    the route takes no object in a language (then `code` is "de" only)."""
    language_bound = False
    snippet_model = next(
        (name for name in SNIPPETS if f"/pages/{name}/" in route or f"/{name}/" in route),
        None,
    )

    def value(match):
        nonlocal language_bound
        name = match.group(2) or match.group(3)
        if name in ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"):
            language_bound = True
            return str((world.homes if name == "parent_page_id" else world.pages)[code].pk)
        if name == "pk" and snippet_model and "snippets" in route:
            language_bound = True
            return str(world.snippets[(snippet_model, code)].pk)
        if name == "pk" and ("api/main/^pages" in route or route.startswith("admin/pages/^")):
            language_bound = True
            return str(world.pages[code].pk)
        if name in ("translation_id",):
            if code == "de":
                return None
            language_bound = True
            return str(world.translations[code].pk)
        if name == "pk":
            for prefix, key in (
                ("admin/users/", "user"),
                ("admin/groups/", "group"),
                ("admin/collections/", "collection"),
                ("admin/sites/", "site"),
                ("admin/locales/", "locale"),
                ("admin/api/main/^images", "image"),
                ("admin/api/main/^documents", "document"),
                ("admin/workflows/", "workflow"),
            ):
                if route.startswith(prefix):
                    return str(world.ids[key])
            return "1"
        if name in ("app_label", "app_name", "content_type_app_name"):
            return "pages"
        if name in ("model_name", "content_type_model_name"):
            return snippet_model or "standardpage"
        known = {
            "image_id": world.ids["image"],
            "document_id": world.ids["document"],
            "doc_id": world.ids["document"],
            "translation_source_id": world.source.pk,
            "string_segment_id": world.ids["string_segment"],
            "overridable_segment_id": world.ids["overridable_segment"],
            "revision_id": world.ids["revision"],
            "revision_id_a": "earliest",
            "revision_id_b": "latest",
            "task_state_id": world.ids["task_state"],
            "workflow_state_id": world.ids["workflow_state"],
            "workflow_pk": world.ids["workflow"],
            "task_id": world.ids["task"],
            "collection_id": world.ids["collection"],
            "action": "delete",
            "action_name": "approve",
            "mode": "",
            "filter_spec": "original",
            "object_id": world.pages[code].pk,
            "redirect_id": 1,
            "session_id": 1,
            "uploaded_file_id": 1,
            "uidb64": "MQ",
            "token": "x-y",
        }
        return str(known.get(name, 1))

    holes = []

    def substitute(match):
        result = value(match)
        if result is None:
            holes.append(match)
            return ""
        return result

    path = ARGUMENT.sub(substitute, route)
    if holes:
        return None, False
    path = "/" + path.replace("^", "").replace("$", "").replace("\\", "")
    return path.replace("//", "/"), language_bound


def snapshot():
    return [serializers.serialize("json", m.objects.order_by("pk")) for m in CONTENT_MODELS]


POST_BODY = {
    "title": "Übernommen",
    "slug": "uebernommen",
    "name": "Übernommen",
    "first_name": "Mallory",
    "last_name": "Angreifer",
    "email": "mallory@attacker.example",
    "username": "mallory",
    "password1": "Str0ng-Passw0rd!",
    "password2": "Str0ng-Passw0rd!",
    "is_superuser": "on",
    "hostname": "attacker.example",
    "language_code": "fr",
    "action-publish": "action-publish",
    "id": ["1", "2", "3"],
}


# --- the module's database ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Everything the matrix needs, built once and rolled back at the end of the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        home, press = factories.build_site()
        factories.translate(home)
        factories.translate(press)
        release = factories.add_release(press, title="Messe in Brünn")
        factories.translate(release, publish=False)
        roles.setup_roles()
        snippets = {}
        for name, factory in SNIPPET_FACTORIES.items():
            german = factory()
            factories.translate(german)
            for code in CODES:
                snippets[(name, code)] = german.get_translation(factories.locale(code))
        pages = {code: release.get_translation(factories.locale(code)).specific for code in CODES}
        homes = {code: home.get_translation(factories.locale(code)).specific for code in CODES}
        source = TranslationSource.objects.get(object_id=release.translation_key)
        translations = {
            t.target_locale.language_code: t for t in Translation.objects.filter(source=source)
        }
        image = factories.make_image()
        document = get_document_model().objects.create(title="Satzung", file="x.pdf")
        # A translation in review: a workflow state and a task state to point at.
        polish = pages["pl"]
        with TestCase.captureOnCommitCallbacks(execute=True):
            revision = polish.save_revision()
            state = polish.get_workflow().start(polish, user=None)
        from django.contrib.auth import get_user_model

        users = get_user_model()
        admin = users.objects.create_superuser("root", "root@glokal.example", "pw")
        world = World(
            pages=pages, homes=homes, snippets=snippets, translations=translations, source=source
        )
        world.ids.update(
            image=image.pk,
            document=document.pk,
            user=admin.pk,
            group=Group.objects.get(name=roles.EDITORS).pk,
            collection=Collection.get_first_root_node().pk,
            site=Site.objects.get().pk,
            locale=factories.locale("pl").pk,
            workflow=state.workflow_id,
            task=state.current_task_state.task_id,
            task_state=TaskState.objects.filter(workflow_state=state).first().pk,
            workflow_state=WorkflowState.objects.filter(pk=state.pk).first().pk,
            revision=revision.pk,
            string_segment=StringSegment.objects.filter(source=source).first().pk,
            overridable_segment=(
                OverridableSegment.objects.filter(source=source)
                .values_list("pk", flat=True)
                .first()
                or 1
            ),
        )
        world.users = {
            "admin": admin,
            "editor": make_user(users, "m-editor", roles.EDITORS),
            "reviewer": make_user(users, "m-reviewer", roles.REVIEWERS),
            "no-group": make_user(users, "m-nobody"),
            **{
                f"translator-{code}": make_user(users, f"m-tr-{code}", translator_group(code))
                for code in ("en", "pl", "cs")
            },
        }
        yield world
        transaction.set_rollback(True)


# --- who may do what ------------------------------------------------------------------------------

# Languages whose objects each role may work on: pages (Wagtail's per-tree permissions) and
# snippets (the locale rule).
OWN_PAGES = {
    "editor": {"de"},
    "reviewer": {"en", "pl", "cs"},
    "translator-en": {"en"},
    "translator-pl": {"pl"},
    "translator-cs": {"cs"},
}
OWN_SNIPPETS = {**OWN_PAGES, "reviewer": set()}
# The languages tried for each role: German (the source), the role's own, and foreign ones
# rotating so every language is foreign to some role.
TRIED = {
    "anonymous": ("de",),
    "no-group": ("de", "pl"),
    "admin": ("de", "cs"),
    "editor": ("de", "pl", "cs"),
    "reviewer": ("de", "en"),
    "translator-en": ("de", "en", "pl"),
    "translator-pl": ("de", "pl", "cs"),
    "translator-cs": ("de", "cs", "en"),
}


def may_open(role, route, code, language_bound):
    """Whether `role` may get a 2xx for `route` on objects in `code` (None: not decided here,
    e.g. a listing that Wagtail's permissions answer)."""
    if PUBLIC.match(route):
        return None
    if role == "anonymous":
        return False
    if role == "admin":
        return None
    if role == "no-group":
        # Wagtail's own answer for the dashboard and account; everything else is refused.
        return None if route in ("admin/", "admin/account/") else False
    if ADMINS_ONLY.match(route):
        return False
    if WAGTAIL_OPEN_TO_STAFF.match(route):
        return None
    if not language_bound:
        return None
    own = OWN_SNIPPETS[role] if "snippets" in route else OWN_PAGES[role]
    if "translation_id" in route and role == "editor":
        return None  # editors open "Changes in the German source" of every translation
    return None if code in own else False


@pytest.mark.parametrize("role", list(TRIED))
def test_role_matrix(role, world, db, client):
    client.raise_request_exception = False  # a 500 is a finding, recorded below
    user = world.users.get(role)
    if user is not None:
        client.force_login(user)
    failures = []
    posts = []
    for route in admin_patterns():
        for code in TRIED[role]:
            url, language_bound = fill(route, world, code)
            if url is None or (code != "de" and not language_bound):
                continue
            response = client.get(url)
            status = response.status_code
            allowed = may_open(role, route, code, language_bound)
            if status >= 500:
                failures.append(f"GET {url}: {status}")
            elif allowed is False and 200 <= status < 300:
                failures.append(f"GET {url}: {status}, refused to {role}")
            elif (
                role == "anonymous"
                and status == 302
                and not PUBLIC.match(route)
                and "/admin/login/" not in response["Location"]
            ):
                failures.append(f"GET {url}: redirects to {response['Location']}")
            if allowed is False and role != "admin" and not NOT_POSTED.match(route):
                posts.append(url)
    before = snapshot()
    for url in posts:
        status = client.post(url, POST_BODY).status_code
        if status >= 500:
            failures.append(f"POST {url}: {status}")
    if snapshot() != before:
        failures.append(f"{role}'s POSTs changed content: {changed_by(client, posts)}")
    assert not failures, f"{len(failures)} problems for {role}:\n" + "\n".join(failures)


def changed_by(client, urls):
    """Which of `urls` changes content (run only when something did)."""
    culprits = []
    for url in urls:
        sid = transaction.savepoint()
        before = snapshot()
        client.post(url, POST_BODY)
        if snapshot() != before:
            culprits.append(url)
        transaction.savepoint_rollback(sid)
    return culprits
