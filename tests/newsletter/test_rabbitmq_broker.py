"""RabbitMQ as the alternative broker (docs/deployment.md): a real worker on the machine's
RabbitMQ sends a digest run to an SMTP sink, everyone once. The same settings as on Redis:
acknowledged late, prefetch 1."""

import os
import uuid
from collections import Counter

import kombu
import pytest

from newsletter.models import Delivery, DeliveryStatus, DigestRun, Frequency, RunStatus
from newsletter.runs import start_run
from tests import celery_worker as worker_module
from tests import factories
from tests.helpers import wait_until
from tests.newsletter.test_fault_kill import create_subscribers

AMQP_URL = os.environ.get("GLOKAL_TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672//")


@pytest.fixture
def rabbitmq_queue():
    try:
        with kombu.Connection(AMQP_URL, connect_timeout=3) as connection:
            connection.ensure_connection(max_retries=1)
    except Exception as error:  # noqa: BLE001 (any failure means "no RabbitMQ here")
        if os.environ.get("CI"):
            pytest.fail(f"RabbitMQ not reachable at {AMQP_URL}: {error}", pytrace=False)
        pytest.skip(f"RabbitMQ not reachable at {AMQP_URL}")
    queue = f"glokal-amqp-{uuid.uuid4().hex[:8]}"
    with worker_module.tasks_to_broker(queue, broker_url=AMQP_URL):
        yield queue
    with kombu.Connection(AMQP_URL) as connection:
        kombu.Queue(queue, channel=connection.channel()).delete()


@pytest.mark.slow
def test_a_digest_run_goes_out_through_rabbitmq(
    rabbitmq_queue, shared_db, smtp_sink, settings, tmp_path
):
    worker = worker_module.Worker(
        rabbitmq_queue,
        tmp_path / "celery",
        env={
            "CELERY_BROKER_URL": AMQP_URL,
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": smtp_sink.port,
            "GLOKAL_NEWSLETTER_TRANSPORT": "smtp",
            "GLOKAL_NEWSLETTER_BATCH_SIZE": 100,
            "GLOKAL_PUBLIC_BASE_URL": settings.GLOKAL_PUBLIC_BASE_URL,
        },
        concurrency=2,
        name="amqp",
    )
    worker.start(wait=False)
    try:
        home, _press = factories.build_site()
        index = factories.add_offer_index(home)
        sector = factories.SectorFactory(name="Energie", slug="energy")
        factories.add_offer(index, title="Kooperationsangebot Energie", sectors=[sector])
        due = create_subscribers([sector])
        settings.NEWSLETTER_BATCH_SIZE = 100
        worker.wait_ready()
        run = start_run(Frequency.WEEKLY)
        wait_until(
            lambda: DigestRun.objects.filter(pk=run.pk, status=RunStatus.DONE).exists(),
            timeout=120,
            interval=0.2,
            message=f"the run to finish\n{worker.log_tail()}",
        )
    finally:
        worker.stop()
    assert "amqp://guest:**@127.0.0.1:5672//" in worker.log()  # it really used RabbitMQ
    per_recipient = Counter(address for mail in smtp_sink.mails for address in mail.recipients)
    assert set(per_recipient) == due
    assert set(per_recipient.values()) == {1}
    statuses = Counter(Delivery.objects.filter(run=run).values_list("status", flat=True))
    assert statuses == {DeliveryStatus.SENT: len(due)}
