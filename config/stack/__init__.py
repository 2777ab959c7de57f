"""The production stack on one machine, on loopback: `python -m config.stack up|down|status`
(`make stack`, `make stack-down`).

nginx (TLS), then Varnish (the HTTP cache), in front of two gunicorn web nodes; PostgreSQL
(the machine's server, a database of its own); Redis (cache, broker, beat lock) of the
stack's own; SeaweedFS as the S3 media store; two Celery worker nodes and one beat; an SMTP
sink standing in for the relay. Every process runs as an unprivileged user, in a process
group of its own, with its pid and log in var/stack/. docs/deployment.md maps each part to a
production host.
"""
