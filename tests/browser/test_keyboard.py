"""One journey with the keyboard alone (issue 7, item 1; WCAG 2.1.1, 2.4.1, 2.4.7).

An English visitor signs up for the newsletter without a mouse: the skip link is the first
stop and takes them to the main content, Tab reaches every field of the form in order, Space
ticks the boxes, Enter sends it. At every stop the focused element must be on screen and show
a focus indicator (an outline or a box shadow from the style sheet's :focus-visible rule).
Only `keyboard.press` / `keyboard.type` move through the page: no clicks, no `focus()`.
"""

import re
import time

from playwright.sync_api import expect

from newsletter.forms import MIN_FILL_SECONDS
from tests.factories import unique_email

MAX_TABS = 120

FOCUSED = """
() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    type: el.getAttribute("type") || "",
    name: el.getAttribute("name") || "",
    classes: el.className || "",
    text: (el.innerText || el.value || "").trim().slice(0, 60),
    form: el.form ? el.form.className : "",
    fieldset: el.closest("fieldset") ? el.closest("fieldset").id : "",
    in_main: Boolean(el.closest("main")),
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== "none",
    on_screen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
      && box.top < window.innerHeight && box.left < window.innerWidth,
  };
}
"""


def focused(page):
    return page.evaluate(FOCUSED)


def assert_visible_focus(element):
    assert element["outline"] or element["shadow"], f"no visible focus indicator on {element}"
    assert element["on_screen"], f"focused element is off screen: {element}"


def tab_to(page, matches, visited):
    """Press Tab until the focused element satisfies `matches`; every stop on the way must
    show its focus. Returns the element's description."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = focused(page)
        assert element["tag"] != "body", f"focus fell back to the page after {visited[-3:]}"
        assert_visible_focus(element)
        visited.append(element)
        if matches(element):
            return element
    raise AssertionError(f"not reached with {MAX_TABS} × Tab; last stops: {visited[-5:]}")


def test_newsletter_signup_with_the_keyboard_alone(new_page, demo, outbox, ui_text):
    address = unique_email("keyboard")
    page = new_page("en")
    page.goto(demo.url("newsletter", "en"))
    shown_at = time.monotonic()
    visited = []

    # 1. The first Tab stop is the skip link, shown on focus; Enter moves focus to <main>.
    skip = tab_to(page, lambda element: True, visited)
    assert "skip-link" in skip["classes"], f"first Tab stop is not the skip link: {skip}"
    assert skip["text"] == ui_text("en", "Skip to content")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
    assert focused(page)["tag"] == "main"

    # 2. From the main content, Tab reaches the signup form's address field (not the
    # header's links again, and not the compact form in the footer).
    def in_main_form(element):
        return "newsletter-form" in element["form"] and element["form"] != ""

    email = tab_to(page, lambda element: element["id"] == "id_email", visited)
    assert in_main_form(email)
    assert all(element["in_main"] for element in visited[1:]), visited
    page.keyboard.type(address)
    expect(page.locator("main #id_email")).to_have_value(address)

    # 3. One interest (the first country) ticked with Space.
    country = tab_to(
        page,
        lambda element: element["fieldset"] == "id_countries" and element["type"] == "checkbox",
        visited,
    )
    page.keyboard.press("Space")
    expect(page.locator(f"main #{country['id']}")).to_be_checked()

    # 4. Consent, then the submit button; Enter sends the form.
    tab_to(page, lambda element: element["id"] == "id_consent", visited)
    page.keyboard.press("Space")
    expect(page.locator("main #id_consent")).to_be_checked()
    button = tab_to(
        page,
        lambda element: element["tag"] == "button" and in_main_form(element),
        visited,
    )
    assert button["text"] == ui_text("en", "Subscribe")
    remaining = shown_at + MIN_FILL_SECONDS + 0.5 - time.monotonic()
    if remaining > 0:
        time.sleep(remaining)
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/en/newsletter/check-your-inbox/$"))
    expect(page.locator("main h1")).to_have_text(ui_text("en", "Please check your inbox"))
    (mail,) = outbox.wait_for(address)
    assert "/en/newsletter/confirm/" in outbox.text(mail)
    # Every control on the way showed its focus (checked at each stop): at least the
    # fields of the form were passed through.
    assert len({element["id"] for element in visited if element["id"]}) >= 5
