"""Opening the store whatever state the file and the machine are in.

:func:`open_store_safely` always returns a usable :class:`~touchtimer.core.storage.store.Store` and a
:class:`StoreOpenReport` that says, in plain words, what happened. It never deletes anything, and
only real damage ever moves a file:

* **Damage**: SQLite says the file is corrupt or not a database (``SQLITE_CORRUPT``,
  ``SQLITE_NOTADB``), ``PRAGMA integrity_check`` fails, or its tables are not touchtimer's. The file
  is renamed ``touchtimer.sqlite3.damaged-<time>`` with its ``-wal``/``-shm``/``-journal`` files,
  exactly as they were, a fresh store is started, and every row that can still be read is copied
  into it (``salvage.py``); the report says how many sessions came back.
* **The machine**: a full disk, a read-only folder or file, a lock held by another program, a
  permission or an I/O error. Nothing is renamed or replaced. What can be read is opened read-only
  (history shows), the report says exactly what is wrong, and :func:`try_again` (called before
  every write, and by the window every few seconds) goes back to the file as soon as the cause is
  gone. If nothing can be read, an empty store that refuses writes stands in meanwhile.
* **Left-over files** of a program that stopped (a ``-wal``, a hot ``-journal``) are settled first
  (``leftovers.py``): one that belongs to another database is never applied.
* A file from a **newer touchtimer** is left untouched; an empty store that refuses writes is used.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, sentences, words
from touchtimer.core.paths import ensure_private_dir
from touchtimer.core.storage.errors import classify_storage_error, is_damage
from touchtimer.core.storage.leftovers import SIDE_FILES, Settled, settle
from touchtimer.core.storage.migrations import MAX_NEWER
from touchtimer.core.storage.read_only import CHECK_WAIT, memory_store_read_only, read_only_store
from touchtimer.core.storage.salvage import DB_ERRORS, SQLITE_HEADER, columns, salvage
from touchtimer.core.storage.store import (
    Store,
    StoreError,
    lenient_text,
    migrations,
    open_store,
    schema_version,
)

OpenOutcome = Literal["ok", "recovered", "read_only", "unavailable"]


@dataclass
class StoreOpenReport:
    """What :func:`open_store_safely` found and did. ``message`` is for the person (may be empty).

    ``kind`` is why the file could not be written (``full``, ``read_only``, ``busy``, ``io_error``,
    ``cannot_open``, ``other``, or ``newer``); ``retry`` whether that may pass by itself.
    """

    outcome: OpenOutcome
    message: str = ""
    writable: bool = True
    damaged_copy: Path | None = None
    problem: str = ""
    recovered: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)
    kind: str = ""
    retry: bool = False
    kept: Path | None = None


class Unusable(Exception):
    """The file could not be checked or opened because of the machine, not because of damage."""

    def __init__(self, why: str, kind: str) -> None:
        super().__init__(why)
        self.kind = kind
        self.why = why                 # as given (translatable Words when touchtimer wrote it)


def _environment(exc: BaseException, folder: Path | None = None) -> Unusable:
    reason = getattr(exc, "strerror", None) or str(exc)
    kind: str = classify_storage_error(exc)
    if kind in ("io_error", "cannot_open", "other") and folder is not None:
        found = _folder_problem(folder)
        if found is not None:               # SQLite's own words ("disk I/O error") would mislead
            kind, reason = found, ""
    return Unusable(reason, kind)


def _folder_problem(folder: Path) -> str | None:
    """What stops writing in ``folder``, found by trying: SQLite says only "disk I/O error" for a
    ``-shm`` it has no room for, and "unable to open" for a ``-wal`` it may not create."""
    try:
        if os.statvfs(folder).f_bavail == 0:
            return "full"
        with tempfile.TemporaryFile(dir=folder):
            return None
    except OSError as exc:
        kind = classify_storage_error(exc)
        return kind if kind in ("full", "read_only") else None
    except AttributeError:
        return None


# -- diagnosis -------------------------------------------------------------------------------------


def _reference_columns(version: int) -> dict[str, set[str]]:
    """The tables and columns a healthy file at schema ``version`` has."""
    con = sqlite3.connect(":memory:")
    try:
        for migration in migrations()[:version]:
            con.executescript(migration.sql)
        return {t: set(c) for t, c in columns(con).items()}
    finally:
        con.close()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False,
                          timeout=CHECK_WAIT)
    con.text_factory = lenient_text
    con.execute("PRAGMA query_only = ON")
    return con


def _unreadable(exc: BaseException) -> str:
    return words(QT_TRANSLATE_NOOP("Storage", "it could not be read ({error})"), error=str(exc))


def diagnose(path: Path) -> str | None:
    """Why the file at ``path`` is damaged, in plain words; ``None`` if it looks sound.

    Raises :class:`Unusable` when the file cannot be checked at all (locked, no access, a full
    disk, an I/O error): that is not damage, and the file must then be left exactly where it is.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise _environment(exc, path.parent) from None
    if not head:
        return None            # an empty file is a new, empty database
    if head != SQLITE_HEADER:
        return QT_TRANSLATE_NOOP("Storage", "it is not a touchtimer database (its first bytes are not "
                                 "those of an SQLite file)")
    journal = path.with_name(path.name + "-journal")
    if journal.is_file() and journal.stat().st_size:
        return _diagnose_rolled_back(path)
    try:
        con = _connect_read_only(path)
    except sqlite3.Error as exc:
        if is_damage(exc):
            return _unreadable(exc)
        raise _environment(exc, path.parent) from None
    try:
        result = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
        version = int(con.execute("PRAGMA user_version").fetchone()[0])
        found = {t: set(c) for t, c in columns(con).items()}
    except DB_ERRORS as exc:
        if is_damage(exc):
            return _unreadable(exc)
        raise _environment(exc, path.parent) from None
    finally:
        con.close()
    if result != ["ok"]:
        return words(QT_TRANSLATE_NOOP("Storage", "it failed SQLite's integrity check ({found})"),
                     found="; ".join(map(str, result[:3])))
    if version < 0 or version > schema_version() + MAX_NEWER:
        return words(QT_TRANSLATE_NOOP("Storage", "its schema version ({version}) is not one any "
                                       "touchtimer writes"), version=version)
    if version > schema_version():
        return None            # a newer touchtimer's file: not damage; open_store says so
    if version == 0:
        return None if not found else QT_TRANSLATE_NOOP("Storage", "it holds tables touchtimer did not write")
    for table, cols in _reference_columns(version).items():
        if table not in found:
            return words(QT_TRANSLATE_NOOP("Storage", "its '{table}' table is missing"), table=table)
        missing = cols - found[table]
        if missing:
            return words(QT_TRANSLATE_NOOP("Storage", "its '{table}' table lacks {columns}"), table=table,
                         columns=", ".join(sorted(missing)))
    return None


