"""``store.babies``: baby profiles. The checks a profile must pass live in ``core/babies/profiles.py``;
this only keeps them. Removing a profile keeps its sessions (no longer linked to it)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from touchtimer.core.babies.ages import Baby
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.rows import BABY_COLUMNS, StoredBaby, baby_from_row, baby_values

if TYPE_CHECKING:
    from touchtimer.core.storage.store import Store

_UPSERT = (f"INSERT INTO babies ({', '.join(BABY_COLUMNS)}) VALUES ({', '.join('?' * len(BABY_COLUMNS))})"
           " ON CONFLICT (id) DO UPDATE SET name = excluded.name, born_on = excluded.born_on,"
           " due_on = excluded.due_on")


class BabyRepository:
    """``store.babies``."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, baby: Baby, *, created_at: str) -> None:
        """Insert or update one profile as it is (no checks: see ``profiles.add_baby``).

        ``created_at`` (ISO text, from the caller's clock) is kept for a new profile only.
        """
        with self._store.writing(Changes(babies=True)):
            self._store.execute(_UPSERT, baby_values(baby, created_at))

    def delete(self, baby_id: str) -> None:
        """Remove a profile; its sessions stay, no longer linked to it (still linked to a twin)."""
        with self._store.writing(Changes(babies=True, sessions=True)):
            self._store.execute("DELETE FROM babies WHERE id = ?", (baby_id,))

    def list(self) -> builtins.list[Baby]:
        """Every profile, oldest baby first."""
        rows = self._store.execute(
            "SELECT id, name, born_on, due_on FROM babies ORDER BY born_on, name, id").fetchall()
        return [baby_from_row(r) for r in rows]

    def stored(self) -> builtins.list[StoredBaby]:
        """Every profile exactly as stored, by id (what an export writes)."""
        rows = self._store.execute(f"SELECT {', '.join(BABY_COLUMNS)} FROM babies ORDER BY id").fetchall()
        return [StoredBaby(*r) for r in rows]
