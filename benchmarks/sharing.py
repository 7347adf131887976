"""Sharing through a folder at scale: two laptops with 10,000 sessions each and one shared folder.

Measured in this process (no Qt): the other laptop's first exchange, which merges 10,000 sessions from
this one into its own 10,000 and shares its own; a no-change exchange once both have everything; and
saving one session with sharing on (the stamps and the outbox row ride in the save's transaction).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks.fixtures import fake_sessions, insert_sessions
from touchtimer.core.sharing.exchange import exchange
from touchtimer.core.storage.store import open_store


def run_sharing(folder: Path, sessions: int, repeats: int = 20, saves: int = 30) -> dict[str, Any]:
    share = folder / "share"
    share.mkdir(parents=True)
    a = open_store(folder / "a" / "touchtimer.sqlite3")
    b = open_store(folder / "b" / "touchtimer.sqlite3")
    insert_sessions(a, fake_sessions(sessions, seed=9))
    insert_sessions(b, fake_sessions(sessions, seed=10))
    t = time.perf_counter()
    first = exchange(a, share)
    share_s = time.perf_counter() - t
    t = time.perf_counter()
    merged = exchange(b, share)
    merge_s = time.perf_counter() - t
    exchange(a, share)                          # a reads b's sessions: both now hold everything
    assert first.ok and merged.ok and a.sessions.count() == b.sessions.count() == 2 * sessions
    quiet = []
    for _ in range(repeats):
        t = time.perf_counter()
        result = exchange(b, share)
        quiet.append(time.perf_counter() - t)
        assert result.ok and result.files_read == result.files_written == 0
    save = []
    for record in fake_sessions(saves, seed=77):
        t = time.perf_counter()
        b.sessions.save(record)
        save.append(time.perf_counter() - t)
    files = sum(1 for _ in share.rglob("changes-*.jsonl"))
    size = sum(p.stat().st_size for p in share.rglob("changes-*.jsonl"))
    a.close()
    b.close()
    return {"sessions": sessions, "share_first_s": share_s, "merge_s": merge_s,
            "merge_files_read": merged.files_read, "merge_changes": merged.received.won,
            "nochange_ms": [x * 1000 for x in quiet], "nochange_median_ms": statistics.median(quiet) * 1000,
            "save_ms": [x * 1000 for x in save], "save_median_ms": statistics.median(save) * 1000,
            "folder_files": files, "folder_bytes": size}
