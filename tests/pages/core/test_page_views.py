"""Every view a page model names is registered by a view module (pages/core/page_views.py)."""

import re
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from pages.core.page_views import page_view, registered_views, view_for

PAGES = Path(__file__).resolve().parents[3] / "pages"
NAMED = re.compile(r"""view_for\(\s*["']([\w.]+)["']""")


def names_used_by_models():
    return {
        name
        for path in PAGES.rglob("*.py")
        for name in NAMED.findall(path.read_text(encoding="utf-8"))
    }


def test_every_view_a_model_names_is_registered_at_startup():
    used = names_used_by_models()
    assert {"calendar.index", "exchange.offer", "stories.index_context"} <= used
    missing = used - set(registered_views())
    assert not missing, f"named by models but registered by no view module: {sorted(missing)}"


def test_an_unregistered_name_fails_loudly():
    with pytest.raises(ImproperlyConfigured, match="PagesConfig.ready"):
        view_for("calendar.no-such-view")


def test_a_name_cannot_be_taken_by_a_second_view():
    def one(page, request):
        return "one"

    def other(page, request):
        return "other"

    page_view("tests.duplicate")(one)
    with pytest.raises(ImproperlyConfigured, match="Two page views"):
        page_view("tests.duplicate")(other)
    assert view_for("tests.duplicate") is one
