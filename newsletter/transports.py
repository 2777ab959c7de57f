"""Handing rendered digests over for delivery.

`transport_for_settings()` picks one by NEWSLETTER_TRANSPORT, else by EMAIL_BACKEND:

- "smtp": one smtplib connection per batch; each group of identical digests is encoded once
  as a MIME skeleton, and per recipient only the links are substituted into the two bodies
  and base64-encoded, and the To, Message-ID and List-* headers written.
- "anymail": one ESP API call per chunk of identical digests, with per-recipient merge data
  (the links) and merge headers (List-Unsubscribe), cut to the ESP's per-call limit; ESPs
  that cannot merge inline bodies get per-recipient messages over one connection.
- "django": per-recipient EmailMultiAlternatives over one connection of EMAIL_BACKEND (the
  outbox of the demo, locmem in tests, console …).

Every transport reports each recipient to a `recorder` (see `newsletter.runs.Recorder`) the
moment the server or ESP accepted it: `recorder.sent(delivery_id, message_id)`, or
`recorder.failed(delivery_id, error)` for a recipient refused on its own. Errors that concern
the whole hand-over (connection, authentication, ESP outage) raise `TransportError`; the task
retries the batch later, and only deliveries not yet recorded as sent are tried again.
"""

import binascii
import email.utils
import html
import smtplib
import ssl
import uuid
from dataclasses import dataclass
from email.header import Header

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection

from .digest import PREFERENCES_PLACEHOLDER, UNSUBSCRIBE_PLACEHOLDER, list_headers, substitute

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
DEFAULT_ESP_LIMIT = 100
# ESPs whose batch send substitutes per-recipient merge data in inline (non-template)
# bodies and accepts per-recipient headers, with the field syntax their bodies use and the
# recipients one API call may carry. Checked against anymail's backends: Postmark, Amazon
# SES and Mailjet merge only into ESP-stored templates, Mandrill and MailerSend have no
# per-recipient headers, Resend has no merge data; those get per-recipient messages.
ESP_MERGE = {
    "test": ("{{%s}}", 1000, {}),
    "mailgun": ("%%recipient.%s%%", 1000, {}),
    # Legacy substitutions: the field format is set per message so no setting is needed.
    "sendgrid": ("-%s-", 1000, {"merge_field_format": "-{}-"}),
    "sparkpost": ("{{{%s}}}", 1000, {}),
    "unisender_go": ("{{%s}}", 500, {}),
}
MERGE_FIELDS = {"unsubscribe_url": "glk_unsubscribe_url", "preferences_url": "glk_preferences_url"}
# ESP statuses that mean the ESP did not take the recipient.
REFUSED_STATUSES = {"rejected", "invalid", "failed"}


class TransportError(Exception):
    """The hand-over as a whole failed; the batch is retried later."""


@dataclass(frozen=True)
class Recipient:
    delivery_id: int
    address: str
    unsubscribe_url: str
    preferences_url: str
    message_id: str  # without angle brackets
    run_id: int | None = None


def esp_name(backend=None):
    """ "mailgun" for anymail.backends.mailgun.EmailBackend."""
    backend = backend or settings.EMAIL_BACKEND
    parts = backend.split(".")
    return parts[2] if len(parts) > 3 and parts[0] == "anymail" else ""


def transport_name():
    name = (getattr(settings, "NEWSLETTER_TRANSPORT", "") or "").strip().lower()
    if name:
        return name
    backend = settings.EMAIL_BACKEND
    if backend == SMTP_BACKEND:
        return "smtp"
    if backend.startswith("anymail."):
        return "anymail"
    return "django"


def transport_for_settings():
    """A fresh transport for one batch, as the settings choose."""
    name = transport_name()
    try:
        return TRANSPORTS[name]()
    except KeyError:
        raise TransportError(f"Unknown NEWSLETTER_TRANSPORT {name!r}") from None


def from_header():
    return settings.NEWSLETTER_FROM_EMAIL


def envelope_sender():
    return email.utils.parseaddr(settings.NEWSLETTER_FROM_EMAIL)[1]


class Transport:
    name = ""

    def __enter__(self):
        self.open()
        return self

    def __exit__(self, *exc):
        self.close()

    def open(self):
        pass

    def close(self):
        pass

    def send_group(self, rendered, recipients, recorder):
        raise NotImplementedError


