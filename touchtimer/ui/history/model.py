"""The history list as a Qt model: day headers and sessions, newest first, fetched page by page.

Only the rows scrolled into view are ever read: ``canFetchMore``/``fetchMore`` ask the store for
the next page (one indexed query, no stages). Each day header carries that day's totals from the
store (a session from the night before counts its minutes after midnight here too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from touchtimer.core.history.days import DayTotal, daily_totals, local_day, to_local
from touchtimer.core.storage.rows import SessionRow
from touchtimer.core.storage.store import SessionFilter, Store
from touchtimer.ui.history import labels as L

PAGE_SIZE = 100
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1      # the DayEntry or SessionEntry itself
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass
class DayEntry:
    day: date
    total: DayTotal


@dataclass
class SessionEntry:
    row: SessionRow
    day: date


class HistoryModel(QAbstractListModel):
    def __init__(self, store: Store, tz: tzinfo | None = None, *, page_size: int = PAGE_SIZE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tz = tz
        self._page = page_size
        self._filter = SessionFilter()
        self._entries: list[DayEntry | SessionEntry] = []
        self._loaded = 0
        self._total = 0
        self.baby_names: dict[str, str] = {}
        self.today: date | None = None

    # -- what it shows ----------------------------------------------------------------------

    @property
    def session_filter(self) -> SessionFilter:
        return self._filter

    @property
    def total_sessions(self) -> int:
        """How many sessions match the filter (loaded or not)."""
        return self._total

    @property
    def loaded_sessions(self) -> int:
        return self._loaded

    def set_store(self, store: Store) -> None:
        """Read from ``store`` from now on (the old one was closed)."""
        self._store = store
        self.reload(keep=0)

    def set_filter(self, flt: SessionFilter) -> None:
        self._filter = flt
        self.reload(keep=0)

    def reload(self, keep: int | None = None) -> None:
        """Read again from the store, keeping at least ``keep`` sessions (default: as many as now)."""
        wanted = self._loaded if keep is None else keep
        self.beginResetModel()
        self._entries = []
        self._loaded = 0
        self._total = self._store.sessions.count(self._filter)
        self._append(max(wanted, self._page))
        self.endResetModel()

    # -- paging -----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._loaded >= self._total:
            return
        rows = self._store.sessions.rows(self._filter, limit=self._page, offset=self._loaded)
        new = self._entries_for(rows)
        if not new:
            self._total = self._loaded
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._entries.extend(new)
        self._loaded += len(rows)
        self.endInsertRows()

    def _append(self, count: int) -> None:
        rows = self._store.sessions.rows(self._filter, limit=count, offset=self._loaded)
        self._entries.extend(self._entries_for(rows))
        self._loaded += len(rows)

    def _entries_for(self, rows: list[SessionRow]) -> list[DayEntry | SessionEntry]:
        if not rows:
            return []
        last_day = next((e.day for e in reversed(self._entries)), None)
        days = [local_day(r.started_at, self._tz) for r in rows]
        new_days = sorted({d for d in days if d != last_day})
        totals: dict[date, DayTotal] = {}
        if new_days:
            totals = {t.day: t for t in daily_totals(self._store, new_days[0], new_days[-1], self._tz,
                                                     self._filter)}
        out: list[DayEntry | SessionEntry] = []
        for row, day in zip(rows, days, strict=True):
            if day != last_day:
                out.append(DayEntry(day, totals.get(day, DayTotal(day))))
                last_day = day
            out.append(SessionEntry(row, day))
        return out

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._entries[index.row()], DayEntry):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == SESSION_ID_ROLE:
            return entry.row.id if isinstance(entry, SessionEntry) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if isinstance(entry, DayEntry):
                return f"{self.day_title(entry)}: {self.day_totals_text(entry)}"
            return f"{self.session_title(entry)}. {self.session_details(entry)}"
        return None

    def entry(self, row: int) -> DayEntry | SessionEntry:
        return self._entries[row]

    def row_of(self, session_id: str) -> int:
        """The row showing ``session_id``, or -1 when it is not loaded."""
        for i, e in enumerate(self._entries):
            if isinstance(e, SessionEntry) and e.row.id == session_id:
                return i
        return -1

    def replace_row(self, row: SessionRow) -> None:
        """Show new details of one loaded session (after its note changed)."""
        i = self.row_of(row.id)
        if i >= 0:
            entry = self._entries[i]
            assert isinstance(entry, SessionEntry)
            entry.row = row
            self.dataChanged.emit(self.index(i), self.index(i))

    # -- wording (the delegate and accessibility share it) -----------------------------------

    def day_title(self, entry: DayEntry) -> str:
        return L.day_label(entry.day, self.today)

    def day_totals_text(self, entry: DayEntry) -> str:
        parts = []
        if entry.total.skin_seconds >= 30:
            parts.append(self.tr("skin-to-skin %1").replace("%1", L.minutes_label(entry.total.skin_seconds)))
        if entry.total.massage_sessions:
            n = entry.total.massage_sessions
            parts.append(self.tr("1 massage") if n == 1 else self.tr("%1 massages").replace("%1", str(n)))
        return " · ".join(parts)

    def session_title(self, entry: SessionEntry) -> str:
        r = entry.row
        start = to_local(r.started_at, self._tz)
        end = to_local(r.ended_at, self._tz)
        when = L.time_label(start)
        if end.date() != start.date():
            when = self.tr("%1 to %2 (next day)").replace("%1", when).replace("%2", L.time_label(end))
        return f"{when}   {L.minutes_label(r.actual_seconds)}   {r.routine_title}"

    def session_details(self, entry: SessionEntry) -> str:
        r = entry.row
        parts = [L.kind_label(r.kind), L.status_label(r.status)]
        names = [self.baby_names.get(b, "") for b in r.baby_ids]
        if any(names):
            parts.append(", ".join(n for n in names if n))
        if r.baby_response:
            parts.append(L.response_label(r.baby_response))
        if r.has_note:
            parts.append(self.tr("note"))
        return " · ".join(parts)
