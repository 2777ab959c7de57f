"""Signal receivers of the newsletter (ESP tracking webhooks are wired in webhooks.py)."""
