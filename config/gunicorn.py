"""gunicorn settings of a web node: `gunicorn --config config/gunicorn.py --bind HOST:PORT`.

Sync workers behind nginx, which buffers slow clients. On SIGTERM gunicorn stops accepting,
lets in-flight requests finish for up to `graceful_timeout` seconds, then exits: the proxy
sends new requests to the other node meanwhile (docs/deployment.md).
"""

import os
import sys

wsgi_app = "config.wsgi:application"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Requests from the proxy only; Django reads the scheme from SECURE_PROXY_SSL_HEADER.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
# JSON, with the request id the proxy set, like the application's own log lines.
access_log_format = (
    '{"time":"%(t)s","request_id":"%({x-request-id}i)s","method":"%(m)s","path":"%(U)s",'
    '"status":"%(s)s","bytes":"%(B)s","microseconds":"%(D)s","node":"'
    + os.environ.get("GLOKAL_NODE", "web")
    + '"}'
)


def on_starting(server):
    """Refuse to start, with one clear message, when a dependency is missing."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    django.setup()
    from config.preflight import report

    problems = report(os.environ.get("GLOKAL_NODE", "web node"))
    if problems:
        server.log.error(problems)
        sys.exit(1)
