"""Screenshots of every page type at 375 px (a phone) and 1280 px (a desk), full page, for a
person to look at (issue 7, quality bar): written to var/screenshots/<page-type>-<width>.png
(var/ is not under version control; the README names the folder). German, the source
language, with the demo content.

The test checks that each file is a real picture of the page: a PNG of the viewport's width,
at least as tall as the page's content, and not one flat colour.
"""

from pathlib import Path

import pytest
from PIL import Image

from tests.browser.server import PAGE_TYPES

from .server import BASE_DIR

SCREENSHOT_DIR = BASE_DIR / "var" / "screenshots"
WIDTHS = (375, 1280)


def scroll_through(page):
    """Scroll to the end and back so that lazily loaded images are in the picture."""
    page.evaluate(
        """async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
            window.scrollTo(0, y);
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
          window.scrollTo(0, 0);
        }"""
    )
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        "() => Array.from(document.images).every((image) => image.complete)", timeout=10_000
    )


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_screenshot(page_type, width, new_page, demo):
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{page_type}-{width}.png"
    path.unlink(missing_ok=True)
    page = new_page("de", width=width, height=800)
    response = page.goto(demo.url(page_type, "de"))
    assert response.ok
    scroll_through(page)
    content_height = page.evaluate("document.documentElement.scrollHeight")
    # Nothing may stick out sideways at phone width (WCAG 1.4.10 reflow).
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"{page_type} is {scroll_width} px wide at {width} px"
    page.screenshot(path=str(path), full_page=True)

    assert path.exists() and path.stat().st_size > 5_000, f"{path} is missing or tiny"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.width == width
        assert image.height >= min(content_height, 800)
        colours = image.convert("RGB").resize((64, 64)).getcolors(maxcolors=64 * 64)
        assert colours is None or len(colours) > 20, f"{path} is nearly one flat colour"


def test_screenshot_folder_is_named_in_the_readme():
    readme = Path(BASE_DIR / "README.md").read_text()
    assert "var/screenshots/" in readme
