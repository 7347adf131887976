"""Reading an export file and checking all of it before anything changes.

Every problem is found with its path in the file
(``sessions[3].stages[1].actual_seconds: expected a whole number ≥ 0, got "x"``), in file order,
and said in words (``session 4, stage 2: the time spent must be a whole number of seconds...``,
``import_words.py``); a file with any problem raises :class:`ImportProblems` and nothing is
imported. Values are held to the limits touchtimer keeps everywhere (``import_limits.py``). Unknown
keys are harmless: they are ignored and listed as notices. The format is in ``docs/export-format.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

from touchtimer.core.babies.ages import Baby
from touchtimer.core.history import import_v2
from touchtimer.core.history.export_format import FORMAT_NAME, FORMAT_VERSION
from touchtimer.core.history.import_file import MAX_IMPORT_BYTES as MAX_IMPORT_BYTES
from touchtimer.core.history.import_file import decode_export, read_export_bytes
from touchtimer.core.history.import_limits import day_problem, highest, moment_problem, text_limit
from touchtimer.core.history.import_words import (
    SECONDS_FIELDS,
    Problem,
    either,
    listed_twice,
    missing_field,
    one_of,
    or_null,
    same_id,
    show,
    whole_words,
)
from touchtimer.core.history.import_words import (
    ImportProblems as ImportProblems,
)
from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.limits import BABY_NAME_CHARS, ID_CHARS, NOTE_CHARS, TITLE_CHARS, text_problem
from touchtimer.core.session.record import (
    BABY_RESPONSES,
    SESSION_STATUSES,
    STAGE_OUTCOMES,
    BabyResponse,
    Caregiver,
    SessionRecord,
    SessionStatus,
    StageOutcome,
    StageRecord,
)
from touchtimer.core.storage.rows import iso

#: Every export version this touchtimer reads (a version 1 file imports exactly as it always did).
READABLE_VERSIONS = (1, 2)
MAX_TEXT = NOTE_CHARS                    # characters in one note
MAX_ID = ID_CHARS
KINDS = ("skin_to_skin", "massage")
SIDES = ("left", "right")


@dataclass
class ParsedExport:
    """A checked file: ready to merge. ``notices`` are harmless (unknown keys that were ignored)."""

    babies: list[tuple[Baby, str]]            # (baby, created_at)
    sessions: list[SessionRecord]
    notices: list[str] = field(default_factory=list)
    caregivers: list[tuple[Caregiver, str]] = field(default_factory=list)     # format 2 onward
    version: int = FORMAT_VERSION


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.notices: list[str] = []

    def bad(self, where: str, expected: str, value: Any, said: str | None = None) -> None:
        """``value`` at ``where`` is not ``expected`` (``said``: in a person's words, if not the same)."""
        shown = show(value)
        self.problems.append(Problem(where, f"expected {expected}, got {shown}", said or expected, shown))

    def add(self, where: str, detail: str) -> None:
        self.problems.append(Problem(where, detail))

    def keys(self, where: str, obj: dict[str, Any], required: Sequence[str],
             optional: Sequence[str] = ()) -> bool:
        ok = True
        for key in required:
            if key not in obj:
                self.add(where or "the file", missing_field(key))
                ok = False
        known = set(required) | set(optional)
        prefix = f"{where}." if where else ""
        for key in obj:
            if key not in known:
                self.notices.append(words(QT_TRANSLATE_NOOP(
                    "Import", "{path}: not a field touchtimer knows; it was ignored"), path=f"{prefix}{key}"))
        return ok

    def text(self, where: str, value: Any, *, empty: bool = True, limit: int | None = None) -> str | None:
        if not isinstance(value, str):
            self.bad(where, QT_TRANSLATE_NOOP("Import", "text"), value)
            return None
        if not empty and not value.strip():
            self.bad(where, QT_TRANSLATE_NOOP("Import", "text that is not empty"), value)
            return None
        problem = text_problem(value, limit if limit is not None else text_limit(where))
        if problem is not None:
            self.add(where, problem)
            return None
        return value

    def ids(self, where: str, value: Any, expected: str) -> list[str]:
        """A list of ids, each once (``expected`` says what the list should be, in words)."""
        found: list[str] = []
        if not isinstance(value, list):
            self.bad(where, expected, value)
            return found
        for j, item in enumerate(value):
            text = self.text(f"{where}[{j}]", item, empty=False, limit=MAX_ID)
            if text is not None and text in found:
                self.add(f"{where}[{j}]", listed_twice(text))
            elif text is not None:
                found.append(text)
        return found

    def whole(self, where: str, value: Any, *, nullable: bool = False, low: int = 0,
              high: int | None = None) -> tuple[bool, int | None]:
        if value is None and nullable:
            return True, None
        high = high if high is not None else highest(where)
        in_range = (isinstance(value, int) and not isinstance(value, bool) and value >= low
                    and (high is None or value <= high))
        if not in_range:
            seconds = where.rsplit(".", 1)[-1] in SECONDS_FIELDS
            technical, said = whole_words(low, high, seconds, nullable)
            self.bad(where, technical, value, said)
            return False, None
        return True, cast(int, value)

    def choice(self, where: str, value: Any, choices: Sequence[str], *, nullable: bool = False) -> bool:
        if (value is None and nullable) or (isinstance(value, str) and value in choices):
            return True
        self.bad(where, one_of(choices, nullable), value)
        return False

    def day(self, where: str, value: Any, *, nullable: bool = False) -> tuple[bool, date | None]:
        if value is None and nullable:
            return True, None
        try:
            if not isinstance(value, str):
                raise ValueError
            day = date.fromisoformat(value)
        except ValueError:
            self.bad(where, or_null(QT_TRANSLATE_NOOP("Import", 'a date like "2026-01-31"'), nullable), value)
            return False, None
        problem = day_problem(day)
        if problem is not None:
            self.add(where, problem)
            return False, None
        return True, day

    def moment(self, where: str, value: Any) -> datetime | None:
        try:
            if not isinstance(value, str):
                raise ValueError
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError
        except ValueError:
            self.bad(where, QT_TRANSLATE_NOOP(
                "Import", 'a date and time with its UTC offset, like "2026-01-31T21:05:00+00:00"'), value)
            return None
        try:
            utc = parsed.astimezone(UTC)
        except OverflowError:
            utc = None
        problem = moment_problem(value, parsed, utc)
        if problem is not None:
            self.add(where, problem)
            return None
        assert utc is not None
        return utc.replace(microsecond=0)


_SESSION_FIELDS = ("id", "routine_id", "routine_title", "kind", "started_at", "ended_at", "local_date",
                   "planned_seconds", "actual_seconds", "status", "stages")
_SESSION_OPTIONAL = ("baby_ids", "baby_response", "mood_before", "mood_after", "notes")
_STAGE_FIELDS = ("position", "title", "actual_seconds", "status")
_STAGE_OPTIONAL = ("side", "planned_seconds")
_BABY_FIELDS = ("id", "name", "born_on")
_BABY_OPTIONAL = ("due_on", "created_at")


def _check_baby(c: _Checker, where: str, raw: Any, version: int = 1) -> tuple[Baby, str] | None:
    if not isinstance(raw, dict):
        c.bad(where, QT_TRANSLATE_NOOP("Import", "an object"), raw)
        return None
    count = len(c.problems)
    c.keys(where, raw, _BABY_FIELDS, _BABY_OPTIONAL + (import_v2.BABY_V2_OPTIONAL if version >= 2 else ()))
    baby_id = c.text(f"{where}.id", raw.get("id"), empty=False, limit=MAX_ID) if "id" in raw else None
    name = c.text(f"{where}.name", raw.get("name"), empty=False, limit=BABY_NAME_CHARS) \
        if "name" in raw else None
    born = c.day(f"{where}.born_on", raw.get("born_on"))[1] if "born_on" in raw else None
    due = c.day(f"{where}.due_on", raw.get("due_on"), nullable=True)[1]
    created = raw.get("created_at", "")
    if "created_at" in raw:
        moment = c.moment(f"{where}.created_at", created)
        created = created if moment is None else iso(moment)
    if len(c.problems) > count or baby_id is None or name is None or born is None:
        return None
    baby = Baby(baby_id, name, born, due)
    if version >= 2:
        baby = import_v2.check_baby_v2(c, where, raw, baby)
    return baby, str(created)


def _check_stage(c: _Checker, where: str, raw: Any) -> StageRecord | None:
    if not isinstance(raw, dict):
        c.bad(where, QT_TRANSLATE_NOOP("Import", "an object"), raw)
        return None
    count = len(c.problems)
    c.keys(where, raw, _STAGE_FIELDS, _STAGE_OPTIONAL)
    position = c.whole(f"{where}.position", raw.get("position"))[1] if "position" in raw else None
    title = c.text(f"{where}.title", raw.get("title"), limit=TITLE_CHARS) if "title" in raw else None
    c.choice(f"{where}.side", raw.get("side"), SIDES, nullable=True)
    planned = c.whole(f"{where}.planned_seconds", raw.get("planned_seconds"), nullable=True)[1]
    actual = c.whole(f"{where}.actual_seconds", raw.get("actual_seconds"))[1] \
        if "actual_seconds" in raw else None
    status_ok = "status" in raw and c.choice(f"{where}.status", raw["status"], STAGE_OUTCOMES)
    if len(c.problems) > count or position is None or title is None or actual is None or not status_ok:
        return None
    return StageRecord(position, title, raw.get("side"), planned, actual, cast(StageOutcome, raw["status"]))


def _check_session(c: _Checker, where: str, raw: Any, version: int = 1) -> SessionRecord | None:
    if not isinstance(raw, dict):
        c.bad(where, QT_TRANSLATE_NOOP("Import", "an object"), raw)
        return None
    count = len(c.problems)
    c.keys(where, raw, _SESSION_FIELDS,
           _SESSION_OPTIONAL + (import_v2.SESSION_V2_OPTIONAL if version >= 2 else ()))
    get = raw.get
    sid = c.text(f"{where}.id", get("id"), empty=False, limit=MAX_ID) if "id" in raw else None
    routine_id = c.text(f"{where}.routine_id", get("routine_id"), empty=False, limit=MAX_ID) \
        if "routine_id" in raw else None
    title = c.text(f"{where}.routine_title", get("routine_title"), limit=TITLE_CHARS) \
        if "routine_title" in raw else None
    if "kind" in raw:
        c.choice(f"{where}.kind", get("kind"), KINDS)
    started = c.moment(f"{where}.started_at", get("started_at")) if "started_at" in raw else None
    ended = c.moment(f"{where}.ended_at", get("ended_at")) if "ended_at" in raw else None
    if started is not None and ended is not None and ended < started:
        c.add(f"{where}.ended_at", words(QT_TRANSLATE_NOOP(
            "Import", "the session ends ({end}) before it starts ({start})"), end=get("ended_at"),
            start=get("started_at")))
    local = c.day(f"{where}.local_date", get("local_date"))[1] if "local_date" in raw else None
    planned = c.whole(f"{where}.planned_seconds", get("planned_seconds"), nullable=True)[1]
    actual = c.whole(f"{where}.actual_seconds", get("actual_seconds"))[1] \
        if "actual_seconds" in raw else None
    if "status" in raw:
        c.choice(f"{where}.status", get("status"), SESSION_STATUSES)
    c.choice(f"{where}.baby_response", get("baby_response"), BABY_RESPONSES, nullable=True)
    mood_before = c.whole(f"{where}.mood_before", get("mood_before"), nullable=True, low=1, high=5)[1]
    mood_after = c.whole(f"{where}.mood_after", get("mood_after"), nullable=True, low=1, high=5)[1]
    notes = c.text(f"{where}.notes", get("notes", ""), limit=NOTE_CHARS) or ""
    baby_ids = c.ids(f"{where}.baby_ids", get("baby_ids", []),
                     QT_TRANSLATE_NOOP("Import", "a list of baby ids"))
    stages: list[StageRecord] = []
    raw_stages = get("stages")
    if "stages" in raw and not isinstance(raw_stages, list):
        c.bad(f"{where}.stages", QT_TRANSLATE_NOOP("Import", "a list of stages"), raw_stages)
    elif isinstance(raw_stages, list):
        positions: dict[int, int] = {}
        for j, value in enumerate(raw_stages):
            stage = _check_stage(c, f"{where}.stages[{j}]", value)
            if stage is None:
                continue
            if stage.position in positions:
                c.add(f"{where}.stages[{j}].position", words(QT_TRANSLATE_NOOP(
                    "Import", "{position} is already used by {other}"), position=stage.position,
                    other=f"stages[{positions[stage.position]}]"))
            positions.setdefault(stage.position, j)
            stages.append(stage)
    if (len(c.problems) > count or sid is None or routine_id is None or title is None
            or started is None or ended is None or local is None or actual is None):
        return None
    record = SessionRecord(
        id=sid, routine_id=routine_id, routine_title=title, kind=str(get("kind")),
        started_at=started, ended_at=ended, local_date=local, planned_seconds=planned,
        actual_seconds=actual, status=cast(SessionStatus, get("status")), stages=stages,
        baby_ids=baby_ids, baby_response=cast(BabyResponse | None, get("baby_response")),
        mood_before=mood_before, mood_after=mood_after, notes=notes,
    )
    return import_v2.check_session_v2(c, where, raw, record) if version >= 2 else record


def parse_export(data: bytes) -> ParsedExport:
    """Check a whole export file. Raises :class:`ImportProblems` listing every problem found."""
    raw = decode_export(data)
    if not isinstance(raw, dict):
        raise ImportProblems([words(QT_TRANSLATE_NOOP(
            "Import", 'expected a JSON object with "format_version", "babies" and "sessions", got {kind}'),
            kind=type(raw).__name__ if raw is not None else "null")])
    c = _Checker()
    if raw.get("format", FORMAT_NAME) != FORMAT_NAME:
        c.bad("format", f"\"{FORMAT_NAME}\"", raw.get("format"))
    version = raw.get("format_version")
    if "format_version" not in raw:
        c.add("format_version", QT_TRANSLATE_NOOP("Import", "missing; this does not look like a touchtimer "
                                                  "export"))
    elif isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        c.add("format_version", words(QT_TRANSLATE_NOOP(
            "Import", "this file is format {version}, written by a newer touchtimer; this version reads "
            "format {readable} and earlier. Please update touchtimer."), version=version,
            readable=FORMAT_VERSION))
    elif version not in READABLE_VERSIONS or isinstance(version, bool):
        c.bad("format_version", either(*(str(v) for v in READABLE_VERSIONS)), version)
    version = version if version in READABLE_VERSIONS and not isinstance(version, bool) else FORMAT_VERSION
    c.keys("", raw, ("babies", "sessions"),
           ("format", "format_version", "exported_at") + (("caregivers",) if version >= 2 else ()))
    caregivers = import_v2.check_caregivers(c, raw.get("caregivers", [])) if version >= 2 else []
    babies: list[tuple[Baby, str]] = []
    baby_index: dict[str, int] = {}
    raw_babies = raw.get("babies", [])
    if not isinstance(raw_babies, list):
        c.bad("babies", QT_TRANSLATE_NOOP("Import", "a list"), raw_babies)
        raw_babies = []
    for i, value in enumerate(raw_babies):
        checked = _check_baby(c, f"babies[{i}]", value, version)
        if checked is None:
            continue
        if checked[0].id in baby_index:
            c.add(f"babies[{i}].id", same_id(checked[0].id, f"babies[{baby_index[checked[0].id]}]"))
            continue
        baby_index[checked[0].id] = i
        babies.append(checked)
    sessions: list[SessionRecord] = []
    session_index: dict[str, int] = {}
    raw_sessions = raw.get("sessions", [])
    if not isinstance(raw_sessions, list):
        c.bad("sessions", QT_TRANSLATE_NOOP("Import", "a list"), raw_sessions)
        raw_sessions = []
    for i, value in enumerate(raw_sessions):
        record = _check_session(c, f"sessions[{i}]", value, version)
        if record is None:
            continue
        if record.id in session_index:
            c.add(f"sessions[{i}].id", same_id(record.id, f"sessions[{session_index[record.id]}]"))
            continue
        session_index[record.id] = i
        sessions.append(record)
    if c.problems:
        raise ImportProblems(c.problems)
    return ParsedExport(babies, sessions, c.notices, caregivers, version)


def read_export_file(path: Path) -> ParsedExport:
    """Read and check a file; every way it can fail ends as :class:`ImportProblems`."""
    return parse_export(read_export_bytes(path))
