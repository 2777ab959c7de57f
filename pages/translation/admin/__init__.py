"""The translation workflow in the Wagtail admin: translate everywhere, submit for review, what
changed in the source (`workflow`), the status board with the PO exchange (`board`), and
permission checks Wagtail's page views lack (`page_guards`).
`pages/wagtail_hooks.py` imports this package; each module registers its own hooks."""

from . import board, page_guards, workflow

__all__ = ["board", "page_guards", "workflow"]
