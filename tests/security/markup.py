"""What a rendered answer must never contain when content carried an attack: markup that
runs script. Shared by the advisory tests (tests/security/test_wagtail_advisories.py)."""

import json
import re

from bs4 import BeautifulSoup

from tests.helpers import strings_in

# The payloads editors and translators are assumed to type.
IMG_PAYLOAD = "<img src=x onerror=alert(1)>"
SCRIPT_PAYLOAD = "<script>alert(document.domain)</script>"
# Browsers drop ASCII whitespace and control characters inside a scheme: "java\tscript:".
IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]+")
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster", "data")


def unsafe_url(value):
    return IGNORED_IN_SCHEME.sub("", value or "").lower().startswith(UNSAFE_SCHEMES)


def unsafe_urls(html):
    """Every attribute of `html` that would run script when followed or loaded."""
    page = BeautifulSoup(html, "html.parser")
    return [
        f"<{tag.name} {name}={tag[name]!r}>"
        for tag in page.find_all(True)
        for name in URL_ATTRIBUTES
        if tag.has_attr(name) and unsafe_url(tag[name])
    ]


def injected_markup(html, payloads=(IMG_PAYLOAD, SCRIPT_PAYLOAD)):
    """The payloads, or elements they would create, found as live markup in `html`."""
    page = BeautifulSoup(html, "html.parser")
    found = [payload for payload in payloads if payload in html]
    found += [str(tag) for tag in page.select("img[onerror]")]
    found += [
        str(script)
        for script in page.find_all("script")
        if "alert(" in script.get_text() and script.get("type") != "application/json"
    ]
    return found


def unsafe_urls_in_json(data):
    if isinstance(data, bytes | str):
        data = json.loads(data)
    found = []
    for text in strings_in(data):
        if unsafe_url(text):
            found.append(text)
        elif "<" in text:
            found += unsafe_urls(text)
    return found
