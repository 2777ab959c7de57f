"""Transactional mail: a confirmation to the visitor of a public form or to a subscriber, a
notice to the editors or the responsible contact person.

A mail `name` is a pair of templates, `<name>_subject.txt` and `<name>.txt`, rendered in one
language; the subject is one line whatever the data, so it can never break a header. Links
into the admin are absolute, from WAGTAILADMIN_BASE_URL, since a mail is read outside the site.

Every such mail says it is automatic (RFC 3834 `Auto-Submitted`), so out-of-office replies do
not answer it, and names its language (`Content-Language`).
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation

logger = logging.getLogger(__name__)


def admin_url(url_name, *args):
    """The absolute URL of an admin view, or "" while that view is not wired."""
    try:
        path = reverse(url_name, args=args)
    except NoReverseMatch:
        return ""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def render_mail(name, context, language):
    """(subject, body) of the mail `name` in `language`."""
    with translation.override(language):
        subject = render_to_string(f"{name}_subject.txt", context)
        body = render_to_string(f"{name}.txt", context)
    return " ".join(subject.split()), body.strip() + "\n"


def compose(name, context, *, language, to, reply_to=None, from_email=None):
    """The mail `name` in `language` to `to`, ready to send; replies go to `reply_to`. The
    sender is DEFAULT_FROM_EMAIL unless the mail has its own (the newsletter's)."""
    subject, body = render_mail(name, context, language)
    return EmailMessage(
        subject,
        body,
        from_email=from_email,
        to=list(to),
        reply_to=list(reply_to) if reply_to else None,
        headers={"Content-Language": language, "Auto-Submitted": "auto-generated"},
    )


def send(name, context, *, language, to, reply_to=None, from_email=None):
    """Render and send; a failure is raised, for a caller that must not go on without it."""
    compose(
        name, context, language=language, to=to, reply_to=reply_to, from_email=from_email
    ).send()


def send_or_log(name, context, *, language, to, reply_to=None):
    """Render and send; a failure is logged and reported as False, for a caller whose work
    stands either way (what the mail announces is stored whether or not it goes out)."""
    message = compose(name, context, language=language, to=to, reply_to=reply_to)
    try:
        message.send()
    except Exception:
        logger.exception("Could not send the mail “%s” to %s", message.subject, message.to)
        return False
    return True
