"""What the database holds, cheaply enough to compare before and after every request.

`snapshot()` is one query with the row count and the largest primary key of every table the
project's models (and the libraries' models) have, plus a digest of every row of the tables
that public requests may write to in place (subscribers and their consent records, deliveries,
inquiries, sessions, users, sign-in attempts), where an UPDATE changes neither count nor key.
`changes(before, after)` names the tables that differ.
"""

import hashlib

from django.apps import apps
from django.db import connection

# Tables a public view can UPDATE (not only INSERT into): their rows are digested too.
ROW_DIGEST_APPS = {"newsletter", "sessions", "axes"}
ROW_DIGEST_MODELS = {"auth.user", "pages.inquiry", "wagtailcore.pageviewrestriction"}


INTEGER_KEYS = {"AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField"}


def tracked_models():
    models = []
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.managed and not meta.proxy and not meta.swapped:
            models.append(model)
    return sorted(models, key=lambda model: model._meta.db_table)


def _counts_sql(models):
    quote = connection.ops.quote_name
    parts = []
    for model in models:
        table = model._meta.db_table
        # Integer keys by number; others (session keys, UUIDs, which PostgreSQL cannot MAX) as
        # text. Counts catch every insert; the largest key an insert and a delete together.
        column = quote(model._meta.pk.column)
        if model._meta.pk.get_internal_type() in INTEGER_KEYS:
            top = f"CAST(MAX({column}) AS VARCHAR(255))"
        else:
            top = f"MAX(CAST({column} AS VARCHAR(255)))"
        parts.append(f"SELECT '{table}', COUNT(*), {top} FROM {quote(table)}")
    return " UNION ALL ".join(parts)


def _digested(model):
    meta = model._meta
    return meta.app_label in ROW_DIGEST_APPS or meta.label_lower in ROW_DIGEST_MODELS


class Snapshot:
    def __init__(self):
        self.models = tracked_models()
        self.by_table = {model._meta.db_table: model for model in self.models}
        self.sql = _counts_sql(self.models)
        self.digested = [model for model in self.models if _digested(model)]

    def take(self):
        with connection.cursor() as cursor:
            cursor.execute(self.sql)
            state = {table: (count, top) for table, count, top in cursor.fetchall()}
        for model in self.digested:
            rows = model._default_manager.order_by("pk").values_list()
            digest = hashlib.sha256(repr(list(rows)).encode()).hexdigest()
            table = model._meta.db_table
            state[table] = (*state[table], digest)
        return state

    def changes(self, before, after):
        """{model label: (before, after)} for every table whose state differs."""
        return {
            self.by_table[table]._meta.label: (before[table], after[table])
            for table in before
            if before[table] != after[table]
        }
