"""Kept at this path for the migrations, which are history and never edited: migration 0005
imports `pages.models.offers`. The offer models live in `pages/exchange/models/offers.py`."""

from pages.exchange.models.offers import default_valid_until

__all__ = ["default_valid_until"]
