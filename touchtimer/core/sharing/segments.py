"""One change file: a header line, one line per changed entity, and a closing line with a checksum.

::

    {"device": "<id>", "entities": 2, "format": "touchtimer-changes", "seq": 7, "version": 1}
    {"f": {"notes": ["Slept well", [1767225600000, 0, "<id>"]]}, "id": "<session id>", "k": "session"}
    {"f": {"deleted": [true, [1767225600000, 1, "<id>"]]}, "id": "<baby id>", "k": "baby"}
    {"end": 2, "sha256": "<hex of every byte above>"}

Each field is ``[value, stamp]`` (the stamp: wall ms, counter, device). A file is written to a
temporary name that readers ignore, flushed to the disk and renamed: a reader sees the whole file or
none of it. What a sync tool makes of it (cut short, filled with garbage, a copy from an older
version) fails the checksum or the header and is skipped whole; nothing of it is applied.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.sharing.layout import segment_name
from touchtimer.core.storage.shared_apply import EntityChange
from touchtimer.core.storage.stamps import Stamp

FORMAT = "touchtimer-changes"
VERSION = 1
#: A change file larger than this is not read (this touchtimer writes at most about 5 MB).
MAX_BYTES = 64 * 1024 * 1024


class BadSegment(Exception):
    """A change file that cannot be used; ``reason`` says why in plain words
    (:class:`~touchtimer.core.i18n.Words`)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def encode(device: str, seq: int, changes: Sequence[EntityChange]) -> bytes:
    head = json.dumps({"format": FORMAT, "version": VERSION, "device": device, "seq": seq,
                       "entities": len(changes)}, sort_keys=True)
    lines = [head]
    for c in changes:
        fields = {f: [v, s.to_json()] for f, (v, s) in sorted(c.fields.items())}
        lines.append(json.dumps({"k": c.kind, "id": c.id, "f": fields}, sort_keys=True, ensure_ascii=False))
    body = ("\n".join(lines) + "\n").encode("utf-8")
    end = json.dumps({"end": len(changes), "sha256": hashlib.sha256(body).hexdigest()}, sort_keys=True)
    return body + end.encode("ascii") + b"\n"


def write(folder: Path, device: str, seq: int, changes: Sequence[EntityChange]) -> Path:
    """Write change file ``seq`` into ``folder`` (this laptop's own), whole or not at all.

    Raises ``OSError`` (a missing or read-only folder, a full disk) and ``FileExistsError`` when the
    name is taken: a change file is never replaced.
    """
    data = encode(device, seq, changes)
    final = folder / segment_name(seq)
    temporary = folder / f".{final.name}.{os.getpid()}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, final)        # refuses to replace an existing file
        except FileExistsError:
            raise
        except OSError:                       # a file system without hard links (FAT on a USB stick)
            if final.exists():
                raise FileExistsError(str(final)) from None
            os.replace(temporary, final)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    _sync_folder(folder)
    return final


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def decode(data: bytes, *, device: str, seq: int) -> tuple[list[EntityChange], list[str]]:
    """The changes in a change file of ``device`` numbered ``seq``, and notes on entities that could
    not be read. Raises :class:`BadSegment` for a file that is not whole and sound."""
    if len(data) > MAX_BYTES:
        raise BadSegment(words(QT_TRANSLATE_NOOP("Sharing", "it is too large ({size} MB)"),
                               size=len(data) // 1_000_000))
    if not data.endswith(b"\n"):
        raise BadSegment(QT_TRANSLATE_NOOP(
            "Sharing", "it is incomplete (cut short, perhaps still being copied)"))
    body, _, last = data[:-1].rpartition(b"\n")
    body += b"\n"
    try:
        end = json.loads(last)
        head_line, _, _ = body.partition(b"\n")
        head = json.loads(head_line)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BadSegment(QT_TRANSLATE_NOOP("Sharing", "it is damaged (not whole lines of text)")) from None
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise BadSegment(QT_TRANSLATE_NOOP("Sharing", "it is not a touchtimer change file"))
    if not isinstance(head.get("version"), int) or head["version"] > VERSION:
        raise BadSegment(QT_TRANSLATE_NOOP(
            "Sharing", "it was written by a newer touchtimer; update touchtimer to read it"))
    if head.get("device") != device or head.get("seq") != seq:
        raise BadSegment(QT_TRANSLATE_NOOP(
            "Sharing", "it belongs to another laptop's folder or number (moved or copied by hand)"))
    if not isinstance(end, dict) or end.get("sha256") != hashlib.sha256(body).hexdigest():
        raise BadSegment(QT_TRANSLATE_NOOP(
            "Sharing", "it is incomplete or damaged (its checksum does not match)"))
    changes: list[EntityChange] = []
    notes: list[str] = []
    lines = body.split(b"\n")[1:-1]
    if len(lines) != end.get("end") or len(lines) != head.get("entities"):
        raise BadSegment(QT_TRANSLATE_NOOP("Sharing", "it is incomplete (fewer changes than it announces)"))
    for n, line in enumerate(lines, start=1):
        try:
            changes.append(_entity(json.loads(line)))
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            notes.append(words(QT_TRANSLATE_NOOP("Sharing", "line {line}: {reason}"), line=n + 1,
                               reason=exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)))
    return changes, notes


def _entity(raw: Any) -> EntityChange:
    if not isinstance(raw, dict) or not isinstance(raw.get("k"), str) or not isinstance(raw.get("id"), str):
        raise ValueError(QT_TRANSLATE_NOOP("Sharing", "not a change"))
    if not 0 < len(raw["id"]) <= 200 or not isinstance(raw.get("f"), dict) or not raw["f"]:
        raise ValueError(QT_TRANSLATE_NOOP("Sharing", "a change without an id or fields"))
    fields: dict[str, tuple[Any, Stamp]] = {}
    for name, pair in raw["f"].items():
        if not isinstance(pair, list) or len(pair) != 2:
            raise ValueError(words(QT_TRANSLATE_NOOP("Sharing", "the field {name} is not [value, stamp]"),
                                   name=repr(name[:30])))
        fields[name] = (pair[0], Stamp.from_json(pair[1]))
    return EntityChange(raw["k"], raw["id"], fields)
