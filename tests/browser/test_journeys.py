"""Visitors' journeys in Chromium, each in another language (issue 7, item 1).

They use the site as a visitor does, through what is on the screen (labels, buttons, links,
the language switcher) and check what a visitor sees; the mails come from the server's outbox.
The public forms' spam protection stays on: every journey waits the minimum fill time before
sending a form, as a person needs longer anyway.
"""

import re
import time
from pathlib import Path

import icalendar
from playwright.sync_api import expect

from newsletter.forms import MIN_FILL_SECONDS as NEWSLETTER_MIN_FILL_SECONDS
from pages.core.public_forms.stamps import MIN_FORM_SECONDS
from pages.core.public_forms.stamps import MIN_FORM_SECONDS as INQUIRY_MIN_FILL_SECONDS
from pages.core.public_forms.stamps import MIN_FORM_SECONDS as MIN_RESUBMIT_SECONDS
from tests.factories import unique_email


def wait_since(shown_at, seconds):
    """Sleep until `seconds` (plus a margin) have passed since a form was shown."""
    remaining = shown_at + seconds + 0.5 - time.monotonic()
    if remaining > 0:
        time.sleep(remaining)


def links_in(text, site_url, path_part):
    """Absolute links to this server in a mail text that contain `path_part`."""
    found = re.findall(r"https?://[^\s<>\"]+", text)
    return [url for url in found if url.startswith(site_url) and path_part in url]


def heading(page):
    return page.locator("main h1").first


# --- 1. Calendar (English) -----------------------------------------------------------------


def country_of(card):
    """The country shown on an event card ("City, Country"), or None for online events."""
    meta = card.locator(".meta").inner_text()
    return meta.rsplit(",", 1)[1].strip() if "," in meta else None


def format_of(card):
    return re.search(r"badge--([\w-]+)", card.locator(".badge").get_attribute("class")).group(1)


def titles(cards):
    return [card.locator(".event-card__title").inner_text().strip() for card in cards.all()]


