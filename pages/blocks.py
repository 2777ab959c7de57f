"""Kept at this path for the migrations, which are history and never edited: their StreamField
definitions name `pages.blocks.ParagraphBlock`. The blocks live in `pages/core/blocks.py`."""

from pages.core.blocks import ParagraphBlock

__all__ = ["ParagraphBlock"]
