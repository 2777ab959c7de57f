"""Property-based fuzzing of every public URL and form: whatever a client sends, the answer
is below 500 and no stored data changes, except the rows a valid form submission exists to
create.

- GET and HEAD of every target (tests/fuzz/targets.py: every URL pattern outside the admin,
  with real URLs from the demo) with generated query strings and headers
  (tests/fuzz/strategies.py): nothing may change.
- POST of every public form, found where the site renders it (the page's own <form>, with a
  stamp old enough to pass the form's time check): the form's fields with good values, some
  replaced by junk, dropped or repeated, plus junk fields; url-encoded or multipart with odd
  files. Only the tables the target may write to may change (`Target.writes`).
- POST of every ESP webhook anymail ships, with and without credentials configured.
- POST of every other public URL: nothing may change.

Each example runs in a savepoint that is rolled back, with the cache cleared (rate limits),
so examples do not depend on each other. The demo is loaded once for the module
(conftest.py). Budgets: tests/fuzz/profiles.py.
"""

import base64
import datetime
import json
import time
from pathlib import Path
from unittest import mock
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings
from django.urls import Resolver404, resolve
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from . import strategies, targets
from .client import REQUESTS, CountingClient
from .profiles import fuzz_settings
from .state import Snapshot

pytestmark = pytest.mark.django_db

KEYS = targets.target_keys()
SAFE_METHODS = ("GET", "HEAD")
PAYLOADS = Path(__file__).parent.parent / "newsletter" / "payloads"
WEBHOOK_SECRET = "fuzz:webhook-secret"
CONFIGURED_ANYMAIL = {
    "WEBHOOK_SECRET": WEBHOOK_SECRET,
    "MAILGUN_WEBHOOK_SIGNING_KEY": "fuzz-signing-key",
    "POSTAL_WEBHOOK_KEY": "fuzz-key",
    "RESEND_SIGNING_SECRET": "whsec_" + base64.b64encode(b"fuzz-secret-fuzz").decode(),
    "MAILERSEND_SIGNING_SECRET": "fuzz-secret",
    "MAILTRAP_WEBHOOK_SIGNING_SECRET": "fuzz-secret",
    "UNISENDER_GO_API_KEY": "fuzz-key",
    "SPARKPOST_WEBHOOK_SECRET": WEBHOOK_SECRET,
}


@pytest.fixture(scope="module")
def snapshot(demo):
    return Snapshot()


def target_of(demo, key):
    found = [target for target in demo["targets"] if target.key == key]
    assert found, f"no target {key!r}"
    return found[0]


# Image renditions are Wagtail's cache of resized images, made on first use by any request.
DERIVED = {"pages.glokalrendition", "wagtailimages.rendition"}


def allowed(label, writes):
    app = label.split(".")[0]
    return app in writes or label.lower() in writes or label.lower() in DERIVED


def send(snapshot, method, path, *, writes=frozenset(), body=b"", content_type=None, headers=None):
    """One request in a savepoint that is rolled back; fails on a 500 or on a change of any
    table outside `writes` (GET and HEAD: of any table, and no mail either)."""
    cache.clear()  # rate limits and cached choices: every example starts the same
    client = CountingClient()
    mails = len(mail.outbox)
    with transaction.atomic():
        before = snapshot.take()
        response = client.generic(
            method,
            path,
            data=body,
            content_type=content_type or "application/octet-stream",
            headers=headers or {},
        )
        changed = snapshot.changes(before, snapshot.take())
        transaction.set_rollback(True)
    assert response.status_code < 500, (method, path, response.status_code)
    if method in SAFE_METHODS:
        writes = frozenset()
        assert len(mail.outbox) == mails, (method, path, "sent mail")
    unexpected = {label: diff for label, diff in changed.items() if not allowed(label, writes)}
    assert not unexpected, (method, path, response.status_code, unexpected)
    return response


def with_query(url, query):
    if not query:
        return url
    return f"{url}{'&' if '?' in url else '?'}{query}"


