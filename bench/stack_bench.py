"""Scale figures of the production stack (issue 13), side by side in one run:

1. public page throughput through the proxy (wrk) with two web nodes, then one, and the CPU
   each node used per request;
2. digest hand-over of N subscribers with one worker node, then two (same machine, 2 cores:
   expect the CPU ceiling, not a doubling);
3. the measured per-message costs (database bytes per delivery row, Redis bytes per queued
   batch message, worker CPU per mail, web CPU per page) and, from them, a paper estimate of
   what 1 million subscribers and 10 web nodes need.

    .venv/bin/python bench/stack_bench.py [--subscribers 5000] [--seconds 20]

Starts a stack of its own (config/stack, ports 20000 and up, database glokal_stack_bench,
dropped first), as root like CI (the proxy binds 443; nothing else may hold it meanwhile).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from config.stack import control, services  # noqa: E402
from config.stack.layout import Layout  # noqa: E402
from config.stack.processes import group_members, service_user  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
SEED = """
import datetime
from django.utils import timezone
from newsletter.models import Frequency, Subscriber, SubscriberStatus
Subscriber.objects.filter(email__endswith="@bench.example").delete()
confirmed = timezone.now() - datetime.timedelta(days=1)
Subscriber.objects.bulk_create(
    [Subscriber(email=f"b{n:07d}@bench.example", language=("de", "en", "pl", "cs")[n % 4],
                frequency=Frequency.WEEKLY, status=SubscriberStatus.ACTIVE,
                confirmed_at=confirmed) for n in range(COUNT)],
    batch_size=2000,
)
"""
START = """
from django.utils import timezone
from newsletter.models import Subscriber
from newsletter.runs import start_run
Subscriber.objects.filter(email__endswith="@bench.example").update(last_digest_at=None)
run = start_run("weekly", period="PERIOD")
print("RUN", run.pk, run.recipient_count, run.batch_count)
"""


def cpu_seconds(layout, service):
    """User + system CPU of every live process of the service's group so far."""
    total = 0
    for pid in group_members(service.pgid(layout.state) or -1):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
    return total / CLOCK_TICKS


def psql(layout, sql):
    return control.psql(sql, layout.database)


def wrk(url, seconds, connections=16):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    p50 = re.search(r"50%\s+([\d.]+\w+)", output).group(1)
    p99 = re.search(r"99%\s+([\d.]+\w+)", output).group(1)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": rate,
        "requests": requests,
        "p50": p50,
        "p99": p99,
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def page_throughput(layout, seconds):
    """Two nodes, then one (node 2 stopped), on the press room index through nginx."""
    url = f"{layout.base_url}/de/presse/"
    webs = [services.web_node(layout, 1), services.web_node(layout, 2)]
    wrk(url, 3)  # warm both nodes' caches and connections
    results = {}
    for label, active in (("two nodes", webs), ("one node", webs[:1])):
        if len(active) == 1:
            webs[1].stop(layout.state)
            wrk(url, 2)  # let nginx mark the stopped node down
        before = {web.name: cpu_seconds(layout, web) for web in active}
        result = wrk(url, seconds)
        result["cpu_per_node"] = {
            web.name: round(cpu_seconds(layout, web) - before[web.name], 1) for web in active
        }
        result["cpu_ms_per_request"] = round(
            1000 * sum(result["cpu_per_node"].values()) / max(1, result["requests"]), 1
        )
        results[label] = result
    control.start_service(layout, service_user(), webs[1])
    return results


def digest_handover(layout, count):
    user = service_user()
    control.manage(layout, user, "shell", "-c", SEED.replace("COUNT", str(count)))
    workers = [services.worker_node(layout, 1), services.worker_node(layout, 2)]
    sink = services.smtp_sink(layout)
    results = {}
    for index, (label, active) in enumerate((("one node", workers[:1]), ("two nodes", workers))):
        for worker in workers:
            if worker in active and not worker.running(layout.state):
                control.start_service(layout, user, worker)
            if worker not in active and worker.running(layout.state):
                worker.stop(layout.state)
        before = {worker.name: cpu_seconds(layout, worker) for worker in active}
        sink_before = cpu_seconds(layout, sink)
        # A period of its own (at most 10 characters), so each measurement is a new run.
        code = START.replace("PERIOD", f"b{index}{int(time.time()) % 10**7}")
        started = time.monotonic()
        out = control.manage(layout, user, "shell", "-c", code).stdout
        run_id, recipients, batches = map(int, re.search(r"RUN (\d+) (\d+) (\d+)", out).groups())
        while (
            psql(layout, f"SELECT status FROM newsletter_digestrun WHERE id = {run_id}") != "done"
        ):
            time.sleep(0.2)
        seconds = time.monotonic() - started
        # From the first hand-over to the last, as the database recorded them: what the
        # workers did, without the shell's start and the run's preparation.
        sending = float(
            psql(
                layout,
                "SELECT extract(epoch FROM max(sent_at) - min(sent_at)) "
                f"FROM newsletter_delivery WHERE run_id = {run_id}",
            )
        )
        cpu = {w.name: round(cpu_seconds(layout, w) - before[w.name], 1) for w in active}
        cpu["smtp sink"] = round(cpu_seconds(layout, sink) - sink_before, 1)
        results[label] = {
            "recipients": recipients,
            "batches": batches,
            "seconds, start to done": round(seconds, 1),
            "seconds, first to last hand-over": round(sending, 1),
            "mails_per_second": round(recipients / sending, 1),
            "cpu_seconds": cpu,
            "worker_cpu_ms_per_mail": round(
                1000 * sum(v for k, v in cpu.items() if k != "smtp sink") / recipients, 2
            ),
        }
        results["run_id"] = run_id
    if not workers[1].running(layout.state):
        control.start_service(layout, user, workers[1])
    return results


