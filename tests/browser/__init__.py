"""Browser tests: Chromium via Playwright against the served demo site (see conftest.py)."""
