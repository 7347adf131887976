"""Two (or more) laptops for sharing tests: each its own store and routines folder, its own clock
(hours apart if wanted), one shared folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from touchtimer.core.sharing.exchange import SyncResult, exchange
from touchtimer.core.storage.store import Store, open_store

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@dataclass
class Laptop:
    name: str
    store: Store
    routines: Path
    skew: timedelta = timedelta(0)
    clock: list[datetime] = field(default_factory=lambda: [T0])

    def tick(self, seconds: float = 1.0) -> None:
        self.clock[0] += timedelta(seconds=seconds)

    def sync(self, folder: Path) -> SyncResult:
        return exchange(self.store, folder, routines_dir=self.routines, device_name=self.name)


def laptop(base: Path, name: str, *, skew: timedelta = timedelta(0),
           clock: list[datetime] | None = None) -> Laptop:
    """A laptop whose wall clock is the shared ``clock`` plus ``skew``."""
    shared = clock if clock is not None else [T0]
    store = open_store(base / name / "touchtimer.sqlite3")
    store.local.wall = lambda: shared[0] + skew
    return Laptop(name, store, base / name / "routines", skew, shared)
