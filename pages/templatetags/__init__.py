"""Template tag libraries of the content core (Django finds tag libraries only here)."""
