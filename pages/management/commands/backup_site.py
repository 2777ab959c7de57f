"""`manage.py backup_site <dir>`: the database and every media file into a new folder.

Writes <dir>/database.dump (PostgreSQL, pg_dump's custom format) or <dir>/database.sqlite3,
<dir>/media.tar (every file of the default storage: the local folder or the bucket) and, last,
<dir>/manifest.json (pages/core/backup/). Safe while the site runs: the database is copied from
one snapshot; media is read afterwards, so a file uploaded meanwhile may be in the tar without
a row that names it (harmless), never the other way round unless it was deleted meanwhile.
"""

from pathlib import Path

from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError

from pages.core.backup import BackupError, database, manifest, media
from pages.core.backup.progress import media_progress, size


class Command(BaseCommand):
    help = "Back up the database and every media file into a folder (see restore_site)."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="A new or empty folder for the backup.")

    def handle(self, *args, directory, verbosity=1, **options):
        folder = Path(directory)
        if (folder / manifest.NAME).exists():
            raise CommandError(f"{folder} holds a backup already; choose a new folder.")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            database_entry = database.dump(folder)
            self.stdout.write(
                f"Database ({database_entry['vendor']}): {len(database_entry['rows'])} tables, "
                f"{sum(database_entry['rows'].values())} rows, {database_entry['file']} "
                f"{size(database_entry['size'])}"
            )
            progress = media_progress(self.stdout, verbosity)
            media_entry = media.archive(storages["default"], folder / media.FILE, progress)
            media_entry.update(manifest.describe_file(folder / media.FILE))
            self.stdout.write(
                f"Media: {media_entry['count']} files, {size(media_entry['bytes'])}, "
                f"{media.FILE} {size(media_entry['size'])}"
            )
            written = manifest.write(
                folder,
                database=database_entry,
                media=media_entry,
                migrations=database.migration_heads(),
            )
        except (BackupError, OSError) as error:
            raise CommandError(f"Backup failed: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Backup of {written['created']} in {folder}"))
