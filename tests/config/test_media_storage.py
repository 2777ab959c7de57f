"""Media in an S3 bucket (a real SeaweedFS server): images, renditions and documents land in
the bucket, their URLs are the site's own /media/ (or, for documents, the serve view), and a
node refuses to start on a bucket it cannot use."""

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.core import checks
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from config.settings.media_storage import media_storage
from pages.core.checks import MEDIA_BUCKET_UNAVAILABLE
from pages.core.media_storage import SiteMediaStorage
from tests.factories import make_image
from tests.web_node import free_port

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_BASE = "https://www.glokal.example"


@pytest.fixture
def public_base(settings):
    settings.GLOKAL_PUBLIC_BASE_URL = PUBLIC_BASE
    return PUBLIC_BASE


def storage_in(environment):
    """What a node started with `environment` stores media in: (class, URL of a key)."""
    script = (
        "import django, json; django.setup()\n"
        "from django.conf import settings\n"
        "from django.core.files.storage import storages\n"
        "s = storages['default']\n"
        "print(json.dumps([type(s).__name__, s.url('original_images/a.jpg'),"
        " settings.WAGTAILDOCS_SERVE_METHOD]))"
    )
    keep = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GLOKAL_MEDIA_", "AWS_", "DJANGO_"))
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**keep, "DJANGO_SETTINGS_MODULE": "config.settings.dev", **environment},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_the_embedded_default_keeps_media_in_the_local_folder():
    assert storage_in({}) == ["FileSystemStorage", "/media/original_images/a.jpg", "serve_view"]


def test_a_bucket_in_the_environment_puts_media_there_served_at_the_sites_own_address():
    kind, url, serve_method = storage_in(
        {
            "GLOKAL_MEDIA_S3_BUCKET": "glokal-media",
            "GLOKAL_MEDIA_S3_ENDPOINT_URL": "http://127.0.0.1:8333",
            "GLOKAL_PUBLIC_BASE_URL": "https://www.glokal.example",
        }
    )
    assert kind == "SiteMediaStorage"
    assert url == "https://www.glokal.example/media/original_images/a.jpg"
    assert serve_method == "serve_view"


def test_media_urls_follow_a_public_base_url_with_a_path(settings):
    settings.GLOKAL_PUBLIC_BASE_URL = "http://127.0.0.1:8443/glokal"
    storage = SiteMediaStorage(bucket_name="media", endpoint_url="http://127.0.0.1:1")
    assert storage.url("images/a b.jpg") == "http://127.0.0.1:8443/glokal/media/images/a%20b.jpg"


def test_an_image_and_its_rendition_are_stored_in_the_bucket(
    media_in_bucket, s3_server, public_base, db
):
    local_files_before = set(Path(django_settings.MEDIA_ROOT).rglob("*"))
    image = make_image(title="Hafen", width=400, height=300)
    rendition = image.get_rendition("fill-120x80")

    keys = s3_server.keys(media_in_bucket)
    assert image.file.name in keys
    assert image.file.name.startswith("original_images/")
    assert rendition.file.name in keys
    assert rendition.file.name.startswith("images/")
    # The proxy forwards /media/<key> to the bucket: nothing on the node's own disk.
    assert set(Path(django_settings.MEDIA_ROOT).rglob("*")) == local_files_before

    assert image.file.url == f"{public_base}/media/{image.file.name}"
    assert rendition.url == f"{public_base}/media/{rendition.file.name}"
    stored = s3_server.client().get_object(Bucket=media_in_bucket, Key=rendition.file.name)
    assert PILImage.open(io.BytesIO(stored["Body"].read())).size == (120, 80)


def test_two_uploads_of_the_same_name_are_two_objects(media_in_bucket, s3_server, db):
    first, second = make_image(title="Logo"), make_image(title="Logo", color=(200, 0, 0))
    assert first.file.name != second.file.name
    assert {first.file.name, second.file.name} <= set(s3_server.keys(media_in_bucket))