# --- SMTP --------------------------------------------------------------------------------


BASE64_LINE = 57  # bytes per 76-character base64 line (RFC 2045)


def _encode_body(data):
    """base64 in lines of 76 characters, CRLF-terminated as SMTP wants them. One C call for
    the whole body, then the line breaks (encodebytes loops in Python per line)."""
    encoded = binascii.b2a_base64(data, newline=False)
    step = 76
    lines = [encoded[i : i + step] for i in range(0, len(encoded), step)]
    lines.append(b"")
    return b"\r\n".join(lines)


class _PreEncodedBody:
    """A body whose per-recipient links sit near its end (the footer): everything before the
    first link, cut at a base64 line boundary, is encoded once per group; per recipient only
    the rest is substituted and encoded."""

    def __init__(self, body, escape):
        raw = body.encode("utf-8")
        markers = [UNSUBSCRIBE_PLACEHOLDER.encode(), PREFERENCES_PLACEHOLDER.encode()]
        found = [raw.find(marker) for marker in markers if raw.find(marker) >= 0]
        cut = (min(found) // BASE64_LINE) * BASE64_LINE if found else len(raw)
        cut -= cut % BASE64_LINE
        self.head = _encode_body(raw[:cut]) if cut else b""
        self.tail = raw[cut:]
        self.escape = escape

    def encode(self, unsubscribe_url, preferences_url):
        if self.escape:
            unsubscribe_url = html.escape(unsubscribe_url)
            preferences_url = html.escape(preferences_url)
        tail = self.tail.replace(UNSUBSCRIBE_PLACEHOLDER.encode(), unsubscribe_url.encode())
        tail = tail.replace(PREFERENCES_PLACEHOLDER.encode(), preferences_url.encode())
        return self.head + _encode_body(tail)


def _ascii_address(address):
    """The address for SMTP headers and envelope; international domains in IDNA. A
    non-ASCII local part would need SMTPUTF8, which the relay may lack: refused."""
    local, _at, domain = address.rpartition("@")
    try:
        local.encode("ascii")
    except UnicodeEncodeError:
        raise ValueError("address needs SMTPUTF8") from None
    try:
        domain.encode("ascii")
    except UnicodeEncodeError:
        domain = domain.encode("idna").decode("ascii")
    return f"{local}@{domain}"


@dataclass
class _Skeleton:
    """The parts of one group's message that every recipient shares, already encoded."""

    head: bytes  # From, Subject, Date, MIME headers …, up to the per-recipient headers
    boundary: bytes
    text: _PreEncodedBody
    html: _PreEncodedBody

    @classmethod
    def build(cls, rendered):
        boundary = f"=_glk_{uuid.uuid4().hex}"
        subject = Header(rendered.subject, "utf-8", header_name="Subject").encode()
        sender = email.utils.parseaddr(from_header())
        from_value = email.utils.formataddr(sender, charset="utf-8")
        head = (
            f"From: {from_value}\r\n"
            f"Subject: {subject}\r\n"
            f"Date: {email.utils.formatdate(localtime=False)}\r\n"
            "MIME-Version: 1.0\r\n"
            f"Content-Language: {rendered.language}\r\n"
            f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n'
        ).encode("ascii")
        return cls(
            head,
            boundary.encode("ascii"),
            _PreEncodedBody(rendered.text, escape=False),
            _PreEncodedBody(rendered.html, escape=True),
        )

    def message(self, recipient, address):
        unsubscribe, preferences = recipient.unsubscribe_url, recipient.preferences_url
        boundary = self.boundary
        return b"".join(
            (
                self.head,
                b"To: ",
                address.encode("ascii"),
                b"\r\nMessage-ID: <",
                recipient.message_id.encode("ascii"),
                b">\r\nList-Unsubscribe: <",
                unsubscribe.encode("ascii"),
                b">\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n\r\n--",
                boundary,
                b'\r\nContent-Type: text/plain; charset="utf-8"\r\n'
                b"Content-Transfer-Encoding: base64\r\n\r\n",
                self.text.encode(unsubscribe, preferences),
                b"--",
                boundary,
                b'\r\nContent-Type: text/html; charset="utf-8"\r\n'
                b"Content-Transfer-Encoding: base64\r\n\r\n",
                self.html.encode(unsubscribe, preferences),
                b"--",
                boundary,
                b"--\r\n",
            )
        )


class SmtpTransport(Transport):
    """Raw smtplib over one connection; the fastest way to an SMTP relay."""

    name = "smtp"
    RECONNECTS = 2

    def __init__(self):
        self.connection = None
        self.sender = envelope_sender()

    def open(self):
        try:
            if getattr(settings, "EMAIL_USE_SSL", False):
                connection = smtplib.SMTP_SSL(
                    settings.EMAIL_HOST,
                    settings.EMAIL_PORT,
                    timeout=getattr(settings, "EMAIL_TIMEOUT", None) or 60,
                    context=ssl.create_default_context(),
                )
            else:
                connection = smtplib.SMTP(
                    settings.EMAIL_HOST,
                    settings.EMAIL_PORT,
                    timeout=getattr(settings, "EMAIL_TIMEOUT", None) or 60,
                )
                if settings.EMAIL_USE_TLS:
                    connection.starttls(context=ssl.create_default_context())
            if settings.EMAIL_HOST_USER:
                connection.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        except (OSError, smtplib.SMTPException) as error:
            raise TransportError(f"SMTP connection failed: {error}") from error
        self.connection = connection

    def close(self):
        if self.connection is not None:
            try:
                self.connection.quit()
            except (OSError, smtplib.SMTPException):
                self.connection.close()
            self.connection = None

    def _send(self, address, data):
        for attempt in range(self.RECONNECTS + 1):
            try:
                return self.connection.sendmail(self.sender, [address], data)
            except smtplib.SMTPServerDisconnected as error:
                if attempt == self.RECONNECTS:
                    raise TransportError(f"SMTP server disconnected: {error}") from error
                self.close()
                self.open()

    def send_group(self, rendered, recipients, recorder):
        skeleton = _Skeleton.build(rendered)
        for recipient in recipients:
            try:
                address = _ascii_address(recipient.address)
            except ValueError as error:
                recorder.failed(recipient.delivery_id, str(error))
                continue
            data = skeleton.message(recipient, address)
            try:
                self._send(address, data)
            except smtplib.SMTPRecipientsRefused as error:
                recorder.failed(recipient.delivery_id, _smtp_error(error))
                continue
            except smtplib.SMTPDataError as error:
                if 500 <= error.smtp_code < 600:  # permanent, for this message only
                    recorder.failed(recipient.delivery_id, _smtp_error(error))
                    continue
                raise TransportError(_smtp_error(error)) from error
            except (smtplib.SMTPException, OSError) as error:
                raise TransportError(f"SMTP error: {_smtp_error(error)}") from error
            recorder.sent(recipient.delivery_id, recipient.message_id)


def _smtp_error(error):
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{code} {message.decode(errors='replace') if isinstance(message, bytes) else message}"
            for code, message in error.recipients.values()
        )
    code = getattr(error, "smtp_code", None)
    message = getattr(error, "smtp_error", None)
    if code is not None:
        if isinstance(message, bytes):
            message = message.decode(errors="replace")
        return f"{code} {message}"
    return str(error) or error.__class__.__name__


