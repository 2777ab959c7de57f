"""Signed links in newsletter mails (no login, no cookie): the one place that signs and reads
them.

Every token signs the subscriber's id with a per-subscriber key, a salt per kind of link (a
token of one kind is refused by every other) and the time it was made:

- confirmation (`confirmation_nonce`, 48 h): the nonce is rotated when the link is used or a
  new one is mailed, so a confirmation link works once.
- preferences and one-click unsubscribe (`link_key`, a year: RFC 8058 asks that unsubscribe
  links keep working a reasonable time): in every mail. They lead to the settings and to the
  data-rights page, never to the data itself, since mails get forwarded.
- data rights, export or erase (`link_key`, 1 h, one purpose each): mailed to the stored
  address when the subscriber asks for one on the data-rights page.

`link_key` is rotated (newsletter/subscriptions.py) when the subscriber unsubscribes, is
suppressed after a hard bounce or complaint, or asks to revoke all links; erasure deletes it
with the subscriber. Rotation revokes every preferences, unsubscribe and data-rights link
mailed before: they then answer "revoked" (410).
"""

import datetime
import hashlib
import hmac
import json
import time

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes

CONFIRM_SALT = "glokal.newsletter.confirm"
LINK_SALT = "glokal.newsletter.link"
CONFIRMATION_MAX_AGE = datetime.timedelta(hours=48)
# Links in old digests keep working for a year; RFC 8058 asks that one-click unsubscribe
# links work for a reasonable time after the mail was sent.
LINK_MAX_AGE = datetime.timedelta(days=366)

# Data-rights links: what each purpose is called, its salt and its page.
EXPORT = "export"
ERASE = "erase"
DATA_RIGHTS_SALTS = {
    EXPORT: "glokal.newsletter.data-rights.export",
    ERASE: "glokal.newsletter.data-rights.erase",
}
DATA_RIGHTS_URLS = {EXPORT: "newsletter:export", ERASE: "newsletter:erase"}
# Long enough to open the mail, short enough that a forwarded or archived mail is harmless.
DATA_RIGHTS_MAX_AGE = datetime.timedelta(hours=1)


class BadToken(Exception):
    """The link was forged, mangled, expired, used or revoked."""

    def __init__(self, reason):
        super().__init__(reason)
        # "invalid", "expired", "used" (a confirmation link) or "revoked" (the subscriber's
        # link_key changed since the link was mailed).
        self.reason = reason


class TokenSigner:
    """Tokens of one salt in Django's `signing.dumps` format, byte for byte (TimestampSigner,
    JSON payload, no compression; `signing.loads` reads them, a test compares the two), with
    the HMAC key derived once per signer instead of once per token: a digest run signs one
    token for each of 100,000 recipients with one signer."""

    def __init__(self, salt):
        signer = signing.TimestampSigner(salt=salt)
        self.sep = signer.sep
        self.hasher = getattr(hashlib, signer.algorithm)
        key = self.hasher(force_bytes(signer.salt + "signer") + force_bytes(signer.key))
        self.key = key.digest()

    def sign(self, values):
        payload = json.dumps(values, separators=(",", ":")).encode("latin-1")
        value = f"{signing.b64_encode(payload).decode()}{self.sep}"
        value += signing.b62_encode(int(time.time()))
        digest = hmac.new(self.key, value.encode(), self.hasher).digest()
        return f"{value}{self.sep}{signing.b64_encode(digest).decode()}"


def confirmation_token(subscriber):
    return TokenSigner(CONFIRM_SALT).sign([subscriber.pk, subscriber.confirmation_nonce.hex])


def link_token(subscriber, signer=None):
    """The preferences and unsubscribe token; `signer` (a TokenSigner of LINK_SALT) lets a
    digest run reuse one."""
    signer = signer or TokenSigner(LINK_SALT)
    return signer.sign([subscriber.pk, subscriber.link_key.hex])


def data_rights_token(subscriber, purpose):
    """A token for the export or the erasure of this subscriber's data (EXPORT or ERASE)."""
    return TokenSigner(DATA_RIGHTS_SALTS[purpose]).sign([subscriber.pk, subscriber.link_key.hex])


def _load(token, salt, max_age):
    try:
        value = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise BadToken("expired") from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise BadToken("invalid") from error
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not isinstance(value[0], int)
        or not isinstance(value[1], str)
        # Beyond every database's integer: a lookup would fail instead of finding nobody.
        or not 0 < value[0] < 2**63
    ):
        raise BadToken("invalid")
    return value


def subscriber_for_confirmation(token, queryset):
    """The subscriber a confirmation token names, or BadToken."""
    pk, nonce = _load(token, CONFIRM_SALT, CONFIRMATION_MAX_AGE)
    subscriber = queryset.filter(pk=pk).first()
    if subscriber is None:
        raise BadToken("invalid")
    if subscriber.confirmation_nonce.hex != nonce:
        raise BadToken("used")
    return subscriber


def _subscriber_for_key(token, salt, max_age, queryset):
    pk, key = _load(token, salt, max_age)
    subscriber = queryset.filter(pk=pk).first()
    if subscriber is None:
        raise BadToken("invalid")
    if subscriber.link_key.hex != key:
        # Only we can sign a token, so this one was genuine once: say that it was revoked.
        raise BadToken("revoked")
    return subscriber


def subscriber_for_link(token, queryset):
    """The subscriber a preferences or unsubscribe token names, or BadToken."""
    return _subscriber_for_key(token, LINK_SALT, LINK_MAX_AGE, queryset)


def subscriber_for_data_rights(token, purpose, queryset):
    """The subscriber an export or erase token (of exactly that purpose) names, or BadToken."""
    return _subscriber_for_key(token, DATA_RIGHTS_SALTS[purpose], DATA_RIGHTS_MAX_AGE, queryset)


def data_rights_valid_hours():
    return int(DATA_RIGHTS_MAX_AGE.total_seconds() // 3600)


def absolute(path):
    return settings.GLOKAL_PUBLIC_BASE_URL.rstrip("/") + path


def _url(name, token, language):
    with translation.override(language):
        return absolute(reverse(name, kwargs={"token": token}))


def confirmation_url(subscriber):
    return _url("newsletter:confirm", confirmation_token(subscriber), subscriber.language)


def preferences_url(subscriber, token=None):
    return _url("newsletter:preferences", token or link_token(subscriber), subscriber.language)


def unsubscribe_url(subscriber, token=None):
    return _url("newsletter:unsubscribe", token or link_token(subscriber), subscriber.language)


def data_rights_url(subscriber, purpose):
    """The absolute export or erase link, in the subscriber's language."""
    token = data_rights_token(subscriber, purpose)
    return _url(DATA_RIGHTS_URLS[purpose], token, subscriber.language)