def test_a_document_is_stored_in_the_bucket_and_served_through_the_site(
    media_in_bucket, s3_server, client, db
):
    content = b"%PDF-1.4 Jahresbericht " + os.urandom(2000)
    document = get_document_model().objects.create(
        title="Jahresbericht", file=ContentFile(content, name="jahresbericht.pdf")
    )

    assert document.file.name in s3_server.keys(media_in_bucket)
    assert document.file.name.startswith("documents/")
    assert document.url == f"/documents/{document.pk}/jahresbericht.pdf"

    response = client.get(document.url)
    # The bytes through the site, not a redirect to the bucket (which the proxy refuses).
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response["Content-Length"] == str(len(content))


def test_a_private_document_in_the_bucket_keeps_wagtails_privacy_check(
    media_in_bucket, client, django_user_model, db
):
    collection = Collection.get_first_root_node().add_child(name="Intern")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    members = Group.objects.create(name="Vorstand")
    restriction.groups.add(members)
    content = b"%PDF-1.4 Protokoll"
    document = get_document_model().objects.create(
        title="Protokoll",
        collection=collection,
        file=ContentFile(content, name="protokoll.pdf"),
    )

    response = client.get(document.url)
    assert response.status_code == 302  # to the sign-in, never to the bucket
    assert response["Location"].startswith(reverse("wagtailcore_login"))

    member = django_user_model.objects.create_user("vorstand", password="x")
    member.groups.add(members)
    client.force_login(member)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content


# --- The start check: `manage.py check --deploy` asks the bucket -----------------------------


def bucket_errors():
    return [
        message
        for message in checks.run_checks(tags=[checks.Tags.files], include_deployment_checks=True)
        if message.id == MEDIA_BUCKET_UNAVAILABLE
    ]


def use_bucket(settings, environment):
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environment)}


def test_the_start_check_passes_with_an_existing_bucket(media_in_bucket):
    assert default_storage.bucket_name == media_in_bucket
    assert bucket_errors() == []


def test_the_start_check_skips_the_local_folder(settings):
    use_bucket(settings, {})
    assert bucket_errors() == []


def test_the_start_check_names_a_missing_bucket_and_its_endpoint(s3_server, settings, monkeypatch):
    environment = s3_server.django_environment("no-such-bucket")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", environment["AWS_ACCESS_KEY_ID"])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", environment["AWS_SECRET_ACCESS_KEY"])
    use_bucket(settings, environment)

    [error] = bucket_errors()
    assert error.level == checks.ERROR
    assert "'no-such-bucket'" in error.msg
    assert s3_server.endpoint_url in error.msg
    assert "does not exist" in error.msg
    assert "GLOKAL_MEDIA_S3_BUCKET" in error.hint

    # Only `check --deploy` makes the call, which a node runs once before it serves.
    assert not [
        message for message in checks.run_checks() if message.id == MEDIA_BUCKET_UNAVAILABLE
    ]
    settings.GLOKAL_CHECK_MEDIA_BUCKET = False
    assert bucket_errors() == []


def test_the_start_check_names_credentials_the_bucket_refuses(
    media_in_bucket, s3_server, settings, monkeypatch
):
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-the-secret")
    use_bucket(settings, s3_server.django_environment(media_in_bucket))

    [error] = bucket_errors()
    assert "refuses our credentials" in error.msg
    assert media_in_bucket in error.msg


def test_the_start_check_names_an_endpoint_that_does_not_answer(settings, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    endpoint = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    use_bucket(
        settings, {"GLOKAL_MEDIA_S3_BUCKET": "media", "GLOKAL_MEDIA_S3_ENDPOINT_URL": endpoint}
    )

    started = time.monotonic()
    [error] = bucket_errors()
    assert time.monotonic() - started < 10
    assert "cannot be reached" in error.msg
    assert endpoint in error.msg
