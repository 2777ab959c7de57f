"""End to end with the real parts (issue 5, quality bar): a web server, a Redis broker, a
Celery worker process and an SMTP server on loopback, sharing the committed test database.

A Polish and a German visitor subscribe through the signup form, confirm through the link in
the mail, offers are published, a digest run goes through Redis to the worker, and every mail
is checked at the SMTP server. The Polish subscriber unsubscribes with the RFC 8058 one-click
POST from the mail's header; the next run mails only the German one.

Requests go over real HTTP with no cookie jar (http.client): the one-click POST carries no
cookie, session or CSRF token, as a mail client's would not.
"""

import datetime
import http.client
import re
import time
from collections import Counter
from urllib.parse import urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from newsletter import forms as newsletter_forms
from newsletter.models import (
    ConsentAction,
    Delivery,
    DeliveryStatus,
    DigestRun,
    RunStatus,
    Subscriber,
    SubscriberStatus,
)
from newsletter.runs import start_run
from pages.exchange.tasks import send_offer_renewal_reminders
from pages.models import CooperationOfferPage
from tests import factories
from tests.helpers import wait_until

ONE_CLICK = "List-Unsubscribe=One-Click"


def request(url, method="GET", form=None, headers=None):
    """One HTTP request, no redirects followed, no cookies: (status, headers, body text)."""
    parts = urlsplit(url)
    body = urlencode(form, doseq=True) if form is not None else None
    headers = dict(headers or {})
    if body is not None:
        headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        connection.close()


def signup_form(page_html):
    """The fields the signup page's form would post as shown: hidden fields (source, the
    signed timestamp), the honeypot left empty, defaults of the radio buttons."""
    form = BeautifulSoup(page_html, "html.parser").select_one("form.newsletter-form")
    assert form is not None, "no signup form on the page"
    data = {}
    for field in form.find_all(["input", "select"]):
        name, kind = field.get("name"), field.get("type", "")
        if not name:
            continue
        if kind == "hidden" or (kind == "text" and name == newsletter_forms.HONEYPOT_FIELD):
            data[name] = field.get("value", "")
        elif kind == "radio" and field.has_attr("checked"):
            data[name] = field["value"]
        elif field.name == "select":
            selected = field.find("option", selected=True)
            data[name] = selected["value"] if selected else ""
    checkboxes = {
        (field["name"], field["value"])
        for field in form.find_all("input", type="checkbox")
        if field.get("value")
    }
    return data, checkboxes


def mails_to(sink, address):
    return [mail for mail in sink.mails if address in mail.recipients]


def bodies(message):
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


def test_a_task_goes_through_redis_to_the_worker_which_uses_the_test_database(
    start_worker, shared_db, smtp_sink
):
    """The harness itself: the worker process reads what this test committed, mails the sink
    and writes back to the same database."""
    home, _press = factories.build_site()
    index = factories.add_offer_index(home)
    expires = timezone.localdate() + datetime.timedelta(days=7)
    offer = factories.add_offer(index, title="Läuft bald ab", valid_until=expires)
    worker = start_worker()

    send_offer_renewal_reminders.delay()

    def reminded():
        return CooperationOfferPage.objects.filter(pk=offer.pk, reminder_sent_for=expires).exists()

    wait_until(reminded, message=f"the worker's reminder\n{worker.log_tail()}")
    assert smtp_sink.wait_for(1, timeout=10) == 1
    [received] = smtp_sink.mails
    assert "redaktion@glokal.example" in received.recipients
    assert offer.reference in received.message()["Subject"] + received.message().get_content()


