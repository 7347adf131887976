"""A store filled with sessions, for repair and damage tests."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.session.record import SessionRecord, StageRecord
from touchtimer.core.storage.store import open_store


def session(i: int, baby: str | None = None) -> SessionRecord:
    start = datetime(2026, 1, 1, 20, 0, tzinfo=UTC) + timedelta(days=i)
    return SessionRecord(
        id=f"session-{i:04d}", routine_id="close-time", routine_title="Close time", kind="skin_to_skin",
        started_at=start, ended_at=start + timedelta(minutes=60), local_date=start.date(),
        planned_seconds=3600, actual_seconds=3600, status="completed",
        stages=[StageRecord(j, f"Stage {j} " + "x" * 200, None, 600, 600, "done") for j in range(6)],
        baby_ids=[baby] if baby else [], notes="n" * 300,
    )


def filled(path: Path, count: int = 200) -> str:
    with open_store(path) as store:
        baby = add_baby(store, "Robin", date(2026, 1, 1), today=date(2027, 1, 1))
        for i in range(count):
            store.sessions.save(session(i, baby.id))
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return baby.id


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damaged_copies(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir()
                  if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm", "-journal")))
