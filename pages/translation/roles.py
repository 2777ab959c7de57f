"""The editorial roles: who may write German content, who translates which language, who
approves translations before they go live.

Groups (created and kept in shape by `setup_roles()`, run by `manage.py setup_roles`, by
`load_demo` and after every `migrate`):

- **Editors** write and publish the German source: page permissions on the German site root,
  the snippets (topics, sectors, regions, contact persons) in German, and wagtail-localize's
  "submit for translation" (which includes our "Translate into all languages").
- **Translators (<language>)**, one group per target locale: "change" on that locale's tree
  only, and the snippets of that locale. No publish permission: they submit a translation to
  the "Translation review" workflow. A user may belong to several translator groups.
- **Reviewers** approve or reject in the "Translation review" workflow, which is assigned to
  the roots of the en/pl/cs trees; approving publishes the submitted revision. Wagtail
  publishes it as the approving user, so reviewers hold publish permission on those trees.

Wagtail's page permissions are per tree, so they already keep a Polish translator out of the
Czech and German trees. Snippet permissions are per model, not per locale; `may_edit_locale`
is the locale rule enforced where Wagtail has none: every snippet view, through the snippet
models' permission policy, and wagtail-localize's translation editor endpoints (both in
pages/translation/permissions.py).

Which locales are the source and the targets, and the naming of the translator groups, come
from pages/core/locales.py.

`setup_roles()` is authoritative for these groups: page and collection permissions that are
not part of the definition are removed (Wagtail's own default "Editors" group starts with
rights on the whole tree, every language included).
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from pages.core.locales import (
    source_locale,
    target_locales,
    translator_group_name,
    translator_locales,
)

EDITORS = "Editors"
REVIEWERS = "Reviewers"
WORKFLOW_NAME = "Translation review"
TASK_NAME = "Review translation"

# Snippets whose translations translators edit; model labels, "app_label.model_name".
TRANSLATABLE_SNIPPETS = ("pages.topic", "pages.sector", "pages.region", "pages.contactperson")

EDITOR_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
TRANSLATOR_PAGE_PERMISSIONS = ("change",)
# Approving the last task publishes the revision as the approving user, which Wagtail allows
# only with publish permission; reviewers also open the translation, its preview and history.
REVIEWER_PAGE_PERMISSIONS = ("change", "publish")

EDITOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
# The translation editor lets a translator swap an image or document for a localised one.
TRANSLATOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
)

DEMO_USERS = {
    "editor": (EDITORS,),
    "reviewer": (REVIEWERS,),
}


def locale_roots(locale):
    """The pages at the top of `locale`'s trees: the translations of every site's root page.

    Empty when the locale has no tree yet (a fresh database before the first translation of
    the home page); `setup_roles()` runs again once it exists.
    """
    roots = []
    for site in Site.objects.select_related("root_page"):
        root = site.root_page
        if root.locale_id == locale.pk:
            roots.append(root)
        else:
            translated = root.get_translation_or_none(locale)
            if translated is not None:
                roots.append(translated)
    return roots


# --- who may edit what ------------------------------------------------------------------------


def role_locale_ids(user):
    """Ids of the locales `user`'s role groups may edit, or None if no role applies.

    None means "not restricted by the roles": superusers, and users in none of our groups
    (administrators, Wagtail's moderators), for whom Wagtail's own permissions decide.
    Cached on the user object for the rest of the request.
    """
    if not user.is_authenticated:
        return set()
    if user.is_superuser:
        return None
    cached = getattr(user, "_glokal_role_locale_ids", False)
    if cached is not False:
        return cached
    names = set(user.groups.values_list("name", flat=True))
    ids = {locale.pk for locale in translator_locales(user)}
    if EDITORS in names:
        ids.add(source_locale().pk)
    result = ids if (ids or REVIEWERS in names) else None
    user._glokal_role_locale_ids = result
    return result


def may_edit_locale(user, locale_id):
    """Whether the roles let `user` change content (or its translation) in this locale."""
    allowed = role_locale_ids(user)
    return allowed is None or locale_id in allowed


# --- setting the groups up --------------------------------------------------------------------


@dataclass
class RolesReport:
    groups: list = field(default_factory=list)
    page_permissions: int = 0
    workflow_roots: list = field(default_factory=list)
    missing_roots: list = field(default_factory=list)

    def lines(self):
        yield f"Groups: {', '.join(self.groups)}"
        yield f"Page permissions: {self.page_permissions}"
        roots = ", ".join(self.workflow_roots) or "(no translated tree yet)"
        yield f"'{WORKFLOW_NAME}' on: {roots}"
        for name in self.missing_roots:
            yield f"No tree yet for {name}: run setup_roles again once it is translated"


def _permissions(*labels):
    """Permission objects for ("app_label", "codename") pairs, in one query."""
    wanted = set(labels)
    found = Permission.objects.filter(
        content_type__app_label__in={app for app, _ in wanted},
        codename__in={code for _, code in wanted},
    ).select_related("content_type")
    return [p for p in found if (p.content_type.app_label, p.codename) in wanted]


def _snippet_permissions(actions):
    labels = []
    for label in TRANSLATABLE_SNIPPETS:
        app_label, model_name = label.split(".")
        labels += [(app_label, f"{action}_{model_name}") for action in actions]
    return labels


def _page_permissions(actions):
    page_type = ContentType.objects.get_for_model(Page)
    return list(
        Permission.objects.filter(
            content_type=page_type, codename__in=[f"{action}_page" for action in actions]
        )
    )


def _set_page_permissions(group, pages, actions):
    """Exactly `actions` on exactly `pages` for `group`; returns how many rules it has."""
    permissions = _page_permissions(actions)
    wanted = {(page.pk, permission.pk) for page in pages for permission in permissions}
    existing = set(
        GroupPagePermission.objects.filter(group=group).values_list("page", "permission")
    )
    stale = existing - wanted
    if stale:
        for page_id, permission_id in stale:
            GroupPagePermission.objects.filter(
                group=group, page_id=page_id, permission_id=permission_id
            ).delete()
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=group, page_id=page_id, permission_id=permission_id)
            for page_id, permission_id in sorted(wanted - existing)
        ]
    )
    return len(wanted)


def _set_collection_permissions(group, labels):
    root = Collection.get_first_root_node()
    if root is None:
        return
    permissions = _permissions(*labels)
    wanted = {(root.pk, p.pk) for p in permissions}
    current = GroupCollectionPermission.objects.filter(group=group)
    current.exclude(collection=root, permission__in=permissions).delete()
    existing = set(current.values_list("collection", "permission"))
    GroupCollectionPermission.objects.bulk_create(
        [
            GroupCollectionPermission(group=group, collection_id=c, permission_id=p)
            for c, p in sorted(wanted - existing)
        ]
    )


def _group(name, model_permissions):
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.set(model_permissions)
    return group


@transaction.atomic
def setup_roles():
    """Create or update the role groups, their permissions and the review workflow.

    Idempotent: running it again changes nothing unless the trees or locales changed.
    """
    report = RolesReport()
    default = source_locale()
    targets = target_locales()

    editors = _group(
        EDITORS,
        _permissions(
            ("wagtailadmin", "access_admin"),
            ("wagtail_localize", "submit_translation"),
            *_snippet_permissions(("add", "change", "delete")),
        ),
    )
    _set_collection_permissions(editors, EDITOR_COLLECTION_PERMISSIONS)
    report.page_permissions += _set_page_permissions(
        editors, locale_roots(default), EDITOR_PAGE_PERMISSIONS
    )
    report.groups.append(EDITORS)

    reviewers = _group(REVIEWERS, _permissions(("wagtailadmin", "access_admin")))
    _set_collection_permissions(reviewers, TRANSLATOR_COLLECTION_PERMISSIONS)
    report.groups.append(REVIEWERS)

    all_target_roots = []
    for locale in targets:
        name = translator_group_name(locale)
        translators = _group(
            name,
            _permissions(("wagtailadmin", "access_admin"), *_snippet_permissions(("change",))),
        )
        _set_collection_permissions(translators, TRANSLATOR_COLLECTION_PERMISSIONS)
        roots = locale_roots(locale)
        if not roots:
            report.missing_roots.append(name)
        report.page_permissions += _set_page_permissions(
            translators, roots, TRANSLATOR_PAGE_PERMISSIONS
        )
        all_target_roots += roots
        report.groups.append(name)

    report.page_permissions += _set_page_permissions(
        reviewers, all_target_roots, REVIEWER_PAGE_PERMISSIONS
    )

    workflow = _review_workflow(reviewers)
    for root in all_target_roots:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
        report.workflow_roots.append(f"{root.title} ({root.locale.language_code})")
    return report


def _review_workflow(reviewers):
    """The one-step "Translation review" workflow: a reviewer approves, which publishes."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([reviewers])
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        # Not workflow.workflow_tasks.create(): modelcluster's manager would keep it in memory.
        WorkflowTask.objects.create(
            workflow=workflow,
            task=task,
            sort_order=WorkflowTask.objects.filter(workflow=workflow).count(),
        )
    return workflow


def demo_users():
    """{username: group names} of the demo accounts `load_demo` creates and prints."""
    users = dict(DEMO_USERS)
    for locale in target_locales():
        users[f"translator-{locale.language_code}"] = (translator_group_name(locale),)
    return users


@transaction.atomic
def ensure_demo_users(password):
    """Create (or reset the password and groups of) the demo role accounts."""
    from django.contrib.auth import get_user_model

    users = get_user_model()
    created = []
    for username, group_names in demo_users().items():
        user, _ = users.objects.get_or_create(
            username=username, defaults={"email": f"{username}@glokal.example"}
        )
        user.set_password(password)
        user.is_active = True
        user.save()
        user.groups.set(Group.objects.filter(name__in=group_names))
        created.append((username, group_names))
    return created


def setup_roles_after_migrate(sender=None, using="default", **kwargs):
    """post_migrate receiver (connect it without a sender): groups exist as soon as the
    schema does.

    Django sends post_migrate once per app; this acts on the last app's, after every app has
    created its permissions. Page permissions for trees that do not exist yet follow when
    setup_roles runs again (load_demo does).
    """
    from django.apps import apps
    from django.db import connections

    if sender is not None and sender.label != list(apps.get_app_configs())[-1].label:
        return

    tables = connections[using].introspection.table_names()
    needed = {"wagtailcore_workflowpage", "wagtail_localize_translation", "auth_group"}
    if not needed.issubset(tables) or not Locale.objects.using(using).exists():
        return
    setup_roles()
