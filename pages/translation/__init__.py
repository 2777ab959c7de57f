"""The translation workflow around wagtail-localize: roles, translate everywhere, sync, the
status board, PO files, the translators' locale rule, jobs on Celery. Imports only `pages.core`."""
