"""Backup and restore of a whole site: the database and every file of the default storage.

A backup is a folder: `database.dump` (PostgreSQL, pg_dump's custom format) or
`database.sqlite3`, `media.tar` (every object of the default storage, read through Django's
storage API, so the local folder and an S3 bucket alike), and `manifest.json`, written last,
with the sizes and SHA-256 of both files and of every media file, the row count of every table
and the migrations the database had. A folder without a manifest is an incomplete backup.

`manage.py backup_site <dir>` and `manage.py restore_site <dir>` (pages/management/commands/)
run it; restore checks the backup against its manifest before it changes anything, and the
restored database and storage against it afterwards.
"""


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why, for the operator."""
