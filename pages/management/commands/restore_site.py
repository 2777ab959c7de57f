"""`manage.py restore_site <dir>`: a backup of backup_site into the configured database and
default storage.

Checks the backup against its manifest first (both files' checksums, that this code knows
every migration in it), refuses a database with tables or a storage with files unless --force,
restores, and then compares every table's row count and every media file's checksum with the
manifest. Stop the web nodes and workers first: the restore replaces what they read.
PostgreSQL: pg_restore --clean into the configured database, objects owned by its user; with
--force, tables the backup does not have stay, as do files in the storage it does not list.
"""

from pathlib import Path

from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError

from pages.core.backup import BackupError, database, manifest, media
from pages.core.backup.progress import media_progress, size

# Problems listed in full before "… and N more".
_SHOWN = 10


class Command(BaseCommand):
    help = "Restore a backup of backup_site into the configured database and media storage."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="The folder backup_site wrote.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Restore into a database with tables and a storage with files, replacing "
            "what the backup holds.",
        )

    def handle(self, *args, directory, force=False, verbosity=1, **options):
        storage = storages["default"]
        try:
            backup = manifest.read(directory)
            unknown = database.unknown_migrations(backup["migrations"])
            if unknown:
                raise BackupError(
                    f"The backup comes from newer code: {', '.join(unknown)} unknown here. "
                    "Deploy that version, then restore."
                )
            database.check_target(backup["database"])
            if not force:
                self._refuse_occupied_targets(storage)
            self.stdout.write(
                f"Restoring the backup of {backup['created']}: "
                f"{len(backup['database']['rows'])} tables, {backup['media']['count']} files"
            )
            database.restore(directory, backup["database"])
            self.stdout.write("  database restored")
            media.restore(
                storage,
                Path(directory) / media.FILE,
                backup["media"]["files"],
                force=force,
                progress=media_progress(self.stdout, verbosity),
            )
            problems = database.row_differences(backup["database"]["rows"])
            problems += media.differences(storage, backup["media"]["files"])
        except (BackupError, OSError) as error:
            raise CommandError(f"Restore failed: {error}") from error
        if problems:
            listed = "\n  ".join(problems[:_SHOWN])
            more = f"\n  … and {len(problems) - _SHOWN} more" if len(problems) > _SHOWN else ""
            raise CommandError(f"Restored, but it differs from the backup:\n  {listed}{more}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored and verified: {sum(backup['database']['rows'].values())} rows, "
                f"{backup['media']['count']} files ({size(backup['media']['bytes'])})"
            )
        )
        pending = database.pending_migrations()
        if pending:
            self.stdout.write(
                f"The backup predates {len(pending)} migrations of this code: run "
                "`manage.py migrate`."
            )

    def _refuse_occupied_targets(self, storage):
        occupied = database.occupied_tables()
        if occupied:
            raise BackupError(
                f"The configured database has {len(occupied)} tables already "
                f"({', '.join(occupied[:3])}, …). Restore into an empty database, or pass "
                "--force to replace its content."
            )
        if not media.is_empty(storage):
            raise BackupError(
                "The media storage has files already. Restore into an empty one, or pass "
                "--force to replace the files the backup holds."
            )