def _diagnose_rolled_back(path: Path) -> str | None:
    """:func:`diagnose` of the file as it is once its hot journal is rolled back, found in a
    private copy (a reader may not roll it back in place, and the file stays as it is)."""
    try:
        with tempfile.TemporaryDirectory(prefix=".check-", dir=path.parent) as tmp:
            work = Path(tmp) / path.name
            for suffix in ("", "-journal"):
                shutil.copyfile(path.with_name(path.name + suffix), work.with_name(work.name + suffix))
            con = sqlite3.connect(str(work), timeout=CHECK_WAIT)
            try:
                con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except DB_ERRORS as exc:
                return _unreadable(exc)
            finally:
                con.close()
            return diagnose(work)
    except OSError as exc:
        raise _environment(exc, path.parent) from None


# -- moving a damaged file aside -----------------------------------------------------------------


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _side_files(path: Path) -> set[str]:
    return {s for s in SIDE_FILES if path.with_name(path.name + s).exists()}


def _drop_our_side_files(path: Path, before: set[str]) -> None:
    """Remove the ``-wal``/``-shm`` that checking the file made (a reader in WAL mode creates
    them), so that a kept copy is exactly the set that was there, never with a fresh empty -wal."""
    for suffix in _side_files(path) - before:
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def move_aside(path: Path, now: datetime) -> Path:
    """Rename ``path`` (and its side files) to ``<name>.damaged-<timestamp>``; never overwrite."""
    base = path.with_name(f"{path.name}.damaged-{_stamp(now)}")
    target, n = base, 1
    while target.exists() or any(target.with_name(target.name + s).exists() for s in SIDE_FILES):
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    os.rename(path, target)
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.rename(side, target.with_name(target.name + suffix))
    if os.name == "posix":
        os.chmod(target, 0o600)
    return target


