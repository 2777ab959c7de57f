"""Accessibility in Chromium: axe-core finds no WCAG 2.1 A/AA violation on any page type or form
state in any language, at 1280 and 320 CSS px; and the checks axe cannot make on its own.

Every scan runs all of axe's rules tagged wcag2a, wcag2aa, wcag21a and wcag21aa (no rule is
disabled). A page is loaded once and scanned at both widths (the viewport is resized in
between, which re-runs the media queries exactly as a narrow window would). At 320 px the page
must not scroll sideways: that is WCAG 1.4.10 (reflow), i.e. 1280 px at 400 % zoom or 640 px at
200 %. Each test collects every failure of its language before it fails, so one run shows all
of them.
"""

import re
import time
import uuid
from urllib.parse import urlsplit

import pytest

from tests.factories import unique_email

from .axe import format_violations, install, scan

LANGUAGES = ("de", "en", "pl", "cs")
WIDTHS = (1280, 320)
# The legally required standard pages and the BITV start-page information, by German slug.
REQUIRED_STANDARD_PAGES = ("impressum", "datenschutz", "barrierefreiheit")
BITV_PAGES = ("leichte-sprache", "gebaerdensprache")
# The demo's fictional phone range (the one reserved for film and television).
FICTIONAL_PHONE = re.compile(r"\+49 30 23125 0\d\d")

# The public forms treat a post sooner than 3 s after showing the form as a bot's.
MIN_FILL_MS = 3300

OVERFLOW = """() => {
  const root = document.scrollingElement;
  return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth};
}"""


class Scanner:
    """One browser page with axe loaded; collects readable failures."""

    def __init__(self, page, language):
        self.page = page
        self.language = language
        self.failures = []
        self.scanned = []

    def goto(self, path, status=200):
        response = self.page.goto(path)
        if response.status != status:
            self.failures.append(f"{path}: HTTP {response.status}, expected {status}")
        return response

    def check(self, label):
        """Scan the page as it is now at every width; then back to the widest."""
        name = f"[{self.language}] {label} ({urlsplit(self.page.url).path})"
        for width in WIDTHS:
            self.page.set_viewport_size({"width": width, "height": 900})
            violations = scan(self.page)
            if violations:
                self.failures.append(format_violations(f"{name} at {width} px", violations))
            if width <= 320:
                size = self.page.evaluate(OVERFLOW)
                if size["scrollWidth"] > size["clientWidth"]:
                    self.failures.append(
                        f"{name}: scrolls sideways at {width} px "
                        f"({size['scrollWidth']} > {size['clientWidth']})"
                    )
        self.page.set_viewport_size({"width": WIDTHS[0], "height": 900})
        self.scanned.append(label)

    def check_error_messages(self, label):
        problems = errors_tied_to_fields(self.page)
        self.failures.extend(f"[{self.language}] {label}: {problem}" for problem in problems)

    def visit(self, label, path, status=200):
        self.goto(path, status)
        self.check(label)

    def assert_clean(self):
        assert not self.failures, "\n\n".join(self.failures)


@pytest.fixture
def scanner(new_page):
    def open_scanner(language):
        # bypass_csp: the public pages forbid inline scripts, and axe is one (see axe.py).
        page = new_page(language, width=WIDTHS[0], bypass_csp=True)
        install(page.context)
        return Scanner(page, language)

    return open_scanner


def follow(page, locator):
    """Click a link or submit button and wait until the document it opens has loaded.

    A bare click returns before the navigation commits, so a scan right after it could run
    in the old document while it is being torn down (axe then finds no documentElement)."""
    with page.expect_navigation():
        locator.click()


def submit(page, form_selector):
    follow(page, page.locator(f"{form_selector} button[type=submit]").first)


def apply_first_filter(page):
    """Choose the first real option of the filter form's first select and submit."""
    select = page.locator("form.filter-form select").first
    select.select_option(index=1)
    submit(page, "form.filter-form")


