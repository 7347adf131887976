"""Saving a finished session when the disk is full or the folder is read-only.

:func:`save_session_safely` never raises for a storage problem: it returns a :class:`SaveResult`
whose ``message`` says in plain words what went wrong. The caller keeps the record in memory and
offers "try again" (call it again) and "save as file" (:func:`save_session_file`).

"Save as file" writes an ordinary touchtimer export (``docs/export-format.md``, ``format_version``
1) holding that one session and the babies it refers to, so ``touchtimer import FILE`` and the
history's Import bring it back, and importing it twice adds nothing. :func:`read_session_file` reads
such a file back as one :class:`SessionRecord`; it also still reads the older single-session format
(``format: "touchtimer-session"``, ``version`` 1) that earlier versions wrote.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, cast

from touchtimer.core.atomic_file import write_file_atomically
from touchtimer.core.exchange import (
    ImportProblems,
    dumps,
    parse_export,
    session_document,
)
from touchtimer.core.sessions import (
    BABY_RESPONSES,
    SESSION_STATUSES,
    STAGE_STATUSES,
    BabyResponse,
    SessionRecord,
    SessionStatus,
    StageRecord,
    StageStatus,
)
from touchtimer.core.storage_errors import classify_storage_error
from touchtimer.core.store import Store

SESSION_FILE_FORMAT = "touchtimer-session"
SESSION_FILE_VERSION = 1
MAX_SESSION_FILE_BYTES = 1024 * 1024

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

    The kind comes from the error's code (:func:`~touchtimer.core.storage_errors.classify_storage_error`),
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
        store.save_session(record)
    except (sqlite3.Error, OSError) as exc:
        problem, message = describe_write_error(exc)
        return SaveResult(record, False, problem, message, str(exc))
    return SaveResult(record, True)


# -- the single-session file ---------------------------------------------------------------------


class SessionFileError(Exception):
    """A session file could not be read; the message says why in plain words."""


def session_to_json(record: SessionRecord) -> dict[str, Any]:
    """The older single-session document (no longer written; kept to describe what is still read)."""
    return {
        "format": SESSION_FILE_FORMAT,
        "version": SESSION_FILE_VERSION,
        "session": {
            "id": record.id, "routine_id": record.routine_id, "routine_title": record.routine_title,
            "kind": record.kind, "started_at": record.started_at.isoformat(),
            "ended_at": record.ended_at.isoformat(), "local_date": record.local_date.isoformat(),
            "planned_seconds": record.planned_seconds, "actual_seconds": record.actual_seconds,
            "status": record.status, "baby_ids": list(record.baby_ids),
            "baby_response": record.baby_response, "mood_before": record.mood_before,
            "mood_after": record.mood_after, "notes": record.notes,
            "stages": [{"position": s.position, "title": s.title, "side": s.side,
                        "planned_seconds": s.planned_seconds, "actual_seconds": s.actual_seconds,
                        "status": s.status} for s in record.stages],
        },
    }


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


def _get(raw: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str,
         *, optional: bool = False) -> Any:
    if key not in raw or (optional and raw[key] is None):
        if optional:
            return None
        raise SessionFileError(f"{where}: '{key}' is missing")
    value = raw[key]
    if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
        raise SessionFileError(f"{where}: '{key}' has the wrong type")
    return value


def _moment(text: str, where: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise SessionFileError(f"{where}: {text[:40]!r} is not a date and time") from None
    if moment.tzinfo is None:
        raise SessionFileError(f"{where}: {text[:40]!r} has no time zone")
    return moment


def _seconds(raw: dict[str, Any], key: str, where: str, *, optional: bool = False) -> int | None:
    value = _get(raw, key, int, where, optional=optional)
    if value is not None and not 0 <= value <= 7 * 24 * 3600:
        raise SessionFileError(f"{where}: '{key}' should be between 0 and a week in seconds")
    return cast(int | None, value)


def session_from_json(doc: Any) -> SessionRecord:
    """Check and read one session document; raise :class:`SessionFileError` on any problem."""
    if not isinstance(doc, dict) or doc.get("format") != SESSION_FILE_FORMAT:
        raise SessionFileError("this is not a touchtimer session file")
    if doc.get("version") != SESSION_FILE_VERSION:
        raise SessionFileError(f"this session file has version {doc.get('version')!r}; "
                               f"this touchtimer reads version {SESSION_FILE_VERSION}")
    raw = _get(doc, "session", dict, "file")
    where = "session"
    status = _get(raw, "status", str, where)
    if status not in SESSION_STATUSES:
        raise SessionFileError(f"{where}: status {status[:40]!r} should be one of "
                               f"{', '.join(SESSION_STATUSES)}")
    response = _get(raw, "baby_response", str, where, optional=True)
    if response is not None and response not in BABY_RESPONSES:
        raise SessionFileError(f"{where}: baby_response {response[:40]!r} is not one touchtimer knows")
    moods = []
    for key in ("mood_before", "mood_after"):
        mood = _get(raw, key, int, where, optional=True)
        if mood is not None and not 1 <= mood <= 5:
            raise SessionFileError(f"{where}: '{key}' should be 1 to 5")
        moods.append(mood)
    kind = _get(raw, "kind", str, where)
    if kind not in ("skin_to_skin", "massage"):
        raise SessionFileError(f"{where}: kind {kind[:40]!r} should be skin_to_skin or massage")
    try:
        local = date.fromisoformat(_get(raw, "local_date", str, where))
    except ValueError:
        raise SessionFileError(f"{where}: 'local_date' is not a date") from None
    stages: list[StageRecord] = []
    for i, item in enumerate(_get(raw, "stages", list, where)):
        at = f"{where}.stages[{i}]"
        if not isinstance(item, dict):
            raise SessionFileError(f"{at}: expected an object")
        st = _get(item, "status", str, at)
        if st not in STAGE_STATUSES:
            raise SessionFileError(f"{at}: status {st[:40]!r} is not one touchtimer knows")
        side = _get(item, "side", str, at, optional=True)
        if side not in (None, "left", "right"):
            raise SessionFileError(f"{at}: side should be left or right")
        actual = _seconds(item, "actual_seconds", at)
        assert actual is not None
        stages.append(StageRecord(_get(item, "position", int, at), _get(item, "title", str, at), side,
                                  _seconds(item, "planned_seconds", at, optional=True), actual,
                                  cast(StageStatus, st)))
    babies = _get(raw, "baby_ids", list, where)
    if not all(isinstance(b, str) for b in babies):
        raise SessionFileError(f"{where}: 'baby_ids' should be a list of ids")
    started = _moment(_get(raw, "started_at", str, where), f"{where}.started_at")
    ended = _moment(_get(raw, "ended_at", str, where), f"{where}.ended_at")
    if ended < started:
        raise SessionFileError(f"{where}: it ends before it starts")
    ident = _get(raw, "id", str, where)
    if not ident.strip():
        raise SessionFileError(f"{where}: 'id' is empty")
    actual_total = _seconds(raw, "actual_seconds", where)
    assert actual_total is not None
    return SessionRecord(
        id=ident, routine_id=_get(raw, "routine_id", str, where),
        routine_title=_get(raw, "routine_title", str, where), kind=kind, started_at=started,
        ended_at=ended, local_date=local,
        planned_seconds=_seconds(raw, "planned_seconds", where, optional=True),
        actual_seconds=actual_total, status=cast(SessionStatus, status), stages=stages,
        baby_ids=list(babies), baby_response=cast(BabyResponse | None, response),
        mood_before=moods[0], mood_after=moods[1], notes=_get(raw, "notes", str, where),
    )


def read_session_file(path: Path) -> SessionRecord:
    """Read a file written by :func:`save_session_file`; every problem is a SessionFileError."""
    try:
        if path.stat().st_size > MAX_SESSION_FILE_BYTES:
            raise SessionFileError(f"{path}: is too large to be a session file")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SessionFileError(f"{path}: does not exist") from None
    except OSError as exc:
        raise SessionFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return parse_session_file(data, str(path))


def parse_session_file(data: bytes, name: str = "session file") -> SessionRecord:
    """One session from a file "save as file" wrote: a one-session export, or the older format."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SessionFileError(f"{name}: is not a text file") from None
    except (json.JSONDecodeError, RecursionError) as exc:
        raise SessionFileError(f"{name}: is not valid JSON ({exc})") from None
    if isinstance(doc, dict) and doc.get("format") == SESSION_FILE_FORMAT:
        try:
            return session_from_json(doc)
        except SessionFileError as exc:
            raise SessionFileError(f"{name}: {exc}") from None
    try:
        parsed = parse_export(data)
    except ImportProblems as exc:
        raise SessionFileError(f"{name}: " + "; ".join(exc.problems)) from None
    if len(parsed.sessions) != 1:
        raise SessionFileError(f"{name}: holds {len(parsed.sessions)} sessions; a session file holds one "
                               "(use touchtimer import for a whole export)")
    return parsed.sessions[0]
