"""Export and import: a JSON file that holds everything, and a CSV file for spreadsheets.

The JSON export is a pure function of the stored data: babies sorted by id, sessions oldest
first (then by id), keys sorted, two-space indent, UTF-8, one trailing newline. There is no
"exported_at" field on purpose, so the same data always gives the same bytes: export, import into
an empty data folder, export again, and the two files are identical. (An ``exported_at`` string in
a file written by hand or by another tool is accepted and ignored.) See ``docs/export-format.md``.

Import checks the whole file before it changes anything and reports every problem with its path
(``sessions[3].stages[1].actual_seconds: expected a whole number ≥ 0, got "x"``). A valid file is
merged in one transaction, by id: a session or baby whose id is already stored is left as it is,
even when the file's copy differs (so an old export never overwrites notes made since); the
summary counts those separately.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any, cast

from touchtimer.core.babies.ages import Baby
from touchtimer.core.babies.profiles import list_babies
from touchtimer.core.history.days import to_local
from touchtimer.core.history.export_text import export_text
from touchtimer.core.session.record import (
    BABY_RESPONSES,
    SESSION_STATUSES,
    STAGE_OUTCOMES,
    BabyResponse,
    SessionRecord,
    SessionStatus,
    StageOutcome,
    StageRecord,
)
from touchtimer.core.storage.atomic_file import write_file_atomically
from touchtimer.core.storage.errors import classify_storage_error
from touchtimer.core.storage.store import Store, StoreError, _parse_moment

FORMAT_NAME = "touchtimer-export"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 64 * 1024 * 1024      # far more than years of sessions (about 1 KB each)
MAX_TEXT = 20_000                        # characters in one note or title
MAX_ID = 200
KINDS = ("skin_to_skin", "massage")
SIDES = ("left", "right")


class ImportProblems(Exception):
    """The file cannot be imported; ``problems`` lists every reason, in file order."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


# -- export ------------------------------------------------------------------------------------

def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def session_json(r: SessionRecord) -> dict[str, Any]:
    return {
        "id": r.id,
        "routine_id": r.routine_id,
        "routine_title": r.routine_title,
        "kind": r.kind,
        "started_at": _iso(r.started_at),
        "ended_at": _iso(r.ended_at),
        "local_date": r.local_date.isoformat(),
        "planned_seconds": r.planned_seconds,
        "actual_seconds": r.actual_seconds,
        "status": r.status,
        "baby_ids": sorted(r.baby_ids),
        "baby_response": r.baby_response,
        "mood_before": r.mood_before,
        "mood_after": r.mood_after,
        "notes": r.notes,
        "stages": [
            {"position": s.position, "title": s.title, "side": s.side,
             "planned_seconds": s.planned_seconds, "actual_seconds": s.actual_seconds,
             "status": s.status}
            for s in sorted(r.stages, key=lambda s: s.position)
        ],
    }


def _baby_rows(store: Store) -> list[dict[str, Any]]:
    rows = store.connection.execute(
        "SELECT id, name, born_on, due_on, created_at FROM babies ORDER BY id").fetchall()
    return [{"id": r["id"], "name": r["name"], "born_on": r["born_on"], "due_on": r["due_on"],
             "created_at": r["created_at"]} for r in rows]


def all_sessions(store: Store) -> list[SessionRecord]:
    """Every stored session, oldest first, read in three queries (not three per session)."""
    con = store.connection
    stages: dict[str, list[StageRecord]] = {}
    for s in con.execute("SELECT * FROM session_stages ORDER BY session_id, position"):
        stages.setdefault(s["session_id"], []).append(StageRecord(
            s["position"], s["title"], s["side"], s["planned_seconds"], s["actual_seconds"],
            cast(StageOutcome, s["status"])))
    babies: dict[str, list[str]] = {}
    for b in con.execute("SELECT session_id, baby_id FROM session_babies ORDER BY session_id, baby_id"):
        babies.setdefault(b[0], []).append(b[1])
    out = []
    for row in con.execute("SELECT * FROM sessions ORDER BY started_at, id"):
        out.append(SessionRecord(
            id=row["id"], routine_id=row["routine_id"], routine_title=row["routine_title"], kind=row["kind"],
            started_at=_parse_moment(row["started_at"]), ended_at=_parse_moment(row["ended_at"]),
            local_date=date.fromisoformat(row["local_date"]), planned_seconds=row["planned_seconds"],
            actual_seconds=row["actual_seconds"], status=cast(SessionStatus, row["status"]),
            stages=stages.get(row["id"], []), baby_ids=babies.get(row["id"], []),
            baby_response=cast(BabyResponse | None, row["baby_response"]), mood_before=row["mood_before"],
            mood_after=row["mood_after"], notes=row["notes"]))
    out.sort(key=lambda r: (_iso(r.started_at), r.id))
    return out


