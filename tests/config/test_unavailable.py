"""While the database or the cache is down, visitors get a 503 page in their language with a
Retry-After, never a 500; a bug is still a 500 (config/unavailable.py)."""

import logging

import pytest
from django.db import connections
from django.urls import path

from config import urls as site_urls
from tests.helpers import log_records

DEAD_PORT = 1  # nothing listens on port 1


def raise_value_error(request):
    raise ValueError("a bug, not an outage")


# The site's URLs and error handlers, plus a view with a bug.
handler500 = site_urls.handler500
urlpatterns = [path("_test/value-error/", raise_value_error), *site_urls.urlpatterns]


@pytest.fixture
def client(client):
    # What a visitor gets, not the exception the test client would re-raise.
    client.raise_request_exception = False
    return client


@pytest.fixture
def error_records():
    """Records of ERROR and above, with the request id the site's log filter puts on them."""
    with log_records(logging.ERROR) as records:
        yield records


@pytest.fixture
def database_down(django_db_blocker, tmp_path):
    """The default database points where no server answers (PostgreSQL: a dead port; SQLite:
    a file in a folder that does not exist); restored afterwards."""
    connection = connections["default"]
    saved = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = str(tmp_path / "missing-folder" / "glokal.sqlite3")
    else:
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(DEAD_PORT))
    try:
        with django_db_blocker.unblock():
            yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


@pytest.fixture
def cache_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{DEAD_PORT}/0",
        }
    }


def assert_unavailable_page(response, language, heading):
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Language"] == language
    body = response.content.decode()
    assert f'<html lang="{language}">' in body
    assert heading in body


HEADINGS = {
    "de": "Die Website ist vorübergehend nicht erreichbar.",
    "en": "The site is temporarily unavailable.",
    "pl": "Strona jest chwilowo niedostępna.",
    "cs": "Web je dočasně nedostupný.",
}


@pytest.mark.parametrize("language", ["de", "en", "pl", "cs"])
def test_public_pages_answer_503_in_their_language_while_the_database_is_down(
    database_down, client, error_records, language
):
    response = client.get(f"/{language}/", headers={"X-Request-ID": f"outage-{language}"})

    assert_unavailable_page(response, language, HEADINGS[language])
    assert response["X-Request-ID"] == f"outage-{language}"
    # Django's log of the failed request, with the traceback and the request id.
    [record] = [r for r in error_records if r.name == "django.request"]
    assert record.status_code == 503
    assert type(record.exc_info[1]).__name__ == "OperationalError"
    assert record.request_id == f"outage-{language}"


def test_a_page_below_the_home_page_and_a_signed_in_editor_get_503_too(database_down, client):
    assert_unavailable_page(client.get("/en/press/some-release/"), "en", HEADINGS["en"])
    # The admin reads the session from the database before it knows the editor.
    client.cookies["sessionid"] = "a" * 32
    assert_unavailable_page(client.get("/admin/"), "de", HEADINGS["de"])


def test_a_failure_outside_the_view_is_a_503_too(database_down, client):
    # No view is found for an unknown /media/ file: the 404 page fails (its footer reads the
    # database), which a middleware's process_exception would never see.
    assert_unavailable_page(client.get("/media/missing.png"), "de", HEADINGS["de"])


class ReadsTheDatabaseMiddleware:
    """Stands for a middleware that needs the database before any view runs (a session or a
    site lookup); it runs before the locale middleware, so the language is not known yet."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from wagtail.models import Site

        Site.objects.exists()
        return self.get_response(request)


def test_a_failure_in_a_middleware_before_the_view_is_a_503_in_the_language_of_the_url(
    database_down, client, settings
):
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE[:2],
        f"{__name__}.ReadsTheDatabaseMiddleware",
        *settings.MIDDLEWARE[2:],
    ]
    response = client.get("/pl/", headers={"X-Request-ID": "in-middleware"})
    assert_unavailable_page(response, "pl", HEADINGS["pl"])
    assert response["X-Request-ID"] == "in-middleware"


def test_public_pages_answer_503_while_the_cache_is_down(translated_site, cache_down, client):
    assert_unavailable_page(client.get("/de/"), "de", HEADINGS["de"])
    assert_unavailable_page(client.get("/en/"), "en", HEADINGS["en"])


def test_a_bug_is_still_a_500(db, client, settings):
    settings.ROOT_URLCONF = __name__
    response = client.get("/_test/value-error/")
    assert response.status_code == 500
    assert "Es ist ein Fehler aufgetreten." in response.content.decode()
    assert "Retry-After" not in response
