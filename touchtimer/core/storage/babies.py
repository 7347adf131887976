"""``store.babies``: baby profiles. The checks a profile must pass live in ``core/babies/profiles.py``;
this only keeps them. Removing a profile keeps its sessions (no longer linked to it)."""

from __future__ import annotations

import builtins
import uuid
from dataclasses import replace
from typing import TYPE_CHECKING

from touchtimer.core.babies.ages import Baby
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.rows import (
    BABY_COLUMNS,
    BABY_SELECT,
    StoredBaby,
    baby_from_row,
    baby_values,
)
from touchtimer.core.storage.shared_fields import BABY_FIELDS, baby_fields

if TYPE_CHECKING:
    from touchtimer.core.storage.store import Store

_UPSERT = (f"INSERT INTO babies ({', '.join(BABY_COLUMNS)}) VALUES ({', '.join('?' * len(BABY_COLUMNS))})"
           " ON CONFLICT (id) DO UPDATE SET name = excluded.name, born_on = excluded.born_on,"
           " due_on = excluded.due_on, in_neonatal_care = excluded.in_neonatal_care,"
           " daily_target_minutes = excluded.daily_target_minutes")


class BabyRepository:
    """``store.babies``."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, baby: Baby, *, created_at: str) -> str:
        """Insert or update one profile as it is (no checks: see ``profiles.add_baby``); returns the
        id it was saved under (a new one only for a profile already deleted on another laptop).

        ``created_at`` (ISO text, from the caller's clock) is kept for a new profile only.
        """
        local = self._store.local
        with self._store.writing(Changes(babies=True)):
            if local.deleted("baby", baby.id) and not local.undo_deletion("baby", baby.id):
                baby = replace(baby, id=str(uuid.uuid4()))
            before = self.get(baby.id)
            old = baby_fields(*before) if before is not None else {}
            created = before[1] if before is not None else created_at
            self._write(baby, created)
            new = baby_fields(baby, created)
            local.record("baby", baby.id, [f for f in BABY_FIELDS if old.get(f, ...) != new[f]], BABY_FIELDS)
        return baby.id

    def _write(self, baby: Baby, created_at: str) -> None:
        """Storage only, in a transaction."""
        self._store.execute(_UPSERT, baby_values(baby, created_at))

    def delete(self, baby_id: str) -> None:
        """Remove a profile; its sessions stay, no longer linked to it (still linked to a twin).

        Once sharing is on, the removal travels to the other laptops.
        """
        with self._store.writing(Changes(babies=True, sessions=True)):
            self._remove(baby_id)
            self._store.local.record_deletion("baby", baby_id)

    def _remove(self, baby_id: str) -> None:
        """Storage only, in a transaction: the profile, its links and its per-baby responses."""
        self._store.execute("DELETE FROM babies WHERE id = ?", (baby_id,))
        self._store.execute("DELETE FROM session_responses WHERE baby_id = ?", (baby_id,))

    def get(self, baby_id: str) -> tuple[Baby, str] | None:
        """One profile and when it was made, or ``None``."""
        row = self._store.execute(f"SELECT {BABY_SELECT}, created_at FROM babies WHERE id = ?",
                                  (baby_id,)).fetchone()
        return None if row is None else (baby_from_row(row), str(row[6]))

    def list(self) -> builtins.list[Baby]:
        """Every profile, oldest baby first."""
        rows = self._store.execute(
            f"SELECT {BABY_SELECT} FROM babies ORDER BY born_on, name, id").fetchall()
        return [baby_from_row(r) for r in rows]

    def stored(self) -> builtins.list[StoredBaby]:
        """Every profile exactly as stored, by id (what an export writes)."""
        rows = self._store.execute(f"SELECT {', '.join(BABY_COLUMNS)} FROM babies ORDER BY id").fetchall()
        return [StoredBaby(*r) for r in rows]
