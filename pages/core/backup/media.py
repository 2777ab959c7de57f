"""The media half of a backup: every file of a storage into one tar and back, through
Django's storage API only, so the local folder and an S3 bucket are the same to it."""

import contextlib
import hashlib
import posixpath
import tarfile
import tempfile
import time

from django.core.exceptions import SuspiciousFileOperation
from django.core.files import File

from . import BackupError

FILE = "media.tar"
# Files up to this size are copied in memory, larger ones through a temporary file.
_IN_MEMORY = 16 * 1024 * 1024
_CHUNK = 1024 * 1024


def walk(storage, directory=""):
    """Every file name in `storage`, folder by folder."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:  # the local folder before the first upload
        return
    for name in sorted(files):
        yield posixpath.join(directory, name)
    for name in sorted(directories):
        yield from walk(storage, posixpath.join(directory, name))


def is_empty(storage):
    return next(walk(storage), None) is None


@contextlib.contextmanager
def _copy(source):
    """(copy, size, sha256) of a readable file, the copy rewound."""
    digest, size = hashlib.sha256(), 0
    with tempfile.SpooledTemporaryFile(max_size=_IN_MEMORY) as copy:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            copy.write(chunk)
        copy.seek(0)
        yield copy, size, digest.hexdigest()


def archive(storage, path, progress=None):
    """Write every file of `storage` into the tar at `path`; the manifest's "media" entry
    (without the tar's own size and checksum)."""
    files = {}
    total = 0
    now = int(time.time())
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for name in walk(storage):
            with storage.open(name, "rb") as source, _copy(source) as (copy, size, sha256):
                member = tarfile.TarInfo(name)
                member.size, member.mtime, member.mode = size, now, 0o644
                tar.addfile(member, copy)
            files[name] = {"size": size, "sha256": sha256}
            total += size
            if progress:
                progress(len(files), None, total)
    return {"count": len(files), "bytes": total, "files": files}


def restore(storage, path, expected, force=False, progress=None):
    """Put every file of the tar at `path` into `storage` under its own name, each checked
    against `expected` (the manifest's "files") before it is stored."""
    done = total = 0
    with tarfile.open(path, "r:") as tar:
        for member in tar:
            name = member.name
            if not member.isfile() or name not in expected:
                raise BackupError(f"{FILE} holds {name!r}, which the manifest does not list.")
            with _copy(tar.extractfile(member)) as (copy, size, sha256):
                if (size, sha256) != (expected[name]["size"], expected[name]["sha256"]):
                    raise BackupError(f"{name} in {FILE} does not match the manifest.")
                _store(storage, name, copy, force)
            done += 1
            total += size
            if progress:
                progress(done, len(expected), total)
    if done != len(expected):
        raise BackupError(f"{FILE} holds {done} files; the manifest lists {len(expected)}.")


def _store(storage, name, content, force):
    try:
        if storage.exists(name):
            if not force:
                raise BackupError(f"{name} exists in the storage already (--force replaces it).")
            storage.delete(name)
        stored = storage.save(name, File(content, name=posixpath.basename(name)))
    except SuspiciousFileOperation as error:
        raise BackupError(f"{FILE} holds a name outside the storage: {name!r}") from error
    if stored != name:
        raise BackupError(f"{name} was stored as {stored}: the storage renamed it.")


def differences(storage, expected):
    """What differs between the manifest's files and the storage: read back, every one."""
    problems = []
    for name, entry in sorted(expected.items()):
        try:
            with storage.open(name, "rb") as source, _copy(source) as (_, size, sha256):
                pass
        except FileNotFoundError:
            problems.append(f"{name}: missing")
            continue
        if (size, sha256) != (entry["size"], entry["sha256"]):
            problems.append(f"{name}: {size} bytes, sha256 {sha256[:12]}… differ from the backup")
    return problems