@pytest.mark.slow
def test_subscribe_confirm_receive_the_digest_unsubscribe_in_one_click_and_receive_no_more(
    start_worker, web_server, mail_to_sink
):
    sink = mail_to_sink
    # Django and Celery boot in the worker while the site is built.
    worker = start_worker(wait=False)

    home, _press = factories.build_site()
    index = factories.add_offer_index(home)
    auto = factories.SectorFactory(name="Automobilindustrie", slug="automotive")
    energy = factories.SectorFactory(name="Energie", slug="energy")
    for instance in (home, index, auto, energy):
        factories.translate(instance, "pl")
    base = web_server.url

    # --- 1. Two visitors subscribe through the signup form -----------------------------------
    polish_address, german_address = "anna.nowak@firma.example", "jens.schulz@firma.example"
    visitors = {
        polish_address: ("pl", auto),
        german_address: ("de", energy),
    }
    pages = {}
    for address, (language, _sector) in visitors.items():
        status, _headers, page = request(f"{base}/{language}/newsletter/")
        assert status == 200
        pages[address] = signup_form(page)
    # The form's anti-spam rule: nobody types and ticks faster than MIN_FILL_SECONDS.
    time.sleep(newsletter_forms.MIN_FILL_SECONDS + 1)
    for address, (language, sector) in visitors.items():
        data, checkboxes = pages[address]
        assert data[newsletter_forms.HONEYPOT_FIELD] == ""
        assert data[newsletter_forms.STAMP_FIELD]
        assert ("sectors", str(sector.translation_key)) in checkboxes
        data.update(
            email=address,
            language=language,
            sectors=[str(sector.translation_key)],
            frequency="weekly",
            consent="on",
        )
        status, headers, _page = request(
            f"{base}/{language}/newsletter/", "POST", data, {"User-Agent": "e2e-browser/1.0"}
        )
        assert status == 303, _page[:2000]
        assert headers["Location"].endswith(f"/{language}/newsletter/check-your-inbox/")

    # --- 2. They confirm through the link in the mail (GET shows a page, POST confirms) ---
    sink.wait_for(2, timeout=20)
    for address, (language, _sector) in visitors.items():
        [confirmation] = mails_to(sink, address)
        message = confirmation.message()
        assert message["Content-Language"] == language
        link = re.search(r"https?://\S+/newsletter/confirm/\S+/", message.get_content()).group(0)
        assert link.startswith(f"{base}/{language}/")
        status, _headers, page = request(link)
        assert status == 200 and 'method="post"' in page
        assert Subscriber.objects.get(email=address).status == SubscriberStatus.PENDING
        status, _headers, _page = request(link, "POST", {})
        assert status == 200
        subscriber = Subscriber.objects.get(email=address)
        assert subscriber.status == SubscriberStatus.ACTIVE
        assert subscriber.language == language
        assert subscriber.sector_keys == [str(visitors[address][1].translation_key)]
        consents = list(subscriber.consents.all())
        assert [record.action for record in consents] == [
            ConsentAction.REQUESTED,
            ConsentAction.CONFIRMED,
        ]
        assert consents[0].user_agent == "e2e-browser/1.0"
        # Used once: the same link now says so and changes nothing.
        assert request(link, "POST", {})[0] == 410
    sink.reset()

    # --- 3. Offers appear, matching and not matching their interests ----------------------
    def publish(title, sector):
        offer = factories.add_offer(index, title=title, sectors=[sector])
        factories.translate(offer, "pl")
        return offer

    gears = publish("Getriebeteile aus Sachsen gesucht", auto)
    solar = publish("Partner für Solarparks in Niederschlesien", energy)

    # --- 4. A digest run goes through Redis to the worker process --------------------------
    worker.wait_ready()
    first = start_run("weekly")
    assert first.recipient_count == 2
    wait_until(
        lambda: DigestRun.objects.filter(pk=first.pk, status=RunStatus.DONE).exists(),
        message=f"the first run to finish\n{worker.log_tail()}",
    )
    assert Counter(r for mail in sink.mails for r in mail.recipients) == {
        polish_address: 1,
        german_address: 1,
    }

    expectations = {
        # address: (language, offer in the digest, offer not in it)
        polish_address: ("pl", gears, solar),
        german_address: ("de", solar, gears),
    }
    unsubscribe_links = {}
    for address, (language, wanted, unwanted) in expectations.items():
        [received] = mails_to(sink, address)
        assert received.recipients == (address,)
        message = received.message()
        assert message["To"] == address
        assert message["Content-Language"] == language
        text, html = bodies(message)
        title = wanted.title if language == "de" else f"[{language}] {wanted.title}"
        assert title in text and title in html
        translated = wanted.get_translation(factories.locale(language))
        assert f"{base}{translated.url}" in text  # the page in the subscriber's language
        assert unwanted.title not in text + html  # neither the German title nor "[pl] …"
        unsubscribe = re.fullmatch(r"<(\S+)>", message["List-Unsubscribe"]).group(1)
        assert unsubscribe.startswith(f"{base}/{language}/newsletter/unsubscribe/")
        assert message["List-Unsubscribe-Post"] == ONE_CLICK
        assert unsubscribe in text
        delivery = Delivery.objects.get(run=first, subscriber__email=address)
        assert delivery.status == DeliveryStatus.SENT
        assert f"<{delivery.message_id}>" == message["Message-ID"]
        unsubscribe_links[address] = unsubscribe

    # --- 5. One-click unsubscribe, as a mail client does it (RFC 8058) ---------------------
    link = unsubscribe_links[polish_address]
    status, _headers, _page = request(link)  # a GET only shows the page
    assert status == 200
    assert Subscriber.objects.get(email=polish_address).status == SubscriberStatus.ACTIVE
    status, _headers, _page = request(link, "POST", {"List-Unsubscribe": "One-Click"})
    assert status == 200
    polish = Subscriber.objects.get(email=polish_address)
    assert polish.status == SubscriberStatus.UNSUBSCRIBED
    assert polish.consents.filter(action=ConsentAction.UNSUBSCRIBED).count() == 1

    # --- 6. More offers, another run: nothing for the unsubscribed address -----------------
    sink.reset()
    more_gears = publish("Zulieferer für Elektromotoren gesucht", auto)
    more_solar = publish("Speicher für Windparks gesucht", energy)
    second = start_run("weekly")
    assert second.recipient_count == 1
    wait_until(
        lambda: DigestRun.objects.filter(pk=second.pk, status=RunStatus.DONE).exists(),
        message=f"the second run to finish\n{worker.log_tail()}",
    )
    assert not Delivery.objects.filter(run=second, subscriber=polish).exists()
    [received] = sink.mails
    assert received.recipients == (german_address,)
    text, html = bodies(received.message())
    assert more_solar.title in text
    assert solar.title not in text  # already in the last digest
    assert more_gears.title not in text
    # Nothing more arrives later (a stray task would have sent by now).
    time.sleep(1)
    assert not mails_to(sink, polish_address)
