"""What the kernel says about this process: resident memory, CPU time and context switches.

Linux only (``/proc``), which is where the suite runs. No Qt here.
"""

from __future__ import annotations

import os
import resource
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