def storage_costs(layout):
    """Bytes per delivery row (table and indexes) and per queued batch message in Redis."""
    rows = int(psql(layout, "SELECT count(*) FROM newsletter_delivery"))
    total = int(psql(layout, "SELECT pg_total_relation_size('newsletter_delivery')"))
    subscribers = int(psql(layout, "SELECT count(*) FROM newsletter_subscriber"))
    subscriber_bytes = int(psql(layout, "SELECT pg_total_relation_size('newsletter_subscriber')"))
    import redis

    broker = redis.Redis.from_url(layout.redis_url(1))
    before = broker.info("memory")["used_memory"]
    # A batch message as the run enqueues it, 1,000 times, on a queue nobody reads.
    from kombu import Connection

    with Connection(layout.redis_url(1)) as connection:
        queue = connection.SimpleQueue("glokal-bench-size")
        body = {"task": "newsletter.tasks.send_batch", "args": [123456], "kwargs": {}}
        for _ in range(1000):
            queue.put(body, headers={"glokal_request_id": "f" * 32})
        after = broker.info("memory")["used_memory"]
        queue.clear()
        queue.close()
    return {
        "delivery_rows": rows,
        "bytes_per_delivery_row": round(total / max(1, rows)),
        "bytes_per_subscriber_row": round(subscriber_bytes / max(1, subscribers)),
        "redis_bytes_per_queued_message": round((after - before) / 1000),
    }


def estimate(pages, digests, costs, subscribers=1_000_000, web_nodes=10, batch=500):
    """The paper estimate: what 1 million subscribers and 10 web nodes need."""
    one = digests["one node"]
    per_mail_ms = one["worker_cpu_ms_per_mail"]
    batches = -(-subscribers // batch)
    cpu_hours = subscribers * per_mail_ms / 1000 / 3600
    page_ms = pages["two nodes"]["cpu_ms_per_request"]
    return {
        "delivery rows per run": subscribers,
        "delivery table growth per run (MB)": round(
            subscribers * costs["bytes_per_delivery_row"] / 1e6
        ),
        "subscriber table (MB)": round(subscribers * costs["bytes_per_subscriber_row"] / 1e6),
        "broker messages per run (batches of 500)": batches,
        "Redis for a whole run queued at once (MB)": round(
            batches * costs["redis_bytes_per_queued_message"] / 1e6, 1
        ),
        "worker CPU per run (core-hours)": round(cpu_hours, 2),
        "minutes per run on 8 worker cores": round(cpu_hours * 60 / 8, 1),
        "pages per second, 10 nodes of 2 cores each": round(web_nodes * 2 * 1000 / page_ms),
        "database connections, 10 nodes x 2 gunicorn workers + 8 worker processes": web_nodes * 2
        + 8,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=5000)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--keep", action="store_true", help="leave the stack running")
    args = parser.parse_args(argv)
    layout = Layout(
        state=Path(tempfile.mkdtemp(prefix="glokal-stack-bench-")),
        port_base=20000,
        broker="redis",
        database="glokal_stack_bench",
        # Batches of 250: 21 for 5,000 subscribers, enough to spread over four processes.
        extra={"GLOKAL_NEWSLETTER_BATCH_SIZE": "250"},
    )
    control.drop_database(layout.database)
    started = time.monotonic()
    control.up(layout)
    up_seconds = time.monotonic() - started
    try:
        pages = page_throughput(layout, args.seconds)
        print(json.dumps({"pages": pages}), flush=True)
        digests = digest_handover(layout, args.subscribers)
        print(json.dumps({"digests": digests}), flush=True)
        costs = storage_costs(layout)
        figures = {
            "stack up (s)": round(up_seconds),
            "pages": pages,
            "digests": digests,
            "costs": costs,
            "estimate": estimate(pages, digests, costs),
        }
        print(json.dumps(figures, indent=2))
    finally:
        if not args.keep:
            left = control.down(layout)
            if left:
                print(f"left running: {left}", file=sys.stderr)


if __name__ == "__main__":
    main()