_WHY = {
    "full": QT_TRANSLATE_NOOP("Storage", "the disk is full"),
    "read_only": QT_TRANSLATE_NOOP(
        "Storage", "touchtimer is not allowed to write there (the folder or the file is read-only)"),
    "busy": QT_TRANSLATE_NOOP("Storage", "another program is using the file just now"),
    "io_error": QT_TRANSLATE_NOOP("Storage", "the disk reported an error reading or writing it"),
    "cannot_open": QT_TRANSLATE_NOOP("Storage", "the file cannot be opened"),
}


def _unwritable(path: Path, problem: Unusable, now: datetime) -> tuple[Store, StoreOpenReport]:
    why: str = _WHY.get(problem.kind, problem.why)
    detail = words(QT_TRANSLATE_NOOP("Storage", " ({detail})"), detail=problem.why) \
        if problem.kind in _WHY and problem.why else ""
    store, on_file = read_only_store(path)
    if store is not None:
        message = words(QT_TRANSLATE_NOOP(
            "Storage", "touchtimer cannot save to {path}: {why}{detail}. Your sessions are shown, but "
            "nothing can be saved there until that is put right; nothing has been moved or "
            "changed. touchtimer tries again by itself, and a session you do meanwhile stays "
            "open with \"try again\" and \"save as file\"."), path=str(path), why=why, detail=detail)
        report = StoreOpenReport("read_only", message, writable=False, problem=why, kind=problem.kind,
                                 retry=True)
    else:
        store = memory_store_read_only()
        message = words(QT_TRANSLATE_NOOP(
            "Storage", "touchtimer cannot open its file of saved sessions, {path}: {why}{detail}. Nothing "
            "there has been moved or changed, and touchtimer tries again by itself. A session "
            "you do meanwhile stays open with \"try again\" and \"save as file\"; save each one "
            "as a file to keep it."), path=str(path), why=why, detail=detail)
        report = StoreOpenReport("unavailable", message, writable=False, problem=why, kind=problem.kind,
                                 retry=True)
    _retry_before_writes(store, path, on_file, now)
    return store, report


def _retry_before_writes(store: Store, path: Path, on_file: bool, now: datetime) -> None:
    def attempt() -> bool:
        return try_again(store, now, on_file=on_file) is not None

    store.retry_writable = attempt


def try_again(store: Store, now: datetime, *, on_file: bool | None = None) -> StoreOpenReport | None:
    """Open ``store``'s file again for writing, now that the cause may be gone; on success
    ``store`` goes on with the new connection (its followers hear ``store_replaced``) and the
    report is returned; ``None`` while it still cannot be written."""
    path = store.path
    if path is None:
        return None
    if on_file:
        # This process reads the file: checking it again from here could drop SQLite's locks
        # (see leftovers.py), and it was sound when it was opened. Open it as usual.
        if _cannot_write(path) is not None:
            return None
        try:
            fresh = open_store(path, now=now)
        except StoreError:
            return None
        report = StoreOpenReport("ok")
    else:
        fresh, report = open_store_safely(path, now=now)
        if not report.writable:
            fresh.close()
            return None
    store.adopt_connection(fresh)
    return report


# -- opening ----------------------------------------------------------------------------------------


