"""The translation workflow in the Wagtail admin: translate everywhere, submit for review, what
changed in the source (`workflow`), and the status board with the PO exchange (`board`).
`pages/wagtail_hooks.py` imports this package; each module registers its own hooks."""

from . import board, workflow

__all__ = ["board", "workflow"]
