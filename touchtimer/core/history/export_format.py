"""The export file's JSON shape: one document that holds everything, and writing it.

The JSON export is a pure function of the stored data: babies sorted by id, sessions oldest
first (then by id), keys sorted, two-space indent, UTF-8, one trailing newline. There is no
"exported_at" field on purpose, so the same data always gives the same bytes: export, import into
an empty data folder, export again, and the two files are identical. (An ``exported_at`` string in
a file written by hand or by another tool is accepted and ignored.) See ``docs/export-format.md``.
Reading a file back is ``import_check``; merging it is ``import_merge``.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from touchtimer.core.history.export_text import export_text
from touchtimer.core.session.record import SessionRecord
from touchtimer.core.storage.rows import iso
from touchtimer.core.storage.store import Store

FORMAT_NAME = "touchtimer-export"
#: Version 2 adds caregivers, kangaroo-care details, per-baby responses and targets, and the
#: neonatal-care flag; every version up to this one is read (``import_check``).
FORMAT_VERSION = 2


def session_json(r: SessionRecord) -> dict[str, Any]:
    return {
        "id": r.id,
        "routine_id": r.routine_id,
        "routine_title": r.routine_title,
        "kind": r.kind,
        "started_at": iso(r.started_at),
        "ended_at": iso(r.ended_at),
        "local_date": r.local_date.isoformat(),
        "planned_seconds": r.planned_seconds,
        "actual_seconds": r.actual_seconds,
        "status": r.status,
        "baby_ids": sorted(r.baby_ids),
        "baby_response": r.baby_response,
        "mood_before": r.mood_before,
        "mood_after": r.mood_after,
        "notes": r.notes,
        "caregiver_ids": sorted(r.caregiver_ids),
        "baby_responses": dict(sorted(r.baby_responses.items())),
        "fed_at_breast": r.fed_at_breast,
        "interruptions": r.interruptions,
        "stages": [
            {"position": s.position, "title": s.title, "side": s.side,
             "planned_seconds": s.planned_seconds, "actual_seconds": s.actual_seconds,
             "status": s.status}
            for s in sorted(r.stages, key=lambda s: s.position)
        ],
    }


def _baby_rows(store: Store) -> list[dict[str, Any]]:
    return [{**baby._asdict(), "in_neonatal_care": bool(baby.in_neonatal_care)}
            for baby in store.babies.stored()]


def _caregiver_rows(store: Store) -> list[dict[str, Any]]:
    return [{"id": c[0], "name": c[1], "mother": c[2], "created_at": c[3]} for c in store.caregivers.stored()]


def _head(store: Store | None) -> dict[str, Any]:
    return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
            "babies": _baby_rows(store) if store is not None else [],
            "caregivers": _caregiver_rows(store) if store is not None else []}


def export_document(store: Store | None) -> dict[str, Any]:
    """Everything in the store as one JSON-ready dictionary (``None``: an empty store)."""
    sessions = store.sessions.all() if store is not None else []
    return {**_head(store), "sessions": [session_json(r) for r in sessions]}


def session_document(record: SessionRecord, store: Store | None = None) -> dict[str, Any]:
    """An export document holding one session and the babies it refers to (read from ``store``).

    It is an ordinary export (the current ``format_version``), so ``touchtimer import`` and the
    history's Import read it like any other. Reading the babies and caregivers is best effort: when the
    store cannot be read the session keeps its ids and the file imports wherever those are known.
    """
    babies: list[dict[str, Any]] = []
    caregivers: list[dict[str, Any]] = []
    if store is not None:
        try:
            babies = [row for row in _baby_rows(store) if row["id"] in set(record.baby_ids)]
            caregivers = [row for row in _caregiver_rows(store) if row["id"] in set(record.caregiver_ids)]
        except sqlite3.Error:
            babies, caregivers = [], []
    return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "babies": babies,
            "caregivers": caregivers, "sessions": [session_json(record)]}


def dumps(document: Any) -> str:
    """The one JSON formatting touchtimer writes: stable, readable, UTF-8."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def export_json(store: Store | None) -> str:
    """``dumps(export_document(store))``, written straight from the stored rows (see ``export_text``)."""
    return export_text(store.sessions.export_rows() if store is not None else None, _head(store))
