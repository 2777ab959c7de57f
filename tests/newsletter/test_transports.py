"""Handing digests over: raw SMTP to a real server on loopback, anymail batches with merge
data, Django's backends; grouping renders once per identical digest."""

import email
import email.policy
import smtplib

import pytest
from aiosmtpd.controller import Controller
from anymail.message import AnymailRecipientStatus
from django.core import mail
from django.utils import timezone

from newsletter import runs, tasks, transports
from newsletter.models import Delivery, DeliveryStatus, Subscriber
from newsletter.tokens import subscriber_for_link
from tests import factories
from tests.smtp_sink import SmtpSink, _free_port

from .digest_helpers import make_subscriber, start

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("ui_strings_as_written")]


@pytest.fixture(autouse=True)
def _settings(settings):
    settings.NEWSLETTER_BATCH_SIZE = 100
    settings.NEWSLETTER_MAX_ATTEMPTS = 2
    settings.NEWSLETTER_TRANSPORT = ""
    settings.GLOKAL_PUBLIC_BASE_URL = "https://www.glokal.example"
    settings.NEWSLETTER_FROM_EMAIL = "Glokal Newsletter <newsletter@news.glokal.example>"


@pytest.fixture
def offers(content):
    offer = factories.add_offer(content["offers"], "Angebot Auto", sectors=[content["auto"]])
    factories.translate(offer, "pl")
    factories.add_offer(content["offers"], "Angebot Energie", sectors=[content["energy"]])
    return content


def use_smtp(settings, port):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_USE_TLS = False


def parts(message):
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    return text, html


