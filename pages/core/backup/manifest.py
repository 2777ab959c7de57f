"""manifest.json: what a backup holds, and the checks a restore makes against it."""

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from . import BackupError

NAME = "manifest.json"
FORMAT = 1
# What a restore relies on, and the type of each.
_SHAPE = {
    "format": int,
    "created": str,
    "migrations": dict,
    "database": {"vendor": str, "file": str, "size": int, "sha256": str, "rows": dict},
    "media": {"file": str, "size": int, "sha256": str, "count": int, "bytes": int, "files": dict},
}
_CHUNK = 1024 * 1024


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def describe_file(path):
    """{"file", "size", "sha256"} of a file in the backup folder."""
    path = Path(path)
    return {"file": path.name, "size": path.stat().st_size, "sha256": sha256_of(path)}


def write(directory, *, database, media, migrations):
    manifest = {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": database,
        "media": media,
        "migrations": migrations,
    }
    # Written last and renamed into place: a folder with a manifest is a complete backup.
    partial = Path(directory) / (NAME + ".partial")
    partial.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    os.replace(partial, Path(directory) / NAME)
    return manifest


def read(directory):
    """The manifest of the backup in `directory`, its two files checked against it."""
    directory = Path(directory)
    if not directory.is_dir():
        raise BackupError(f"{directory} is not a folder.")
    path = directory / NAME
    if not path.is_file():
        raise BackupError(f"{directory} holds no {NAME}: not a backup, or an incomplete one.")
    try:
        manifest = json.loads(path.read_text())
    except ValueError as error:
        raise BackupError(f"{path} is not JSON: {error}") from error
    problems = _shape_problems(manifest, _SHAPE)
    if problems:
        raise BackupError(f"{path} is not a backup manifest: {', '.join(problems)}.")
    if manifest["format"] != FORMAT:
        raise BackupError(f"{path} has format {manifest['format']}; this code reads {FORMAT}.")
    for part in ("database", "media"):
        entry = manifest[part]
        file = directory / Path(entry["file"]).name
        if not file.is_file():
            raise BackupError(f"{file} is missing.")
        actual = describe_file(file)
        if (actual["size"], actual["sha256"]) != (entry["size"], entry["sha256"]):
            raise BackupError(f"{file} does not match the manifest: damaged or replaced.")
    return manifest


def _shape_problems(value, shape, where=""):
    if not isinstance(value, dict):
        return [f"{where or 'the top level'} is not an object"]
    problems = []
    for key, expected in shape.items():
        name = f"{where}.{key}" if where else key
        if key not in value:
            problems.append(f"{name} missing")
        elif isinstance(expected, dict):
            problems += _shape_problems(value[key], expected, name)
        elif not isinstance(value[key], expected):
            problems.append(f"{name} is not {expected.__name__}")
    return problems
