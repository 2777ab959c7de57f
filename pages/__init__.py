"""The content core: one Django app (label `pages`) in feature packages (docs/architecture.md)."""
