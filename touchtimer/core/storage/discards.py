"""The discard list: sessions the person discarded while the data file could not be written.

It is a small JSON file in the *config* folder (not beside the database, which could not be
written), kept by whoever owns the store, so a discarded session is never offered to continue at a
later start; once the store can be written again, :func:`settle_discards` deletes them for good.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from touchtimer.core.file_reading import PARSE_ERRORS, read_small_file
from touchtimer.core.paths import ensure_private_dir
from touchtimer.core.storage.atomic_file import write_file_atomically
from touchtimer.core.storage.store import Store

DISCARDS_FILENAME = "discarded-sessions.json"
MAX_DISCARDS_BYTES = 4 * 1024 * 1024


def remembered_discards(folder: Path) -> set[str]:
    """The session ids in ``folder``'s discard list; a missing or unreadable list is empty."""
    try:
        raw = json.loads(read_small_file(folder / DISCARDS_FILENAME, MAX_DISCARDS_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, *PARSE_ERRORS):
        return set()
    ids = raw.get("sessions") if isinstance(raw, dict) else None
    return {i for i in ids if isinstance(i, str)} if isinstance(ids, list) else set()


def _write_discards(folder: Path, ids: set[str]) -> None:
    path = folder / DISCARDS_FILENAME
    if not ids:
        path.unlink(missing_ok=True)
        return
    ensure_private_dir(folder)
    write_file_atomically(path, json.dumps({"sessions": sorted(ids)}) + "\n")


def remember_discard(folder: Path, session_id: str) -> None:
    """Add ``session_id`` to the discard list in ``folder``. Raises ``OSError`` if it can't be written."""
    _write_discards(folder, remembered_discards(folder) | {session_id})


def settle_discards(store: Store, folder: Path) -> set[str]:
    """Delete every remembered discard the store now takes; return the ids still waiting.

    Call before offering to resume: a discarded session is never offered, even if it still cannot
    be deleted (then it stays in history as ``interrupted``).
    """
    waiting = remembered_discards(folder)
    if not waiting:
        return waiting
    left = set()
    for session_id in waiting:
        try:
            store.sessions.delete(session_id)      # its journal row goes with it (cascade)
        except sqlite3.Error:
            left.add(session_id)
    with contextlib.suppress(OSError):
        _write_discards(folder, left)
    return left