def export_document(store: Store | None) -> dict[str, Any]:
    """Everything in the store as one JSON-ready dictionary (``None``: an empty store)."""
    babies = _baby_rows(store) if store is not None else []
    sessions = all_sessions(store) if store is not None else []
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "babies": babies,
        "sessions": [session_json(r) for r in sessions],
    }


def session_document(record: SessionRecord, store: Store | None = None) -> dict[str, Any]:
    """An export document holding one session and the babies it refers to (read from ``store``).

    It is an ordinary export (``format_version`` 1), so ``touchtimer import`` and the history's
    Import read it like any other. Reading the babies is best effort: when the store cannot be read
    the session keeps its ``baby_ids`` and the file imports wherever those babies are known.
    """
    babies: list[dict[str, Any]] = []
    if store is not None and record.baby_ids:
        try:
            babies = [row for row in _baby_rows(store) if row["id"] in set(record.baby_ids)]
        except sqlite3.Error:
            babies = []
    return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "babies": babies,
            "sessions": [session_json(record)]}


def dumps(document: Any) -> str:
    """The one JSON formatting touchtimer writes: stable, readable, UTF-8."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def export_json(store: Store | None) -> str:
    """``dumps(export_document(store))``, written straight from the database (see ``export_text``)."""
    head = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
            "babies": _baby_rows(store) if store is not None else []}
    return export_text(store, head)


CSV_HEADERS = (
    "Date", "Start time", "End time", "Minutes", "Kind", "Routine", "Status", "Babies",
    "Baby response", "Mood before (1-5)", "Mood after (1-5)", "Notes", "Session id",
)
_KIND_WORDS = {"skin_to_skin": "skin-to-skin", "massage": "massage"}


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _plain_cell(text: str) -> str:
    """Typed text (a note, a name, a routine title, perhaps from an imported file) that a
    spreadsheet would run as a formula ("=HYPERLINK(...)") is kept as text with a leading '."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def export_csv(store: Store | None, tz: tzinfo | None = None) -> str:
    """One row per session, oldest first, local times, for spreadsheets (RFC 4180, CRLF)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    if store is None:
        return out.getvalue()
    names = {b.id: b.name for b in list_babies(store)}
    for r in all_sessions(store):
        start, end = to_local(r.started_at, tz), to_local(r.ended_at, tz)
        writer.writerow([
            start.date().isoformat(), start.strftime("%H:%M"),
            end.strftime("%H:%M") if end.date() == start.date() else end.strftime("%Y-%m-%d %H:%M"),
            f"{r.actual_seconds / 60:.1f}", _KIND_WORDS.get(r.kind, r.kind), _plain_cell(r.routine_title),
            r.status.replace("_", " "),
            _plain_cell("; ".join(sorted(names.get(b, b) for b in r.baby_ids))),
            (r.baby_response or "").replace("_", " "),
            "" if r.mood_before is None else r.mood_before,
            "" if r.mood_after is None else r.mood_after,
            _plain_cell(r.notes), _plain_cell(r.id),
        ])
    return out.getvalue()


# -- reading and checking -----------------------------------------------------------------------

@dataclass
class ParsedExport:
    """A checked file: ready to merge. ``notices`` are harmless (unknown keys that were ignored)."""

    babies: list[tuple[Baby, str]]            # (baby, created_at)
    sessions: list[SessionRecord]
    notices: list[str] = field(default_factory=list)


def _show(value: Any) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.notices: list[str] = []

    def bad(self, where: str, expected: str, value: Any) -> None:
        self.problems.append(f"{where}: expected {expected}, got {_show(value)}")

    def keys(self, where: str, obj: dict[str, Any], required: Sequence[str],
             optional: Sequence[str] = ()) -> bool:
        ok = True
        for key in required:
            if key not in obj:
                self.problems.append(f"{where or 'the file'}: the field \"{key}\" is missing")
                ok = False
        known = set(required) | set(optional)
        prefix = f"{where}." if where else ""
        for key in obj:
            if key not in known:
                self.notices.append(f"{prefix}{key}: not a field touchtimer knows; it was ignored")
        return ok

    def text(self, where: str, value: Any, *, empty: bool = True, limit: int = MAX_TEXT) -> str | None:
        if not isinstance(value, str):
            self.bad(where, "text", value)
            return None
        if not empty and not value.strip():
            self.bad(where, "text that is not empty", value)
            return None
        if len(value) > limit:
            self.problems.append(f"{where}: too long ({len(value)} characters; at most {limit})")
            return None
        return value

    def whole(self, where: str, value: Any, *, nullable: bool = False, low: int = 0,
              high: int | None = None) -> tuple[bool, int | None]:
        if value is None and nullable:
            return True, None
        in_range = (isinstance(value, int) and not isinstance(value, bool) and value >= low
                    and (high is None or value <= high))
        if not in_range:
            what = f"a whole number from {low} to {high}" if high is not None else \
                f"a whole number ≥ {low}"
            self.bad(where, what + (" or null" if nullable else ""), value)
            return False, None
        return True, cast(int, value)

    def choice(self, where: str, value: Any, choices: Sequence[str], *, nullable: bool = False) -> bool:
        if (value is None and nullable) or (isinstance(value, str) and value in choices):
            return True
        listed = ", ".join(f'"{c}"' for c in choices)
        self.bad(where, f"one of {listed}" + (" or null" if nullable else ""), value)
        return False

    def day(self, where: str, value: Any, *, nullable: bool = False) -> tuple[bool, date | None]:
        if value is None and nullable:
            return True, None
        try:
            if not isinstance(value, str):
                raise ValueError
            return True, date.fromisoformat(value)
        except ValueError:
            self.bad(where, "a date like \"2026-01-31\"" + (" or null" if nullable else ""), value)
            return False, None

    def moment(self, where: str, value: Any) -> datetime | None:
        try:
            if not isinstance(value, str):
                raise ValueError
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError
            return parsed.astimezone(UTC).replace(microsecond=0)
        except ValueError:
            self.bad(where, "a date and time with its UTC offset, like \"2026-01-31T21:05:00+00:00\"",
                     value)
            return None


_SESSION_FIELDS = ("id", "routine_id", "routine_title", "kind", "started_at", "ended_at", "local_date",
                   "planned_seconds", "actual_seconds", "status", "stages")
_SESSION_OPTIONAL = ("baby_ids", "baby_response", "mood_before", "mood_after", "notes")
_STAGE_FIELDS = ("position", "title", "actual_seconds", "status")
_STAGE_OPTIONAL = ("side", "planned_seconds")
_BABY_FIELDS = ("id", "name", "born_on")
_BABY_OPTIONAL = ("due_on", "created_at")


def _check_baby(c: _Checker, where: str, raw: Any) -> tuple[Baby, str] | None:
    if not isinstance(raw, dict):
        c.bad(where, "an object", raw)
        return None
    count = len(c.problems)
    c.keys(where, raw, _BABY_FIELDS, _BABY_OPTIONAL)
    baby_id = c.text(f"{where}.id", raw.get("id"), empty=False, limit=MAX_ID) if "id" in raw else None
    name = c.text(f"{where}.name", raw.get("name"), empty=False, limit=200) if "name" in raw else None
    born = c.day(f"{where}.born_on", raw.get("born_on"))[1] if "born_on" in raw else None
    due = c.day(f"{where}.due_on", raw.get("due_on"), nullable=True)[1]
    created = raw.get("created_at", "")
    if "created_at" in raw:
        moment = c.moment(f"{where}.created_at", created)
        created = created if moment is None else _iso(moment)
    if len(c.problems) > count or baby_id is None or name is None or born is None:
        return None
    return Baby(baby_id, name, born, due), str(created)


def _check_stage(c: _Checker, where: str, raw: Any) -> StageRecord | None:
    if not isinstance(raw, dict):
        c.bad(where, "an object", raw)
        return None
    count = len(c.problems)
    c.keys(where, raw, _STAGE_FIELDS, _STAGE_OPTIONAL)
    position = c.whole(f"{where}.position", raw.get("position"))[1] if "position" in raw else None
    title = c.text(f"{where}.title", raw.get("title"), limit=500) if "title" in raw else None
    c.choice(f"{where}.side", raw.get("side"), SIDES, nullable=True)
    planned = c.whole(f"{where}.planned_seconds", raw.get("planned_seconds"), nullable=True)[1]
    actual = c.whole(f"{where}.actual_seconds", raw.get("actual_seconds"))[1] \
        if "actual_seconds" in raw else None
    status_ok = "status" in raw and c.choice(f"{where}.status", raw["status"], STAGE_OUTCOMES)
    if len(c.problems) > count or position is None or title is None or actual is None or not status_ok:
        return None
    return StageRecord(position, title, raw.get("side"), planned, actual, cast(StageOutcome, raw["status"]))


def _check_session(c: _Checker, where: str, raw: Any) -> SessionRecord | None:
    if not isinstance(raw, dict):
        c.bad(where, "an object", raw)
        return None
    count = len(c.problems)
    c.keys(where, raw, _SESSION_FIELDS, _SESSION_OPTIONAL)
    get = raw.get
    sid = c.text(f"{where}.id", get("id"), empty=False, limit=MAX_ID) if "id" in raw else None
    routine_id = c.text(f"{where}.routine_id", get("routine_id"), empty=False, limit=MAX_ID) \
        if "routine_id" in raw else None
    title = c.text(f"{where}.routine_title", get("routine_title"), limit=500) \
        if "routine_title" in raw else None
    if "kind" in raw:
        c.choice(f"{where}.kind", get("kind"), KINDS)
    started = c.moment(f"{where}.started_at", get("started_at")) if "started_at" in raw else None
    ended = c.moment(f"{where}.ended_at", get("ended_at")) if "ended_at" in raw else None
    if started is not None and ended is not None and ended < started:
        c.problems.append(f"{where}.ended_at: the session ends ({get('ended_at')}) before it starts "
                          f"({get('started_at')})")
    local = c.day(f"{where}.local_date", get("local_date"))[1] if "local_date" in raw else None
    planned = c.whole(f"{where}.planned_seconds", get("planned_seconds"), nullable=True)[1]
    actual = c.whole(f"{where}.actual_seconds", get("actual_seconds"))[1] \
        if "actual_seconds" in raw else None
    if "status" in raw:
        c.choice(f"{where}.status", get("status"), SESSION_STATUSES)
    c.choice(f"{where}.baby_response", get("baby_response"), BABY_RESPONSES, nullable=True)
    mood_before = c.whole(f"{where}.mood_before", get("mood_before"), nullable=True, low=1, high=5)[1]
    mood_after = c.whole(f"{where}.mood_after", get("mood_after"), nullable=True, low=1, high=5)[1]
    notes = c.text(f"{where}.notes", get("notes", "")) or ""
    baby_ids: list[str] = []
    raw_babies = get("baby_ids", [])
    if not isinstance(raw_babies, list):
        c.bad(f"{where}.baby_ids", "a list of baby ids", raw_babies)
    else:
        for j, value in enumerate(raw_babies):
            text = c.text(f"{where}.baby_ids[{j}]", value, empty=False, limit=MAX_ID)
            if text is not None and text in baby_ids:
                c.problems.append(f"{where}.baby_ids[{j}]: \"{text}\" is listed twice")
            elif text is not None:
                baby_ids.append(text)
    stages: list[StageRecord] = []
    raw_stages = get("stages")
    if "stages" in raw and not isinstance(raw_stages, list):
        c.bad(f"{where}.stages", "a list of stages", raw_stages)
    elif isinstance(raw_stages, list):
        positions: dict[int, int] = {}
        for j, value in enumerate(raw_stages):
            stage = _check_stage(c, f"{where}.stages[{j}]", value)
            if stage is None:
                continue
            if stage.position in positions:
                c.problems.append(f"{where}.stages[{j}].position: {stage.position} is already used by "
                                  f"stages[{positions[stage.position]}]")
            positions.setdefault(stage.position, j)
            stages.append(stage)
    if (len(c.problems) > count or sid is None or routine_id is None or title is None
            or started is None or ended is None or local is None or actual is None):
        return None
    return SessionRecord(
        id=sid, routine_id=routine_id, routine_title=title, kind=str(get("kind")),
        started_at=started, ended_at=ended, local_date=local, planned_seconds=planned,
        actual_seconds=actual, status=cast(SessionStatus, get("status")), stages=stages,
        baby_ids=baby_ids, baby_response=cast(BabyResponse | None, get("baby_response")),
        mood_before=mood_before, mood_after=mood_after, notes=notes,
    )


def parse_export(data: bytes) -> ParsedExport:
    """Check a whole export file. Raises :class:`ImportProblems` listing every problem found."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportProblems([f"the file is too large ({len(data) / 1e6:.0f} MB); a touchtimer export "
                              f"is at most {MAX_IMPORT_BYTES // (1024 * 1024)} MB"])
    if not data.strip():
        raise ImportProblems(["the file is empty; a touchtimer export is a JSON file"])
    if b"\x00" in data:
        raise ImportProblems(["this is not a text file (it holds binary data); "
                              "a touchtimer export is a JSON text file"])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblems([f"this is not a UTF-8 text file (unreadable byte at position {exc.start}); "
                              "a touchtimer export is a JSON text file"]) from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblems([f"this is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                              f"{exc.msg})"]) from None
    except RecursionError:
        raise ImportProblems(["this JSON is nested too deeply to be a touchtimer export"]) from None
    if not isinstance(raw, dict):
        raise ImportProblems([f"expected a JSON object with \"format_version\", \"babies\" and "
                              f"\"sessions\", got {type(raw).__name__ if raw is not None else 'null'}"])
    c = _Checker()
    if raw.get("format", FORMAT_NAME) != FORMAT_NAME:
        c.bad("format", f"\"{FORMAT_NAME}\"", raw.get("format"))
    version = raw.get("format_version")
    if "format_version" not in raw:
        c.problems.append("format_version: missing; this does not look like a touchtimer export")
    elif isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        c.problems.append(f"format_version: this file is format {version}, written by a newer touchtimer;"
                          f" this version reads format {FORMAT_VERSION}. Please update touchtimer.")
    elif version != FORMAT_VERSION:
        c.bad("format_version", str(FORMAT_VERSION), version)
    c.keys("", raw, ("babies", "sessions"), ("format", "format_version", "exported_at"))
    babies: list[tuple[Baby, str]] = []
    baby_index: dict[str, int] = {}
    raw_babies = raw.get("babies", [])
    if not isinstance(raw_babies, list):
        c.bad("babies", "a list", raw_babies)
        raw_babies = []
    for i, value in enumerate(raw_babies):
        checked = _check_baby(c, f"babies[{i}]", value)
        if checked is None:
            continue
        if checked[0].id in baby_index:
            c.problems.append(f"babies[{i}].id: \"{checked[0].id}\" is the same id as "
                              f"babies[{baby_index[checked[0].id]}]")
            continue
        baby_index[checked[0].id] = i
        babies.append(checked)
    sessions: list[SessionRecord] = []
    session_index: dict[str, int] = {}
    raw_sessions = raw.get("sessions", [])
    if not isinstance(raw_sessions, list):
        c.bad("sessions", "a list", raw_sessions)
        raw_sessions = []
    for i, value in enumerate(raw_sessions):
        record = _check_session(c, f"sessions[{i}]", value)
        if record is None:
            continue
        if record.id in session_index:
            c.problems.append(f"sessions[{i}].id: \"{record.id}\" is the same id as "
                              f"sessions[{session_index[record.id]}]")
            continue
        session_index[record.id] = i
        sessions.append(record)
    if c.problems:
        raise ImportProblems(c.problems)
    return ParsedExport(babies, sessions, c.notices)


def read_export_file(path: Path) -> ParsedExport:
    """Read and check a file; every way it can fail ends as :class:`ImportProblems`."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportProblems([f"the file is too large ({size / 1e6:.0f} MB); a touchtimer export "
                                  f"is at most {MAX_IMPORT_BYTES // (1024 * 1024)} MB"])
        data = path.read_bytes()
    except IsADirectoryError:
        raise ImportProblems([f"{path} is a folder, not an export file"]) from None
    except FileNotFoundError:
        raise ImportProblems([f"there is no file {path}"]) from None
    except OSError as exc:
        raise ImportProblems([f"{path} could not be read ({exc.strerror or exc})"]) from None
    return parse_export(data)


# -- merging --------------------------------------------------------------------------------------

@dataclass
class ImportSummary:
    sessions_added: int = 0
    sessions_already_there: int = 0
    sessions_kept_ours: list[str] = field(default_factory=list)   # same id, different content
    babies_added: int = 0
    babies_already_there: int = 0
    babies_kept_ours: list[str] = field(default_factory=list)
    #: stored only as an interrupted checkpoint, now replaced by the file's finished copy
    sessions_completed: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """One plain line: "added 3 sessions and 1 baby, already there 5"."""
        def n(count: int, one: str, many: str) -> str:
            return f"{count} {one if count == 1 else many}"
        line = (f"added {n(self.sessions_added, 'session', 'sessions')} and "
                f"{n(self.babies_added, 'baby', 'babies')}, "
                f"already there {self.sessions_already_there + self.babies_already_there}")
        kept = len(self.sessions_kept_ours) + len(self.babies_kept_ours)
        if kept:
            line += (f" ({kept} of those differ from the file; the copy already here was kept)")
        if self.sessions_completed:
            line += (f"; completed {n(len(self.sessions_completed), 'session', 'sessions')} kept here "
                     "only as interrupted")
        return line


def _same_session(a: SessionRecord, b: SessionRecord) -> bool:
    return session_json(a) == session_json(b)


def _completes(ours: SessionRecord, theirs: SessionRecord) -> bool:
    """The file finishes a session stored only as its crash-safety checkpoint (``interrupted``).

    That happens when saving the finished session failed (a full disk) and it was saved as a file
    instead: the checkpoint written while it ran is already in the store under the same id.
    """
    return (ours.status == "interrupted" and theirs.status != "interrupted"
            and ours.started_at == theirs.started_at and theirs.actual_seconds >= ours.actual_seconds)


def import_export(store: Store, parsed: ParsedExport) -> ImportSummary:
    """Merge a checked file into ``store`` in one transaction; nothing changes on any problem."""
    summary = ImportSummary(notices=list(parsed.notices))
    existing_babies = {b.id: b for b in list_babies(store)}
    file_baby_ids = {b.id for b, _ in parsed.babies}
    problems: list[str] = []
    for i, record in enumerate(parsed.sessions):
        for j, baby_id in enumerate(record.baby_ids):
            if baby_id not in file_baby_ids and baby_id not in existing_babies:
                problems.append(f"sessions[{i}].baby_ids[{j}]: no baby with id \"{baby_id}\" in this file "
                                "or in touchtimer")
    if problems:
        raise ImportProblems(problems)
    try:
        _merge(store, parsed, existing_babies, summary)
    except sqlite3.Error as exc:  # a full disk, a read-only or locked file: rolled back, say so plainly
        raise StoreError(_write_problem(exc, store)) from exc
    return summary


def _write_problem(exc: sqlite3.Error, store: Store) -> str:
    where = str(store.path) if store.path is not None else "the data file"
    kind = classify_storage_error(exc)
    if kind == "full":
        why = "the disk is full"
    elif kind == "read_only":
        why = "the data folder cannot be written"
    elif kind == "busy":
        why = "another program is using the data file"
    else:
        why = str(exc)
    return f"could not write to {where}: {why}. Nothing was changed; please try again when that is fixed."


def _merge(store: Store, parsed: ParsedExport, existing_babies: dict[str, Baby],
           summary: ImportSummary) -> None:
    with store.transaction() as con:
        for baby, created_at in parsed.babies:
            ours = existing_babies.get(baby.id)
            if ours is not None:
                summary.babies_already_there += 1
                if ours != baby:
                    summary.babies_kept_ours.append(baby.id)
                continue
            con.execute("INSERT INTO babies (id, name, born_on, due_on, created_at) VALUES (?, ?, ?, ?, ?)",
                        (baby.id, baby.name, baby.born_on.isoformat(),
                         baby.due_on.isoformat() if baby.due_on else None,
                         created_at or _iso(datetime.now(UTC))))
            summary.babies_added += 1
        for record in parsed.sessions:
            ours_session = store.get_session(record.id)
            if ours_session is not None and _completes(ours_session, record):
                if not record.notes and ours_session.notes:    # a note written since is kept
                    record = replace(record, notes=ours_session.notes)
                store._write_session(con, record)              # its checkpoint row goes with it
                summary.sessions_completed.append(record.id)
                continue
            if ours_session is not None:
                summary.sessions_already_there += 1
                if not _same_session(ours_session, record):
                    summary.sessions_kept_ours.append(record.id)
                continue
            store._write_session(con, record)
            summary.sessions_added += 1


__all__ = [
    "CSV_HEADERS", "FORMAT_VERSION", "MAX_IMPORT_BYTES", "ImportProblems", "ImportSummary",
    "ParsedExport", "dumps", "export_csv", "export_document", "export_json", "import_export",
    "parse_export", "read_export_file", "session_document", "session_json", "write_file_atomically",
]
