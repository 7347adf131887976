"""What every start of touchtimer does with its data, window or command line, in one call.

:func:`open_data` opens the store whatever state it is in (``storage/repair.py``) and records any
session whose process died as ``interrupted`` (``session/journal.py``). It sits above both, which is
why it is not in the storage package: storage never reaches up into the session. The window then
offers to resume those in :attr:`OpenedData.resumable`; commands that read history just print
:attr:`notices`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from touchtimer.core.paths import database_path
from touchtimer.core.session.journal import (
    RecoveredSession,
    recover_interrupted,
    resumable_sessions,
    stopped_after_text,
)
from touchtimer.core.storage.repair import StoreOpenReport, open_store_safely
from touchtimer.core.storage.rows import Checkpoint
from touchtimer.core.storage.store import Store


@dataclass
class OpenedData:
    store: Store
    report: StoreOpenReport
    recovered: list[RecoveredSession] = field(default_factory=list)
    resumable: list[Checkpoint] = field(default_factory=list)

    @property
    def notices(self) -> list[str]:
        """Plain sentences for the person (the window shows them; commands print them)."""
        out = [self.report.message] if self.report.message else []
        for found in self.recovered:
            r = found.record
            began = f"The session \"{r.routine_title}\" that began {r.started_at.astimezone():%Y-%m-%d %H:%M}"
            if found.checkpoint.finished:
                out.append(f"{began} had finished, but touchtimer stopped before it was saved; it is "
                           "kept as interrupted, with what you wrote, until you save it.")
            else:
                out.append(f"{began} stopped unexpectedly; it is saved as interrupted after "
                           f"{stopped_after_text(found.checkpoint.total_elapsed)}.")
        return out


def open_data(data_dir: Path, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> OpenedData:
    store, report = open_store_safely(database_path(data_dir), now=now)
    if not report.writable:
        return OpenedData(store, report)
    moment = now()
    recovered = recover_interrupted(store, moment)
    return OpenedData(store, report, recovered, resumable_sessions(store, moment))
