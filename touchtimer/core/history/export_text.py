"""The JSON export written straight from the stored rows: the same bytes as
``export_format.dumps(export_format.export_document(store))``, in a fraction of the time.

The general path builds a ``SessionRecord`` for every session, turns it into a dictionary, and
then ``json.dumps(indent=2)`` walks it in pure Python (the standard library uses its C encoder only
without an indent): about three seconds for 10,000 sessions on a small machine, against a budget of
one. Here each session and stage is read as a plain row (``store.sessions.export_rows()``) and
written with one format string, every
value encoded by the standard library's own string encoder, so the layout (sorted keys, two-space
indent) is exactly ``json.dumps``'s. A test compares the two paths on varied data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from touchtimer.core.storage.sessions import ExportRows

#: The standard library's own string encoder (C), as ``json.dumps(..., ensure_ascii=False)`` uses it.
q: Callable[[str], str] = json.encoder.encode_basestring


def _value(value: Any) -> str:
    """A number or ``None`` as ``json.dumps`` writes it."""
    if type(value) is int:
        return str(value)
    if value is None:
        return "null"
    return json.dumps(value, ensure_ascii=False)


def _moment(text: str) -> str:
    """A stored moment, written as the export writes moments (UTC, whole seconds)."""
    if len(text) == 25 and text.endswith("+00:00") and text[10] == "T" and text[4] == text[7] == "-":
        return q(text)  # as the store writes it: nothing to convert
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return q(moment.astimezone(UTC).isoformat(timespec="seconds"))


def _day(text: str) -> str:
    canonical = len(text) == 10 and text[4] == text[7] == "-"
    return q(text if canonical else date.fromisoformat(text).isoformat())


def _list(items: list[str], indent: str) -> str:
    if not items:
        return "[]"
    inner = ",\n" + indent + "  "
    return "[\n" + indent + "  " + inner.join(items) + "\n" + indent + "]"


def _map(items: list[tuple[str, str]], indent: str) -> str:
    """A JSON object of text values, keys sorted, as ``json.dumps(indent=2)`` nests it."""
    if not items:
        return "{}"
    inner = ",\n" + indent + "  "
    return ("{\n" + indent + "  " + inner.join(f"{q(k)}: {q(v)}" for k, v in sorted(items))
            + "\n" + indent + "}")


def export_text(stored: ExportRows | None, head: dict[str, Any]) -> str:
    """The whole export: ``head`` (format, version, babies, caregivers) and every stored session,
    oldest first."""
    text = json.dumps({**head, "sessions": []}, indent=2, sort_keys=True, ensure_ascii=False)
    if stored is None:
        return text + "\n"
    stages: dict[str, list[tuple[int, str]]] = {}
    for sid, position, title, side, planned, actual, status in stored.stages:
        stages.setdefault(sid, []).append((position, (
            "{\n"
            f'          "actual_seconds": {_value(actual)},\n'
            f'          "planned_seconds": {"null" if planned is None else _value(planned)},\n'
            f'          "position": {_value(position)},\n'
            f'          "side": {"null" if side is None else q(side)},\n'
            f'          "status": {q(status)},\n'
            f'          "title": {q(title)}\n'
            "        }")))
    babies: dict[str, list[str]] = {}
    for sid, baby in stored.babies:
        babies.setdefault(sid, []).append(baby)
    carers: dict[str, list[str]] = {}
    for sid, carer in stored.caregivers:
        carers.setdefault(sid, []).append(carer)
    responses: dict[str, list[tuple[str, str]]] = {}
    for sid, baby, response in stored.responses:
        responses.setdefault(sid, []).append((baby, response))
    rows = [(_moment(r[4]), r[0], r) for r in stored.sessions]
    rows.sort(key=lambda item: (item[0], item[1]))
    sessions = []
    for started, sid, r in rows:
        own = sorted(stages.get(sid, ()), key=lambda item: item[0])
        sessions.append(
            "    {\n"
            f'      "actual_seconds": {_value(r[8])},\n'
            f'      "baby_ids": {_list([q(b) for b in sorted(babies.get(sid, ()))], " " * 6)},\n'
            f'      "baby_response": {"null" if r[10] is None else q(r[10])},\n'
            f'      "baby_responses": {_map(responses.get(sid, []), " " * 6)},\n'
            f'      "caregiver_ids": {_list([q(c) for c in sorted(carers.get(sid, ()))], " " * 6)},\n'
            f'      "ended_at": {_moment(r[5])},\n'
            f'      "fed_at_breast": {"null" if r[14] is None else q(r[14])},\n'
            f'      "id": {q(sid)},\n'
            f'      "interruptions": {_value(r[15])},\n'
            f'      "kind": {q(r[3])},\n'
            f'      "local_date": {_day(r[6])},\n'
            f'      "mood_after": {_value(r[12])},\n'
            f'      "mood_before": {_value(r[11])},\n'
            f'      "notes": {q(r[13])},\n'
            f'      "planned_seconds": {_value(r[7])},\n'
            f'      "routine_id": {q(r[1])},\n'
            f'      "routine_title": {q(r[2])},\n'
            f'      "stages": {_list([text for _, text in own], " " * 6)},\n'
            f'      "started_at": {started},\n'
            f'      "status": {q(r[9])}\n'
            "    }")
    if not sessions:
        return text + "\n"
    assert text.endswith('"sessions": []\n}')
    return text[:-len("[]\n}")] + "[\n" + ",\n".join(sessions) + "\n  ]\n}\n"
