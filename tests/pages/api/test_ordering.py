"""?order= never repeats an item: ordering by a field that holds several values per page
(an event's dates) is a 400, not a join that lists the page once per value."""

from tests import factories


def test_order_by_a_list_of_dates_is_a_400_not_duplicates(client, home):
    calendar = factories.add_calendar(home)
    dates = [
        (factories.berlin(2030, 5, day, 9), factories.berlin(2030, 5, day, 17)) for day in (4, 5, 6)
    ]
    factories.add_event(calendar, "Dreitägig", dates=dates)
    factories.add_event(calendar, "Eintägig")

    response = client.get("/api/v2/pages/?type=pages.EventPage&order=dates")

    assert response.status_code == 400, response.content[:300]
    assert "dates" in response.json()["message"]


def test_order_by_a_plain_field_lists_each_event_once(client, home):
    calendar = factories.add_calendar(home)
    dates = [
        (factories.berlin(2030, 5, day, 9), factories.berlin(2030, 5, day, 17)) for day in (4, 5, 6)
    ]
    factories.add_event(calendar, "Dreitägig", dates=dates)
    factories.add_event(calendar, "Eintägig")

    data = client.get("/api/v2/pages/?type=pages.EventPage&order=-title").json()

    titles = [item["title"] for item in data["items"]]
    assert titles == ["Eintägig", "Dreitägig"]
    assert data["meta"]["total_count"] == 2
