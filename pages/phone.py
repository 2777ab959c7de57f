"""Kept at this path for the migrations, which are history and never edited: they import
`pages.phone`. Phone numbers are handled in `pages/core/phone.py`."""

from pages.core.phone import validate_international_phone

__all__ = ["validate_international_phone"]
