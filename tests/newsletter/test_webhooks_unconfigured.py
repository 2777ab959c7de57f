"""Every ESP webhook anymail ships answers a 4xx, never a 500, when that ESP is not set up
here: anymail builds its view per request and raised from the constructor (Mailgun without a
signing key, Amazon SES without boto3, …)."""

import pytest
from anymail import urls as anymail_urls
from django.urls import reverse

TRACKING = [
    pattern.name
    for pattern in anymail_urls.urlpatterns
    if "tracking" in pattern.name and pattern.name != "mandrill_tracking_webhook"
]


def post_empty_event(client, name):
    return client.post(
        reverse(f"anymail:{name}"),
        b"{}",
        content_type="application/json",
        HTTP_AUTHORIZATION="Basic dXNlcjpzZWNyZXQ=",
    )


@pytest.mark.parametrize("name", TRACKING)
def test_webhook_of_an_esp_without_settings_is_refused_not_a_server_error(client, settings, name):
    settings.ANYMAIL = {}
    client.raise_request_exception = False

    response = post_empty_event(client, name)

    assert 400 <= response.status_code < 500, (name, response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize("name", TRACKING)
def test_webhook_with_credentials_but_no_esp_key_is_never_a_server_error(client, settings, name):
    """Basic auth set up, the ESP's own signing key or package not: the ESPs that need one
    refuse, the others take the (empty) event."""
    settings.ANYMAIL = {"WEBHOOK_SECRET": "user:secret"}
    client.raise_request_exception = False

    response = post_empty_event(client, name)

    assert response.status_code < 500, (name, response.status_code)
