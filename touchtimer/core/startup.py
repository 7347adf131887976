"""What every start of touchtimer does with its data, window or command line, in one call.

:func:`open_data` opens the store whatever state it is in (``storage/repair.py``) and records any
session whose process died as ``interrupted`` (``session/journal.py``). It sits above both, which is
why it is not in the storage package: storage never reaches up into the session. The window then
offers to resume those in :attr:`OpenedData.resumable`; commands that read history just print
:attr:`notices`.

When the file cannot be written just now (a full disk, a read-only folder, a lock held by another
program), the data is opened for reading and :attr:`OpenedData.waiting` is true: the window calls
:func:`try_again` every few seconds, which goes back to the file and records the interrupted sessions
as soon as it can. Nothing here reads the clock: callers pass ``now``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.paths import database_path
from touchtimer.core.session.journal import (
    RecoveredSession,
    recover_interrupted,
    resumable_sessions,
    stopped_after_text,
)
from touchtimer.core.storage.errors import classify_storage_error
from touchtimer.core.storage.repair import StoreOpenReport, open_store_safely
from touchtimer.core.storage.repair import try_again as reopen
from touchtimer.core.storage.rows import Checkpoint
from touchtimer.core.storage.store import Store

#: How long recording interrupted sessions waits for a lock another program holds, at start (the
#: window is on screen meanwhile; :func:`try_again` goes on trying later).
START_PATIENCE_MS = 250


@dataclass
class OpenedData:
    store: Store
    report: StoreOpenReport
    recovered: list[RecoveredSession] = field(default_factory=list)
    resumable: list[Checkpoint] = field(default_factory=list)
    #: Why interrupted sessions could not be recorded yet (plain words), or "".
    pending: str = ""

    @property
    def waiting(self) -> bool:
        """Whether something waits for the file to be writable again (see :func:`try_again`)."""
        return bool(self.pending) or (not self.report.writable and self.report.retry)

    @property
    def notices(self) -> list[str]:
        """Plain sentences for the person (the window shows them; commands print them)."""
        out = [self.report.message] if self.report.message else []
        if self.pending:
            out.append(self.pending)
        for found in self.recovered:
            out.append(recovered_notice(found))
        return out


def recovered_notice(found: RecoveredSession) -> str:
    r = found.record
    title, began = r.routine_title, f"{r.started_at.astimezone():%Y-%m-%d %H:%M}"
    if found.checkpoint.finished:
        return words(QT_TRANSLATE_NOOP(
            "Storage", "The session \"{title}\" that began {began} had finished, but touchtimer stopped "
            "before it was saved; it is kept as interrupted, with what you wrote, until you save it."),
            title=title, began=began)
    return words(QT_TRANSLATE_NOOP(
        "Storage", "The session \"{title}\" that began {began} stopped unexpectedly; it is saved as "
        "interrupted after {length}."), title=title, began=began,
        length=stopped_after_text(found.checkpoint.total_elapsed))


def _recover(opened: OpenedData, moment: datetime) -> list[RecoveredSession]:
    """Record sessions whose process died; on a storage problem, leave it for later and say why."""
    try:
        with opened.store.patience(START_PATIENCE_MS):
            recovered = recover_interrupted(opened.store, moment)
            opened.resumable = resumable_sessions(opened.store, moment)
    except sqlite3.Error as exc:
        kind = classify_storage_error(exc)
        why = {"busy": QT_TRANSLATE_NOOP("Storage", "another program is using the file of saved sessions "
                                         "just now"),
               "full": QT_TRANSLATE_NOOP("Storage", "the disk is full"),
               "read_only": QT_TRANSLATE_NOOP("Storage", "the data folder cannot be written")}.get(kind)
        opened.pending = words(QT_TRANSLATE_NOOP(
            "Storage", "A session that stopped unexpectedly last time will be recorded once it can be: "
            "{why}. touchtimer tries again by itself."), why=why or words(QT_TRANSLATE_NOOP(
                "Storage", "the file of saved sessions could not be written ({error})"), error=str(exc)))
        return []
    opened.pending = ""
    opened.recovered += recovered
    return recovered


def open_data(data_dir: Path, now: Callable[[], datetime]) -> OpenedData:
    """Open the data in ``data_dir`` (see the module docstring); ``now`` is the caller's clock."""
    store, report = open_store_safely(database_path(data_dir), now=now())
    opened = OpenedData(store, report)
    if report.writable:
        _recover(opened, now())
    return opened


def try_again(opened: OpenedData, now: Callable[[], datetime]) -> list[str]:
    """Go back to the file if it can be written now, and record what waited; returns the new
    notices (empty while it still cannot). The window calls this while ``opened.waiting``."""
    notices: list[str] = []
    if not opened.report.writable:
        if not opened.report.retry:
            return []
        report = reopen(opened.store, now())
        if report is None:
            return []
        opened.report = report
        notices.append(report.message or QT_TRANSLATE_NOOP(
            "Storage", "touchtimer can save to its data folder again; everything you do from now on is "
            "saved as usual."))
        opened.pending = opened.pending or "waiting"
    if opened.pending:
        found = _recover(opened, now())
        notices += [recovered_notice(f) for f in found]
    return notices
