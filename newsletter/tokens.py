"""Signed links in newsletter mails: confirmation (single-use, expires), preferences and
one-click unsubscribe (no login, no cookie).

Each token signs the subscriber's id with a per-subscriber key: the confirmation token with
`confirmation_nonce` (rotated when used or re-sent, so a link works once), the others with
`link_key` (rotated on erasure or on request, which revokes every link ever mailed).
"""

import datetime

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

CONFIRM_SALT = "glokal.newsletter.confirm"
LINK_SALT = "glokal.newsletter.link"
CONFIRMATION_MAX_AGE = datetime.timedelta(hours=48)
# Links in old digests keep working for a year; RFC 8058 asks that one-click unsubscribe
# links work for a reasonable time after the mail was sent.
LINK_MAX_AGE = datetime.timedelta(days=366)


class BadToken(Exception):
    """The link was forged, mangled, expired or already used."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason  # "invalid", "expired" or "used"


def confirmation_token(subscriber):
    return signing.dumps([subscriber.pk, subscriber.confirmation_nonce.hex], salt=CONFIRM_SALT)


def link_token(subscriber):
    return signing.dumps([subscriber.pk, subscriber.link_key.hex], salt=LINK_SALT)


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


def subscriber_for_link(token, queryset):
    """The subscriber a preferences or unsubscribe token names, or BadToken."""
    pk, key = _load(token, LINK_SALT, LINK_MAX_AGE)
    subscriber = queryset.filter(pk=pk, link_key=key).first()
    if subscriber is None:
        raise BadToken("invalid")
    return subscriber


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
