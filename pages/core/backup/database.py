"""The database half of a backup: PostgreSQL through pg_dump and pg_restore, SQLite through
its online backup API. Both record the row count of every table, taken from the same
snapshot as the dump, for the restore to compare against."""

import glob
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connections, transaction
from django.db.backends.postgresql.client import DatabaseClient as PostgresClient
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader

from . import BackupError
from .manifest import describe_file

FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
_TABLES = {
    "postgresql": "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()",
    "sqlite": "SELECT name FROM sqlite_master "
    "WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'",
}


def _vendor(connection):
    if connection.vendor not in FILES:
        raise BackupError(f"Backups of {connection.vendor} databases are not supported.")
    return connection.vendor


def tables(cursor, vendor):
    cursor.execute(_TABLES[vendor])
    return sorted(row[0] for row in cursor.fetchall())


def row_counts(cursor, vendor):
    counts = {}
    for table in tables(cursor, vendor):
        cursor.execute('SELECT COUNT(*) FROM "{}"'.format(table.replace('"', '""')))
        counts[table] = cursor.fetchone()[0]
    return counts


def dump(directory, using="default"):
    """Write the database into `directory`; the manifest's "database" entry."""
    connection = connections[using]
    vendor = _vendor(connection)
    path = Path(directory) / FILES[vendor]
    if vendor == "postgresql":
        rows = _dump_postgres(connection, path)
    else:
        rows = _dump_sqlite(connection, path)
    return {"vendor": vendor, **describe_file(path), "rows": rows}


def _dump_postgres(connection, path):
    if connection.in_atomic_block:
        raise BackupError("A backup cannot run inside a transaction.")
    # One snapshot for the counts and for pg_dump, which joins it: both see the same rows
    # while the site goes on writing.
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        rows = row_counts(cursor, "postgresql")
        _run_postgres(
            connection,
            "pg_dump",
            "--format=custom",
            f"--snapshot={snapshot}",
            f"--file={path}",
        )
    return rows


def _dump_sqlite(connection, path):
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    try:
        # Copies a consistent state even while other processes write; counted on the copy.
        connection.connection.backup(copy)
        return row_counts(copy.cursor(), "sqlite")
    finally:
        copy.close()


def occupied_tables(using="default"):
    """The tables the configured database has already: a restore target should have none."""
    connection = connections[using]
    with connection.cursor() as cursor:
        return tables(cursor, _vendor(connection))


def check_target(entry, using="default"):
    """The configured database can take the backup's dump."""
    vendor = _vendor(connections[using])
    if entry["vendor"] != vendor:
        raise BackupError(
            f"The backup holds a {entry['vendor']} database; the configured one is {vendor}."
        )


def restore(directory, entry, using="default"):
    """Replace the configured database's content with the dump in `directory`."""
    check_target(entry, using)
    connection = connections[using]
    vendor = connection.vendor
    path = Path(directory) / FILES[vendor]
    connection.close()
    if vendor == "postgresql":
        # Objects owned by and granted to the target's roles, not the source's; all or nothing.
        _run_postgres(
            connection,
            "pg_restore",
            "--no-owner",
            "--no-acl",
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--exit-on-error",
            str(path),
        )
    else:
        target = str(connection.settings_dict["NAME"])
        if target == ":memory:" or "mode=memory" in target:
            raise BackupError("Cannot restore into an in-memory SQLite database.")
        source, destination = sqlite3.connect(path), sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            source.close()
            destination.close()


def row_differences(expected, using="default"):
    """What differs between the manifest's row counts and the configured database's."""
    connection = connections[using]
    with connection.cursor() as cursor:
        actual = row_counts(cursor, _vendor(connection))
    return [
        f"table {table}: {actual.get(table, 'missing')} rows, the backup had {count}"
        for table, count in sorted(expected.items())
        if actual.get(table) != count
    ]


# --- Migrations ------------------------------------------------------------------------------


def migration_heads(using="default"):
    """The last applied migration of every app ({"pages": ["0042_…"]}; two after a merge)."""
    loader = MigrationLoader(connections[using], ignore_no_migrations=True)
    graph = loader.graph
    # Squashed migrations' parts leave the graph; the squash itself stands for them.
    applied = {key for key in loader.applied_migrations if key in graph.node_map}
    heads = {}
    for app, name in sorted(applied):
        children = graph.node_map[(app, name)].children
        if not any(child in applied and child[0] == app for child in children):
            heads.setdefault(app, []).append(name)
    return heads


def unknown_migrations(heads, using="default"):
    """Migrations of the backup that this code does not have: it came from newer code."""
    graph = MigrationLoader(connections[using], ignore_no_migrations=True).graph
    return [
        f"{app}.{name}"
        for app, names in sorted(heads.items())
        for name in names
        if (app, name) not in graph.nodes
    ]


def pending_migrations(using="default"):
    executor = MigrationExecutor(connections[using])
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


# --- PostgreSQL's programs -------------------------------------------------------------------


def _program(name):
    """pg_dump/pg_restore on PATH, else the newest of Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which(name)
    if found:
        return found
    candidates = glob.glob(f"/usr/lib/postgresql/*/bin/{name}")
    if not candidates:
        raise BackupError(f"{name} not found: install the PostgreSQL client (postgresql-client).")
    return max(candidates, key=lambda path: int(Path(path).parts[-3]))


def _run_postgres(connection, program, *arguments):
    settings_dict = connection.settings_dict
    # Django's own mapping of password, service and TLS options to libpq's variables.
    _, libpq = PostgresClient.settings_to_cmd_args_env(settings_dict, [])
    environment = {**os.environ, **(libpq or {})}
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER")):
        if settings_dict.get(key):
            environment[variable] = str(settings_dict[key])
    command = [_program(program), f"--dbname={settings_dict['NAME']}", *arguments]
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{program} failed: {result.stderr.strip()}")
