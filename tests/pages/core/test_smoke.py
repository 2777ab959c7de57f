from tests import factories


def test_home_and_press_render_in_german_and_translated(client, home, press_index):
    topic = factories.TopicFactory(name="Digitalisierung", slug="digitalisierung")
    contact = factories.ContactPersonFactory()
    release = factories.add_release(
        press_index, "Forum in Wrocław", topics=[topic], contacts=[contact]
    )
    factories.translate(home)
    factories.translate(press_index)
    factories.translate(release)

    response = client.get("/de/")
    assert response.status_code == 200
    assert "Forum in Wrocław" in response.content.decode()
    response = client.get("/en/")
    assert response.status_code == 200, response.content[:500]
    body = client.get(release.get_translation(factories.locale("pl")).url).content.decode()
    assert "[pl] Forum in Wrocław" in body
    assert "[pl] Digitalisierung" in body
