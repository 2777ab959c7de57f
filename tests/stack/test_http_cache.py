"""Varnish between nginx and the web nodes (config/stack/varnish.vcl.template), from outside:
what it keeps, that a signed-in editor is never answered from it, and that a publish on either
node purges it before the editor's request returns.

Runs before test_stack.py (file order), whose last test stops the stack.
"""

import uuid
from urllib.parse import urlsplit

import requests

from config.stack import control
from config.stack.processes import service_user

from .client import browser, get, page_id, public_path, sign_in


def cache(response):
    return response.headers.get("X-Cache")


def direct(layout, port, path, **kwargs):
    """A web node asked without nginx and Varnish, as nginx would ask it."""
    headers = {
        "Host": urlsplit(layout.base_url).netloc,
        "X-Forwarded-Proto": "https",
        **kwargs.pop("headers", {}),
    }
    method = kwargs.pop("method", "GET")
    return requests.request(
        method, f"http://127.0.0.1:{port}{path}", headers=headers, timeout=30, **kwargs
    )


def release(layout):
    page, url_path = page_id(layout, "press", "pressreleasepage")
    return page, public_path(url_path)


def test_an_anonymous_page_is_kept_and_tracking_parameters_share_the_copy(stack):
    _page, path = release(stack)
    visitor = browser(stack)
    marker = f"probe={uuid.uuid4().hex}"  # a key no earlier run has filled
    first = get(visitor, f"{path}?{marker}&b=2")
    assert first.status_code == 200
    assert cache(first) == "MISS", first.headers
    assert "s-maxage=" in first.headers["Cache-Control"]
    again = get(visitor, f"{path}?{marker}&b=2")
    assert cache(again) == "HIT", again.headers
    assert again.text == first.text
    # The same key after the campaign parameters are dropped and the rest sorted.
    tracked = get(visitor, f"{path}?b=2&utm_source=newsletter&{marker}&gclid=x1&mtm_kwd=y")
    assert cache(tracked) == "HIT", tracked.headers
    # Analytics cookies do not make a copy of their own; the language cookie does (it picks
    # the language of unprefixed URLs).
    cookies = {"_ga": "GA1.2.345", "_pk_id.1": "abc"}
    assert cache(get(visitor, f"{path}?{marker}&b=2", cookies=cookies)) == "HIT"
    cookies["django_language"] = "pl"
    assert cache(get(visitor, f"{path}?{marker}&b=2", cookies=cookies)) == "MISS"
    # Each answer carries its own request id, not the one of the request that filled the copy.
    assert len({r.headers["X-Request-ID"] for r in (first, again, tracked)}) == 3


def test_a_signed_in_editor_is_never_answered_from_the_cache(stack):
    _page, path = release(stack)
    visitor = browser(stack)
    get(visitor, path)
    assert cache(get(visitor, path)) == "HIT"
    editor = browser(stack)
    sign_in(editor, control.ADMIN_USER, stack.secrets()["ADMIN_PASSWORD"])
    for _ in range(2):
        personal = get(editor, path)
        assert personal.status_code == 200
        assert cache(personal) == "PASS", personal.headers
        assert "wagtail-userbar" in personal.text  # rendered for the editor
    # Nor was the editor's page stored for visitors.
    after = get(visitor, path)
    assert cache(after) == "HIT"
    assert "wagtail-userbar" not in after.text
    # A PURGE through the public side is refused (nginx reaches Varnish from 127.0.0.1 too).
    refused = visitor.request("PURGE", stack.base_url + path, timeout=30)
    assert refused.status_code == 405
    assert cache(get(visitor, path)) == "HIT"


DRAFT = """
from wagtail.models import Page
page = Page.objects.get(pk={page}).specific
page.title = "{title}"
page.save_revision()
"""


def test_a_publish_on_either_node_purges_the_cache_before_it_returns(stack):
    page, path = release(stack)
    _index, index_url_path = page_id(stack, "press", "pressreleaseindexpage")
    index_path = public_path(index_url_path)
    visitor = browser(stack)
    editor = browser(stack)
    sign_in(editor, control.ADMIN_USER, stack.secrets()["ADMIN_PASSWORD"])
    cookies = "; ".join(f"{cookie.name}={cookie.value}" for cookie in editor.cookies)
    publish_path = f"/admin/bulk/wagtailcore/page/publish/?id={page}"

    for number, port in enumerate(stack.web_ports, start=1):
        title = f"Stack cache {number} {uuid.uuid4().hex[:10]}"
        # A draft first: saved, not published, so nothing may change for visitors yet.
        control.manage(stack, service_user(), "shell", "-c", DRAFT.format(page=page, title=title))
        for url in (path, index_path):
            get(visitor, url)
            before = get(visitor, url)
            assert cache(before) == "HIT", (url, before.headers)
            assert title not in before.text, url
        # The editor publishes it on this node (the admin's bulk publish of the draft).
        published = direct(
            stack,
            port,
            publish_path,
            method="POST",
            data={"csrfmiddlewaretoken": editor.cookies["csrftoken"]},
            headers={"Cookie": cookies, "Referer": stack.base_url + publish_path},
            allow_redirects=False,
        )
        assert published.status_code == 302, published.text[:1000]
        # The very next request through Varnish is the new version: purged, not expired.
        for url in (path, index_path):
            fresh = get(visitor, url)
            assert cache(fresh) == "MISS", (number, url, fresh.headers)
            assert title in fresh.text, (number, url)
            assert cache(get(visitor, url)) == "HIT"
        for other in stack.web_ports:
            assert title in direct(stack, other, path).text, other
