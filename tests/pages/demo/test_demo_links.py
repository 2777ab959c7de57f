"""The demo loader's external links: safe addresses on the example domain only."""

import pytest

from pages.demo.streams import _link


@pytest.mark.parametrize(
    "url",
    [
        "javascript://example.org/%0Aalert(document.domain)",
        "data://example.org/,x",
        "https://evil.example/",
    ],
)
def test_a_demo_link_must_be_safe_and_on_the_example_domain(url):
    with pytest.raises(ValueError, match="Demo links must point to example.org"):
        _link(None, {"title": "Link", "url": url}, "key")
