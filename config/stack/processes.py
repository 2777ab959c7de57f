"""Long-running processes of the stack: each in a process group of its own, under the
unprivileged service user, with its pid in var/stack/run/ and its output in var/stack/logs/.

Liveness is read from /proc (a zombie counts as gone: the stack's processes outlive the
command that started them, and whoever reaps them may be slow), so `down` can prove that
no process of a group is left.
"""

import contextlib
import os
import pwd
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from .layout import ROOT

SERVICE_USER = "glokal"


def service_user():
    """(uid, gid) to run as. Started as root, the stack runs as the `glokal` system user
    (created when missing): nothing in it needs root, and no port below 1024 is used."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(SERVICE_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--home-dir",
                "/nonexistent",
                "--shell",
                "/usr/sbin/nologin",
                SERVICE_USER,
            ],
            check=True,
        )
        entry = pwd.getpwnam(SERVICE_USER)
    return entry.pw_uid, entry.pw_gid


def as_user(user, *command):
    ids = [f"--reuid={user[0]}", f"--regid={user[1]}", "--clear-groups"]
    return subprocess.run(["setpriv", *ids, *command], capture_output=True).returncode == 0


def grant_traverse(paths, user):
    """Let the service user reach the interpreter and the checkout where a folder above them
    is private (a pyenv Python under /root): traverse only (x, no listing), by an ACL for that
    one user. Returns the folders changed, for the log."""
    changed = []
    for path in paths:
        for folder in reversed(Path(path).resolve().parents):
            if not as_user(user, "test", "-x", str(folder)):
                subprocess.run(["setfacl", "-m", f"u:{user[0]}:x", str(folder)], check=True)
                changed.append(str(folder))
    return changed


def group_members(pgid):
    """Pids of live (non-zombie) processes in process group `pgid`."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses.
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z" and int(fields[2]) == pgid:
            members.append(int(entry.name))
    return members


@dataclass
class Service:
    name: str
    command: list
    env: dict = field(default_factory=dict)
    cwd: Path = ROOT
    # Started as root because it binds ports below 1024; drops to the service user itself.
    privileged: bool = False

    def pid_path(self, state):
        return state / "run" / f"{self.name}.pid"

    def log_path(self, state):
        return state / "logs" / f"{self.name}.log"

    def pgid(self, state):
        try:
            return int(self.pid_path(state).read_text())
        except (OSError, ValueError):
            return None

    def running(self, state):
        pgid = self.pgid(state)
        return bool(pgid and group_members(pgid))

    def start(self, state, user):
        if self.running(state):
            return False
        for folder in ("run", "logs"):
            (state / folder).mkdir(parents=True, exist_ok=True)
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(state / "var"),
            **self.env,
        }
        with open(self.log_path(state), "ab") as log:
            as_service_user = user and not self.privileged
            options = (
                {"user": user[0], "group": user[1], "extra_groups": []} if as_service_user else {}
            )
            process = subprocess.Popen(
                self.command,
                cwd=self.cwd,
                env=environment,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own session and process group
                **options,
            )
        self.pid_path(state).write_text(str(process.pid))
        return True

    def signal(self, state, signum):
        pgid = self.pgid(state)
        if pgid and group_members(pgid):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signum)

    def stop(self, state, timeout=40.0):
        """SIGTERM to the group (graceful: requests and batches finish or are handed back),
        SIGKILL after `timeout`. Returns the pids still alive afterwards (none, normally)."""
        pgid = self.pgid(state)
        if not pgid:
            return []
        self.signal(state, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while group_members(pgid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if group_members(pgid):
            self.signal(state, signal.SIGKILL)
            time.sleep(0.5)
        left = group_members(pgid)
        if not left:
            self.pid_path(state).unlink(missing_ok=True)
        return left

    def kill(self, state):
        """SIGKILL to every process of the group: a node that dies without any warning."""
        pgid = self.pgid(state)
        self.signal(state, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while pgid and group_members(pgid) and time.monotonic() < deadline:
            time.sleep(0.1)


def wait_for(predicate, timeout, what, log=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except Exception:  # noqa: BLE001, S110 (not up yet: any error means "try again")
            pass
        time.sleep(0.25)
    tail = ""
    if log and Path(log).exists():
        tail = "\n" + "\n".join(Path(log).read_text(errors="replace").splitlines()[-25:])
    raise RuntimeError(f"{what} did not come up within {timeout:.0f} s{tail}")