# --- anymail -----------------------------------------------------------------------------


class _BackendTransport(Transport):
    """A transport over one connection of a Django mail backend, opened per batch."""

    failure = "mail connection failed"

    def open(self):
        self.connection = get_connection(self.backend, fail_silently=False)
        try:
            self.connection.open()
        except Exception as error:
            raise TransportError(f"{self.failure}: {error}") from error

    def close(self):
        if self.connection is not None:
            try:
                self.connection.close()
            finally:
                self.connection = None


class AnymailTransport(_BackendTransport):
    """Identical digests as ESP batch sends with merge data, where the ESP can."""

    name = "anymail"
    failure = "ESP connection failed"

    def __init__(self, backend=None):
        self.backend = backend or settings.EMAIL_BACKEND
        self.esp = esp_name(self.backend)
        self.merge = ESP_MERGE.get(self.esp)
        self.connection = None

    @property
    def limit(self):
        return self.merge[1] if self.merge else DEFAULT_ESP_LIMIT

    def send_group(self, rendered, recipients, recorder):
        if self.merge is None:
            return self._send_each(rendered, recipients, recorder)
        syntax, limit, esp_extra = self.merge
        fields = {name: syntax % field for name, field in MERGE_FIELDS.items()}
        text = substitute(rendered.text, fields["unsubscribe_url"], fields["preferences_url"])
        html_body = substitute(rendered.html, fields["unsubscribe_url"], fields["preferences_url"])
        for start in range(0, len(recipients), limit):
            chunk = recipients[start : start + limit]
            message = self._message(rendered.subject, text, html_body, [r.address for r in chunk])
            message.merge_data = {
                r.address: {
                    MERGE_FIELDS["unsubscribe_url"]: r.unsubscribe_url,
                    MERGE_FIELDS["preferences_url"]: r.preferences_url,
                }
                for r in chunk
            }
            message.merge_headers = {r.address: list_headers(r.unsubscribe_url) for r in chunk}
            message.merge_metadata = {r.address: _metadata(r) for r in chunk}
            if esp_extra:
                message.esp_extra = dict(esp_extra)
            self._hand_over(message, chunk, recorder)

    def _send_each(self, rendered, recipients, recorder):
        for recipient in recipients:
            unsubscribe, preferences = recipient.unsubscribe_url, recipient.preferences_url
            message = self._message(
                rendered.subject,
                substitute(rendered.text, unsubscribe, preferences),
                substitute(rendered.html, unsubscribe, preferences, escape=True),
                [recipient.address],
            )
            message.extra_headers.update(list_headers(unsubscribe))
            message.metadata = _metadata(recipient)
            self._hand_over(message, [recipient], recorder)

    def _message(self, subject, text, html_body, to):
        from anymail.message import AnymailMessage

        message = AnymailMessage(
            subject=subject,
            body=text,
            from_email=from_header(),
            to=to,
            connection=self.connection,
        )
        message.attach_alternative(html_body, "text/html")
        return message

    def _hand_over(self, message, chunk, recorder):
        from anymail.exceptions import AnymailError, AnymailRecipientsRefused

        try:
            message.send()
        except AnymailRecipientsRefused as error:
            for recipient in chunk:
                recorder.failed(recipient.delivery_id, f"refused by the ESP: {error}")
            return
        except (AnymailError, OSError) as error:
            raise TransportError(f"ESP error: {error}") from error
        statuses = message.anymail_status.recipients or {}
        sent = []
        for recipient in chunk:
            status = statuses.get(recipient.address) or statuses.get(recipient.address.lower())
            if status is not None and status.status in REFUSED_STATUSES:
                recorder.failed(recipient.delivery_id, f"{status.status} by the ESP")
                continue
            message_id = (status or message.anymail_status).message_id
            sent.append((recipient.delivery_id, "" if message_id is None else str(message_id)))
        recorder.sent_many(sent)


