"""Every public URL pattern, with real URLs for it from the demo content.

`public_patterns()` walks Django's URL resolver (everything but /admin/ and /django-admin/,
which the role matrix covers), so a pattern added anywhere is fuzzed without anyone
remembering to add it: `targets()` builds URLs for a pattern from the names of its arguments
(`ARGUMENTS`, real ids and tokens of the demo plus huge, unknown and garbled ones) and only
needs to be told about patterns whose URLs cannot be built that way (Wagtail's page tree and
its regex patterns). `tests/fuzz/test_public_inputs.py::test_every_public_pattern_is_a_target`
fails for a pattern that gets no URL.

Wagtail's page-serving pattern becomes one target per page type and sub-route (the press
room, its RSS feed, the calendar's iCalendar feed, an offer's inquiry form, …), so each gets
its own budget of examples.
"""

import dataclasses
import itertools

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

LANGUAGES = [code for code, _name in settings.LANGUAGES]
EXCLUDED_PREFIXES = ("admin/", "django-admin/")
HUGE_IDS = ["99999999999999999999", str(2**63), str(2**31), "0"]
GARBLED_TOKENS = [
    "x",
    "0",
    "99999999999999999999",
    "a:b:c",
    "%00",
    "%C0%AF",
    "%FF",
    "W1szLCJhYmMiXV0:1t:abc",  # signing's shape, wrong signature
    "eyJhIjoxfQ:" + "A" * 27,
    "-" * 300,
]

# Query parameters every target may get, besides its own.
COMMON_PARAMETERS = ("format", "page", "lang", "next", "preview", "utm_source", "_")


@dataclasses.dataclass
class Target:
    """One URL pattern (or one page type and sub-route of Wagtail's serve pattern)."""

    key: str  # the pattern's name, or "serve:<page model>:<sub-route>"
    urls: list
    parameters: tuple = ()  # the query parameters it knows
    form: bool = False  # takes POST bodies from the public
    writes: frozenset = frozenset()  # app labels / model labels a valid POST may change

    def __repr__(self):  # shown in test ids and failures
        return self.key


def public_patterns():
    """[(key, route, URLPattern)] of every URL pattern outside the admin."""
    found = []

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                route = prefix + str(pattern.pattern)
                if route.startswith(EXCLUDED_PREFIXES):
                    continue
                name = pattern.name or route
                key = f"{namespace}:{name}" if namespace and pattern.name else name
                found.append((key, route, pattern))

    with translation.override(settings.LANGUAGE_CODE):
        walk(get_resolver().url_patterns, "", "")
    return found


# --- Argument values by argument name ------------------------------------------------------


def ids(queryset):
    return [str(pk) for pk in queryset.order_by("pk").values_list("pk", flat=True)[:6]]


def _api_model(pattern):
    view = getattr(pattern.callback, "cls", None)
    return getattr(view, "model", None)


def argument_values(name, pattern, demo):
    """Values for the URL argument `name` of `pattern`: real ones first, then bad ones."""
    if name == "pk" and pattern.name == "contact-vcard":
        return ids(demo["contacts"]) + HUGE_IDS
    if name == "pk":
        model = _api_model(pattern)
        if model is Page or (model is not None and issubclass(model, Page)):
            return ids(Page.objects.filter(depth__gt=1)) + [str(demo["draft"].pk)] + HUGE_IDS
        if model is not None and hasattr(model, "objects"):
            return ids(model.objects.all()) + HUGE_IDS
    if name in {"token", "signed_token"}:
        return demo["tokens"] + GARBLED_TOKENS
    if name == "page_view_restriction_id":
        return [str(r.pk) for r in demo["page_restrictions"]] + HUGE_IDS
    if name == "page_id":
        return [str(demo["restricted"].pk)] + HUGE_IDS
    if name == "restriction_id":
        return [str(demo["collection_restriction"].pk)] + HUGE_IDS
    converter = getattr(pattern.pattern, "converters", {}).get(name)
    if converter is not None and converter.regex == "[0-9]+":
        return ["1"] + HUGE_IDS
    return ["x"] + GARBLED_TOKENS


def _route_arguments(pattern):
    return list(getattr(pattern.pattern, "converters", {}))


def _reverse_all(key, route, pattern, demo):
    """URLs of a named path() pattern: one per combination of argument values (the longest
    argument list decides how many; the others repeat), in every language it is under."""
    names = _route_arguments(pattern)
    value_lists = [argument_values(name, pattern, demo) for name in names]
    rounds = max((len(values) for values in value_lists), default=1)
    languages = LANGUAGES if route.startswith(f"{settings.LANGUAGE_CODE}/") else [None]
    urls = []
    for language, index in itertools.product(languages, range(rounds)):
        kwargs = {
            name: values[index % len(values)]
            for name, values in zip(names, value_lists, strict=True)
        }
        with translation.override(language or settings.LANGUAGE_CODE):
            url = reverse(key, kwargs=kwargs)
        urls.append(url)
    # Garbled values reverse as percent-escapes ("%2500"): send the raw escape as well.
    return sorted(set(urls)) + [url.replace("%25", "%") for url in urls if "%25" in url]


# --- Patterns whose URLs are not built from argument names --------------------------------


