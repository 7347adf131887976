"""What the kernel says about this process: resident memory, CPU time, context switches, and the
processes the suite started that are still running.

Linux only (``/proc``), which is where the suite runs. No Qt here.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import signal
import sys
import time
from pathlib import Path


def _status_field(path: Path, name: str) -> int:
    for line in path.read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    raise KeyError(name)


def rss_kib() -> int:
    """Resident memory now (``VmRSS``), in KiB."""
    return _status_field(Path("/proc/self/status"), "VmRSS")


def peak_rss_kib() -> int:
    """The most resident memory so far (``VmHWM``), in KiB."""
    return _status_field(Path("/proc/self/status"), "VmHWM")


def cpu_seconds() -> float:
    """User plus system CPU time of the whole process (every thread), in seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def context_switches() -> dict[str, int]:
    """Voluntary context switches (each one is a sleep that ended in a wake-up), by thread.

    ``main`` is the thread that runs the Qt event loop; ``all`` sums every thread of the process.
    """
    main = all_ = 0
    pid = os.getpid()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            switches = _status_field(task / "status", "voluntary_ctxt_switches")
        except (OSError, KeyError):
            continue  # the thread ended while we looked
        all_ += switches
        if task.name == str(pid):
            main = switches
    return {"main": main, "all": all_}


def thread_count() -> int:
    return len(list(Path(f"/proc/{os.getpid()}/task").iterdir()))


def become_subreaper() -> None:
    """Adopt the orphans of this process's descendants (``PR_SET_CHILD_SUBREAPER``), so a daemon that
    detaches from a measured app is still reaped here rather than by init."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)


def _mentions(pid: int, text: bytes) -> bool:
    """Whether a live process has ``text`` in its command line or its environment."""
    try:
        if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X"):
            return False
        return any(text in Path(f"/proc/{pid}/{part}").read_bytes() for part in ("cmdline", "environ"))
    except (OSError, IndexError):
        return False


def still_running(marker: str, grace: float = 3.0) -> list[str]:
    """Processes (other than this one) whose command line or environment holds ``marker`` (the
    suite's private folder, which every process it starts inherits), after ``grace`` seconds for the
    ones being killed to go; each is killed, and its command line returned."""
    text = marker.encode()
    me = os.getpid()
    deadline = time.monotonic() + grace
    while True:   # (zombies, ended and not yet reaped, are not running: they are left out)
        pids = [int(p.name) for p in Path("/proc").iterdir()
                if p.name.isdigit() and int(p.name) != me and _mentions(int(p.name), text)]
        if not pids or time.monotonic() >= deadline:
            break
        time.sleep(0.05)
    left = []
    for pid in pids:
        with contextlib.suppress(OSError):
            left.append(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode().strip())
            os.kill(pid, signal.SIGKILL)
    return left
