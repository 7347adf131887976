"""Saving a finished session when the disk is full or the folder is read-only.

:func:`save_session_safely` never raises for a storage problem: it returns a :class:`SaveResult`
whose ``message`` says in plain words what went wrong. The caller keeps the record in memory and
offers "try again" (call it again) and "save as file" (:func:`save_session_file`).

"Save as file" writes an ordinary touchtimer export (``docs/export-format.md``, ``format_version``
1) holding that one session and the babies it refers to, so ``touchtimer import FILE`` and the
history's Import bring it back, and importing it twice adds nothing; ``import_check.read_export_file``
reads it like any other export.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from touchtimer.core.history.export_format import dumps, session_document
from touchtimer.core.session.record import SessionRecord
from touchtimer.core.storage.atomic_file import write_file_atomically
from touchtimer.core.storage.errors import classify_storage_error
from touchtimer.core.storage.store import Store

Problem = Literal["full", "read_only", "busy", "other"]


@dataclass(frozen=True)
class SaveResult:
    record: SessionRecord
    saved: bool
    problem: Problem | None = None
    message: str = ""
    detail: str = ""


def describe_write_error(exc: BaseException) -> tuple[Problem, str]:
    """What kind of storage problem ``exc`` is, and a message a tired parent can act on.

    The kind comes from the error's code (:func:`~touchtimer.core.storage.errors.classify_storage_error`),
    never from a file name that happens to hold a word like "full".
    """
    kind = classify_storage_error(exc)
    if kind == "full":
        return "full", ("The disk is full, so this session could not be saved yet. It is safe "
                        "here until touchtimer closes: free some space and try again, or save "
                        "it as a file somewhere else.")
    if kind == "read_only":
        return "read_only", ("touchtimer is not allowed to write to its data folder, so this "
                             "session could not be saved yet. It is safe here until touchtimer "
                             "closes: try again once the folder can be written, or save it as a "
                             "file somewhere else.")
    if kind == "busy":
        return "busy", ("The file of saved sessions is busy just now. This session is safe here; "
                        "please try again in a moment, or save it as a file.")
    return "other", ("This session could not be saved yet. It is safe here until touchtimer "
                     "closes: try again, or save it as a file.")


def save_session_safely(store: Store, record: SessionRecord) -> SaveResult:
    """Save ``record``; on a storage problem return why instead of raising."""
    try:
        store.sessions.save(record)
    except (sqlite3.Error, OSError) as exc:
        problem, message = describe_write_error(exc)
        return SaveResult(record, False, problem, message, str(exc))
    return SaveResult(record, True)


# -- "save as file" ----------------------------------------------------------------------------


def save_session_file(record: SessionRecord, path: Path, store: Store | None = None) -> Path:
    """Write ``record`` to ``path`` as a one-session touchtimer export, atomically and private.

    The babies the session refers to are read from ``store`` (reading still works on a full disk or
    a read-only folder) so the file imports anywhere. Raises ``OSError`` (with ``strerror``) if the
    place cannot be written; the caller says so.
    """
    return write_file_atomically(path, dumps(session_document(record, store)))


def default_session_filename(record: SessionRecord) -> str:
    stamp = record.started_at.astimezone().strftime("%Y-%m-%d-%H%M")
    return f"touchtimer-session-{stamp}.json"
