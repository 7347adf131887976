"""Files left beside the store by a program that stopped: a ``-wal`` or a hot ``-journal``.

SQLite applies a ``-wal`` and rolls back a hot ``-journal`` the moment a connection reads the file.
That is right when they are the store's own (touchtimer was killed in the middle of a write), and
ruinous when they are not: a ``-wal`` from another database (a sync tool or a restore that copied
files one by one) replaces the store's pages with the other file's, and every session in it is
gone. Neither file says which database it belongs to, so :func:`settle` tries each one first in a
private copy, before any connection opens the store:

* It commits nothing (no valid commit frame, an empty journal): SQLite ignores it; so does this.
* Applied, it gives a sound touchtimer file that keeps every session and baby the store had: it is
  the store's own, and SQLite applies it as usual (a crash is recovered, nothing is asked).
* Applied, it gives a file that is not sound or not touchtimer's, or is smaller than the store
  (touchtimer's database never shrinks: it runs no VACUUM), while the store alone is sound: it
  belongs to another file. The store is copied byte for byte to ``<name>.kept-<time>`` with that
  ``-wal``/``-shm``/``-journal`` moved beside the copy (the set kept whole, as found), and the store
  opens without it.
* Applied, it gives a sound file that lacks sessions or babies the store had: it may be the store's
  own (a session deleted just before a crash), so it is applied, but the whole set is copied to
  ``<name>.kept-<time>`` first, so nothing committed is ever lost.

When another program has the database open (its locks on the file or its ``-shm``), the files are
live, not left over, and nothing is done. Only call :func:`settle` while this process holds no
connection to the file: closing a descriptor of a file drops every POSIX lock this process has on it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.storage.pages import header_page_count, read_wal
from touchtimer.core.storage.store import lenient_text

SIDE_FILES = ("-wal", "-shm", "-journal")
#: SQLite's lock bytes in the database file (PENDING, RESERVED, SHARED) and in the ``-shm``.
_DB_LOCKS = (0x40000000, 512)
_SHM_LOCKS = (120, 9)


@dataclass(frozen=True)
class Settled:
    """What :func:`settle` did: ``kept`` is the copy it made; ``removed`` whether the left-over file
    was taken away from the store (it belonged to another database)."""

    kept: Path
    leftover: str
    removed: bool

    def message(self) -> str:
        name = self.kept.name
        if self.removed:
            return words(QT_TRANSLATE_NOOP(
                "Storage", "A file left beside touchtimer's file of saved sessions ({leftover}) belonged to "
                "another database; it was not applied. Both are kept, unchanged, as {name} in "
                "{folder}. Nothing was lost."), leftover=self.leftover, name=name,
                folder=str(self.kept.parent))
        return words(QT_TRANSLATE_NOOP(
            "Storage", "touchtimer stopped in the middle of a change last time, and finishing it removed "
            "sessions or babies; the file as it was is kept, unchanged, as {name} in "
            "{folder}, so nothing is lost."), name=name, folder=str(self.kept.parent))


def _locked_by_another(path: Path, start: int, length: int) -> bool:
    """Whether another process holds a lock on ``path``'s bytes ``start``... (asks, takes none)."""
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        query = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
        return bool(struct.unpack("hhqqi4x", answer)[0] != fcntl.F_UNLCK)
    except OSError:
        return True                       # cannot tell: treat the files as live, leave them be
    finally:
        os.close(fd)


def in_use(path: Path) -> bool:
    """Whether another program has the database at ``path`` open (so its side files are live)."""
    if os.name != "posix":
        return True
    shm = path.with_name(path.name + "-shm")
    return _locked_by_another(path, *_DB_LOCKS) or (shm.exists() and _locked_by_another(shm, *_SHM_LOCKS))


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _free(path: Path, label: str, now: datetime) -> Path:
    base = path.with_name(f"{path.name}.{label}-{_stamp(now)}")
    target, n = base, 1
    while target.exists() or any(target.with_name(target.name + s).exists() for s in SIDE_FILES):
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    return target


