"""Every API endpoint opened in a browser (Accept: text/html) answers, as DRF's browsable
API; the calendar's answered 500 (its model has no manager to build a filter form from)."""

import pytest

from tests import factories

ENDPOINTS = ["pages", "images", "documents", "contacts", "topics", "sectors", "regions", "calendar"]
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture
def content(home):
    calendar = factories.add_calendar(home)
    factories.add_event(calendar, "Forum")


@pytest.mark.parametrize("accept", ["text/html", BROWSER_ACCEPT])
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_endpoint_opened_in_a_browser_answers(client, content, endpoint, accept):
    response = client.get(f"/api/v2/{endpoint}/", HTTP_ACCEPT=accept)

    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("text/html")


def test_calendar_in_a_browser_lists_the_same_items_as_json(client, content):
    html = client.get("/api/v2/calendar/?from=2030-05-01", HTTP_ACCEPT="text/html")
    json = client.get("/api/v2/calendar/?from=2030-05-01").json()

    assert len(json) == 1
    assert json[0]["title"] in html.content.decode()
