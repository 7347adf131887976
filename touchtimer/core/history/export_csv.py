"""The CSV export: one row per session, oldest first, local times, for spreadsheets (RFC 4180)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import tzinfo

from touchtimer.core.history.days import to_local
from touchtimer.core.i18n import QT_TRANSLATE_NOOP
from touchtimer.core.storage.store import Store

#: The column headings, in English; the window writes them in its language (``export_csv(headers=)``).
CSV_HEADERS = (
    QT_TRANSLATE_NOOP("CSV", "Date"),
    QT_TRANSLATE_NOOP("CSV", "Start time"),
    QT_TRANSLATE_NOOP("CSV", "End time"),
    QT_TRANSLATE_NOOP("CSV", "Minutes"),
    QT_TRANSLATE_NOOP("CSV", "Kind"),
    QT_TRANSLATE_NOOP("CSV", "Routine"),
    QT_TRANSLATE_NOOP("CSV", "Status"),
    QT_TRANSLATE_NOOP("CSV", "Babies"),
    QT_TRANSLATE_NOOP("CSV", "Baby response"),
    QT_TRANSLATE_NOOP("CSV", "Mood before (1-5)"),
    QT_TRANSLATE_NOOP("CSV", "Mood after (1-5)"),
    QT_TRANSLATE_NOOP("CSV", "Notes"),
    QT_TRANSLATE_NOOP("CSV", "Session id"),
    QT_TRANSLATE_NOOP("CSV", "Caregivers"),
    QT_TRANSLATE_NOOP("CSV", "Fed at the breast"),
    QT_TRANSLATE_NOOP("CSV", "Interruptions"),
)
_KIND_WORDS = {"skin_to_skin": "skin-to-skin", "massage": "massage"}


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _plain_cell(text: str) -> str:
    """Typed text (a note, a name, a routine title, perhaps from an imported file) that a
    spreadsheet would run as a formula ("=HYPERLINK(...)") is kept as text with a leading '."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def export_csv(store: Store | None, tz: tzinfo | None = None, headers: Sequence[str] = CSV_HEADERS) -> str:
    """One row per session, oldest first, local times, for spreadsheets (RFC 4180, CRLF); ``headers``
    are the column headings (the window passes them translated)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    if store is None:
        return out.getvalue()
    names = {b.id: b.name for b in store.babies.list()}
    carers = {c.id: c.name for c in store.caregivers.list()}
    for r in store.sessions.all():
        response = (r.baby_response or "").replace("_", " ")
        if r.baby_responses:
            response = "; ".join(sorted(f"{names.get(b, b)}: {v.replace('_', ' ')}"
                                        for b, v in r.baby_responses.items()))
        start, end = to_local(r.started_at, tz), to_local(r.ended_at, tz)
        writer.writerow([
            start.date().isoformat(), start.strftime("%H:%M"),
            end.strftime("%H:%M") if end.date() == start.date() else end.strftime("%Y-%m-%d %H:%M"),
            f"{r.actual_seconds / 60:.1f}", _KIND_WORDS.get(r.kind, r.kind), _plain_cell(r.routine_title),
            r.status.replace("_", " "),
            _plain_cell("; ".join(sorted(names.get(b, b) for b in r.baby_ids))),
            _plain_cell(response),
            "" if r.mood_before is None else r.mood_before,
            "" if r.mood_after is None else r.mood_after,
            _plain_cell(r.notes), _plain_cell(r.id),
            _plain_cell("; ".join(sorted(carers.get(c, c) for c in r.caregiver_ids))),
            r.fed_at_breast or "", "" if r.interruptions is None else r.interruptions,
        ])
    return out.getvalue()