def real_values(demo):
    """Values that get past the first checks: slugs, years, dates, codes, type names."""
    from pages.core.models.taxonomy import Region, Sector, Topic

    found = {"de", "en", "pl", "cs", "DE", "PL", "CZ", "online", "json", "api", "random"}
    found |= {"press.PressReleasePage", "pages.EventPage", "pages.CooperationOfferPage"}
    found |= {"pages.SuccessStoryPage", "wagtailcore.Page", "title", "-title", "dates", "*"}
    found |= {"2024", "2025", "2026", "2026-11", "2026-11-21", "1", "2", "10", "and", "or"}
    for model in (Topic, Sector, Region):
        found |= set(model.objects.values_list("slug", flat=True)[:5])
    found |= {str(pk) for pk in targets.ids(targets.Page.objects.filter(depth__gt=1))}
    found |= {page.url for page in demo["pages"][:5]}
    return tuple(sorted(found))


# --- Every pattern has a target ------------------------------------------------------------


def test_every_public_pattern_is_a_target(demo):
    """A URL pattern nobody told the fuzzer about still gets URLs: a new pattern whose
    arguments targets.py cannot fill fails here."""
    by_key = {target.key: target for target in demo["targets"]}
    assert sorted(by_key) == KEYS
    empty = [key for key, target in by_key.items() if not target.urls]
    assert not empty, f"targets without URLs: {empty}"
    wrong = []
    for key, target in by_key.items():
        if ":" not in key or key.startswith(("serve:", "wagtail_serve:", "unrouted-")):
            continue
        for url in target.urls:
            path = urlsplit(url).path
            language = path.strip("/").split("/")[0]
            with translation.override(language if language in targets.LANGUAGES else "de"):
                try:
                    match = resolve(path)
                except Resolver404:
                    match = None
            if "%" not in path and (match is None or match.view_name != key):
                wrong.append((key, url))
    assert not wrong
    # Every ESP anymail ships is fuzzed, routed or not.
    from anymail import urls as anymail_urls

    for pattern in anymail_urls.urlpatterns:
        assert f"anymail:{pattern.name}" in by_key or f"unrouted-anymail:{pattern.name}" in by_key


# --- GET and HEAD ----------------------------------------------------------------------------


@pytest.mark.parametrize("key", KEYS)
def test_get_answers_below_500_and_changes_nothing(demo, snapshot, key):
    target = target_of(demo, key)
    values = real_values(demo)

    @fuzz_settings()
    @given(
        url=st.sampled_from(target.urls),
        query=strategies.query_string(target.parameters, values),
        headers=strategies.headers(),
        method=st.sampled_from(["GET", "GET", "GET", "HEAD"]),
    )
    def run(url, query, headers, method):
        send(snapshot, method, with_query(url, query), headers=headers)

    run()


# --- Forms -----------------------------------------------------------------------------------


def good_values(field, demo):
    """Values a person would enter in this form field."""
    kind = (field.get("type") or "text").lower()
    value = field.get("value")
    if field.get("tabindex") == "-1":  # the honeypot
        return [""]
    if kind in {"hidden", "submit"}:
        return [value or ""]
    if kind in {"checkbox", "radio"}:
        return [value or "on"]
    if kind == "email":
        return [f"fuzz.{demo['run']}@example.org"]
    if kind == "password":  # the restricted pages' password, the demo admin's, a wrong one
        return [demo["password"], "glokal-demo", "wrong-password"]
    if kind == "url":
        return ["https://example.org/"]
    if kind == "tel":
        return ["+49 351 2138 130"]
    if kind == "date":
        return [(demo["today"] + datetime.timedelta(days=90)).isoformat()]
    if kind == "number":
        return ["5"]
    if field.name == "textarea":
        return ["Wir suchen einen Partner für ein gemeinsames Projekt in der Grenzregion."]
    if field.get("name") == "username":
        return ["admin", "nobody"]
    return [value or "Fuzz Beispiel"]


def form_fields(form, demo):
    """{name: [good values]} of an HTML form."""
    fields = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name:
            continue
        if field.name == "select":
            options = [o.get("value", o.get_text()) for o in field.find_all("option")]
            chosen = [v for v in options if v][:4]
            # An optional select is best left empty (a region must match its country, a
            # stage of development applies to technology offers only).
            optional = "" in options and not field.has_attr("required")
            values = ([""] if optional else []) + chosen or [""]
        else:
            values = good_values(field, demo)
        fields.setdefault(name, [])
        fields[name] += [v for v in values if v not in fields[name]]
    return fields


