"""The budgets, in one place: issue 9 sets them, the table and ``docs/performance.md`` quote them."""

from __future__ import annotations

#: Start-up (process start to first paint of the main window): at most this times the bare window.
STARTUP_FACTOR = 1.5
#: Resident memory after start-up: at most the bare window's plus this many MiB.
MEMORY_EXTRA_MIB = 45
#: A running session with nothing to do: CPU time, in per cent of one core.
QUIET_CPU_PERCENT = 0.5
#: ... and wake-ups of the GUI thread per second: the once-a-second refresh and nothing else (counted
#: over whole refresh periods). Checkpoint writes run on the writer's thread and never wake it.
WAKEUPS_PER_S = 1.0
#: Each stage change, on the real event loop: at most this late after its due moment.
STAGE_LATENESS_MS = 50.0
#: The GUI thread's longest stall while a session runs with a speech service that never answers, and
#: while a session runs and is saved with every write of the store taking 0.5 s longer.
STALL_MS = 50.0
#: The history at scale (10,000 sessions).
HISTORY_OPEN_MS = 200.0
EXPORT_S = 1.0
SAVE_MS = 5.0
#: Sharing through a folder (issue 16). The first exchange after two laptops with 10,000 sessions each
#: join (reading and merging the other's 10,000, and sharing its own) happens once, off the GUI thread:
#: a parent waits for it once, so a few seconds are fine, tens are not.
SHARE_MERGE_S = 10.0
#: An exchange with nothing new (the window runs one at every start, after each saved session and
#: when the folder changes): it lists the folders and compares names with what was applied, opens no
#: file and writes nothing. About a millisecond is what that costs; 20 ms leaves room for a slow disk.
SHARE_NOCHANGE_MS = 20.0

#: What may be read before the first paint: the settings file (it chooses light or night theme, so a
#: dark room never sees a bright first frame). No database, no routine files.
ALLOWED_BEFORE_PAINT = ("settings.json",)
#: Qt modules the settled app may load right after its first paint: QtNetwork carries the local
#: socket through which a second start hands over to the running one (one instance per data folder;
#: a local channel, never a network connection). Before the first paint no heavy module is allowed.
ALLOWED_AFTER_PAINT = ("QtNetwork",)


def allowed_before_paint(item: str) -> bool:
    kind, _, path = item.partition(" ")
    return kind == "open" and path.endswith(ALLOWED_BEFORE_PAINT)
