"""What a node checks before it takes work: the database, the cache and the broker answer,
and Django's system checks (among them the media bucket's) pass.

A web node (config/gunicorn.py) or worker that starts with a wrong DATABASE_URL, broker URL
or bucket stops at once with one line per problem, instead of starting and answering its
first requests with stack traces.
"""

from django.core import checks
from django.core.cache import caches
from django.core.checks.messages import ERROR
from django.db import connections

from .health import dependency_checks


def problems():
    found = []
    for name, check in dependency_checks().items():
        try:
            check()
        except Exception as error:  # each failure is reported by name, with its reason
            found.append(f"{name}: {type(error).__name__}: {error}".strip())
    if not found:  # the checks below would only repeat a connection error
        for message in checks.run_checks(include_deployment_checks=True):
            if message.level >= ERROR:
                found.append(f"{message.id}: {message.msg}")
    return found


def report(node):
    """One line per problem, for the process log; empty when the node may start. The checks'
    connections are closed again: the processes that serve fork from this one."""
    try:
        found = problems()
    finally:
        connections.close_all()
        caches.close_all()
    if not found:
        return ""
    return f"{node} cannot start:\n" + "\n".join(f"  - {line}" for line in found)