def errors_tied_to_fields(page):
    """Problems with the error messages of the form page as shown: each invalid control must
    point (aria-describedby) at a visible message, each summary link at an existing field."""
    return page.evaluate(
        """() => {
          const problems = [];
          const invalid = document.querySelectorAll('main [aria-invalid="true"]');
          if (!invalid.length) problems.push("no control is marked aria-invalid");
          for (const control of invalid) {
            // A group of checkboxes is described by its fieldset.
            const described = control.hasAttribute("aria-describedby")
              ? control : control.closest("fieldset[aria-describedby]") || control;
            const ids = (described.getAttribute("aria-describedby") || "").split(/\\s+/);
            const messages = ids.map((id) => id && document.getElementById(id))
              .filter((el) => el && el.classList.contains("field__error"));
            if (!messages.length || !messages.some((el) => el.innerText.trim())) {
              problems.push(`${control.name || control.id}: no error message in aria-describedby`);
            }
          }
          for (const link of document.querySelectorAll('.error-summary a[href^="#"]')) {
            if (!document.getElementById(link.getAttribute("href").slice(1))) {
              problems.push(`summary link ${link.getAttribute("href")} leads nowhere`);
            }
          }
          return problems;
        }"""
    )


# --- axe on every page type and state ------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_no_wcag_violations(scanner, demo, language):
    s = scanner(language)
    page = s.page
    s.visit("home", demo.path("home", language))

    press = demo.path("press-index", language)
    s.visit("press room", press)
    apply_first_filter(page)
    s.check("press room, filtered")
    s.visit("press room, filter errors", f"{press}?year=1066&topic=no-such-topic", status=400)
    s.visit("press release", demo.path("release", language))

    calendar = demo.path("calendar", language)
    s.visit("calendar", calendar)
    apply_first_filter(page)
    s.check("calendar, filtered")
    s.goto(calendar)
    follow(page, page.locator("nav.calendar-views a").nth(1))
    s.check("calendar, month view")
    follow(page, page.locator("nav.calendar-views a").nth(2))
    s.check("calendar, past events")
    s.visit("calendar, filter errors", f"{calendar}?month=2025-13", status=400)
    s.visit("event", demo.path("event", language))

    offers = demo.path("offer-index", language)
    s.visit("cooperation exchange", offers)
    apply_first_filter(page)
    s.check("cooperation exchange, filtered")
    s.visit("cooperation exchange, filter errors", f"{offers}?kind=no-such-kind", status=400)
    s.visit("offer", demo.path("offer", language))

    s.visit("success stories", demo.path("stories", language))
    s.visit("success story", demo.path("story", language))

    for slug in REQUIRED_STANDARD_PAGES + BITV_PAGES:
        assert slug in demo.standard_pages, f"the demo has no standard page {slug!r}"
    for slug, paths in sorted(demo.standard_pages.items()):
        # The BITV pages are German only: they are scanned in the German run.
        if language in paths:
            s.visit(f"standard page {slug}", paths[language])

    s.visit("page not found", f"/{language}/no-such-page-{uuid.uuid4().hex[:8]}/", status=404)
    assert len(s.scanned) >= 21
    s.assert_clean()


