"""No page makes a request to another host (issue 7, item 3): visitors' addresses must not
reach third parties, so fonts, scripts, styles and images are all self-hosted.

Two checks per page type: what Chromium actually requested while loading the page (scrolled
to the end, so lazy images load too), and what the HTML and its stylesheets reference as
resources (src, srcset, stylesheet and icon links, url(…) in CSS, form actions, og:image).
A strict Content Security Policy would block a third-party resource before any request is
made, so that second check, and the browser's CSP reports, catch what the first cannot see.
Links in the content to other sites (`<a href>`) are fine: following one is the visitor's
choice.
"""

import re
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.browser.server import PAGE_TYPES

# URL schemes that never leave the browser.
LOCAL_SCHEMES = {"data", "blob", "about"}
# <link rel> values that make the browser fetch (or connect to) the target.
FETCHING_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "mask-icon",
    "manifest",
    "preload",
    "modulepreload",
    "prefetch",
    "prerender",
    "dns-prefetch",
    "preconnect",
}
CSP = re.compile(r"Content[- ]Security[- ]Policy", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")


def css_urls(text):
    return [match.group(2) or match.group(4) for match in CSS_URL.finditer(text)]


def resource_urls(html):
    """(where, url) for every resource the HTML makes a browser load or send data to."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag in soup.find_all(True):
        for attribute in ("src", "poster", "data"):
            if tag.name in {"a", "object"} and attribute == "data":
                continue
            if tag.get(attribute) and tag.name != "a":
                found.append((f"<{tag.name} {attribute}>", tag[attribute]))
        for attribute in ("srcset", "imagesrcset"):
            if tag.get(attribute):
                for candidate in tag[attribute].split(","):
                    if candidate.strip():
                        found.append((f"<{tag.name} {attribute}>", candidate.split()[0]))
        if tag.name == "link":
            rels = {rel.lower() for rel in tag.get("rel", [])}
            if rels & FETCHING_RELS and tag.get("href"):
                found.append((f"<link rel={' '.join(sorted(rels))}>", tag["href"]))
        if tag.name == "form" and tag.get("action"):
            found.append(("<form action>", tag["action"]))
        if tag.name == "meta" and tag.get("property") in {"og:image", "og:image:url"}:
            found.append(("<meta og:image>", tag.get("content", "")))
        if tag.get("style"):
            found.extend(("style attribute", url) for url in css_urls(tag["style"]))
        if tag.name == "style":
            found.extend(("<style>", url) for url in css_urls(tag.get_text()))
    return found


def is_own(url, base, origin):
    absolute = urljoin(base, url.strip())
    parts = urlsplit(absolute)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return f"{parts.scheme}://{parts.netloc}" == origin


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_makes_no_third_party_requests(page_type, new_page, demo, site_url):
    origin = site_url
    page = new_page("de", width=1280, height=900)
    requested, csp_reports = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on(
        "console",
        lambda message: csp_reports.append(message.text) if CSP.search(message.text) else None,
    )
    response = page.goto(demo.url(page_type, "de"), wait_until="load")
    assert response.ok, f"{page_type}: HTTP {response.status}"
    html = response.text()
    # Scroll to the end so that lazily loaded images are requested too.
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_load_state("networkidle")

    foreign_requests = [url for url in requested if not is_own(url, origin, origin)]
    assert not foreign_requests, f"{page_type} requested other hosts: {foreign_requests}"
    assert requested[0] == response.url

    references = resource_urls(html)
    stylesheets = [
        urljoin(response.url, url)
        for where, url in references
        if where.startswith("<link") and "stylesheet" in where
    ]
    for stylesheet in stylesheets:
        css = page.request.get(stylesheet)
        assert css.ok, stylesheet
        references.extend((f"url() in {stylesheet}", url) for url in css_urls(css.text()))
    foreign = [(where, url) for where, url in references if not is_own(url, response.url, origin)]
    assert not foreign, f"{page_type} references resources on other hosts: {foreign}"
    assert not csp_reports, f"{page_type}: Content Security Policy violations: {csp_reports}"


def test_the_checks_see_third_party_resources():
    """The HTML check itself: it must flag what it is there to find, and pass own resources
    and plain links."""
    html = """
      <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">
      <link rel="canonical" href="https://elsewhere.example/page">
      <script src="//cdn.example/x.js"></script>
      <img src="/media/own.jpg" srcset="/media/a.jpg 1x, https://img.example/b.jpg 2x">
      <div style="background: url('https://tracker.example/pixel.gif')"></div>
      <style>@import "https://css.example/a.css";</style>
      <form action="https://forms.example/post"></form>
      <a href="https://partner.example/">a partner</a>
    """
    origin = "http://127.0.0.1:8000"
    foreign = {
        url for _where, url in resource_urls(html) if not is_own(url, origin + "/de/", origin)
    }
    assert foreign == {
        "https://fonts.googleapis.com/css?family=Roboto",
        "//cdn.example/x.js",
        "https://img.example/b.jpg",
        "https://tracker.example/pixel.gif",
        "https://css.example/a.css",
        "https://forms.example/post",
    }
    assert is_own("data:image/png;base64,xyz", origin, origin)
