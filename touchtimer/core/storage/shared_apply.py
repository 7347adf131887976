"""Applying another laptop's changes to the store: field by field, the later stamp winning.

For each field of an entity the change with the later :class:`~touchtimer.core.storage.stamps.Stamp`
wins, whichever order the changes arrive in, so two laptops that have read the same changes hold
the same data. A deletion is a tombstone: the entity is removed and nothing brings it back. When the
two laptops' values of an editable field differ, the one not shown is kept in ``sync_conflicts``
("changed on the other laptop"). Each entity is applied inside its own savepoint: a change that
cannot be used (a damaged or hostile value) is skipped whole and named, and never half-applied.

A change that refers to something not here yet (a session for a baby whose profile is in a change
file that has not arrived) is *deferred*: nothing of it is written, and the file is read again at the
next exchange. Storage only (SQL); the folder side is ``core/sharing``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.shared_fields import (
    CONFLICT_FIELDS,
    FIELDS,
    baby_fields,
    baby_from_fields,
    caregiver_fields,
    caregiver_from_fields,
    session_fields,
    session_from_fields,
)
from touchtimer.core.storage.stamps import Stamp

if TYPE_CHECKING:
    from touchtimer.core.storage.store import Store

#: Writes (``text``) or removes (``None``) a routine file; returns ``False`` if it could not.
RoutineWriter = Callable[[str, "str | None"], bool]
#: Reads a routine file's current text (``None``: no such file).
RoutineReader = Callable[[str], "str | None"]
#: The field an entity cannot be made without.
_CREATING = {"session": ("body",), "baby": ("name", "born_on"), "caregiver": ("name",), "routine": ()}


@dataclass(frozen=True)
class EntityChange:
    """One entity's changed fields from one change file: ``field -> (JSON value, stamp)``.
    The field ``deleted`` (value ``True``) is a tombstone."""

    kind: str
    id: str
    fields: Mapping[str, tuple[Any, Stamp]]


@dataclass
class Applied:
    """What applying some changes did."""

    won: int = 0                 # field changes that now hold
    kept_ours: int = 0           # field changes older than what is here
    deleted: int = 0             # entities removed by a tombstone
    conflicts: int = 0           # fields where the two laptops differed (kept in sync_conflicts)
    deferred: int = 0            # entities waiting for something that has not arrived
    unusable: list[str] = field(default_factory=list)   # changes skipped, in plain words
    changes: Changes = field(default_factory=Changes)


class _Skip(Exception):
    pass


class _Defer(Exception):
    pass


class Applier:
    """Applies :class:`EntityChange` values to one store, inside a transaction (storage only)."""

    def __init__(self, store: Store, write_routine: RoutineWriter | None, read_routine: RoutineReader | None):
        self._store = store
        self._write_routine = write_routine
        self._read_routine = read_routine
        self._exists: dict[tuple[str, str], str] = {}    # (kind, id) -> "live" / "dead" / "unknown"
        self.result = Applied()

    def apply(self, change: EntityChange) -> None:
        store = self._store
        if change.kind not in FIELDS:
            self.result.unusable.append(words(QT_TRANSLATE_NOOP(
                "Sharing", "a change of an unknown kind ({kind})"), kind=repr(change.kind[:30])))
            return
        store.execute("SAVEPOINT entity")
        try:
            self._apply(change)
        except _Defer:
            store.execute("ROLLBACK TO entity")
            self.result.deferred += 1
        except (_Skip, ValueError, sqlite3.IntegrityError) as exc:
            store.execute("ROLLBACK TO entity")
            # A reason of ours stays marked words; SQLite's own text stays as SQLite gives it.
            why = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
            self.result.unusable.append(words(QT_TRANSLATE_NOOP("Sharing", "{kind} {id}: {why}"),
                                              kind=change.kind, id=change.id[:40], why=why))
        finally:
            store.execute("RELEASE entity")

    # -- one entity ----------------------------------------------------------------------------------

    def _stamps(self, kind: str, entity_id: str) -> dict[str, Stamp]:
        rows = self._store.execute("SELECT field, wall, counter, device FROM sync_stamps"
                                   " WHERE kind = ? AND id = ?", (kind, entity_id)).fetchall()
        return {r[0]: Stamp(r[1], r[2], r[3]) for r in rows}

    def _apply(self, ch: EntityChange) -> None:
        stamps = self._stamps(ch.kind, ch.id)
        if "deleted" in stamps:
            return                                             # a tombstone: nothing brings it back
        if "deleted" in ch.fields:
            if ch.kind == "routine":
                raise _Skip(QT_TRANSLATE_NOOP("Sharing", "a routine file is removed by an empty text, not a "
                                              "tombstone"))
            self._tombstone(ch.kind, ch.id, ch.fields["deleted"][1])
            return
        known = FIELDS[ch.kind]
        mine = {f: vs for f, vs in ch.fields.items() if f in known}
        winners = {f: vs for f, vs in mine.items() if f not in stamps or vs[1] > stamps[f]}
        losers = {f: vs for f, vs in mine.items() if f in stamps and vs[1] < stamps[f]}
        if not winners and not losers:
            return
        current = self._current(ch.kind, ch.id)
        if current is None and any(f not in winners for f in _CREATING[ch.kind]):
            raise _Defer
        values = {**(current or {}), **{f: vs[0] for f, vs in winners.items()}}
        if winners:
            self._write(ch.kind, ch.id, values, winners)
        self._note_conflicts(ch.kind, ch.id, current or {}, stamps, winners, losers)
        self._store.executemany(
            "INSERT INTO sync_stamps (kind, id, field, wall, counter, device) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (kind, id, field) DO UPDATE SET wall = excluded.wall, counter = excluded.counter,"
            " device = excluded.device",
            [(ch.kind, ch.id, f, s.wall, s.counter, s.device) for f, (_, s) in winners.items()])
        self.result.won += len(winners)
        self.result.kept_ours += len(losers)

    def _current(self, kind: str, entity_id: str) -> dict[str, Any] | None:
        store = self._store
        if kind == "session":
            record = store.sessions.get(entity_id)
            return None if record is None else session_fields(record)
        if kind == "baby":
            found = store.babies.get(entity_id)
            return None if found is None else baby_fields(*found)
        if kind == "caregiver":
            carer = store.caregivers.get(entity_id)
            if carer is None:
                return None
            row = store.execute("SELECT created_at FROM caregivers WHERE id = ?", (entity_id,)).fetchone()
            return caregiver_fields(carer, str(row[0]))
        text = self._read_routine(entity_id) if self._read_routine else None
        return {"text": text}

    def _write(self, kind: str, entity_id: str, values: dict[str, Any],
               winners: Mapping[str, tuple[Any, Stamp]]) -> None:
        store = self._store
        if kind == "session":
            record = session_from_fields(entity_id, values)
            record.baby_ids = self._linkable("baby", record.baby_ids)
            record.caregiver_ids = self._linkable("caregiver", record.caregiver_ids)
            store.sessions._write(record)
            self.result.changes |= Changes(sessions=True, checkpoints=True)
        elif kind == "baby":
            if not values.get("created_at"):     # the same on every laptop: the change's own moment
                values["created_at"] = _moment(winners.get("name", next(iter(winners.values())))[1])
            baby, created = baby_from_fields(entity_id, values)
            store.babies._write(baby, created)
            self._exists[("baby", entity_id)] = "live"
            self.result.changes |= Changes(babies=True)
        elif kind == "caregiver":
            if not values.get("created_at"):
                values["created_at"] = _moment(winners.get("name", next(iter(winners.values())))[1])
            carer, created = caregiver_from_fields(entity_id, values)
            store.caregivers._write(carer, created)
            self._exists[("caregiver", entity_id)] = "live"
            self.result.changes |= Changes(sessions=True)
        else:
            text = values.get("text")
            if text is not None and not isinstance(text, str):
                raise _Skip(QT_TRANSLATE_NOOP("Sharing", "a routine file that is not text"))
            if self._write_routine is None or not self._write_routine(entity_id, text):
                raise _Defer            # the routines folder cannot be written now: try again later

    def _linkable(self, kind: str, ids: list[str]) -> list[str]:
        """The ids of ``kind`` that exist here; one that was deleted is left out; one not known yet
        defers the whole change."""
        out = []
        table = "babies" if kind == "baby" else "caregivers"
        for entity_id in ids:
            state = self._exists.get((kind, entity_id))
            if state is None:
                if self._store.execute(f"SELECT 1 FROM {table} WHERE id = ?", (entity_id,)).fetchone():
                    state = "live"
                elif self._store.local.deleted(kind, entity_id):
                    state = "dead"
                else:
                    state = "unknown"
                self._exists[(kind, entity_id)] = state
            if state == "unknown":
                raise _Defer
            if state == "live":
                out.append(entity_id)
        return out

    def _tombstone(self, kind: str, entity_id: str, stamp: Stamp) -> None:
        store = self._store
        if kind == "session":
            store.execute("DELETE FROM sessions WHERE id = ?", (entity_id,))
            self.result.changes |= Changes(sessions=True, checkpoints=True)
        elif kind == "baby":
            store.babies._remove(entity_id)
            self.result.changes |= Changes(babies=True, sessions=True)
        else:
            store.execute("DELETE FROM caregivers WHERE id = ?", (entity_id,))
            self.result.changes |= Changes(sessions=True)
        self._exists[(kind, entity_id)] = "dead"
        for table in ("sync_stamps", "sync_outbox", "sync_conflicts"):
            store.execute(f"DELETE FROM {table} WHERE kind = ? AND id = ?", (kind, entity_id))
        store.execute("INSERT INTO sync_stamps (kind, id, field, wall, counter, device)"
                      " VALUES (?, ?, 'deleted', ?, ?, ?)", (kind, entity_id, stamp.wall, stamp.counter,
                                                             stamp.device))
        self.result.deleted += 1

    def _note_conflicts(self, kind: str, entity_id: str, current: dict[str, Any], stamps: dict[str, Stamp],
                        winners: Mapping[str, tuple[Any, Stamp]],
                        losers: Mapping[str, tuple[Any, Stamp]]) -> None:
        """Keep the value not shown where the two laptops' values of an editable field differ."""
        rows = []
        me = self._store.local.device_id or ""
        for f, (value, stamp) in winners.items():
            ours = stamps.get(f)
            if (f in CONFLICT_FIELDS[kind] and f in current and current[f] != value
                    and (ours is None or ours.device != stamp.device)):
                rows.append((kind, entity_id, f, json.dumps(current[f]), ours.device if ours else me,
                             ours.wall if ours else 0, 1))
        for f, (value, stamp) in losers.items():
            if f in CONFLICT_FIELDS[kind] and current.get(f) != value and stamps[f].device != stamp.device:
                rows.append((kind, entity_id, f, json.dumps(value), stamp.device, stamp.wall, 0))
        self._store.executemany("INSERT OR REPLACE INTO sync_conflicts (kind, id, field, other, device, wall,"
                                " replaced) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        self.result.conflicts += len(rows)


def _moment(stamp: Stamp) -> str:
    from datetime import UTC, datetime

    from touchtimer.core.storage.rows import iso

    return iso(datetime.fromtimestamp(stamp.wall / 1000, UTC))