def view_key(path):
    language = path.strip("/").split("/")[0]
    with translation.override(language if language in targets.LANGUAGES else "de"):
        try:
            return resolve(path).view_name
        except Resolver404:
            return None


@pytest.fixture(scope="module")
def forms(demo):
    """{target key: [(action, {field: [good values]})]} for every form the site renders on
    the targets' pages, shown 2 minutes ago so their stamps pass the minimum time."""
    from pages.core.public_forms import stamps

    past = time.time() - 120
    found = {}
    pages = []
    for target in demo["targets"]:
        if target.key in FORM_KEYS:
            # The German URLs with a real token (mails link to those), or the first ones.
            real = [
                url
                for url in target.urls
                if url.startswith("/de/") and any(token in url for token in demo["tokens"])
            ]
            pages += real or target.urls[:2]
        elif target.key == "serve:restricted" or not target.key.startswith(
            ("anymail:", "unrouted-", "wagtailapi:", "serve:")
        ):
            pages += target.urls[:1]
    client = CountingClient()
    with mock.patch.object(stamps, "time", mock.Mock(time=lambda: past)):
        for url in pages:
            response = client.get(url)
            if not response.get("Content-Type", "").startswith("text/html"):
                continue
            for form in BeautifulSoup(response.content, "html.parser").find_all("form"):
                if (form.get("method") or "get").lower() != "post":
                    continue
                action = urlsplit(form.get("action") or url).path
                key = owner_key(action, demo)
                entry = (action, form_fields(form, demo))
                if key is not None and entry not in found.setdefault(key, []):
                    found[key].append(entry)
    return found


def owner_key(path, demo):
    """The target key a form's action belongs to."""
    for target in demo["targets"]:
        if target.key.startswith("serve:") and path in target.urls:
            return target.key
    return view_key(path)


def encode_body(pairs, multipart, files):
    """(body, content type) of a form post."""
    if not multipart:
        return "&".join(f"{name}={value}" for name, value in pairs).encode("latin-1"), (
            "application/x-www-form-urlencoded"
        )
    from urllib.parse import unquote_to_bytes

    boundary = "fuzzboundary7MA4YWxk"
    chunks = []
    for name, value in pairs:
        chunks.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode(
                "latin-1", "replace"
            )
            + unquote_to_bytes(value)
            + b"\r\n"
        )
    for name, (filename, content, content_type) in files:
        chunks.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode(
                "latin-1", "replace"
            )
            + content
            + b"\r\n"
        )
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


FORM_KEYS = sorted(
    key for key in KEYS if key in targets.FORMS or key.endswith((":submit", ":inquiry"))
)


def test_every_form_target_has_a_rendered_form(demo, forms):
    """The form posts below start from the site's own forms: each form target must have one
    (a form that disappeared, or moved to another action, is noticed)."""
    without = [key for key in FORM_KEYS if key not in forms and key not in UNRENDERED_FORMS]
    assert not without


# Forms the fuzzer does not find on a page it renders: their fields, as Django documents them.
UNRENDERED_FORMS = {
    "set_language": {
        "language": ["de", "pl", "cs", "en"],
        "next": ["/pl/", "https://evil.example/"],
    },
    "wagtaildocs_authenticate_with_password": {
        "password": ["fuzz-password", "wrong"],
        "return_url": ["/documents/1/x.pdf", "https://evil.example/"],
    },
}


@pytest.mark.parametrize("key", FORM_KEYS)
def test_form_post_answers_below_500_and_writes_only_its_rows(demo, snapshot, forms, key):
    target = target_of(demo, key)
    rendered = forms.get(key) or [
        (urlsplit(url).path, UNRENDERED_FORMS.get(key, {})) for url in target.urls[:4]
    ]

    @fuzz_settings()
    @given(
        form=st.sampled_from(rendered),
        data=st.data(),
        multipart=st.booleans(),
        files=st.lists(
            st.tuples(
                st.sampled_from(["file", "upload", "logo"]), st.sampled_from(strategies.ODD_FILES)
            ),
            max_size=2,
        ),
        headers=strategies.headers(),
    )
    def run(form, data, multipart, files, headers):
        action, fields = form
        pairs = data.draw(strategies.form_pairs(fields), label="fields")
        body, content_type = encode_body(pairs, multipart, files if multipart else [])
        headers.pop("Content-Type", None)
        send(
            snapshot,
            "POST",
            action,
            writes=target.writes,
            body=body,
            content_type=content_type,
            headers=headers,
        )

    run()


