"""backup_site and restore_site against the real parts: the database the suite runs on
(PostgreSQL through pg_dump/pg_restore, or SQLite) and buckets on a real S3 server.

A site with pages, an image (and its rendition) and a document is backed up, restored by an
operator's `manage.py restore_site` into a fresh database and a fresh bucket, and compared.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from io import StringIO
from pathlib import Path

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.models import Page

from config.settings.media_storage import media_storage
from pages.core.backup import media
from pages.core.backup.manifest import NAME as MANIFEST
from tests import factories
from tests.celery_worker import database_url
from tests.factories import make_image

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def fresh_database(tmp_path):
    """DATABASE_URL of a new, empty database of the kind the suite runs on."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"glokal_restore_{uuid.uuid4().hex[:10]}"
    db = connection.settings_dict
    admin = {
        "host": db["HOST"] or "127.0.0.1",
        "port": db["PORT"] or 5432,
        "user": db["USER"],
        "password": db["PASSWORD"] or None,
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**admin) as server:
        server.execute(f'CREATE DATABASE "{name}"')
    try:
        yield database_url().rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(**admin) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def query(url, sql):
    """Rows of `sql` in the database at `url` (not the test database)."""
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            return db.execute(sql).fetchall()
    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as db:
        return db.execute(sql).fetchall()


def manage(*arguments, environment, tmp_path):
    """`manage.py …` as an operator runs it, configured by `environment` alone."""
    inherited = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GLOKAL_", "AWS_", "DJANGO_", "DATABASE_", "PYTEST_"))
    }
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env={
            **inherited,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "GLOKAL_VAR_DIR": str(tmp_path / "var"),
            **environment,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )


def build_content():
    home, press = factories.build_site()
    image = make_image(title="Hafen", width=320, height=200)
    rendition = image.get_rendition("fill-80x80")
    document = get_document_model().objects.create(
        title="Satzung", file=ContentFile(b"%PDF-1.4 Satzung", name="satzung.pdf")
    )
    return home, image, rendition, document


def back_up(folder):
    out = StringIO()
    call_command("backup_site", str(folder), stdout=out)
    return json.loads((folder / MANIFEST).read_text()), out.getvalue()


def test_a_backup_restores_into_a_fresh_database_and_bucket(
    media_in_bucket, s3_server, fresh_database, shared_db, tmp_path
):
    home, image, rendition, document = build_content()
    folder = tmp_path / "backup"

    backup, output = back_up(folder)

    keys = s3_server.keys(media_in_bucket)
    assert sorted(backup["media"]["files"]) == keys
    assert {image.file.name, rendition.file.name, document.file.name} <= set(keys)
    assert backup["media"]["count"] == len(keys) == 3
    assert backup["database"]["vendor"] == connection.vendor
    assert backup["database"]["rows"]["wagtailcore_page"] == Page.objects.count()
    assert backup["database"]["rows"]["pages_glokalimage"] == 1
    assert backup["migrations"]["pages"]
    assert "Media: 3 files" in output

    target_bucket = s3_server.create_bucket(f"restored-{uuid.uuid4().hex[:8]}")
    target = {
        **s3_server.django_environment(target_bucket),
        "DATABASE_URL": fresh_database,
    }
    result = manage("restore_site", str(folder), environment=target, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Restored and verified" in result.stdout

    # The same objects, byte for byte, in the new bucket.
    client = s3_server.client()
    assert s3_server.keys(target_bucket) == keys
    for key in keys:
        original = client.get_object(Bucket=media_in_bucket, Key=key)["Body"].read()
        assert client.get_object(Bucket=target_bucket, Key=key)["Body"].read() == original
    # The same rows in the new database.
    pages = "SELECT title, url_path FROM wagtailcore_page ORDER BY path"
    assert query(fresh_database, pages) == list(
        Page.objects.order_by("path").values_list("title", "url_path")
    )
    assert query(fresh_database, "SELECT title, file FROM pages_glokalimage") == [
        ("Hafen", image.file.name)
    ]
    assert query(fresh_database, "SELECT file FROM wagtaildocs_document") == [(document.file.name,)]

    # Once restored, the target is occupied: a second restore needs --force.
    again = manage("restore_site", str(folder), environment=target, tmp_path=tmp_path)
    assert again.returncode != 0
    assert "has" in again.stderr and "tables already" in again.stderr
    assert "--force" in again.stderr


def test_a_backup_is_checked_before_anything_is_restored(media_in_bucket, shared_db, tmp_path):
    build_content()
    folder = tmp_path / "backup"
    back_up(folder)
    with pytest.raises(CommandError, match="holds a backup already"):
        call_command("backup_site", str(folder))

    damaged = tmp_path / "damaged"
    shutil.copytree(folder, damaged)
    with open(damaged / media.FILE, "r+b") as tar:
        tar.seek(600)
        byte = tar.read(1)
        tar.seek(600)
        tar.write(bytes([byte[0] ^ 0xFF]))
    newer = tmp_path / "newer"
    shutil.copytree(folder, newer)
    manifest = json.loads((newer / MANIFEST).read_text())
    manifest["migrations"]["pages"] = ["9999_from_the_future"]
    (newer / MANIFEST).write_text(json.dumps(manifest))
    truncated = tmp_path / "truncated"
    shutil.copytree(folder, truncated)
    (truncated / MANIFEST).write_text(json.dumps({"format": 1, "database": {}}))

    for backup, message in [
        (tmp_path / "nowhere", "is not a folder"),
        (tmp_path, f"holds no {MANIFEST}"),
        (damaged, "media.tar does not match the manifest"),
        (newer, "newer code: pages.9999_from_the_future"),
        (truncated, "not a backup manifest: created missing, migrations missing"),
    ]:
        with pytest.raises(CommandError, match=message):
            call_command("restore_site", str(backup))
    # Nothing was touched: the test database still has its pages, the bucket its files.
    assert Page.objects.filter(depth__gt=1).exists()
    assert len(list(media.walk(default_storage))) == 3


def test_media_move_from_the_local_folder_into_a_bucket(
    s3_server, s3_bucket, settings, monkeypatch, db, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    image = make_image(title="Ufer")
    image.get_rendition("max-50x50")
    folder = FileSystemStorage(location=tmp_path / "media")
    expected = media.archive(folder, tmp_path / media.FILE)
    assert expected["count"] == 2

    environment = s3_server.django_environment(s3_bucket)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", environment["AWS_ACCESS_KEY_ID"])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", environment["AWS_SECRET_ACCESS_KEY"])
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environment)}
    media.restore(default_storage, tmp_path / media.FILE, expected["files"])

    assert s3_server.keys(s3_bucket) == sorted(expected["files"])
    assert media.differences(default_storage, expected["files"]) == []
    # A file that changed since is named.
    s3_server.client().put_object(Bucket=s3_bucket, Key=image.file.name, Body=b"other")
    [problem] = media.differences(default_storage, expected["files"])
    assert problem.startswith(f"{image.file.name}: 5 bytes")