def keep_set(path: Path, now: datetime, *, move: tuple[str, ...] = ()) -> Path:
    """Copy the store and its side files, byte for byte, to ``<name>.kept-<time>`` (private);
    the side files in ``move`` are moved there instead of copied. Raises ``OSError``."""
    target = _free(path, "kept", now)
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(path, partial)
    os.chmod(partial, 0o600)
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists() and suffix not in move:
            shutil.copyfile(side, target.with_name(target.name + suffix))
            os.chmod(target.with_name(target.name + suffix), 0o600)
    os.replace(partial, target)
    for suffix in move:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def _contents(uri: str) -> tuple[bool, set[str], set[str]] | None:
    """(sound and touchtimer's, session ids, baby ids) of the database at ``uri``; None: unreadable."""
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    con.text_factory = lenient_text
    try:
        sound = [r[0] for r in con.execute("PRAGMA integrity_check(1)")] == ["ok"]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not sound or not {"sessions", "babies"} <= tables:
            return False, set(), set()
        return (True, {r[0] for r in con.execute("SELECT id FROM sessions")},
                {r[0] for r in con.execute("SELECT id FROM babies")})
    except (sqlite3.Error, UnicodeDecodeError):
        return None
    finally:
        con.close()


def _applied(path: Path, leftover: str, tmp: Path) -> tuple[bool, set[str], set[str]] | None:
    """The store as it would be once SQLite applied ``leftover``, tried in a private copy."""
    work = tmp / "applied.sqlite3"
    shutil.copyfile(path, work)
    shutil.copyfile(path.with_name(path.name + leftover), work.with_name(work.name + leftover))
    return _contents(work.resolve().as_uri())


def _commits_something(path: Path, leftover: str) -> bool:
    side = path.with_name(path.name + leftover)
    if leftover == "-wal":
        return read_wal(side) is not None
    with side.open("rb") as handle:                # a hot journal starts with its magic number
        return handle.read(8) == b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"


def settle(path: Path, now: datetime) -> Settled | None:
    """Deal with a left-over ``-wal`` or ``-journal`` beside ``path`` (see the module docstring).

    Returns what was kept, or ``None`` when nothing needed keeping. Raises ``OSError`` when the
    files cannot be read or the copy cannot be made (a full disk): then nothing has changed.
    """
    present = [s for s in ("-wal", "-journal")
               if path.with_name(path.name + s).is_file() and path.with_name(path.name + s).stat().st_size]
    if not present or not path.is_file() or in_use(path):
        return None
    for leftover in present:
        if not _commits_something(path, leftover):
            continue
        base = _contents(f"{path.resolve().as_uri()}?immutable=1")
        with _private_folder(path.parent) as tmp:
            applied = _applied(path, leftover, tmp)
        base_sound = base is not None and base[0]
        if base_sound and not _belongs(path, leftover, applied):
            return Settled(keep_set(path, now, move=(leftover, "-shm")), path.name + leftover, True)
        kept = None
        # A journal holds what was there before an unfinished change: rolling it back is always
        # right. A -wal holds changes made after what the file has: check that none is a loss.
        if (leftover == "-wal" and base_sound and applied and base is not None
                and (base[1] - applied[1] or base[2] - applied[2])):
            kept = Settled(keep_set(path, now), path.name + leftover, False)
        if leftover == "-journal" and applied is not None and applied[0]:
            _roll_back(path)     # sound once rolled back; else the damage path keeps the set whole
        if kept is not None:
            return kept
    return None


@contextlib.contextmanager
def _private_folder(near: Path) -> Iterator[Path]:
    """A private temporary folder beside ``near``, else in the system's temporary folder."""
    try:
        holder = tempfile.TemporaryDirectory(prefix=".leftover-", dir=near)
    except OSError:
        holder = tempfile.TemporaryDirectory(prefix="touchtimer-leftover-")
    with holder as tmp:
        yield Path(tmp)


def _roll_back(path: Path) -> None:
    """Let SQLite roll the hot journal back now, as its next reader would (needs a writable folder)."""
    con = sqlite3.connect(str(path))
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()


def _belongs(path: Path, leftover: str, applied: tuple[bool, set[str], set[str]] | None) -> bool:
    if applied is None or not applied[0]:
        return False
    if leftover == "-wal":
        wal = read_wal(path.with_name(path.name + leftover))
        size = header_page_count(path)
        with contextlib.suppress(TypeError):
            if wal is not None and size is not None and (wal.page_size != size[0] or wal.db_pages < size[1]):
                return False
    return True