def test_transport_follows_the_settings(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    assert transports.transport_name() == "smtp"
    settings.EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
    assert transports.transport_name() == "anymail"
    assert transports.esp_name() == "mailgun"
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    assert transports.transport_name() == "django"
    settings.NEWSLETTER_TRANSPORT = "smtp"
    assert isinstance(transports.transport_for_settings(), transports.SmtpTransport)


def test_smtp_fast_path_to_a_real_server(offers, monkeypatch, settings):
    auto = str(offers["auto"].translation_key)
    german = [make_subscriber(f"de{n}@example.org", sector_keys=[auto]) for n in range(3)]
    polish = make_subscriber("pl@example.org", language="pl", sector_keys=[auto])
    everything = make_subscriber("all@example.org", language="en")
    run, (batch,) = start(monkeypatch)
    with SmtpSink() as sink:
        use_smtp(settings, sink.port)
        connections = []
        real_open = transports.SmtpTransport.open

        def counting_open(self):
            connections.append(self)
            return real_open(self)

        monkeypatch.setattr(transports.SmtpTransport, "open", counting_open)
        tasks.send_batch.delay(batch.pk)
        received = sink.mails
    assert len(connections) == 1  # one connection for the whole batch
    assert sorted(r for m in received for r in m.recipients) == sorted(
        [s.email for s in german] + [polish.email, everything.email]
    )
    by_address = {m.recipients[0]: m for m in received}
    deliveries = {d.subscriber.email: d for d in Delivery.objects.filter(run=run)}
    for address, raw in by_address.items():
        message = raw.message()
        delivery = deliveries[address]
        assert raw.mail_from == "newsletter@news.glokal.example"
        assert message["To"] == address
        assert message["From"] == "Glokal Newsletter <newsletter@news.glokal.example>"
        assert message["Message-ID"] == f"<digest.{run.pk}.{delivery.pk}@news.glokal.example>"
        assert delivery.status == DeliveryStatus.SENT
        assert delivery.message_id == f"digest.{run.pk}.{delivery.pk}@news.glokal.example"
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        unsubscribe = message["List-Unsubscribe"]
        assert unsubscribe.startswith("<https://www.glokal.example/")
        url = unsubscribe.strip("<>")
        token = url.rstrip("/").rsplit("/", 1)[1]
        assert subscriber_for_link(token, Subscriber.objects.all()).email == address
        text, html = parts(message)
        assert url in text and url in html
        assert "GLK_" not in text + html
    # Content in the subscriber's language and interests.
    assert "[pl] Angebot Auto" in parts(by_address["pl@example.org"].message())[1]
    assert by_address["pl@example.org"].message()["Content-Language"] == "pl"
    german_text = parts(by_address["de0@example.org"].message())[0]
    assert "Angebot Auto" in german_text and "Angebot Energie" not in german_text
    english_html = parts(by_address["all@example.org"].message())[1]
    assert "Angebot Energie" in english_html and "in German" in english_html
    assert by_address["de1@example.org"].message()["Subject"] == (
        "Glokal: 1 new cooperation offer for you"
    )


class _Refusing:
    """An SMTP server that refuses one address and accepts the rest."""

    def __init__(self, refused):
        self.refused = refused
        self.accepted = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == self.refused:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.accepted.extend(envelope.rcpt_tos)
        return "250 Message accepted"


def test_a_refused_recipient_fails_alone(offers, monkeypatch, settings):
    for address in ("a@example.org", "nobody@example.org", "c@example.org"):
        make_subscriber(address)
    run, (batch,) = start(monkeypatch)
    handler = _Refusing("nobody@example.org")
    port = _free_port("127.0.0.1")
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        use_smtp(settings, port)
        tasks.send_batch.delay(batch.pk)
    finally:
        controller.stop()
    assert sorted(handler.accepted) == ["a@example.org", "c@example.org"]
    statuses = dict(Delivery.objects.filter(run=run).values_list("subscriber__email", "status"))
    assert statuses["nobody@example.org"] == DeliveryStatus.FAILED
    assert statuses["a@example.org"] == statuses["c@example.org"] == DeliveryStatus.SENT
    failed = Delivery.objects.get(run=run, status=DeliveryStatus.FAILED)
    assert "550" in failed.error and "No such user" in failed.error


def test_smtp_reconnects_when_the_server_hangs_up(offers, monkeypatch, settings):
    for n in range(3):
        make_subscriber(f"r{n}@example.org")
    run, (batch,) = start(monkeypatch)
    with SmtpSink() as sink:
        use_smtp(settings, sink.port)
        hang_ups = iter([True])
        real_sendmail = smtplib.SMTP.sendmail

        def flaky(self, *args, **kwargs):
            if next(hang_ups, False):
                self.close()
                raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
            return real_sendmail(self, *args, **kwargs)

        monkeypatch.setattr(smtplib.SMTP, "sendmail", flaky)
        tasks.send_batch.delay(batch.pk)
        assert sink.count == 3
    assert set(Delivery.objects.filter(run=run).values_list("status", flat=True)) == {"sent"}


def test_smtp_server_down_retries_then_fails(offers, monkeypatch, settings):
    make_subscriber("r@example.org")
    run, (batch,) = start(monkeypatch)
    use_smtp(settings, _free_port("127.0.0.1"))  # nobody listens there
    assert tasks.send_batch.delay(batch.pk).get() == "failed"
    delivery = Delivery.objects.get(run=run)
    assert delivery.status == DeliveryStatus.FAILED
    assert "SMTP connection failed" in delivery.error


def test_anymail_groups_identical_digests_into_batch_calls(offers, monkeypatch, settings):
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    auto = str(offers["auto"].translation_key)
    group = [make_subscriber(f"g{n}@example.org", sector_keys=[auto]) for n in range(5)]
    polish = make_subscriber("pl@example.org", language="pl", sector_keys=[auto])
    monkeypatch.setitem(transports.ESP_MERGE, "test", ("{{%s}}", 2, {}))  # per-call limit 2
    renders = []
    real_render = runs.render
    monkeypatch.setattr(
        runs, "render", lambda digest: renders.append(digest) or real_render(digest)
    )
    run, (batch,) = start(monkeypatch)
    tasks.send_batch.delay(batch.pk)

    assert len(renders) == 2  # one per identical digest, not per person
    assert sorted(len(m.to) for m in mail.outbox) == [1, 1, 2, 2]  # 5 cut into 2+2+1, and pl
    assert sorted(a for m in mail.outbox for a in m.to) == sorted(
        [s.email for s in group] + [polish.email]
    )
    for message in mail.outbox:
        params = message.anymail_test_params
        assert params["is_batch_send"] is True
        assert "{{glk_unsubscribe_url}}" in message.body
        assert "{{glk_preferences_url}}" in message.alternatives[0][0]
        for address in message.to:
            merge = params["merge_data"][address]
            headers = params["merge_headers"][address]
            assert headers["List-Unsubscribe"] == f"<{merge['glk_unsubscribe_url']}>"
            assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
            assert merge["glk_unsubscribe_url"].startswith("https://www.glokal.example/")
            token = merge["glk_unsubscribe_url"].rstrip("/").rsplit("/", 1)[1]
            assert subscriber_for_link(token, Subscriber.objects.all()).email == address
            delivery = Delivery.objects.get(run=run, subscriber__email=address)
            assert params["merge_metadata"][address]["glk_delivery"] == str(delivery.pk)
            assert delivery.status == DeliveryStatus.SENT
            assert delivery.message_id == str(message.anymail_status.recipients[address].message_id)
    polish_message = next(m for m in mail.outbox if m.to == ["pl@example.org"])
    assert "[pl] Angebot Auto" in polish_message.body


def test_esps_without_inline_merge_get_one_message_each(offers, monkeypatch, settings):
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    monkeypatch.delitem(transports.ESP_MERGE, "test")
    for n in range(3):
        make_subscriber(f"r{n}@example.org")
    run, (batch,) = start(monkeypatch)
    tasks.send_batch.delay(batch.pk)
    assert [len(m.to) for m in mail.outbox] == [1, 1, 1]
    for message in mail.outbox:
        headers = message.anymail_test_params["extra_headers"]
        assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        url = headers["List-Unsubscribe"].strip("<>")
        assert url in message.body and url in message.alternatives[0][0]
        assert "GLK_" not in message.body
    assert Delivery.objects.filter(run=run, status="sent").count() == 3


def test_an_esp_rejected_recipient_fails_alone(offers, monkeypatch, settings):
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    from anymail.backends.test import EmailBackend

    make_subscriber("ok@example.org")
    make_subscriber("bad@example.org")
    run, (batch,) = start(monkeypatch)

    def partly(self, payload, message):
        mail.outbox.append(message)
        return {
            "recipient_status": {
                address: AnymailRecipientStatus(
                    message_id=f"esp-{address}",
                    status="rejected" if address.startswith("bad") else "queued",
                )
                for address in payload.recipient_emails
            }
        }

    monkeypatch.setattr(EmailBackend, "post_to_esp", partly)
    tasks.send_batch.delay(batch.pk)
    rows = {
        d.subscriber.email: d for d in Delivery.objects.filter(run=run).select_related("subscriber")
    }
    assert rows["ok@example.org"].status == DeliveryStatus.SENT
    assert rows["ok@example.org"].message_id == "esp-ok@example.org"
    assert rows["bad@example.org"].status == DeliveryStatus.FAILED
    assert "rejected" in rows["bad@example.org"].error


def test_django_backends_get_one_message_per_recipient(offers, monkeypatch, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    for n in range(2):
        make_subscriber(f"r{n}@example.org", language="pl")
    run, (batch,) = start(monkeypatch)
    tasks.send_batch.delay(batch.pk)
    assert [m.to for m in mail.outbox] == [["r0@example.org"], ["r1@example.org"]]
    for message in mail.outbox:
        parsed = email.message_from_bytes(message.message().as_bytes(), policy=email.policy.default)
        assert parsed["Message-ID"].startswith(f"<digest.{run.pk}.")
        assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert (
            parsed["List-Unsubscribe"]
            .strip()
            .startswith("<https://www.glokal.example/pl/newsletter/")
        )
        assert parsed["Content-Language"] == "pl"
        assert "[pl] Angebot Auto" in message.body
    assert all(d.sent_at <= timezone.now() for d in Delivery.objects.filter(run=run))
