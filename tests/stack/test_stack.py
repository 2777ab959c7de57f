"""The production stack as an agency runs it (issue 13), tested from outside: through the
proxy as editors, companies and visitors; on the processes as an operator and as the faults
an operator meets (a worker node killed, Redis and PostgreSQL restarted).

The tests run in this order and share the stack (tests/stack/conftest.py starts it).
"""

import contextlib
import io
import os
import re
import subprocess
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import boto3
import requests
from PIL import Image

from config.stack import control, services
from config.stack.layout import BUCKET
from config.stack.processes import SERVICE_USER, group_members, service_user
from tests.helpers import wait_until

from .client import (
    browser,
    form_values,
    get,
    mails,
    node,
    options,
    page_id,
    post,
    public_path,
    query,
    sign_in,
)

SUBSCRIBERS = 5000
DUE_DOMAIN = "stack.example"
shared = {}  # what one step of the journey hands the next


def stack_pids(layout):
    return {
        pid: service.name
        for service in control.all_services_for_stop(layout)
        if service.pgid(layout.state)
        for pid in group_members(service.pgid(layout.state))
    }


def admin_browser(layout):
    session = browser(layout)
    sign_in(session, control.ADMIN_USER, layout.secrets()["ADMIN_PASSWORD"])
    return session


def s3_client(layout):
    secret = layout.secrets()
    return boto3.client(
        "s3",
        endpoint_url=f"http://127.0.0.1:{layout.s3_port}",
        aws_access_key_id=secret["S3_ACCESS_KEY"],
        aws_secret_access_key=secret["S3_SECRET_KEY"],
        region_name="us-east-1",
    )


def bucket_keys(layout, bucket=BUCKET):
    pages = s3_client(layout).get_paginator("list_objects_v2").paginate(Bucket=bucket)
    return {item["Key"]: item["Size"] for page in pages for item in page.get("Contents", [])}


# --- The operator's view: loopback only, no root -----------------------------------------------


def test_every_port_of_the_stack_listens_on_loopback_only(stack):
    pids = stack_pids(stack)
    listening = subprocess.run(["ss", "-ltnpH"], capture_output=True, text=True, check=True)
    ours = []
    for line in listening.stdout.splitlines():
        owners = {int(pid) for pid in re.findall(r"pid=(\d+)", line)}
        if owners & set(pids):
            local = line.split()[3]
            ours.append((local, sorted({pids[pid] for pid in owners & set(pids)})))
    names = {name for _local, owner in ours for name in owner}
    # Every service that serves something was found listening (so the check saw them).
    assert {"nginx", "varnish", "web1", "web2", "redis", "s3", "smtp"} <= names, ours
    outside = [(local, owner) for local, owner in ours if not local.startswith("127.0.0.1:")]
    assert outside == [], f"listening beyond loopback: {outside}"


def test_nothing_but_the_proxy_master_runs_as_root(stack):
    user = service_user()
    if user is None:  # started by an ordinary user: nothing can be root
        return
    by_uid = {}
    for pid, name in stack_pids(stack).items():
        status = Path(f"/proc/{pid}/status").read_text()
        uid = int(re.search(r"^Uid:\s+(\d+)", status, re.M).group(1))
        by_uid.setdefault(uid, set()).add(name)
    root_ones = by_uid.get(0, set())
    assert root_ones <= {"nginx"}, f"running as root: {root_ones}"
    assert by_uid.get(user[0], set()) >= {
        "web1",
        "web2",
        "worker1",
        "worker2",
        "beat",
        "redis",
        "varnish",
    }
    # nginx's master binds 443; its workers run as the service user.
    nginx_workers = subprocess.run(
        ["ps", "-o", "user=,args=", "-C", "nginx"], capture_output=True, text=True
    ).stdout
    assert any(
        line.startswith(SERVICE_USER) and "worker process" in line
        for line in nginx_workers.splitlines()
    ), nginx_workers


