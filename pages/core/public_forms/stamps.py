"""The signed form stamp: when a public form was shown, and what for.

A stamp is signed with the site's secret and names its scope, what the form protects (one
exchange's submission form, one offer's inquiry form, the newsletter sign-up), so a stamp of
one form is refused by every other. It carries two times:

- first shown: when the visitor first got the form. The minimum time counts from here, so a
  form shown again after errors keeps the time already spent on it;
- issued: when this copy of the form was rendered. The maximum age counts from here.

The rules, the same for every form:

- too fast: sent less than MIN_FORM_SECONDS after the form was first shown; a person needs
  longer, a bot posts at once;
- too old: sent more than MAX_FORM_AGE seconds after the form was last shown;
- invalid: missing, forged, signed for another scope, or issued more than CLOCK_SKEW_SECONDS in
  the future. Servers' clocks may differ by that much; a stamp further ahead was not ours.

A form shown again carries a renewed stamp: the same first showing while the submitted stamp
is genuine and not too old, otherwise a fresh one.
"""

import time
from dataclasses import dataclass

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError

SALT = "glokal.public-forms.stamp"
MIN_FORM_SECONDS = 3
MAX_FORM_AGE = 2 * 60 * 60
CLOCK_SKEW_SECONDS = 60
MAX_STAMP_LENGTH = 300  # a real one is far shorter; anything longer is not even unsigned

TOO_FAST = "too_fast"
TOO_OLD = "too_old"
INVALID = "invalid"


@dataclass(frozen=True)
class Stamp:
    scope: str
    first_shown: int
    issued: int


def _signer():
    return signing.Signer(salt=SALT)


def issue_stamp(scope, *, shown_at=None, first_shown=None):
    """A signed stamp for a form of `scope` rendered at `shown_at` (now), first shown to the
    visitor at `first_shown` (the same moment unless the form is shown again)."""
    issued = int(time.time() if shown_at is None else shown_at)
    first = issued if first_shown is None else min(int(first_shown), issued)
    return _signer().sign(f"{scope}|{first}|{issued}")


def read_stamp(value, scope, now=None):
    """The genuine stamp of a form of `scope` in `value`, or None (missing, forged, signed for
    another scope, or from further in the future than clocks differ)."""
    now = time.time() if now is None else now
    if not value or not isinstance(value, str) or len(value) > MAX_STAMP_LENGTH:
        return None
    try:
        signed_scope, first, issued = _signer().unsign(value).rsplit("|", 2)
        stamp = Stamp(signed_scope, int(first), int(issued))
    except (signing.BadSignature, ValueError):
        return None
    if stamp.scope != scope or stamp.issued - now > CLOCK_SKEW_SECONDS:
        return None
    return stamp


def check_stamp(value, scope, now=None):
    """None when a form of `scope` with this stamp may be accepted now; otherwise TOO_FAST,
    TOO_OLD or INVALID."""
    now = time.time() if now is None else now
    stamp = read_stamp(value, scope, now)
    if stamp is None:
        return INVALID
    if now - stamp.issued > MAX_FORM_AGE:
        return TOO_OLD
    if now - stamp.first_shown < MIN_FORM_SECONDS:
        return TOO_FAST
    return None


def renew_stamp(value, scope, now=None):
    """The stamp for showing the form again: it keeps the first showing of a genuine stamp
    that is not too old, so the time spent correcting counts; otherwise a fresh one."""
    now = time.time() if now is None else now
    stamp = read_stamp(value, scope, now)
    if stamp is None or now - stamp.issued > MAX_FORM_AGE:
        return issue_stamp(scope, shown_at=now)
    return issue_stamp(scope, shown_at=now, first_shown=stamp.first_shown)


class StampedFormMixin:
    """A form with a signed stamp in the hidden field `stamp_name`, checked in `clean()`.

    The form passes its `stamp_scope`; `stamp_messages` words each problem (TOO_FAST, TOO_OLD,
    INVALID) for the form's visitors. A bound form renders the renewed stamp, not the one sent.
    """

    stamp_name = "started"
    stamp_messages = {}

    def __init__(self, *args, stamp_scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.stamp_scope = stamp_scope
        self.fields[self.stamp_name] = forms.CharField(widget=forms.HiddenInput, required=False)
        now = time.time()
        submitted = self.data.get(self.stamp_name, "") if self.is_bound else ""
        self.stamp_problem = check_stamp(submitted, stamp_scope, now) if self.is_bound else None
        renewed = renew_stamp(submitted, stamp_scope, now)
        self.initial[self.stamp_name] = renewed
        if self.is_bound:
            self.data = self.data.copy()
            self.data[self.stamp_name] = renewed

    def clean(self):
        cleaned = super().clean()
        if self.stamp_problem:
            message = self.stamp_messages[self.stamp_problem]
            self.add_error(None, ValidationError(message, code=self.stamp_problem))
        return cleaned
