"""Plain text from the public forms: what is refused and how what is kept is tidied.

One rule for every form, by Unicode category rather than by lists of code points:

- invisible control characters are refused: categories Cc (controls), Cs (surrogates) and
  Co (private use), and the bidirectional overrides and isolates that can reorder or hide text
  ("Trojan source"). Tab and line breaks are the controls allowed in text of several lines;
- markup is refused: anything a browser could take for a tag, an end tag, a comment, a doctype
  or a processing instruction. "a < b", "<5 kg" and "R&D" stay allowed (they are escaped on
  output);
- a one-line field refuses line breaks (every character `str.splitlines` breaks at), so a name
  can never add a header to a mail it ends up in.

What is kept is NFC-normalised, without trailing spaces and with Unix line ends; one line is
collapsed to single spaces.

Each form words the messages for its visitors (`TextMessages`); the rule is the same.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import partial

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MARKUP = re.compile(r"<[a-zA-Z!/?]")
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cs", "Co"})
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
ALLOWED_CONTROLS = frozenset("\t\n\r")


@dataclass(frozen=True)
class TextMessages:
    markup: str
    control: str
    line_break: str


MESSAGES = TextMessages(
    markup=_("Please enter plain text without HTML."),
    control=_("Please remove the invisible control characters from this text."),
    line_break=_("Please write this on a single line."),
)


def reject_control_characters(value, messages=MESSAGES):
    for char in value:
        if char in ALLOWED_CONTROLS:
            continue
        if unicodedata.category(char) in INVISIBLE_CATEGORIES or char in BIDI_CONTROLS:
            raise ValidationError(messages.control, code="control_characters")


def reject_line_breaks(value, messages=MESSAGES):
    if any(char in LINE_BREAKS for char in value):
        raise ValidationError(messages.line_break, code="line_break")


def reject_markup(value, messages=MESSAGES):
    if MARKUP.search(value):
        raise ValidationError(messages.markup, code="markup")


def normalise_text(value, multiline=False):
    """NFC, Unix line ends, no trailing spaces; one line collapsed to single spaces."""
    value = unicodedata.normalize("NFC", value)
    if not multiline:
        return " ".join(value.split())
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    lines = [" ".join(line.split()) for line in value.split("\n")]
    value = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", value)


class PlainTextField(forms.CharField):
    """A CharField for plain text: one line unless `multiline`, invisible control characters
    and markup refused with `messages`, the value tidied (see the module docstring)."""

    def __init__(self, *, multiline=False, messages=MESSAGES, **kwargs):
        self.multiline = multiline
        self.messages = messages
        if multiline:
            kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 6}))
        super().__init__(**kwargs)
        # A validator, not a check in to_python: a length error is shown along with it.
        self.validators.append(partial(reject_markup, messages=messages))

    def to_python(self, value):
        if isinstance(value, str):
            # Checked on what was sent, before stripping could hide a character at either end.
            if not self.multiline:
                reject_line_breaks(value, self.messages)
            reject_control_characters(value, self.messages)
        value = super().to_python(value)
        return normalise_text(value, self.multiline) if value else value
