"""The page cache on the Wagtail dashboard (figures, the last purge) and the administrators'
"Clear the page cache" (pages/core/page_cache/admin.py)."""

import time

import pytest
from bs4 import BeautifulSoup
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils.dateparse import parse_datetime
from wagtail.models import ModelLogEntry, Site
from wagtail.users.models import UserProfile

from pages.core.page_cache import stats, store
from pages.core.page_cache.admin import CLEARED_ACTION, PageCachePanel
from tests import factories

PRESS_URLS = [
    "http://testserver/presse/",
    "http://testserver/presse/messe-bruenn/",
    "http://testserver/en/press/",
]


def dashboard():
    return reverse("wagtailadmin_home")


def clear_url():
    return reverse("glokal_page_cache:clear")


def page_cache_panel(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("[data-page-cache]")


def figure(panel, name):
    return panel.select_one(f'[data-figure="{name}"] td').get_text(strip=True)


def stored_entry(path):
    """An entry stored the way the middleware stores one, indexed under a page tag."""
    url = f"http://testserver{path}"
    key = f"{store.PREFIX}entry:test:{path}"
    assert store.save(
        key, {"status": 200, "body": b"cached"}, 300, url, {"page:1"}, time.time(), 300
    )
    return key


@pytest.fixture
def admin(site_tree, django_user_model):
    return factories.admin_user(django_user_model)


@pytest.fixture
def editor(editor):
    """The editors' role, not a superuser; their admin in English keeps assertions readable."""
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    return editor


@pytest.fixture
def recorded():
    for event, n in {"hits": 3, "misses": 1, "stores": 1, "purges": 2, "purged_entries": 5}.items():
        stats.count(event, n)
    stats.record_purge("publish: Messe Brünn", PRESS_URLS)


def test_an_editor_sees_the_figures_and_the_last_purge(client, editor, recorded):
    client.force_login(editor)
    panel = page_cache_panel(client.get(dashboard()))

    assert figure(panel, "hit-ratio") == "75.0%"
    assert figure(panel, "hits") == "3"
    assert figure(panel, "misses") == "1"
    assert figure(panel, "stores") == "1"
    assert figure(panel, "purges") == "2"
    assert figure(panel, "purged-entries") == "5"
    shown = parse_datetime(panel.select_one("caption time")["datetime"])
    assert shown == parse_datetime(stats.figures()["since"])

    last = panel.select_one("[data-last-purge]")
    assert last.select_one("[data-reason]").get_text(strip=True) == "publish: Messe Brünn"
    assert last.select_one("[data-count]").get_text(strip=True) == "3"
    listed = panel.select("[data-purged-urls] li a")
    assert [a["href"] for a in listed] == sorted(PRESS_URLS)
    assert panel.select_one("[data-purged-urls] summary").get_text(strip=True) == "Show the URLs"


def test_a_large_purge_lists_its_first_200_urls_and_says_so(client, admin):
    urls = [f"http://testserver/presse/{n:03d}/" for n in range(250)]
    stats.record_purge("snippet: Topic 4", urls)
    client.force_login(admin)
    panel = page_cache_panel(client.get(dashboard()))

    assert panel.select_one("[data-count]").get_text(strip=True) == "250"
    assert len(panel.select("[data-purged-urls] li")) == 200
    summary = " ".join(panel.select_one("[data-purged-urls] summary").get_text().split())
    assert summary == "Show the first 200 of 250 URLs"


def test_the_panel_renders_before_anything_is_counted(client, admin):
    client.force_login(admin)
    panel = page_cache_panel(client.get(dashboard()))

    assert "Nothing counted yet." in panel.select_one("caption").get_text()
    assert figure(panel, "hit-ratio") == "no requests yet"
    assert figure(panel, "hits") == "0"
    assert panel.select_one("[data-no-purge]") is not None
    assert panel.select_one("[data-purged-urls]") is None


def test_the_panel_reads_only_the_cache(admin, recorded, django_assert_num_queries):
    request = RequestFactory().get(dashboard())
    request.user = admin
    with django_assert_num_queries(0):
        html = PageCachePanel().render_html({"request": request})
    assert "publish: Messe Brünn" in html


def test_the_panel_speaks_the_admins_language(client, site_tree, django_user_model, recorded):
    client.force_login(factories.admin_user(django_user_model, "admin-de", language="de"))
    panel = page_cache_panel(client.get(dashboard()))

    heading = panel.find_parent("section").select_one("[data-panel-heading-text]")
    assert heading.get_text(strip=True) == "Seitencache"
    assert figure(panel, "hit-ratio") == "75,0 %"
    assert (
        panel.select_one('[data-figure="misses"] th').get_text(strip=True).startswith("Fehlschläge")
    )
    assert panel.select_one("[data-clear-page-cache]").get_text(strip=True) == "Seitencache leeren"


def test_an_editor_sees_no_clear_button_and_is_refused_the_view(client, editor, recorded):
    key = stored_entry("/presse/")
    client.force_login(editor)

    assert page_cache_panel(client.get(dashboard())).select_one("[data-clear-page-cache]") is None
    refused = client.get(clear_url())
    assert refused.status_code == 403
    assert "Only administrators may clear the page cache." in refused.content.decode()
    assert client.post(clear_url()).status_code == 403
    assert store.get(key) is not None
    assert stats.figures()["hits"] == 3
    assert not ModelLogEntry.objects.filter(action=CLEARED_ACTION).exists()


def test_anonymous_visitors_are_sent_to_the_login(client, site_tree):
    response = client.get(clear_url())
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_confirmation_page_clears_nothing(client, admin, recorded):
    key = stored_entry("/presse/")
    client.force_login(admin)

    button = page_cache_panel(client.get(dashboard())).select_one("[data-clear-page-cache]")
    assert button["href"] == clear_url()
    response = client.get(clear_url())
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser").select_one("form[data-confirm-clear]")
    assert form["method"] == "post" and form["action"] == clear_url()
    assert form.select_one("input[name=csrfmiddlewaretoken]") is not None
    assert store.get(key) is not None
    assert stats.figures()["hits"] == 3


def test_an_administrator_clears_the_cache(client, admin, recorded):
    keys = [stored_entry("/presse/"), stored_entry("/en/press/")]
    client.force_login(admin)

    response = client.post(clear_url(), follow=True)

    assert response.redirect_chain == [(dashboard(), 302)]
    assert [store.get(key) for key in keys] == [None, None]
    assert stats.last_purge() is None
    figures = stats.figures()
    assert [figures[event] for event in stats.EVENTS] == [0, 0, 0, 0, 0]
    assert [str(m).strip() for m in response.context["messages"]] == [
        "The page cache is cleared: 2 entries dropped."
    ]
    panel = page_cache_panel(response)
    assert figure(panel, "hits") == "0"

    entry = ModelLogEntry.objects.get(action=CLEARED_ACTION)
    assert entry.user_id == admin.pk
    assert entry.object_id == str(Site.objects.get(is_default_site=True).pk)
    assert entry.data == {"entries": 2}
    history = client.get(reverse("wagtailadmin_reports:site_history"))
    assert "The page cache is cleared: 2 entries dropped." in history.content.decode()
    assert "Page cache cleared" in history.content.decode()


def test_clearing_needs_the_csrf_token(site_tree, admin):
    key = stored_entry("/presse/")
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin)

    assert client.post(clear_url()).status_code == 403
    assert store.get(key) is not None
    assert not ModelLogEntry.objects.filter(action=CLEARED_ACTION).exists()


def test_the_panel_says_when_the_cache_is_switched_off(client, admin, settings):
    client.force_login(admin)
    settings.GLOKAL_PAGE_CACHE_SECONDS = 0
    assert page_cache_panel(client.get(dashboard())).select_one("[data-switched-off]")
    settings.GLOKAL_PAGE_CACHE_SECONDS = 3600
    assert page_cache_panel(client.get(dashboard())).select_one("[data-switched-off]") is None


def test_the_purge_reason_is_shown_in_the_admin_users_language():
    from django.utils import translation

    from pages.core.page_cache.admin import reason_text

    reason = [["published", "Messe Brünn"], ["saved", "pages.topic Messen"]]
    with translation.override("de"):
        assert reason_text(reason) == "veröffentlicht: Messe Brünn; gespeichert: pages.topic Messen"
    with translation.override("cs"):
        assert reason_text(reason).startswith("publikováno: Messe Brünn")
    assert reason_text("") == ""