def test_calendar_browse_filter_open_event_and_download_ics(new_page, demo, ui_text):
    page = new_page("en")
    page.goto(demo.url("calendar", "en"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(heading(page)).to_have_text(demo.title("calendar", "en"))
    cards = page.locator("main .event-card")
    expect(cards.first).to_be_visible()
    everything = titles(cards)
    formats = [format_of(card) for card in cards.all()]

    # Filter by a format (hybrid events count as both): an event of another format leaves.
    event_format = next(
        value
        for value in formats
        if value != "hybrid" and any(other not in {value, "hybrid"} for other in formats)
    )
    left_out = everything[
        next(i for i, f in enumerate(formats) if f not in {event_format, "hybrid"})
    ]
    page.get_by_label(ui_text("en", "Format"), exact=True).select_option(event_format)
    page.get_by_role("button", name=ui_text("en", "Apply filters")).click()
    expect(page).to_have_url(re.compile(rf"[?&]format={event_format}"))
    expect(cards.first).to_be_visible()
    by_format = titles(cards)
    assert left_out not in by_format
    assert set(by_format) <= set(everything)
    assert {format_of(card) for card in cards.all()} <= {event_format, "hybrid"}

    # … and by a country (the venue's, or a region's there): an event held there stays.
    held_in = {country_of(card): title for card, title in zip(cards.all(), by_format, strict=True)}
    country = next((name for name in held_in if name), None)
    country_select = page.get_by_label(ui_text("en", "Country"), exact=True)
    if country:
        country_select.select_option(label=country)
    else:
        country_select.select_option(index=1)
        country = country_select.locator("option:checked").inner_text().strip()
    page.get_by_role("button", name=ui_text("en", "Apply filters")).click()
    expect(page).to_have_url(re.compile(r"[?&]country=[A-Z]{2}"))
    expect(page).to_have_url(re.compile(rf"[?&]format={event_format}"))
    expect(country_select).to_have_value(re.compile(r"^[A-Z]{2}$"))
    expect(page.get_by_label(ui_text("en", "Format"), exact=True)).to_have_value(event_format)
    expect(cards.first).to_be_visible()
    by_both = titles(cards)
    assert set(by_both) <= set(by_format)
    if country in held_in:
        assert held_in[country] in by_both

    # Open the first event.
    link = cards.first.locator(".event-card__title a")
    title = link.inner_text().strip()
    link.click()
    expect(heading(page)).to_have_text(title)

    # Download its iCalendar file: it parses and describes this event.
    with page.expect_download() as download_info:
        page.get_by_role("link", name=ui_text("en", "Add to calendar (.ics)")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = icalendar.Calendar.from_ical(Path(download.path()).read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events, "the .ics file has no VEVENT"
    assert {str(event.get("SUMMARY")) for event in events} == {title}
    assert all(event.get("DTSTART") is not None for event in events)


# --- 2. Newsletter (Polish) ----------------------------------------------------------------


def test_newsletter_subscribe_confirm_change_preferences_unsubscribe(
    new_page, demo, outbox, ui_text, site_url
):
    address = unique_email("newsletter")
    page = new_page("pl")
    page.goto(demo.url("newsletter", "pl"))
    shown_at = time.monotonic()
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    form = page.locator("main form.newsletter-form")
    form.get_by_label(ui_text("pl", "Email address"), exact=False).first.fill(address)
    # Interests: one sector and one country (checkboxes in their groups).
    sectors = form.locator("fieldset#id_sectors")
    sector_box = sectors.locator("input[type=checkbox]").first
    sector_name = sectors.locator("label").first.inner_text().strip()
    sector_box.check()
    countries = form.locator("fieldset#id_countries")
    country_name = countries.locator("label").first.inner_text().strip()
    countries.locator("input[type=checkbox]").first.check()
    form.locator("fieldset#id_frequency input[value=weekly]").check()
    form.locator("#id_consent").check()
    wait_since(shown_at, NEWSLETTER_MIN_FILL_SECONDS)
    form.get_by_role("button", name=ui_text("pl", "Subscribe")).click()

    expect(page).to_have_url(re.compile(r"/pl/newsletter/check-your-inbox/$"))
    expect(heading(page)).to_have_text(ui_text("pl", "Please check your inbox"))
    expect(page.locator("main [role=status]")).to_be_visible()

    # The confirmation mail, in Polish, with a link back to this site.
    (mail,) = outbox.wait_for(address)
    assert mail["Content-Language"] in (None, "pl")
    confirm_links = links_in(outbox.text(mail), site_url, "/pl/newsletter/confirm/")
    assert len(confirm_links) == 1, outbox.text(mail)

    page.goto(confirm_links[0])
    expect(heading(page)).to_have_text(ui_text("pl", "Confirm your subscription"))
    interests = page.locator("main .newsletter-interests")
    expect(interests).to_contain_text(sector_name)
    expect(interests).to_contain_text(country_name)
    page.get_by_role("button", name=ui_text("pl", "Confirm subscription")).click()
    expect(heading(page)).to_have_text(ui_text("pl", "Your subscription is confirmed"))
    expect(page.locator("main [role=status]")).to_contain_text(address)

    # Preferences: weekly → monthly, saved and shown again.
    page.get_by_role("link", name=ui_text("pl", "Your newsletter settings")).click()
    expect(heading(page)).to_have_text(ui_text("pl", "Your newsletter settings"))
    frequency = page.locator("main fieldset#id_frequency")
    expect(frequency.locator("input[value=weekly]")).to_be_checked()
    expect(page.locator("main fieldset#id_sectors input:checked")).to_have_count(1)
    frequency.locator("input[value=monthly]").check()
    page.get_by_role("button", name=ui_text("pl", "Save settings")).click()
    expect(page.locator("main .notice[role=status]")).to_have_text(
        ui_text("pl", "Your settings have been saved.")
    )
    page.reload()
    expect(frequency.locator("input[value=monthly]")).to_be_checked()
    expect(frequency.locator("input[value=weekly]")).not_to_be_checked()

    # Unsubscribe through the unsubscribe page.
    page.get_by_role("link", name=ui_text("pl", "Unsubscribe from the newsletter")).click()
    expect(heading(page)).to_have_text(ui_text("pl", "Unsubscribe from the newsletter"))
    expect(page.locator("main .lead")).to_contain_text(address)
    page.get_by_role("button", name=ui_text("pl", "Unsubscribe"), exact=True).click()
    expect(heading(page)).to_have_text(ui_text("pl", "You have been unsubscribed"))
    expect(page.locator("main [role=status]")).to_contain_text(address)

    # The data page offers to mail a link (a link in a mail never opens the data itself) …
    page.get_by_role("link", name=ui_text("pl", "Download or delete your data")).click()
    expect(heading(page)).to_have_text(ui_text("pl", "Download or delete your data"))
    # … and the settings page now says the address is unsubscribed, with no unsubscribe link.
    page.get_by_role("link", name=ui_text("pl", "Back to your newsletter settings")).click()
    expect(page.locator("main .notice[role=status]")).to_contain_text(
        ui_text(
            "pl",
            "This address does not receive the newsletter at the moment. To receive it "
            "again, please sign up again; you will get a new confirmation link.",
        )
    )
    expect(
        page.get_by_role("link", name=ui_text("pl", "Unsubscribe from the newsletter"))
    ).to_have_count(0)
    # No further mail went out (no second confirmation, no digest).
    assert len(outbox.messages(to=address)) == 1


# --- 3. Offer submission (Czech) -----------------------------------------------------------


def fill_offer_form(form, address):
    """Every required field of the submission form, as a Czech company would fill it in."""
    form.locator("#id_title").fill("Hledáme distributora senzorů v Sasku")
    form.locator("#id_kind").select_option(index=1)
    form.locator("#id_summary").fill(
        "Vyvíjíme senzory vlhkosti pro zemědělství a hledáme partnera pro distribuci."
    )
    form.locator("#id_description").fill("Senzory měří vlhkost půdy.\n\nHledáme distributora.")
    form.locator("#id_keywords").fill("senzory, vlhkost, zemědělství")
    form.locator("fieldset#id_sectors input[type=checkbox]").first.check()
    form.locator("#id_company_country").select_option("CZ")
    form.locator("fieldset#id_target_countries input[value=DE]").check()
    form.locator("fieldset#id_partner_types input[type=checkbox]").first.check()
    form.locator("fieldset#id_partnership_types input[type=checkbox]").first.check()
    form.locator("#id_company_name").fill("Senzory Ústí s.r.o.")
    form.locator("#id_contact_name").fill("Jana Nováková")
    form.locator("#id_email").fill(address)
    form.locator("#id_consent").check()


def test_offer_submission_with_a_validation_error_on_the_way(new_page, demo, outbox, ui_text):
    address = unique_email("company")
    page = new_page("cs")
    page.goto(demo.url("offer-index", "cs"))
    page.get_by_role("link", name=ui_text("cs", "Submit a cooperation offer")).click()
    shown_at = time.monotonic()
    expect(heading(page)).to_have_text(ui_text("cs", "Submit a cooperation offer"))
    expect(page.locator("html")).to_have_attribute("lang", "cs")

    form = page.locator("main form.offer-form")
    fill_offer_form(form, address)
    form.locator("#id_email").fill("jana.novakova@")  # not an address
    wait_since(shown_at, MIN_FORM_SECONDS)
    form.get_by_role("button", name=ui_text("cs", "Send offer for review")).click()

    # Shown again with the error: a summary (an alert) linking to the field, the message
    # next to the field and tied to it, the field marked invalid; what was typed is kept.
    shown_at = time.monotonic()
    summary = page.locator("main .error-summary[role=alert]")
    expect(summary).to_be_visible()
    summary_link = summary.locator("a[href='#id_email']")
    expect(summary_link).to_have_count(1)
    email = page.locator("#id_email")
    expect(email).to_have_attribute("aria-invalid", "true")
    error = page.locator("#id_email_error")
    expect(error).to_be_visible()
    assert error.inner_text().strip()
    described_by = (email.get_attribute("aria-describedby") or "").split()
    assert "id_email_error" in described_by
    expect(page.locator("#id_title")).to_have_value("Hledáme distributora senzorů v Sasku")
    assert page.title().startswith(ui_text("cs", "Error:"))
    # Following the summary's link puts the cursor into the field.
    summary_link.click()
    expect(email).to_be_focused()

    email.fill(address)
    form.locator("#id_consent").check()
    wait_since(shown_at, MIN_RESUBMIT_SECONDS)
    form.get_by_role("button", name=ui_text("cs", "Send offer for review")).click()
    expect(heading(page)).to_have_text(ui_text("cs", "Thank you for your offer"))
    expect(page.locator("main .error-summary")).to_have_count(0)
    # The company gets a confirmation mail.
    outbox.wait_for(address)


# --- 4. Inquiry on an offer (German) -------------------------------------------------------


def test_inquiry_on_an_offer(new_page, demo, outbox, ui_text, site_url):
    address = unique_email("inquirer")
    page = new_page("de")
    page.goto(demo.url("offer", "de"))
    expect(heading(page)).to_have_text(demo.title("offer", "de"))
    page.get_by_role("link", name=ui_text("de", "I am interested")).click()
    shown_at = time.monotonic()
    expect(heading(page)).to_have_text(ui_text("de", "I am interested"))
    expect(page.locator("main .lead")).to_contain_text(demo.title("offer", "de"))

    form = page.locator("main form.inquiry-form")
    form.locator("#id_name").fill("Erika Musterfrau")
    form.locator("#id_organisation").fill("Muster Medizintechnik GmbH")
    form.locator("#id_email").fill(address)
    form.locator("#id_country").select_option("DE")
    form.locator("#id_message").fill(
        "Wir entwickeln Wundkameras und suchen einen Partner für die Bildanalyse. "
        "Bitte stellen Sie den Kontakt her."
    )
    form.locator("#id_consent").check()
    wait_since(shown_at, INQUIRY_MIN_FILL_SECONDS)
    form.get_by_role("button", name=ui_text("de", "Send inquiry")).click()

    expect(heading(page)).to_have_text(ui_text("de", "Please check your inbox"))
    expect(page.locator("main [role=status]")).to_be_visible()

    # The visitor confirms the address through the mail's link; then the inquiry goes out.
    (mail,) = outbox.wait_for(address)
    links = links_in(outbox.text(mail), site_url, "/inquiries/confirm/")
    assert len(links) == 1, outbox.text(mail)
    page.goto(links[0])  # opening the link changes nothing: the button confirms
    expect(heading(page)).to_have_text(ui_text("de", "Confirm your inquiry"))
    page.get_by_role("button", name=ui_text("de", "Confirm and forward the inquiry")).click()
    expect(heading(page)).to_have_text(ui_text("de", "Thank you"))
    expect(page.locator("main [role=status]")).to_contain_text(demo.title("offer", "de"))

    def forwarded():
        return [
            message
            for message in outbox.messages()
            if address not in str(message["To"]) and address in outbox.text(message)
        ]

    deadline = time.monotonic() + 10
    while not forwarded() and time.monotonic() < deadline:
        time.sleep(0.2)
    (forward,) = forwarded()
    assert "Erika Musterfrau" in outbox.text(forward)


# --- 5. Language switch on a press release (German → Czech → Polish) ----------------------


def switch_language(page, language):
    switcher = page.get_by_role("navigation", name=re.compile(".+")).filter(
        has=page.locator(f"a[hreflang={language}]")
    )
    link = switcher.locator(f"a[hreflang={language}]")
    expect(link).not_to_have_attribute("data-fallback", "home")
    link.click()


def test_language_switch_on_a_press_release_lands_on_its_translation(new_page, demo):
    page = new_page("de")
    page.goto(demo.url("release", "de"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(heading(page)).to_have_text(demo.title("release", "de"))

    for language in ("cs", "pl"):
        switch_language(page, language)
        expect(page).to_have_url(demo.url("release", language))
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(heading(page)).to_have_text(demo.title("release", language))
        current = page.locator(".language-switcher [aria-current]")
        expect(current).to_have_attribute("lang", language)