@pytest.mark.parametrize("language", LANGUAGES)
def test_forms_empty_and_with_errors_have_no_wcag_violations(scanner, demo, language):
    offers = demo.path("offer-index", language)
    forms = [
        ("offer submission", f"{offers}submit/", "form.offer-form"),
        ("inquiry", f"{demo.path('offer', language)}interest/", "form.inquiry-form"),
        ("newsletter sign-up", demo.path("newsletter", language), "main form.newsletter-form"),
    ]
    # Each form in its own page, all shown first: the forms refuse posts made within 3 s of
    # showing them (a bot's speed), and the scans of the empty forms fill that time.
    opened = []
    for label, path, form in forms:
        s = scanner(language)
        s.visit(f"{label} form", path)
        opened.append((s, label, form, time.monotonic()))
    failures = []
    for s, label, form, shown in opened:
        s.page.wait_for_timeout(max(0, MIN_FILL_MS - (time.monotonic() - shown) * 1000))
        submit(s.page, form)
        assert s.page.locator(".error-summary").count() == 1, f"{label}: no error summary"
        s.check_error_messages(label)
        s.check(f"{label} form with errors")
        failures += s.failures
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("language", LANGUAGES)
def test_newsletter_pages_have_no_wcag_violations(scanner, demo, outbox, language):
    """Sign up, confirm from the mail, open the settings (also with an error) and the
    unsubscribe page: every page on the way is scanned."""
    s = scanner(language)
    page = s.page
    address = unique_email("a11y")
    s.goto(demo.path("newsletter", language))
    page.wait_for_timeout(MIN_FILL_MS)  # faster than a person types counts as a bot
    page.locator("main form.newsletter-form input[type=email]").fill(address)
    page.locator("main form.newsletter-form input[name=consent]").check()
    submit(page, "main form.newsletter-form")
    s.check("newsletter, check your inbox")

    (mail,) = outbox.wait_for(address)
    link = re.search(r"https?://\S+/newsletter/confirm/\S+/", outbox.text(mail)).group(0)
    s.visit("newsletter, confirm", urlsplit(link).path)
    submit(page, "main form")
    s.check("newsletter, confirmed")

    follow(page, page.locator("main a[href*='/newsletter/preferences/']").first)
    s.check("newsletter settings")
    # The settings are all choices; a tampered value is the one way to see their errors.
    page.evaluate(
        """() => {
          const select = document.querySelector("main select[name=language]");
          select.add(new Option("Klingon", "tlh"));
          select.value = "tlh";
        }"""
    )
    submit(page, "main form.newsletter-form")
    s.check_error_messages("newsletter settings")
    s.check("newsletter settings with errors")

    follow(page, page.locator("main a[href*='/newsletter/unsubscribe/']").first)
    s.check("newsletter, unsubscribe")
    s.visit("newsletter, invalid link", f"/{language}/newsletter/confirm/not-a-token/", status=400)
    s.assert_clean()


# --- What axe does not check ---------------------------------------------------------------