def test_static_files_come_from_the_proxy_with_far_future_caching(stack):
    session = browser(stack)
    home = get(session, "/de/")
    assert home.status_code == 200
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', home.text).group(1)
    assert re.search(r"\.[0-9a-f]{12}\.css$", stylesheet), stylesheet  # hashed name
    response = get(session, stylesheet)
    assert response.status_code == 200
    assert "max-age=31536000" in response.headers["Cache-Control"]
    assert node(response) is None  # answered by nginx, no web node involved


def test_the_demo_accounts_published_passwords_do_not_open_the_stack(stack):
    for username in ("admin", "editor", "reviewer", "translator-pl"):
        session = browser(stack)
        get(session, "/admin/login/")
        answer = post(
            session,
            "/admin/login/",
            {
                "username": username,
                "password": "glokal-demo",
                "csrfmiddlewaretoken": session.cookies["csrftoken"],
            },
        )
        assert answer.status_code == 200, username  # the form again, not a redirect inside
        assert "sessionid" not in session.cookies, username


# --- The journey across nodes -----------------------------------------------------------------


def small_png(text):
    image = Image.new("RGB", (640, 400), (20, 90, 160))
    for x in range(0, 640, 40):  # a pattern, so renditions differ visibly from a flat fill
        for y in range(0, 400, 40):
            image.putpixel((x, y), (250, 250, 250))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_editor_publishes_on_one_node_and_a_visitor_on_the_other_sees_it(stack):
    editor = admin_browser(stack)
    # 1. The image, through the admin's multiple upload.
    get(editor, "/admin/images/multiple/add/")
    upload = post(
        editor,
        "/admin/images/multiple/add/",
        files={"files[]": ("stack-test-photo.png", small_png("stack"), "image/png")},
        data={"csrfmiddlewaretoken": editor.cookies["csrftoken"]},
    )
    assert upload.status_code == 200, upload.text[:500]
    image_id = upload.json()["image_id"]
    assert any(key.startswith("original_images/stack-test-photo") for key in bucket_keys(stack))

    # 2. The release, with the image as its hero, published in the German press room.
    parent, _ = page_id(stack, "press", "pressreleaseindexpage")
    add_path = f"/admin/pages/add/press/pressreleasepage/{parent}/"
    form_page = get(editor, add_path)
    assert form_page.status_code == 200
    values, _form = form_values(form_page.text, "form#page-edit-form")
    title = f"Stack-Test {uuid.uuid4().hex[:8]}: Grenzüberschreitende Zusammenarbeit"
    slug = f"stack-test-{uuid.uuid4().hex[:8]}"
    paragraph = (
        '{"blocks":[{"key":"a1b2c","text":"Ein Absatz aus dem Stack-Test.","type":"unstyled",'
        '"depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}'
    )
    values.update(
        {
            "title": title,
            "slug": slug,
            "lead": "Wer, was, wann, wo: ein Test über beide Web-Knoten.",
            "hero_image": str(image_id),
            # What Wagtail's StreamField widgets (rendered by script) post when empty.
            "media-count": "0",
            "related_links-count": "0",
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": paragraph,
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": str(uuid.uuid4()),
            "action-publish": "action-publish",
        }
    )
    published = post(editor, add_path, values)
    assert published.status_code == 302, published.text[:2000]
    publisher = node(published)
    _id, index_path = page_id(stack, "press", "pressreleaseindexpage")
    release_path = public_path(index_path) + f"{slug}/"

    # 3. A visitor, answered by the other node, reads it and gets its image from the store.
    visitor = browser(stack)

    def from_the_other_node():
        # A query of its own each time: a cached copy would name the node that stored it.
        response = get(visitor, f"{release_path}?probe={uuid.uuid4().hex[:8]}")
        return response if node(response) != publisher else None

    page = wait_until(
        from_the_other_node, 10, message="an answer from the other web node", interval=0
    )
    assert page.status_code == 200
    assert title in page.text
    images = re.findall(r'<img[^>]+src="([^"]+)"', page.text)
    renditions = [src for src in images if "/media/images/stack-test-photo" in src]
    assert renditions, images
    src = renditions[0].removeprefix(stack.base_url)
    picture = get(visitor, src)
    assert picture.status_code == 200, src
    assert picture.headers["Content-Type"].startswith("image/")
    Image.open(io.BytesIO(picture.content)).verify()
    assert src.removeprefix("/media/") in bucket_keys(stack)
    # Documents never come straight from the bucket (private collections).
    assert get(visitor, "/media/documents/anything.pdf").status_code == 404
    shared["release_path"] = release_path


