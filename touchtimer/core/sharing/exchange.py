"""One exchange with the shared folder, and reporting what happened once.

:func:`exchange` reads every other laptop's change files not applied yet, applies each in one
transaction (field by field, the later change winning; see ``storage/shared_apply.py``), then writes
this laptop's waiting changes as new files of its own. It never raises for what a folder or a sync
tool can do (missing, read-only, vanishing half-way, damaged or partial files, conflict copies): each
ends as words in :class:`SyncResult`, and nothing in the store changes wrongly. What was applied
before a problem stays applied (each file is all or nothing); the rest is done next time.

A no-change exchange lists the folders and compares names and sizes with what was applied: it opens
no file and writes nothing. It is blocking file work: the window runs it off the GUI thread, on a
store of its own (``open_store`` on the same file) and announces :attr:`SyncResult.changes` on the
window's store afterwards.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from touchtimer.core.file_reading import FileRefused, read_small_file
from touchtimer.core.i18n import QT_TRANSLATE_NOOP, Sentence, Words, words
from touchtimer.core.sharing import layout, routine_files, segments
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.shared_apply import Applied, RoutineReader, RoutineWriter
from touchtimer.core.storage.stamps import DEVICE_NAME_KEY
from touchtimer.core.storage.store import Store

#: Our own temporary files older than this were left by a process that died while writing.
STALE_TEMPORARY_S = 600
#: Entities in one change file: a first exchange of years of history is split into files of this size.
ENTITIES_PER_FILE = 2000
_EXPORTED_KEY = "exported_once"
_UNREADABLE = QT_TRANSLATE_NOOP("Sharing", "the shared folder could not be read ({reason}); try again later")
_GONE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Sharing", "the shared folder became unreadable ({reason}); try again later")
_SKIPPED = QT_TRANSLATE_NOOP("Sharing", "{reason}; it was skipped")
#: The name this laptop last wrote into its device file (a new name is written even with nothing new).
_NAME_SHARED_KEY = "device_name_shared"


@dataclass
class SyncResult:
    """What one exchange did. ``problem`` is empty when the folder could be used.

    ``problem``, the notices and :meth:`describe` are :class:`~touchtimer.core.i18n.Words` (English as
    their value), shown in the window's or the command line's language."""

    folder: Path
    problem: str = ""
    files_read: int = 0
    files_written: int = 0
    entities_sent: int = 0
    received: Applied = field(default_factory=Applied)
    #: New things to tell the person, each once (a damaged file, a conflict copy, a change skipped).
    notices: list[str] = field(default_factory=list)
    #: What changed in the store (for a window whose own store did not make the change).
    changes: Changes = field(default_factory=Changes)

    @property
    def ok(self) -> bool:
        return not self.problem

    def describe(self) -> str:
        """One plain line: what came in, what went out."""
        got = self.received
        parts: list[Words] = []
        if got.won or got.deleted:
            parts.append(words(QT_TRANSLATE_NOOP(
                "Sharing", "%n change(s) from the other laptop applied", None, 0), got.won + got.deleted))
        if got.conflicts:
            parts.append(words(QT_TRANSLATE_NOOP(
                "Sharing", "%n edit(s) made on both laptops (the later kept; the other is shown with the "
                "session)", None, 0), got.conflicts))
        if self.entities_sent:
            parts.append(words(QT_TRANSLATE_NOOP("Sharing", "%n change(s) shared", None, 0),
                               self.entities_sent))
        if got.deferred:
            parts.append(words(QT_TRANSLATE_NOOP(
                "Sharing", "%n waiting for files still on their way", None, 0), got.deferred))
        if not parts:
            return QT_TRANSLATE_NOOP("Sharing", "nothing new")
        line = parts[0]
        for part in parts[1:]:
            line = words(QT_TRANSLATE_NOOP("Sharing", "{first}; {then}"), first=line, then=part)
        return line


def default_device_name() -> str:
    """This computer's name on the network, else "this laptop" (in the language of whoever shows it;
    once written into the shared folder, a name stays as it was written)."""
    return platform.node() or QT_TRANSLATE_NOOP("Sharing", "this laptop")


def set_device_name(store: Store, name: str) -> None:
    """The name the other laptops show for this one ("Mum's laptop"); written at the next exchange."""
    store.local.remember(DEVICE_NAME_KEY, name.strip()[:80] or default_device_name())


def exchange(store: Store, folder: Path, *, routines_dir: Path | None = None,
             device_name: str | None = None) -> SyncResult:
    """One exchange between ``store`` (and its ``routines_dir``) and the shared ``folder``."""
    result = SyncResult(folder)
    try:
        if not folder.is_dir():
            result.problem = words(QT_TRANSLATE_NOOP(
                "Sharing", "the shared folder {folder} is not there (a USB stick not plugged in, or a sync "
                "folder not set up yet); nothing was exchanged"), folder=str(folder))
            return result
        device = store.local.activate()
        if routines_dir is not None:
            routine_files.record_local_changes(store, routines_dir)
        store.sharing.catch_up()
        _read_others(store, folder, device, routines_dir, result)
        if not result.problem:
            _write_own(store, folder, device, device_name, routines_dir, result)
    except sqlite3.Error as exc:
        result.problem = words(QT_TRANSLATE_NOOP(
            "Sharing", "touchtimer's own data could not be written ({reason}); nothing more was exchanged"),
            reason=str(exc))
    return result


# -- reading ---------------------------------------------------------------------------------------

def _read_others(store: Store, folder: Path, device: str, routines_dir: Path | None,
                 result: SyncResult) -> None:
    top = layout.root(folder)
    try:
        devices = sorted(e.name for e in os.scandir(top) if e.is_dir(follow_symlinks=False))
    except FileNotFoundError:
        return                                  # nobody has shared yet
    except OSError as exc:
        result.problem = words(_UNREADABLE, reason=exc.strerror or str(exc))
        return
    applied = store.sharing.applied()
    write = routine_files.writer(store, routines_dir) if routines_dir is not None else None
    read = routine_files.reader(routines_dir) if routines_dir is not None else None
    for other in devices:
        if other == device:
            continue
        if not layout.DEVICE_ID.match(other):
            _skip(store, result, "", other, 0, QT_TRANSLATE_NOOP(
                "Sharing", "a folder touchtimer did not make; it was ignored"))
            continue
        try:
            entries = [(e.name, e.stat().st_size) for e in os.scandir(top / other) if e.is_file()]
        except OSError as exc:
            result.problem = words(_GONE_UNREADABLE, reason=exc.strerror or str(exc))
            return
        for name, size in sorted(entries):
            kind = layout.classify(name)
            if kind == "device":
                _read_device_name(store, top / other / name, other)
                continue
            if kind == "temporary":
                continue
            if kind != "segment":
                why = QT_TRANSLATE_NOOP(
                    "Sharing", "a conflict copy made by a sync tool; the original is used") \
                    if kind == "conflict" else QT_TRANSLATE_NOOP(
                        "Sharing", "not a file touchtimer writes; it was ignored")
                _skip(store, result, other, name, size, why)
                continue
            seq = layout.segment_number(name)
            assert seq is not None
            if (other, seq) in applied:
                continue
            if not _read_segment(store, top / other / name, other, seq, size, write, read, result):
                return


def _read_segment(store: Store, path: Path, device: str, seq: int, size: int,
                  write: RoutineWriter | None, read: RoutineReader | None,
                  result: SyncResult) -> bool:
    """Apply one change file; ``False`` when the folder went away (stop reading)."""
    try:
        data = read_small_file(path, segments.MAX_BYTES)   # a sync tool's giant or special file: never read
    except FileNotFoundError:
        return True                               # moved away meanwhile: it is read when it is back
    except FileRefused as exc:
        _skip(store, result, device, path.name, size, words(_SKIPPED, reason=exc.reason))
        return True
    except OSError as exc:
        result.problem = words(_GONE_UNREADABLE, reason=exc.strerror or str(exc))
        return False
    try:
        changes, notes = segments.decode(data, device=device, seq=seq)
    except segments.BadSegment as exc:
        _skip(store, result, device, path.name, len(data), words(_SKIPPED, reason=exc.reason))
        return True
    got = store.sharing.apply(changes, device=device, seq=seq, size=len(data), write_routine=write,
                              read_routine=read)
    result.files_read += 1
    total = result.received
    total.won += got.won
    total.kept_ours += got.kept_ours
    total.deleted += got.deleted
    total.conflicts += got.conflicts
    total.deferred += got.deferred
    total.unusable += got.unusable
    result.changes |= got.changes
    skipped = notes + got.unusable
    if skipped and store.sharing.note_skipped(device, path.name, len(data), "; ".join(skipped)[:500]):
        result.notices.append(words(QT_TRANSLATE_NOOP(
            "Sharing", "%n change(s) in {file} from {laptop} could not be used and (was|were) skipped "
            "({reason})", None, 0), len(skipped), file=path.name, laptop=_name(store, device),
            reason=skipped[0]))
    return True


def _skip(store: Store, result: SyncResult, device: str, name: str, size: int, why: str) -> None:
    """Report a skipped file or folder once (again only if it changes size)."""
    if store.sharing.note_skipped(device, name, size, str(why)):
        if device:
            result.notices.append(words(QT_TRANSLATE_NOOP(
                "Sharing", "In the shared folder, {name} from {laptop}: {why}."), name=name,
                laptop=_name(store, device), why=why))
        else:
            result.notices.append(words(QT_TRANSLATE_NOOP("Sharing", "In the shared folder, {name}: {why}."),
                                        name=name, why=why))


def _name(store: Store, device: str) -> str:
    return store.sharing.device_names().get(device) or QT_TRANSLATE_NOOP("Sharing", "the other laptop")


#: The most a laptop's name file can be (a name of 80 characters, as JSON, with room to spare).
DEVICE_FILE_BYTES = 4096


def _read_device_name(store: Store, path: Path, device: str) -> None:
    try:
        raw = json.loads(read_small_file(path, DEVICE_FILE_BYTES))
    except (OSError, ValueError, UnicodeDecodeError):
        return
    name = raw.get("name") if isinstance(raw, dict) else None
    if isinstance(name, str) and 0 < len(name) <= 80 and store.sharing.device_names().get(device) != name:
        store.sharing.set_device_name(device, name)


# -- writing ---------------------------------------------------------------------------------------

def _write_own(store: Store, folder: Path, device: str, device_name: str | None,
               routines_dir: Path | None, result: SyncResult) -> None:
    own = layout.device_dir(folder, device)
    if not folder.is_dir():      # pulled out half-way: never make its path again on this disk
        result.problem = QT_TRANSLATE_NOOP(
            "Sharing", "the shared folder went away during the exchange; what was read is kept, and this "
            "laptop's changes are shared next time")
        return
    try:
        listing = {e.name: e for e in os.scandir(own)} if own.is_dir() else {}
    except OSError as exc:
        result.problem = words(_UNREADABLE, reason=exc.strerror or str(exc))
        return
    numbers = [n for n in map(layout.segment_number, listing) if n is not None]
    exported = store.local.meta(_EXPORTED_KEY) == "1"
    if exported and not numbers:
        store.sharing.offer_everything()          # a new or emptied folder: it must hold everything again
    _tidy(listing)
    name = device_name or store.local.meta(DEVICE_NAME_KEY) or default_device_name()
    if (not store.sharing.has_pending() and layout.DEVICE_FILE in listing
            and store.local.meta(_NAME_SHARED_KEY) == name):
        return
    read = routine_files.reader(routines_dir) if routines_dir is not None else (lambda _id: None)
    try:
        layout.root(folder).mkdir(exist_ok=True)
        own.mkdir(exist_ok=True)
        _write_device_file(own, device, name, listing)
        if store.local.meta(_NAME_SHARED_KEY) != name:
            store.local.remember(_NAME_SHARED_KEY, name)
        while True:
            changes = store.sharing.outgoing(read, ENTITIES_PER_FILE)
            if not changes:
                break
            seq = store.sharing.allocate_segment(max(numbers, default=0) + 1)
            segments.write(own, device, seq, changes)
            numbers.append(seq)
            store.sharing.sent(changes)
            result.files_written += 1
            result.entities_sent += len(changes)
            if not exported:
                store.local.remember(_EXPORTED_KEY, "1")
                exported = True
    except OSError as exc:
        reason = exc.strerror or str(exc)
        result.problem = words(QT_TRANSLATE_NOOP(
            "Sharing", "this laptop's changes could not be written to the shared folder ({reason}); they "
            "are kept here and shared at the next exchange"), reason=reason)


def _write_device_file(own: Path, device: str, name: str, listing: dict[str, os.DirEntry[str]]) -> None:
    text = json.dumps({"format": "touchtimer-device", "device": device, "name": name}, sort_keys=True) + "\n"
    path = own / layout.DEVICE_FILE
    if layout.DEVICE_FILE in listing:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            if path.read_text("utf-8") == text:
                return
    temporary = own / f".{layout.DEVICE_FILE}.{os.getpid()}.tmp"
    temporary.write_text(text, "utf-8")
    os.replace(temporary, path)


def _tidy(listing: dict[str, os.DirEntry[str]]) -> None:
    """Remove our own temporary files left by a process that died while writing."""
    now = time.time()
    for name, entry in listing.items():
        if name.startswith(".changes-") and name.endswith(".tmp"):
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime > STALE_TEMPORARY_S:
                    os.unlink(entry.path)


@dataclass
class SharingStatus:
    """What the window shows about sharing: the last result, and each problem said once.

    :meth:`record` takes each :class:`SyncResult` and returns the sentences that are new: the
    result's notices, and its problem only when it differs from the last one (a folder missing for a
    day is said once, not at every exchange; once it is back and gone again, it is said again).
    """

    last: SyncResult | None = None
    _problem: str = ""

    def record(self, result: SyncResult) -> list[str]:
        self.last = result
        out = list(result.notices)
        if result.problem and result.problem != self._problem:
            out.insert(0, Sentence(result.problem))
        self._problem = result.problem
        return out