def _metadata(recipient):
    # Lets the tracking webhook find the delivery even where the ESP reports no message id.
    return {"glk_delivery": str(recipient.delivery_id), "glk_run": str(recipient.run_id or "")}


# --- Django's mail backends --------------------------------------------------------------


class DjangoTransport(_BackendTransport):
    """Per-recipient messages over one connection of EMAIL_BACKEND."""

    name = "django"

    def __init__(self, backend=None):
        self.backend = backend
        self.connection = None

    def send_group(self, rendered, recipients, recorder):
        for recipient in recipients:
            unsubscribe, preferences = recipient.unsubscribe_url, recipient.preferences_url
            message = EmailMultiAlternatives(
                subject=rendered.subject,
                body=substitute(rendered.text, unsubscribe, preferences),
                from_email=from_header(),
                to=[recipient.address],
                headers={
                    **list_headers(unsubscribe),
                    "Message-ID": f"<{recipient.message_id}>",
                    "Content-Language": rendered.language,
                },
                connection=self.connection,
            )
            message.attach_alternative(
                substitute(rendered.html, unsubscribe, preferences, escape=True), "text/html"
            )
            try:
                self.connection.send_messages([message])
            except smtplib.SMTPRecipientsRefused as error:
                recorder.failed(recipient.delivery_id, _smtp_error(error))
                continue
            except Exception as error:  # whatever the backend raises: retry the batch
                raise TransportError(f"mail backend error: {error}") from error
            recorder.sent(recipient.delivery_id, recipient.message_id)


TRANSPORTS = {
    "smtp": SmtpTransport,
    "anymail": AnymailTransport,
    "django": DjangoTransport,
}
