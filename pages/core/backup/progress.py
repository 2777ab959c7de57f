"""What backup_site and restore_site print while they work."""

# A line every this many media files (every file with -v 2).
EVERY = 100


def size(count):
    """1536 → "1.5 KB"."""
    for unit in ("bytes", "KB", "MB"):
        if count < 1024:
            return f"{count} bytes" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} GB"


def media_progress(stdout, verbosity):
    """progress(done, total, bytes) for pages.core.backup.media, writing to `stdout`."""
    if verbosity == 0:
        return None

    def progress(done, total, written):
        if verbosity >= 2 or done % EVERY == 0 or done == total:
            of = f"/{total}" if total is not None else ""
            stdout.write(f"  media: {done}{of} files, {size(written)}")

    return progress
