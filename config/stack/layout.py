"""Where the stack's parts listen and keep their files, and the environment each gets.

Ports are fixed (GLOKAL_STACK_PORT_BASE shifts them all) so an operator can find the site at
the same address each time; every one is bound to 127.0.0.1.
"""

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
BUCKET = "glokal-media"
DATABASE = "glokal_stack"
DATABASE_ROLE = "glokal_stack"
SECRET_NAMES = (
    "DJANGO_SECRET_KEY",
    "REDIS_PASSWORD",
    "S3_ACCESS_KEY",
    "S3_SECRET_KEY",
    "ADMIN_PASSWORD",
)


@dataclass(frozen=True)
class Layout:
    state: Path
    port_base: int
    broker: str  # "redis" or "rabbitmq"
    database: str = DATABASE
    # Settings a test tunes for speed (short leases, small batches), on top of the defaults.
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_environment(cls):
        state = Path(os.environ.get("GLOKAL_STACK_DIR", ROOT / "var" / "stack")).resolve()
        return cls(
            state=state,
            port_base=int(os.environ.get("GLOKAL_STACK_PORT_BASE", "18000")),
            broker=os.environ.get("GLOKAL_STACK_BROKER", "redis").strip().lower(),
        )

    def port(self, offset):
        return self.port_base + offset

    @property
    def https_port(self):
        # 443 as in production: Wagtail writes https:// into page URLs for no other port.
        return int(os.environ.get("GLOKAL_STACK_HTTPS_PORT", "443"))

    @property
    def http_port(self):
        return int(os.environ.get("GLOKAL_STACK_HTTP_PORT", "80"))

    @property
    def web_ports(self):
        return (self.port(1), self.port(2))

    @property
    def varnish_port(self):
        """Varnish's listener for nginx."""
        return self.port(81)

    @property
    def varnish_purge_port(self):
        """Varnish's listener for the PURGE requests of the nodes and workers."""
        return self.port(82)

    @property
    def varnish_admin_port(self):
        """varnishadm's (`varnishadm -n var/stack/varnish/work`)."""
        return self.port(83)

    @property
    def redis_port(self):
        return self.port(379)

    @property
    def smtp_port(self):
        return self.port(25)

    @property
    def s3_port(self):
        return self.port(333)

    @property
    def base_url(self):
        port = "" if self.https_port == 443 else f":{self.https_port}"
        return f"https://127.0.0.1{port}"

    @property
    def database_url(self):
        return self.database_url_for(self.database)

    def database_url_for(self, name):
        return f"postgres://{DATABASE_ROLE}@127.0.0.1:5432/{name}"

    def secrets(self):
        """Generated once per state folder (mode 600), read by every later start."""
        path = self.state / "secrets.env"
        if not path.exists():
            self.state.mkdir(parents=True, exist_ok=True)
            values = {name: secrets.token_urlsafe(48) for name in SECRET_NAMES}
            values["S3_ACCESS_KEY"] = "glokal" + secrets.token_hex(6)
            path.write_text("".join(f"{k}={v}\n" for k, v in values.items()))
            path.chmod(0o600)
        return dict(line.split("=", 1) for line in path.read_text().split())

    def redis_url(self, db):
        return f"redis://:{self.secrets()['REDIS_PASSWORD']}@127.0.0.1:{self.redis_port}/{db}"

    def broker_url(self):
        if self.broker == "rabbitmq":
            return os.environ.get("GLOKAL_STACK_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672//")
        return self.redis_url(1)

    def django_environment(self, database_url=None, bucket=BUCKET):
        """What every web node, worker and management command of the stack runs with."""
        secret = self.secrets()
        return {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DJANGO_SECRET_KEY": secret["DJANGO_SECRET_KEY"],
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_CSRF_TRUSTED_ORIGINS": self.base_url,
            # HSTS on a loopback certificate would stick to 127.0.0.1 in the operator's browser.
            "DJANGO_SECURE_HSTS_SECONDS": "0",
            "GLOKAL_PUBLIC_BASE_URL": self.base_url,
            # nginx, then Varnish: each appends its peer to X-Forwarded-For.
            "GLOKAL_TRUSTED_PROXY_COUNT": "2",
            "GLOKAL_VARNISH_URL": f"http://127.0.0.1:{self.varnish_purge_port}",
            "GLOKAL_VAR_DIR": str(self.state / "var"),
            "DJANGO_STATIC_ROOT": str(self.state / "static"),
            "DATABASE_URL": database_url or self.database_url,
            "CACHE_URL": self.redis_url(0),
            "CELERY_BROKER_URL": self.broker_url(),
            "CELERY_REDBEAT_REDIS_URL": self.redis_url(2),
            "GLOKAL_MEDIA_S3_BUCKET": bucket,
            "GLOKAL_MEDIA_S3_ENDPOINT_URL": f"http://127.0.0.1:{self.s3_port}",
            "AWS_ACCESS_KEY_ID": secret["S3_ACCESS_KEY"],
            "AWS_SECRET_ACCESS_KEY": secret["S3_SECRET_KEY"],
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.smtp_port),
            "GLOKAL_NEWSLETTER_TRANSPORT": "smtp",
            "GLOKAL_LOG_FORMAT": "json",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONUNBUFFERED": "1",
            **self.extra,
        }
