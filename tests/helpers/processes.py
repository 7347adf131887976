"""The processes a test run started, found through the kernel's process tree (Linux ``/proc``).

A daemon that detaches (as speech-dispatcher did when libspeechd autospawned it) leaves its parent's
tree: it is re-parented to init and looks like nobody's. :func:`become_subreaper` makes this process
the one orphans of its descendants are re-parented to (``PR_SET_CHILD_SUBREAPER``), so everything the
test run starts, detached or not, stays below it and :func:`live_descendants` finds it.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

_PR_SET_CHILD_SUBREAPER = 36


@dataclass(frozen=True)
class Proc:
    pid: int
    ppid: int
    state: str
    command: str

    def __str__(self) -> str:
        return f"{self.pid} ({self.state}) {self.command}"


def become_subreaper() -> bool:
    """Adopt the orphans of this process's descendants; ``False`` where the kernel cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)) == 0


def _read(pid: int) -> Proc | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    # "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split at the last ")".
    comm = stat[stat.index("(") + 1:stat.rindex(")")]
    state, ppid = stat[stat.rindex(")") + 2:].split()[:2]
    command = raw.replace(b"\0", b" ").decode("utf-8", "replace").strip() or f"[{comm}]"
    return Proc(pid, int(ppid), state, command)


def all_processes() -> list[Proc]:
    procs = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            proc = _read(int(entry.name))
            if proc is not None:
                procs.append(proc)
    return procs


def descendants(root: int | None = None) -> list[Proc]:
    """Every process below ``root`` (this one by default), zombies included."""
    root = os.getpid() if root is None else root
    procs = all_processes()
    children: dict[int, list[Proc]] = {}
    for proc in procs:
        children.setdefault(proc.ppid, []).append(proc)
    found: list[Proc] = []
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child.pid)
    return found


def reap_zombies() -> None:
    """Collect this process's children that have ended (orphans adopted as a subreaper included)."""
    for proc in descendants():
        if proc.ppid == os.getpid() and proc.state == "Z":
            with contextlib.suppress(ChildProcessError, OSError):
                os.waitpid(proc.pid, os.WNOHANG)


def live_descendants(root: int | None = None) -> list[Proc]:
    return [proc for proc in descendants(root) if proc.state not in ("Z", "X")]


def left_running(grace: float = 3.0) -> list[Proc]:
    """Descendants still running after ``grace`` seconds (a killed process needs a moment to go)."""
    deadline = time.monotonic() + grace
    while True:
        reap_zombies()
        live = live_descendants()
        if not live or time.monotonic() >= deadline:
            return live
        time.sleep(0.05)


def kill_all(procs: list[Proc]) -> None:
    for proc in procs:
        with contextlib.suppress(OSError):
            os.kill(proc.pid, signal.SIGKILL)
    reap_zombies()


def running_with(text: str) -> list[Proc]:
    """Live processes anywhere whose command line contains ``text`` (a private folder's name)."""
    return [proc for proc in all_processes() if text in proc.command and proc.state not in ("Z", "X")]
