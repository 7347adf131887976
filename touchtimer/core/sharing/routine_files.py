"""The parent's own routine files as shared entities (kind ``routine``, one field ``text``).

A routine file lives in the routines folder, not in the store, so a local change is found by looking:
:func:`record_local_changes` compares each file's size and time (and, when those differ, its
SHA-256) with the state last shared, kept in the store, and records a changed or removed file for
sharing. A removed file is shared as ``text`` ``None`` (a later file with the same id may come back,
unlike a deleted session). A file from another laptop is checked like any routine file before it is
written, whole, in place of the old one.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from touchtimer.core.file_reading import read_small_file
from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.routines.files import ID_PATTERN, RoutineFileError, parse_routine
from touchtimer.core.storage.atomic_file import write_file_atomically
from touchtimer.core.storage.shared_apply import RoutineReader, RoutineWriter
from touchtimer.core.storage.store import Store

#: A routine file larger than this is not shared (a routine is a few kilobytes).
MAX_ROUTINE_BYTES = 512 * 1024


def _path(routines_dir: Path, routine_id: str) -> Path | None:
    return routines_dir / f"{routine_id}.toml" if ID_PATTERN.match(routine_id) else None


def _state(path: Path, data: bytes) -> tuple[int, int, str]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest()


def record_local_changes(store: Store, routines_dir: Path) -> int:
    """Record each routine file changed or removed here since it was last shared; returns how many.

    Costs a listing and a ``stat`` per file when nothing changed.
    """
    known = store.sharing.known_files()
    found: set[str] = set()
    changed = 0
    try:
        entries = list(os.scandir(routines_dir))
    except OSError:
        entries = []           # no routines folder (yet): nothing of ours to share
    for entry in entries:
        routine_id = entry.name[:-5] if entry.name.endswith(".toml") else ""
        if not routine_id or not ID_PATTERN.match(routine_id) or not entry.is_file():
            continue
        try:
            st = entry.stat()
            if st.st_size > MAX_ROUTINE_BYTES:
                continue
            found.add(routine_id)
            before = known.get(routine_id)
            if before is not None and before[:2] == (st.st_size, st.st_mtime_ns):
                continue
            data = Path(entry.path).read_bytes()
        except OSError:
            continue
        state = (st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())
        mine = before is None or before[2] != state[2]
        store.sharing.file_changed(routine_id, state, local=mine)
        changed += mine
    for routine_id in set(known) - found:
        store.sharing.file_changed(routine_id, None, local=True)
        changed += 1
    return changed


def reader(routines_dir: Path) -> RoutineReader:
    def read(routine_id: str) -> str | None:
        path = _path(routines_dir, routine_id)
        try:
            return read_small_file(path, MAX_ROUTINE_BYTES).decode("utf-8") if path is not None else None
        except (OSError, UnicodeDecodeError):
            return None
    return read


def writer(store: Store, routines_dir: Path) -> RoutineWriter:
    """Writes another laptop's routine file (checked first) while its changes are applied.

    Raises ``ValueError`` for a file that is not a valid routine (skipped and reported); returns
    ``False`` when the folder cannot be written now (tried again at the next exchange).
    """
    remember = store.sharing.file_written()

    def write(routine_id: str, text: str | None) -> bool:
        path = _path(routines_dir, routine_id)
        if path is None:
            raise ValueError(words(QT_TRANSLATE_NOOP("Sharing", "{id} is not a routine id"),
                                   id=repr(routine_id[:40])))
        if text is None:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                return False
            remember(routine_id, None)
            return True
        if len(text.encode("utf-8")) > MAX_ROUTINE_BYTES:
            raise ValueError(QT_TRANSLATE_NOOP("Sharing", "the routine file is too large"))
        try:
            routine = parse_routine(text, file=path.name)
        except RoutineFileError as exc:
            raise ValueError(words(QT_TRANSLATE_NOOP("Sharing", "the routine file does not pass the checks "
                                                     "({problem})"), problem=str(exc.errors[0]))) from None
        if routine.id != routine_id:
            raise ValueError(QT_TRANSLATE_NOOP("Sharing", "the routine file's id does not match its name"))
        try:
            routines_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_file_atomically(path, text)
            remember(routine_id, _state(path, text.encode("utf-8")))
        except OSError:
            return False
        return True
    return write
