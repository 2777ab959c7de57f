"""Phone numbers as people write them, and as `tel:` links need them (E.164)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_SEPARATORS = re.compile(r"[\s\-./()]")


def to_e164(number: str) -> str:
    """Return "+493023125130" for "+49 30 23125-130"; raise ValueError if it is not international.

    Numbers must carry their country code: the site is read in four countries, so a national
    number such as "0351 …" would dial the wrong place from Wrocław or Liberec.
    """
    digits = _SEPARATORS.sub("", number or "")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not re.fullmatch(r"\+[1-9]\d{6,14}", digits):
        raise ValueError(number)
    return digits


def validate_international_phone(value: str) -> None:
    try:
        to_e164(value)
    except ValueError as error:
        raise ValidationError(
            _("Enter the number with its country code, e.g. +49 30 23125 000."), code="invalid"
        ) from error