def test_a_company_submits_an_offer_and_an_editor_approves_it(stack):
    _id, index_path = page_id(stack, "pages", "cooperationofferindexpage")
    submit_path = public_path(index_path) + "submit/"
    company = browser(stack)
    shown = get(company, submit_path)
    assert shown.status_code == 200
    values, form = form_values(shown.text, "form.offer-form")
    title = f"Stack-Test sucht Vertriebspartner {uuid.uuid4().hex[:6]}"
    values.update(
        {
            "title": title,
            "kind": options(form, "kind")[0],
            "summary": "Wir entwickeln Sensoren und suchen einen Partner für den Vertrieb.",
            "description": "Erster Absatz.\n\nZweiter Absatz.",
            "keywords": "Sensoren, Vertrieb",
            "sectors": options(form, "sectors")[:1],
            "company_country": "CZ",
            "region": options(form, "region")[0],
            "target_countries": ["DE"],
            "partner_types": options(form, "partner_types")[:1],
            "partnership_types": options(form, "partnership_types")[:1],
            "development_stage": "",  # only for technology offers
            "company_name": "Stacktest s.r.o.",
            "contact_name": "Erika Beispiel",
            "email": "angebote@stacktest.example",
            "phone": "+49 30 5555 0199",
            "website": "https://stacktest.example",
            "consent": "on",
        }
    )
    time.sleep(3.5)  # a person needs a few seconds for the form (the stamp checks it)
    sent = post(company, submit_path, values)
    errors = re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]+)<', sent.text)
    assert sent.status_code in {302, 303}, (sent.status_code, errors)
    rows = query(
        stack,
        "SELECT p.id, p.live, p.url_path FROM wagtailcore_page p WHERE p.title = %s",
        (title,),
    )
    assert len(rows) == 1 and rows[0][1] is False, rows
    offer_id, _live, offer_url_path = rows[0]
    assert get(browser(stack), public_path(offer_url_path)).status_code == 404  # not yet public

    (task_state_id,) = query(
        stack,
        "SELECT ts.id FROM wagtailcore_taskstate ts "
        "JOIN wagtailcore_workflowstate ws ON ws.id = ts.workflow_state_id "
        "WHERE ws.base_content_type_id IS NOT NULL AND ws.object_id = %s "
        "AND ts.status = 'in_progress'",
        (str(offer_id),),
    )[0]
    editor = admin_browser(stack)
    get(editor, f"/admin/pages/{offer_id}/edit/")
    approved = post(
        editor,
        f"/admin/pages/workflow/action/{offer_id}/approve/{task_state_id}/",
        {"csrfmiddlewaretoken": editor.cookies["csrftoken"], "comment": ""},
        referer=f"/admin/pages/{offer_id}/edit/",
    )
    assert approved.status_code in {200, 302}, approved.text[:1000]
    assert query(stack, "SELECT live FROM wagtailcore_page WHERE id = %s", (offer_id,)) == [(True,)]
    offer = get(browser(stack), public_path(offer_url_path))
    assert offer.status_code == 200 and title in offer.text


# --- 5,000 subscribers over both worker nodes; one node killed, Redis restarted ------------------

SEED_SUBSCRIBERS = """
import datetime
from django.utils import timezone
from newsletter.models import Frequency, Subscriber, SubscriberStatus
confirmed = timezone.now() - datetime.timedelta(days=1)
languages = ("de", "en", "pl", "cs")
Subscriber.objects.bulk_create(
    [
        Subscriber(
            email=f"due{number:05d}@{domain}",
            language=languages[number % 4],
            frequency=Frequency.WEEKLY,
            status=SubscriberStatus.ACTIVE,
            confirmed_at=confirmed,
        )
        for number in range({count})
    ],
    batch_size=1000,
)
"""
START_RUN = (
    "from newsletter.runs import start_run; run = start_run('weekly'); "
    "print('RUN', run.pk, run.recipient_count, run.batch_count)"
)


