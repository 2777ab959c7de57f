"""Helpers for the subscription tests: posting the signup form, reading the links in the
newsletter's mails, creating subscribers directly and reading pages."""

import re
import time
from urllib.parse import urlparse

from newsletter.forms import STAMP_SCOPE
from newsletter.models import Subscriber, SubscriberStatus
from pages.core.public_forms.stamps import issue_stamp


def stamp(age=10):
    """A form timestamp as if the form had been shown `age` seconds ago."""
    return issue_stamp(STAMP_SCOPE, shown_at=time.time() - age)


def signup_data(email, **overrides):
    """A valid signup form for `email`; an override of None leaves that field out."""
    data = {
        "email": email,
        "consent": "on",
        "started": stamp(),
        "source": "signup-page",
        "language": "de",
        "frequency": "weekly",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def post_signup(client, email, page="de", **overrides):
    """POST the signup form of the `page` language; overrides are form fields."""
    return client.post(f"/{page}/newsletter/", signup_data(email, **overrides))


def link_path(message, name):
    """The path of the newsletter link `name` (confirm, preferences, unsubscribe) in a mail."""
    found = re.search(rf"https?://\S+/newsletter/{name}/\S+/", message.body)
    assert found, f"no {name} link in:\n{message.body}"
    return urlparse(found.group(0)).path


def make_subscriber(email="anna@example.org", status=SubscriberStatus.ACTIVE, **fields):
    """A subscriber created directly, without the signup form."""
    return Subscriber.objects.create(email=email, status=status, **fields)


def key(term):
    """The value the forms submit for a taxonomy term: its translation key."""
    return str(term.translation_key)