# --- Webhooks --------------------------------------------------------------------------------


def json_values():
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=20),
        st.sampled_from(strategies.HUGE_NUMBERS + strategies.ODD_TEXT),
    )
    return st.recursive(
        scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=4),
            st.dictionaries(st.text(max_size=12), children, max_size=4),
        ),
        max_leaves=12,
    )


def sample_payloads():
    found = []
    for path in sorted(PAYLOADS.glob("*/*.json")):
        found.append(json.loads(path.read_text()))
    return found


@st.composite
def webhook_bodies(draw):
    """A JSON body: a real ESP payload with some values replaced, or any JSON at all, or
    bytes that are no JSON."""
    kind = draw(st.sampled_from(["payload", "json", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=200)), draw(
            st.sampled_from(["application/json", "text/plain"])
        )
    if kind == "json":
        return json.dumps(draw(json_values())).encode(), "application/json"
    payload = draw(st.sampled_from(sample_payloads()))
    events = payload if isinstance(payload, list) else [payload]
    for event in events:
        if isinstance(event, dict) and event:
            for _ in range(draw(st.integers(0, 3))):
                name = draw(st.sampled_from(sorted(event)))
                event[name] = draw(json_values())
    return json.dumps(payload).encode(), "application/json"


WEBHOOK_KEYS = sorted(key for key in KEYS if key.startswith(("anymail:", "unrouted-anymail:")))


# Unconfigured, anymail warns on every request; that is the case being tested.
@pytest.mark.filterwarnings("ignore::anymail.exceptions.AnymailInsecureWebhookWarning")
@pytest.mark.parametrize("key", WEBHOOK_KEYS)
def test_webhook_post_answers_below_500_and_writes_only_newsletter_rows(demo, snapshot, key):
    target = target_of(demo, key)
    good_auth = "Basic " + base64.b64encode(WEBHOOK_SECRET.encode()).decode()

    @fuzz_settings()
    @given(
        body=webhook_bodies(),
        configured=st.booleans(),
        auth=st.sampled_from([good_auth, None, "Basic Z2FyYmFnZQ==", "Basic %%%"]),
        query=strategies.query_string(()),
    )
    def run(body, configured, auth, query):
        content, content_type = body
        headers = {"Authorization": auth} if auth else {}
        with override_settings(ANYMAIL=CONFIGURED_ANYMAIL if configured else {}):
            send(
                snapshot,
                "POST",
                with_query(target.urls[0], query),
                writes=target.writes,
                body=content,
                content_type=content_type,
                headers=headers,
            )

    run()


# --- Every other URL refuses a POST without a change ------------------------------------------

OTHER_KEYS = sorted(set(KEYS) - set(FORM_KEYS) - set(WEBHOOK_KEYS))


@pytest.mark.parametrize("key", OTHER_KEYS)
def test_post_elsewhere_answers_below_500_and_changes_nothing(demo, snapshot, key):
    target = target_of(demo, key)

    @fuzz_settings(share=0.25)
    @given(
        url=st.sampled_from(target.urls),
        pairs=strategies.form_pairs({}),
        headers=strategies.headers(),
    )
    def run(url, pairs, headers):
        body, content_type = encode_body(pairs, False, [])
        headers.pop("Content-Type", None)
        send(snapshot, "POST", url, body=body, content_type=content_type, headers=headers)

    run()


def test_zz_request_count(record_property):
    """Last in the module: the number of requests sent, for the run's summary (printed with
    `-rA` or `-s`; without pytest-xdist the terminal summary prints it too)."""
    record_property("fuzz_requests", REQUESTS.total)
    print(REQUESTS.summary())
    assert REQUESTS.total > 0