def _cannot_write(path: Path) -> Unusable | None:
    """Why the file at ``path`` cannot be written, if it cannot: SQLite opens a file it may not
    write read-only without a word (a read-only file, an immutable one, a read-only mount)."""
    if path.exists() and not os.access(path, os.W_OK):
        return Unusable(QT_TRANSLATE_NOOP("Storage", "the file is read-only"), "read_only")
    return None


def _not_a_file(path: Path) -> str:
    if path.is_dir():
        return QT_TRANSLATE_NOOP("Storage", "it is a folder, not an ordinary file; nothing was read from it")
    return QT_TRANSLATE_NOOP("Storage", "it is a pipe or a device, not an ordinary file; nothing was read "
                             "from it")


def _recovered_message(path: Path, reason: str, copy: Path, copied: dict[str, int],
                       incomplete: bool) -> str:
    sessions = copied.get("sessions", 0)
    babies = copied.get("babies", 0)
    text = words(QT_TRANSLATE_NOOP(
        "Storage", "touchtimer's file of saved sessions could not be used: {reason}. It has been kept, "
        "unchanged, as {copy} in {folder}, and a fresh file was started. {sessions} and {babies} were "
        "copied from it."), reason=reason, copy=copy.name, folder=str(path.parent),
        sessions=words(QT_TRANSLATE_NOOP("Storage", "%n session(s)", None, 0), sessions),
        babies=words(QT_TRANSLATE_NOOP("Storage", "%n baby profile(s)", None, 0), babies))
    if incomplete:
        return sentences(text, QT_TRANSLATE_NOOP("Storage", "Some parts could not be read and are only "
                                                 "in the kept copy."))
    return text


def _with_kept(report: StoreOpenReport, kept: Settled | None) -> StoreOpenReport:
    if kept is not None:
        report.kept = kept.kept
        report.message = sentences(kept.message(), report.message)
    return report


def open_store_safely(path: Path, *, now: datetime) -> tuple[Store, StoreOpenReport]:
    """Open the store at ``path`` whatever has happened to it; see the module docstring. ``now``
    (the caller's clock) names anything kept aside."""
    if path.exists() and not path.is_file():     # a FIFO or a device would block or never end
        return _unwritable(path, Unusable(_not_a_file(path), "cannot_open"), now)
    try:
        ensure_private_dir(path.parent)
        kept = settle(path, now)
    except (OSError, sqlite3.Error) as exc:
        return _unwritable(path, _environment(exc, path.parent), now)
    before = _side_files(path)
    reason: str | None = None
    if path.exists():
        try:
            reason = diagnose(path)
        except Unusable as problem:
            return _unwritable(path, problem, now)
    if reason is None:
        try:
            refused = _cannot_write(path)
            if refused is not None:
                return _unwritable(path, refused, now)
            return open_store(path, now=now), _with_kept(StoreOpenReport("ok"), kept)
        except StoreError as exc:
            text = str(exc)
            if exc.kind == "newer":
                return memory_store_read_only(), StoreOpenReport("unavailable", sentences(
                    text, QT_TRANSLATE_NOOP("Storage", "Until then, nothing is changed in that file; save "
                                            "each session as a file to keep it.")),
                    writable=False, problem=text, kind="newer")
            if not exc.damaged:
                return _unwritable(path, Unusable(text.split(": ", 1)[-1], exc.kind), now)
            reason = words(QT_TRANSLATE_NOOP("Storage", "it could not be opened ({why})"),
                           why=text.split(": ", 1)[-1])
    _drop_our_side_files(path, before)
    try:
        copy = move_aside(path, now)
    except OSError as exc:
        return _unwritable(path, _environment(exc, path.parent), now)
    try:
        store = open_store(path, now=now)
    except StoreError as exc:
        return _unwritable(path, Unusable(str(exc), exc.kind), now)
    found = salvage(copy, store)
    message = _recovered_message(path, reason, copy, found.copied, found.incomplete)
    return store, _with_kept(StoreOpenReport("recovered", message, damaged_copy=copy, problem=reason,
                                             recovered=found.copied, lost=found.lost), kept)
