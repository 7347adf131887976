"""``store.sharing``: the store's side of sharing a history through a folder (``core/sharing``).

What is waiting to be shared (the outbox, filled in the same transaction as each local edit by
``store.local``) and its current values; applying the other laptops' changes
(:mod:`~touchtimer.core.storage.shared_apply`); which of their change files were applied or skipped;
the values kept when two laptops differed ("changed on the other laptop"); the other laptops' names;
and the parent's routine files as last shared. Nothing here touches the shared folder.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.shared_apply import Applied, Applier, EntityChange, RoutineReader, RoutineWriter
from touchtimer.core.storage.shared_fields import (
    BABY_FIELDS,
    CAREGIVER_FIELDS,
    SESSION_FIELDS,
    baby_fields,
    caregiver_fields,
    session_fields,
)
from touchtimer.core.storage.stamps import CATCH_UP_KEY, NEXT_SEGMENT_KEY, Stamp

if TYPE_CHECKING:
    from touchtimer.core.storage.store import Store

#: Kinds in the order their changes are written and applied: what a session refers to comes first.
KIND_ORDER = ("caregiver", "baby", "routine", "session")


@dataclass(frozen=True)
class FieldConflict:
    """A field where the two laptops' values differed: ``other`` is the value not shown now.

    ``replaced`` is true when ``other`` was this laptop's value, replaced by the other laptop's later
    change; false when ``other`` is the other laptop's value, older than this laptop's change.
    """

    field: str
    other: Any
    device: str
    device_name: str
    wall_ms: int
    replaced: bool


class SharingRepository:
    """``store.sharing``. Its writes run in transactions of their own (or inside ``store.batch()``)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- what waits to be shared -------------------------------------------------------------------

    def has_pending(self) -> bool:
        return self._store.execute("SELECT 1 FROM sync_outbox LIMIT 1").fetchone() is not None

    def catch_up(self) -> int:
        """Offer what was stored before sharing was on, or while it could not be recorded (a session
        recovered after its process died): every unshared session (not running now), baby and
        caregiver. Returns how many entities; costs one flag look-up when there is nothing to do."""
        local = self._store.local
        device = local.device_id
        if device is None or local.meta(CATCH_UP_KEY) != "1":
            return 0
        plans = (("session", SESSION_FIELDS, "sessions", " AND NOT EXISTS (SELECT 1 FROM running_sessions r"
                  " WHERE r.session_id = e.id AND r.recovered_at IS NULL)"),
                 ("baby", BABY_FIELDS, "babies", ""), ("caregiver", CAREGIVER_FIELDS, "caregivers", ""))
        count = 0
        with self._store.transaction():
            stamp = local.next_stamp(device)
            for kind, fields, table, extra in plans:
                values = ", ".join(f"('{f}')" for f in fields)
                found = self._store.execute(
                    f"SELECT COUNT(*) FROM {table} e WHERE NOT EXISTS (SELECT 1 FROM sync_stamps t"
                    f" WHERE t.kind = ? AND t.id = e.id){extra}", (kind,)).fetchone()[0]
                count += int(found)
                self._store.execute(
                    f"WITH f(field) AS (VALUES {values}) INSERT INTO sync_stamps (kind, id, field, wall,"
                    f" counter, device) SELECT ?, e.id, f.field, ?, ?, ? FROM {table} e, f WHERE NOT EXISTS"
                    f" (SELECT 1 FROM sync_stamps t WHERE t.kind = ? AND t.id = e.id){extra}",
                    (kind, stamp.wall, stamp.counter, device, kind))
            self._store.execute("INSERT OR REPLACE INTO sync_outbox (kind, id, field, wall, counter)"
                                " SELECT kind, id, field, wall, counter FROM sync_stamps"
                                " WHERE wall = ? AND counter = ? AND device = ?",
                                (stamp.wall, stamp.counter, device))
            local.set_meta(CATCH_UP_KEY, "0")
        return count

    def offer_everything(self) -> None:
        """Put every known field into the outbox, whoever made it: for a new or emptied folder,
        which must hold the whole history again."""
        with self._store.transaction():
            self._store.execute("INSERT OR REPLACE INTO sync_outbox (kind, id, field, wall, counter)"
                                " SELECT kind, id, field, wall, counter FROM sync_stamps")

    def outgoing(self, read_routine: RoutineReader, limit: int = 2000) -> builtins.list[EntityChange]:
        """Up to ``limit`` entities from the outbox with their current values and stamps, what a
        session refers to first. A field another laptop changed since goes with the value it had here
        (kept as "changed on the other laptop") and its own older stamp: the other laptop then keeps it
        too, and nothing else changes there."""
        rows = self._store.execute(
            "SELECT o.kind, o.id, o.field, s.wall, s.counter, s.device,"
            " o.wall = s.wall AND o.counter = s.counter, o.wall, o.counter, c.other FROM sync_outbox o"
            " LEFT JOIN sync_stamps s ON s.kind = o.kind AND s.id = o.id AND s.field = o.field"
            " LEFT JOIN sync_conflicts c ON c.kind = o.kind AND c.id = o.id AND c.field = o.field"
            " AND c.replaced = 1 ORDER BY CASE o.kind WHEN 'caregiver' THEN 0 WHEN 'baby' THEN 1"
            " WHEN 'routine' THEN 2 ELSE 3 END, o.id").fetchall()
        me = self._store.local.device_id or ""
        wanted: dict[tuple[str, str], dict[str, Stamp]] = {}
        replaced: dict[tuple[str, str, str], Any] = {}
        for kind, entity_id, f, wall, counter, device, same, own_wall, own_counter, other in rows:
            if wall is None or (not same and other is None):
                continue
            key = (kind, entity_id)
            if key not in wanted and len(wanted) >= limit:
                break
            if same:
                wanted.setdefault(key, {})[f] = Stamp(wall, counter, device)
            else:
                wanted.setdefault(key, {})[f] = Stamp(own_wall, own_counter, me)
                replaced[(kind, entity_id, f)] = json.loads(other)
        out = self._values(wanted, read_routine)
        return [EntityChange(c.kind, c.id, {f: (replaced.get((c.kind, c.id, f), v), s)
                                            for f, (v, s) in c.fields.items()}) for c in out]

    def _values(self, wanted: dict[tuple[str, str], dict[str, Stamp]],
                read_routine: RoutineReader) -> builtins.list[EntityChange]:
        store = self._store
        sessions = [i for (k, i), f in wanted.items() if k == "session" and "deleted" not in f]
        records = {}
        for first in range(0, len(sessions), 500):
            chunk = sessions[first:first + 500]
            rows = store.execute(f"SELECT * FROM sessions WHERE id IN ({','.join('?' * len(chunk))})",
                                 chunk).fetchall()
            records.update({r.id: session_fields(r) for r in store.sessions._records(rows)})
        out = []
        for (kind, entity_id), stamps in wanted.items():
            values: dict[str, Any] | None
            if "deleted" in stamps:
                values = {"deleted": True}
            elif kind == "session":
                values = records.get(entity_id)
            elif kind == "baby":
                found = store.babies.get(entity_id)
                values = baby_fields(*found) if found else None
            elif kind == "caregiver":
                row = store.execute("SELECT created_at FROM caregivers WHERE id = ?", (entity_id,)).fetchone()
                carer = store.caregivers.get(entity_id)
                values = caregiver_fields(carer, str(row[0])) if carer and row else None
            else:
                values = {"text": read_routine(entity_id)}
            if values is None:
                continue
            out.append(EntityChange(kind, entity_id,
                                    {f: (values[f], s) for f, s in stamps.items() if f in values}))
        return out

    def sent(self, changes: Iterable[EntityChange]) -> None:
        """These changes are in the folder: take them out of the outbox (unless edited again since)."""
        rows = [(c.kind, c.id, f, s.wall, s.counter) for c in changes for f, (_, s) in c.fields.items()]
        with self._store.transaction():
            self._store.executemany("DELETE FROM sync_outbox WHERE kind = ? AND id = ? AND field = ? AND"
                                    " wall = ? AND counter = ?", rows)

    def allocate_segment(self, at_least: int) -> int:
        """The number of this laptop's next change file, never used before (also by another process)."""
        local = self._store.local
        with self._store.transaction():
            raw = local.meta(NEXT_SEGMENT_KEY)
            number = max(int(raw) if raw and raw.isdigit() else 1, at_least)
            local.set_meta(NEXT_SEGMENT_KEY, str(number + 1))
        return number

    # -- the other laptops' changes ------------------------------------------------------------------

    def applied(self) -> dict[tuple[str, int], int]:
        """``(device, number) -> size`` of every other laptop's change file applied here."""
        rows = self._store.execute("SELECT device, seq, size FROM sync_applied").fetchall()
        return {(r[0], r[1]): r[2] for r in rows}

    def apply(self, changes: Sequence[EntityChange], *, device: str, seq: int, size: int,
              write_routine: RoutineWriter | None = None,
              read_routine: RoutineReader | None = None) -> Applied:
        """Apply one change file's changes in one transaction, and mark the file applied unless some
        of it had to wait. Announces what changed. Raises ``sqlite3.Error`` (nothing applied)."""
        applier = Applier(self._store, write_routine, read_routine)
        ordered = sorted(changes, key=lambda c: KIND_ORDER.index(c.kind) if c.kind in KIND_ORDER else 9)
        with self._store.batch():
            for change in ordered:
                applier.apply(change)
            self._store.local.observe(s for c in changes for _, s in c.fields.values())
            if not applier.result.deferred:
                self._store.execute("INSERT OR REPLACE INTO sync_applied (device, seq, size)"
                                    " VALUES (?, ?, ?)", (device, seq, size))
            if applier.result.changes.anything:
                with self._store.writing(applier.result.changes):
                    pass
        return applier.result

    def note_skipped(self, device: str, name: str, size: int, reason: str) -> bool:
        """Remember a file that was skipped; ``True`` the first time (so it is reported once)."""
        with self._store.transaction():
            cursor = self._store.execute("INSERT OR IGNORE INTO sync_skipped (device, name, size, reason)"
                                         " VALUES (?, ?, ?, ?)", (device, name, size, reason))
        return cursor.rowcount > 0

    # -- "changed on the other laptop" -----------------------------------------------------------------

    def conflicts(self, kind: str, entity_id: str) -> builtins.list[FieldConflict]:
        """The fields of one entity (``"session"``, ``"baby"``, ...) whose other laptop's value differed."""
        names = self.device_names()
        rows = self._store.execute("SELECT field, other, device, wall, replaced FROM sync_conflicts"
                                   " WHERE kind = ? AND id = ? ORDER BY field", (kind, entity_id)).fetchall()
        out = []
        for f, other, device, wall, replaced in rows:
            try:
                value = json.loads(other)
            except ValueError:
                continue
            out.append(FieldConflict(f, value, device, names.get(device, ""), wall, bool(replaced)))
        return out

    def conflicted_ids(self, kind: str = "session") -> set[str]:
        """Every entity of ``kind`` with a kept other value (for a marker in a list)."""
        return {r[0] for r in self._store.execute("SELECT DISTINCT id FROM sync_conflicts WHERE kind = ?",
                                                  (kind,))}

    def dismiss_conflict(self, kind: str, entity_id: str, field: str | None = None) -> None:
        """Forget the kept other value(s) of one entity (the parent has seen them)."""
        with self._store.writing(Changes(sessions=True)):
            if field is None:
                self._store.execute("DELETE FROM sync_conflicts WHERE kind = ? AND id = ?", (kind, entity_id))
            else:
                self._store.execute("DELETE FROM sync_conflicts WHERE kind = ? AND id = ? AND field = ?",
                                    (kind, entity_id, field))

    # -- devices and routine files -----------------------------------------------------------------------

    def device_names(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self._store.execute("SELECT device, name FROM sync_devices")}

    def set_device_name(self, device: str, name: str) -> None:
        with self._store.transaction():
            self._store.execute("INSERT OR REPLACE INTO sync_devices (device, name) VALUES (?, ?)",
                                (device, name))

    def known_files(self) -> dict[str, tuple[int, int, str]]:
        """``routine id -> (size, mtime_ns, sha256)`` of each routine file as last shared."""
        return {r[0]: (r[1], r[2], r[3]) for r in
                self._store.execute("SELECT routine_id, size, mtime_ns, sha256 FROM sync_files")}

    def file_changed(self, routine_id: str, state: tuple[int, int, str] | None, *, local: bool) -> None:
        """A routine file is now ``state`` (``None``: removed); ``local``: the parent changed it here,
        so the change is recorded for sharing in the same transaction."""
        with self._store.transaction():
            self._set_file(routine_id, state)
            if local:
                self._store.local.record("routine", routine_id, ["text"], ["text"])

    def _set_file(self, routine_id: str, state: tuple[int, int, str] | None) -> None:
        if state is None:
            self._store.execute("DELETE FROM sync_files WHERE routine_id = ?", (routine_id,))
        else:
            self._store.execute("INSERT OR REPLACE INTO sync_files (routine_id, size, mtime_ns, sha256)"
                                " VALUES (?, ?, ?, ?)", (routine_id, *state))

    def file_written(self) -> Callable[[str, tuple[int, int, str] | None], None]:
        """For the routine writer while changes are applied (inside that transaction)."""
        return self._set_file