FOCUS_STYLE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  return {
    tag: el.tagName, text: (el.innerText || el.getAttribute("aria-label") || "").trim(),
    href: el.getAttribute("href"), outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth), outlineColor: style.outlineColor,
    shadow: style.boxShadow, visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0,
    background: (() => {
      for (let node = el.parentElement; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg && !bg.endsWith(", 0)") && bg !== "transparent") return bg;
      }
      return "rgb(255, 255, 255)";
    })(),
  };
}"""


def _luminance(css_color):
    r, g, b = (int(v) / 255 for v in re.findall(r"\d+(?:\.\d+)?", css_color)[:3])

    def channel(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first, second):
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("language", ["de", "pl"])
def test_keyboard_skip_link_and_a_visible_focus_on_every_stop(new_page, demo, language):
    page = new_page(language)
    page.goto(demo.path("release", language))
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUS_STYLE)
    assert first["href"] == "#main", f"the first Tab stop is not the skip link: {first}"
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0 and box["height"] > 10, "the focused skip link is not on screen"

    # Every Tab stop through header, content and footer shows a focus ring of at least 2 px
    # with 3:1 contrast against the background it sits on (WCAG 2.4.7, 1.4.11).
    stops = []
    for _ in range(60):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_STYLE)
        if focus["tag"] == "BODY":
            break
        stops.append(focus)
    assert len(stops) >= 15
    problems = [
        f"{stop['tag']} {stop['text'][:40]!r}: outline {stop['outlineStyle']} "
        f"{stop['outlineWidth']}px {stop['outlineColor']} on {stop['background']}"
        for stop in stops
        if stop["outlineStyle"] == "none"
        or stop["outlineWidth"] < 2
        or contrast(stop["outlineColor"], stop["background"]) < 3
    ]
    assert not problems, "focus not visible enough:\n" + "\n".join(problems)

    # The skip link moves the keyboard focus to the main content.
    page.goto(demo.path("release", language))
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    assert urlsplit(page.url).fragment == "main"


@pytest.mark.parametrize("language", LANGUAGES)
def test_landmarks_are_complete_and_named(new_page, demo, language):
    page = new_page(language)
    page.goto(demo.path("home", language))
    landmarks = page.evaluate(
        """() => ({
          banner: document.querySelectorAll("body > header, [role=banner]").length,
          main: document.querySelectorAll("main").length,
          contentinfo: document.querySelectorAll("body > footer, [role=contentinfo]").length,
          navs: [...document.querySelectorAll("nav")].map((n) => n.getAttribute("aria-label")),
          lang: document.documentElement.lang,
        })"""
    )
    assert landmarks["banner"] == 1 and landmarks["main"] == 1 and landmarks["contentinfo"] == 1
    assert landmarks["lang"] == language
    names = landmarks["navs"]
    assert len(names) >= 3 and all(names), f"unnamed navigation: {names}"
    assert len(set(names)) == len(names), f"two navigations with one name: {names}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_bitv_information_is_reachable_from_the_home_page(new_page, demo, language):
    """Leichte Sprache and sign language (German pages, marked as German in every language)
    and the accessibility statement with its feedback contact and conciliation body."""
    page = new_page(language)
    page.goto(demo.path("home", language))
    links = page.locator("header .service-nav a")
    assert links.count() == 2
    targets = []
    for index in range(2):
        link = links.nth(index)
        expected_lang = None if language == "de" else "de"
        assert link.get_attribute("lang") == expected_lang
        assert link.get_attribute("hreflang") == expected_lang
        assert link.locator("img[alt='']").count() == 1, "the icon must be decorative"
        targets.append(link.get_attribute("href"))
    assert targets == [demo.standard_pages[slug]["de"] for slug in BITV_PAGES]

    easy = page.goto(targets[0])
    assert easy.status == 200
    assert page.evaluate("() => document.documentElement.lang") == "de"
    sentences = [
        sentence
        for paragraph in page.locator("main p").all_inner_texts()
        for sentence in re.split(r"(?<=[.?!:])\s+", paragraph.strip())
        if sentence
    ]
    assert len(sentences) >= 20
    # Leichte Sprache: short sentences, one statement each.
    long_ones = [sentence for sentence in sentences if len(sentence.split()) > 12]
    assert not long_ones, f"sentences too long for Leichte Sprache: {long_ones}"

    sign = page.goto(targets[1])
    assert sign.status == 200
    assert page.locator("main h1").inner_text() == "Gebärdensprache"
    assert page.locator("main iframe").count() == 0, "no third-party video player"

    page.goto(demo.path("home", language))
    statement_path = demo.standard_pages["barrierefreiheit"][language]
    footer_link = page.locator(f"footer a[href='{statement_path}']")
    assert footer_link.count() == 1
    follow(page, footer_link)
    text = page.locator("main").inner_text()
    assert "barrierefreiheit@glokal.example" in text
    assert FICTIONAL_PHONE.search(text)
    assert "schlichtung@glokal.example" in text  # the conciliation body's contact
    statement_links = page.locator("main .link-list a")
    assert [statement_links.nth(i).get_attribute("href") for i in range(2)] == targets


@pytest.mark.parametrize("language", ["de"])
def test_usable_at_200_percent_zoom_and_with_larger_text(new_page, demo, language):
    """A 640 px window at 200 % zoom is a 320 CSS px viewport at device scale 2; text enlarged
    to 200 % (WCAG 1.4.4) in a desktop window must not scroll sideways either."""
    zoomed = new_page(language, width=320, height=640, device_scale_factor=2)
    # bypass_csp: the enlarged text comes as a <style> element, which the page's CSP forbids.
    large_text = new_page(language, width=1280, height=900, bypass_csp=True)
    problems = []
    for page_type in demo.PAGE_TYPES:
        path = demo.path(page_type, language)
        zoomed.goto(path)
        size = zoomed.evaluate(OVERFLOW)
        if size["scrollWidth"] > size["clientWidth"]:
            problems.append(f"{path} at 200 % zoom: {size}")
        for selector in (".main-nav", ".language-switcher", ".site-logo"):
            box = zoomed.locator(selector).first.bounding_box()
            if box is None or box["x"] < 0 or box["x"] + box["width"] > 320.5:
                problems.append(f"{path} at 200 % zoom: {selector} cut off ({box})")
        large_text.goto(path)
        large_text.add_style_tag(content="html { font-size: 200% !important; }")
        size = large_text.evaluate(OVERFLOW)
        if size["scrollWidth"] > size["clientWidth"]:
            problems.append(f"{path} with 200 % text: {size}")
    assert not problems, "\n".join(problems)