def page_targets(demo):
    """Wagtail's serve pattern: one target per page type and sub-route, with every page of
    the type in every language (and a draft and restricted pages, which must not leak)."""
    groups = {key: [] for key in page_keys()}
    for page in demo["pages"]:
        model = type(page).__name__
        groups.setdefault(f"serve:{model}", []).append(page.url)
        if isinstance(page, RoutablePageMixin):
            for sub in page.get_subpage_urls():
                if sub.name and not _route_arguments(sub):
                    subpath = page.reverse_subpage(sub.name)
                    groups.setdefault(f"serve:{model}:{sub.name}", []).append(page.url + subpath)
    groups["serve:restricted"] = [page.url for page in demo["restricted_pages"]]
    groups["serve:missing"] = [
        f"/{code}/{path}"
        for code in LANGUAGES
        for path in ("gibt-es-nicht/", "presse/gibt-es-nicht/", f"{demo['draft'].slug}/", "a/" * 40)
    ] + [demo["draft"].url or "/de/entwurf/"]
    targets = []
    for key, urls in sorted(groups.items()):
        form = key.endswith((":submit", ":inquiry"))
        targets.append(
            Target(
                key,
                urls,
                parameters=demo["listing_parameters"],
                form=form,
                writes=frozenset(SUBMISSION_WRITES)
                if key.endswith(":submit")
                else frozenset(INQUIRY_WRITES)
                if key.endswith(":inquiry")
                else frozenset(),
            )
        )
    return targets


def document_urls(demo):
    urls = []
    for document in demo["documents"]:
        urls.append(document.url)
        urls.append(f"/documents/{document.pk}/wrong-name.pdf")
    urls += [f"/documents/{pk}/x.pdf" for pk in HUGE_IDS] + [
        "/documents/1/%00",
        "/documents/1/%C0%AF",
    ]
    return urls


# A company's offer: a draft page in moderation (page, revision, workflow state, log entry,
# search and reference index) and the moderators' notification settings Wagtail creates.
SUBMISSION_WRITES = {
    "wagtailcore",
    "pages",
    "wagtailsearch",
    "modelsearch",
    "taggit",
    "wagtailusers",
}
# An inquiry, and Wagtail's index of the objects it refers to (its offer).
INQUIRY_WRITES = {"pages.inquiry", "wagtailcore.referenceindex"}

# Which keys are forms, what a valid POST may write, and which query parameters a pattern
# knows. Keys not listed here get no form and the common parameters only.
FORMS = {
    "newsletter:signup": {"newsletter"},
    "newsletter:confirm": {"newsletter"},
    "newsletter:preferences": {"newsletter"},
    "newsletter:unsubscribe": {"newsletter"},
    "newsletter:revoke_links": {"newsletter"},
    "newsletter:data_rights": {"newsletter"},
    "newsletter:erase": {"newsletter"},
    "inquiry-confirm": INQUIRY_WRITES,
    "set_language": set(),
    "wagtailcore_authenticate_with_password": {"sessions"},
    "wagtaildocs_authenticate_with_password": {"sessions"},
    # A failed sign-in is recorded (django-axes); a good one starts a session.
    "wagtailcore_login": {"sessions", "auth.user", "axes"},
}


def targets(demo):
    """Every public pattern as one or more targets."""
    found = []
    for key, route, pattern in public_patterns():
        if key == "wagtail_serve" and _is_project_serve(pattern):
            continue  # replaced by the per-page-type targets below
        if key == "wagtail_serve":  # Wagtail's own serve pattern, behind ours
            urls = [f"/{code}/_util/" for code in LANGUAGES] + ["/de/_util/x/", "/de/_util/%C0%AF/"]
            key = "wagtail_serve:wagtail"
        elif key == "wagtaildocs_serve":
            urls = document_urls(demo)
        elif key.startswith("anymail:"):
            urls = [reverse(key)]
        else:
            urls = _reverse_all(key, route, pattern, demo)
        parameters = demo["api_parameters"] if key.startswith("wagtailapi:") else ()
        writes = FORMS.get(key)
        if key.startswith("anymail:"):
            writes = {"newsletter"}
        found.append(
            Target(
                key,
                urls,
                parameters=tuple(parameters) + COMMON_PARAMETERS,
                form=writes is not None,
                writes=frozenset(writes or ()),
            )
        )
    found += page_targets(demo)
    found += unmounted_anymail_targets()
    return found


def unmounted_anymail_targets():
    """anymail's webhooks that the project does not route (inbound mail, Mandrill's combined
    view): their paths must answer 404, not reach anymail's views."""
    from anymail import urls as anymail_urls

    mounted = {key for key, _route, _pattern in public_patterns()}
    found = []
    for pattern in anymail_urls.urlpatterns:
        key = f"anymail:{pattern.name}"
        if key not in mounted:
            found.append(Target(f"unrouted-{key}", ["/anymail/" + str(pattern.pattern)], form=True))
    return found


def _is_project_serve(pattern):
    return pattern.callback.__module__ == "pages.core.routing"


def page_keys():
    """The serve targets' keys, from the page models and their sub-routes (no database)."""
    keys = {"serve:restricted", "serve:missing"}
    for model in get_page_models():
        if model is Page:
            continue
        keys.add(f"serve:{model.__name__}")
        if issubclass(model, RoutablePageMixin):
            for sub in model.get_subpage_urls():
                if sub.name and not _route_arguments(sub):
                    keys.add(f"serve:{model.__name__}:{sub.name}")
    return keys


def target_keys():
    """Every target's key, known before the demo is loaded (for pytest's parametrisation)."""
    keys = set(page_keys())
    for key, _route, pattern in public_patterns():
        if key == "wagtail_serve":
            if not _is_project_serve(pattern):
                keys.add("wagtail_serve:wagtail")
            continue
        keys.add(key)
    from anymail import urls as anymail_urls

    mounted = {key for key, _route, _pattern in public_patterns()}
    keys |= {
        f"unrouted-anymail:{p.name}"
        for p in anymail_urls.urlpatterns
        if f"anymail:{p.name}" not in mounted
    }
    return sorted(keys)