def run_status(layout, run_id):
    return query(layout, "SELECT status FROM newsletter_digestrun WHERE id = %s", (run_id,))[0][0]


def our_mails(layout, due):
    return [mail for mail in mails(layout) if set(mail["to"]) & due]


def test_a_digest_run_survives_a_killed_worker_node_and_a_redis_restart(stack):
    user = service_user()
    due = {f"due{number:05d}@{DUE_DOMAIN}" for number in range(SUBSCRIBERS)}
    code = SEED_SUBSCRIBERS.replace("{domain}", DUE_DOMAIN).replace("{count}", str(SUBSCRIBERS))
    control.manage(stack, user, "shell", "-c", code)
    (demo_subscribers,) = query(
        stack,
        "SELECT count(*) FROM newsletter_subscriber WHERE status = 'active' "
        "AND frequency = 'weekly' AND email NOT LIKE %s",
        (f"%@{DUE_DOMAIN}",),
    )[0]
    started = control.manage(stack, user, "shell", "-c", START_RUN).stdout
    run_id, recipients, batches = map(int, re.search(r"RUN (\d+) (\d+) (\d+)", started).groups())
    assert recipients == SUBSCRIBERS + demo_subscribers
    assert batches == -(-recipients // 100)
    t0 = time.monotonic()

    # SIGKILL worker node 1 (both its workers, every process) once a fifth is out.
    wait_until(
        lambda: len(our_mails(stack, due)) >= SUBSCRIBERS // 5,
        120,
        message="the first mails",
        interval=0.05,
    )
    node1 = services.worker_node(stack, 1)
    node1.kill(stack.state)
    killed_at = len(our_mails(stack, due))
    recorded = {
        email
        for (email,) in query(
            stack,
            "SELECT s.email FROM newsletter_delivery d JOIN newsletter_subscriber s "
            "ON s.id = d.subscriber_id WHERE d.run_id = %s AND d.status = 'sent'",
            (run_id,),
        )
    }
    assert killed_at < SUBSCRIBERS, "the run was over before the kill: nothing was tested"

    # Redis (cache, broker, beat's lock) restarts while node 2 sends.
    redis = services.redis(stack)
    assert redis.stop(stack.state) == []
    control.start_service(stack, user, redis)
    redis_restarted_at = len(our_mails(stack, due))

    # Node 1 comes back and helps finish.
    control.start_service(stack, user, node1)
    wait_until(
        lambda: run_status(stack, run_id) == "done", 240, message="the run to finish", interval=0.5
    )
    seconds = time.monotonic() - t0

    delivered = our_mails(stack, due)
    per_address = Counter(address for mail in delivered for address in mail["to"])
    losses = due - set(per_address)
    duplicates = {address: n - 1 for address, n in per_address.items() if n > 1}
    resent_recorded = {address for address in recorded if per_address[address] != 1}
    statuses = dict(
        query(
            stack,
            "SELECT d.status, count(*) FROM newsletter_delivery d JOIN newsletter_subscriber s "
            "ON s.id = d.subscriber_id WHERE d.run_id = %s AND s.email LIKE %s GROUP BY d.status",
            (run_id, f"%@{DUE_DOMAIN}"),
        )
    )
    batches_by_node = Counter()
    for number in (1, 2):
        log = services.worker_node(stack, number).log_path(stack.state).read_text()
        batches_by_node[number] = len(
            re.findall(r"Task newsletter\.tasks\.send_batch\[[^]]+\] succeeded", log)
        )
    print(
        f"\nStack digest run: {SUBSCRIBERS} subscribers, {batches} batches, {seconds:.1f} s; "
        f"at the kill {killed_at} mails ({len(recorded)} recorded sent), "
        f"at the Redis restart {redis_restarted_at}; losses {len(losses)}, "
        f"extra mails {sum(duplicates.values())}, resent after recorded {len(resent_recorded)}; "
        f"batches finished per node {dict(batches_by_node)}; deliveries {statuses}"
    )
    assert losses == set(), sorted(losses)[:10]
    assert resent_recorded == set(), sorted(resent_recorded)[:10]
    # The one window: accepted by the SMTP server, not yet recorded when the node died, at
    # most one per digest process of the killed node (2).
    assert sum(duplicates.values()) <= 2, duplicates
    assert statuses == {"sent": SUBSCRIBERS}, statuses
    assert batches_by_node[1] > 0 and batches_by_node[2] > 0, batches_by_node


# --- PostgreSQL restarted: readiness 503 meanwhile, never a 500 to visitors ----------------------


def postgres_cluster():
    version = sorted(Path("/etc/postgresql").iterdir())[0].name
    return ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main"]


def test_postgres_restart_gives_503_meanwhile_and_no_500(stack):
    seen = {"ready": Counter(), "public": Counter()}
    stop = threading.Event()
    public = browser(stack)
    release = shared.get("release_path", "/de/presse/")

    def probe():
        while not stop.is_set():
            for port in stack.web_ports:
                try:
                    status = requests.get(
                        f"http://127.0.0.1:{port}/_health/ready/", timeout=5
                    ).status_code
                except requests.RequestException:
                    status = "no answer"
                seen["ready"][status] += 1
            for path in ("/de/", release):
                # A query of its own each time: what Varnish and the page cache hold is served
                # without the database; this asks for a render.
                try:
                    answer = get(public, path, params={"probe": uuid.uuid4().hex})
                    seen["public"][answer.status_code] += 1
                except requests.RequestException:
                    seen["public"]["no answer"] += 1
            time.sleep(0.05)

    prober = threading.Thread(target=probe, daemon=True)
    prober.start()
    time.sleep(1)
    subprocess.run([*postgres_cluster(), "stop"], check=True)
    try:
        wait_until(
            lambda: seen["ready"][503] >= 4, 30, message="readiness to answer 503", interval=0.2
        )
        wait_until(
            lambda: seen["public"][503] >= 2, 30, message="public pages to answer 503", interval=0.2
        )
    finally:
        subprocess.run([*postgres_cluster(), "start"], check=True)
    after = Counter()

    def healthy_again():
        statuses = [
            requests.get(f"http://127.0.0.1:{port}/_health/ready/", timeout=5).status_code
            for port in stack.web_ports
        ]
        after.update(statuses)
        return statuses == [200, 200] and get(public, "/de/").status_code == 200

    wait_until(healthy_again, 60, message="both nodes ready again", interval=0.5)
    stop.set()
    prober.join(10)
    print(f"\nPostgreSQL restart: readiness {dict(seen['ready'])}, pages {dict(seen['public'])}")
    assert seen["public"][500] == 0, seen
    assert set(seen["public"]) <= {200, 503}, seen
    assert get(public, release).status_code == 200


# --- Exactly one beat ------------------------------------------------------------------------


def sent_due_tasks(layout, service):
    return service.log_path(layout.state).read_text().count("Sending due task")


def test_a_second_beat_waits_for_the_lock_and_takes_over_when_the_first_dies(stack):
    user = service_user()
    first = services.beat(stack)
    second = services.beat(stack, "beat-second")
    if not first.running(stack.state):
        # Beat exits when Redis goes away under it (the restart in the digest test): RedBeat
        # cannot renew its lock. Its supervisor starts it again; here the test stands in for
        # it, and any other cause of death fails the test.
        log = first.log_path(stack.state).read_text()[-50000:]
        assert "Connection refused" in log or "ConnectionError" in log, log[-3000:]
        started = sent_due_tasks(stack, first)
        control.start_service(stack, user, first)
        wait_until(
            lambda: sent_due_tasks(stack, first) > started,
            40,
            message="the restarted beat to fire",
            interval=0.2,
        )
    before = sent_due_tasks(stack, first)
    second.start(stack.state, user)
    time.sleep(12)  # the recovery task is due every 3 s in the test stack
    assert sent_due_tasks(stack, first) - before >= 2, "the first beat is not firing"
    assert sent_due_tasks(stack, second) == 0, "two beats fired the schedule"
    first.kill(stack.state)
    # The lock runs out (CELERY_REDBEAT_LOCK_TIMEOUT=10 in the test stack); the second fires.
    wait_until(
        lambda: sent_due_tasks(stack, second) >= 1,
        40,
        message="the second beat to take over",
        interval=0.2,
    )
    assert second.stop(stack.state) == []
    control.start_service(stack, user, first)


# --- Backup, and a restore into a fresh database and bucket ---------------------------------------


def node_ready(port):
    try:
        return requests.get(f"http://127.0.0.1:{port}/_health/ready/", timeout=5).status_code == 200
    except requests.RequestException:
        return False


def comparable(html):
    """A page without what differs per answer (CSRF tokens, nonces, request ids)."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    html = re.sub(r'nonce="[^"]+"', "", html)
    html = re.sub(r"[\w-]*\|\d{10}\|\d{10}:[\w-]+", "", html)  # form stamps: signed times
    return re.sub(r"\s+", " ", html)


def test_a_backup_restored_into_a_fresh_database_and_bucket_serves_the_same_pages(stack):
    user = service_user()
    folder = stack.state / "backups" / time.strftime("%Y%m%d-%H%M%S")
    folder.parent.mkdir(parents=True, exist_ok=True)
    if user:
        os.chown(folder.parent, *user)
    control.manage(stack, user, "backup_site", str(folder))

    restored_db, restored_bucket = "glokal_stack_restored", "glokal-media-restored"
    control.drop_database(restored_db)
    control.ensure_database(restored_db)
    client = s3_client(stack)
    with contextlib.suppress(client.exceptions.BucketAlreadyOwnedByYou):
        client.create_bucket(Bucket=restored_bucket)
    for key in bucket_keys(stack, restored_bucket):  # a fresh bucket, also on a kept stack
        client.delete_object(Bucket=restored_bucket, Key=key)
    restored_env = stack.django_environment(
        database_url=stack.database_url_for(restored_db), bucket=restored_bucket
    )
    control.manage(stack, user, "restore_site", str(folder), env=restored_env)
    assert bucket_keys(stack, restored_bucket) == bucket_keys(stack)

    port = stack.port(3)
    node3 = services.web_node(stack, 1)
    node3.name = "web-restored"
    node3.command = [
        *node3.command[:4],
        f"127.0.0.1:{port}",
        *node3.command[5:],
    ]
    node3.env = {**node3.env, **restored_env, "GLOKAL_NODE": "web-restored"}
    node3.start(stack.state, user)
    try:
        wait_until(lambda: node_ready(port), 60, message="the restored node", interval=0.2)
        paths = ["/de/", "/en/", shared.get("release_path", "/de/presse/"), "/api/v2/pages/"]
        headers = {"X-Forwarded-Proto": "https", "Host": "127.0.0.1"}
        for path in paths:
            original = requests.get(f"http://127.0.0.1:{stack.web_ports[0]}{path}", headers=headers)
            restored = requests.get(f"http://127.0.0.1:{port}{path}", headers=headers)
            assert (original.status_code, restored.status_code) == (200, 200), path
            assert comparable(restored.text) == comparable(original.text), path
    finally:
        assert node3.stop(stack.state) == []


# --- Down: nothing left ---------------------------------------------------------------------------


def test_zz_down_stops_everything_and_leaves_no_process(stack):
    pids = stack_pids(stack)
    assert len(pids) >= 12, pids  # the check below would be empty otherwise
    assert control.down(stack) == {}
    alive = [pid for pid in pids if Path(f"/proc/{pid}").exists() and not zombie(pid)]
    assert alive == [], {pid: pids[pid] for pid in alive}
    if service_user():
        # Every process of the service user, not only the groups the stack knows of; a zombie
        # (exited, its entry not yet collected by PID 1) runs nothing and does not count.
        processes = subprocess.run(
            ["ps", "-u", SERVICE_USER, "-o", "pid=,stat=,args="], capture_output=True, text=True
        ).stdout.splitlines()
        running = [line for line in processes if line.split()[1][0] != "Z"]
        assert running == [], running
    listening = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True).stdout
    for port in (
        stack.https_port,
        stack.http_port,
        stack.varnish_port,
        stack.varnish_purge_port,
        *stack.web_ports,
        stack.redis_port,
    ):
        assert f"127.0.0.1:{port} " not in listening, port


def zombie(pid):
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True
