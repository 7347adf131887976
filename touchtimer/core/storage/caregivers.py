"""``store.caregivers``: the people who do sessions ("Mum", "Dad", "Grandma"), and this laptop's default.

Names are the parent's own; ``mother`` marks the baby's mother (kangaroo-care units report her time
apart). Removing a caregiver keeps the sessions (no longer linked to them). The default caregivers of a
new session are those of the last session saved on this laptop (kept per device, never shared).
"""

from __future__ import annotations

import builtins
import json
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from touchtimer.core.session.record import Caregiver
from touchtimer.core.storage.changes import Changes
from touchtimer.core.storage.rows import CAREGIVER_COLUMNS, caregiver_from_row, caregiver_values, iso
from touchtimer.core.storage.shared_fields import CAREGIVER_FIELDS, caregiver_fields
from touchtimer.core.storage.stamps import LAST_CAREGIVERS_KEY

if TYPE_CHECKING:
    from touchtimer.core.storage.store import Store

MAX_NAME_LENGTH = 80
_UPSERT = (f"INSERT INTO caregivers ({', '.join(CAREGIVER_COLUMNS)}) VALUES (?, ?, ?, ?)"
           " ON CONFLICT (id) DO UPDATE SET name = excluded.name, mother = excluded.mother")


class CaregiverError(ValueError):
    """A caregiver that cannot be saved; the message says why in plain words."""


class CaregiverRepository:
    """``store.caregivers``."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, name: str, *, mother: bool = False) -> Caregiver:
        """Check and add a caregiver; raises :class:`CaregiverError` for an empty or too long name."""
        caregiver = Caregiver(str(uuid.uuid4()), _checked(name), mother)
        caregiver = replace(caregiver, id=self.save(caregiver))
        return caregiver

    def rename(self, caregiver_id: str, name: str, *, mother: bool | None = None) -> None:
        """Change a caregiver's name (and whether they are the baby's mother)."""
        found = self.get(caregiver_id)
        if found is None:
            return
        self.save(Caregiver(caregiver_id, _checked(name), found.mother if mother is None else mother))

    def save(self, caregiver: Caregiver, *, created_at: str | None = None) -> str:
        """Insert or update one caregiver as it is; returns the id it was saved under (new only for one
        already removed on another laptop). ``created_at`` is kept for a new one; by default, now."""
        local = self._store.local
        with self._store.writing(Changes(sessions=True)):
            gone = local.deleted("caregiver", caregiver.id)
            if gone and not local.undo_deletion("caregiver", caregiver.id):
                caregiver = replace(caregiver, id=str(uuid.uuid4()))
            row = self._store.execute("SELECT created_at FROM caregivers WHERE id = ?",
                                      (caregiver.id,)).fetchone()
            before = self.get(caregiver.id)
            created = str(row[0]) if row is not None else (created_at or iso(datetime.now(UTC)))
            old = caregiver_fields(before, created) if before is not None else {}
            self._write(caregiver, created)
            new = caregiver_fields(caregiver, created)
            changed = [f for f in CAREGIVER_FIELDS if old.get(f, ...) != new[f]]
            local.record("caregiver", caregiver.id, changed, CAREGIVER_FIELDS)
        return caregiver.id

    def _write(self, caregiver: Caregiver, created_at: str) -> None:
        """Storage only, in a transaction."""
        self._store.execute(_UPSERT, caregiver_values(caregiver, created_at))

    def delete(self, caregiver_id: str) -> None:
        """Remove a caregiver; their sessions stay (no longer naming them). Shared once sharing is on."""
        with self._store.writing(Changes(sessions=True)):
            self._store.execute("DELETE FROM caregivers WHERE id = ?", (caregiver_id,))
            self._store.local.record_deletion("caregiver", caregiver_id)

    def get(self, caregiver_id: str) -> Caregiver | None:
        row = self._store.execute("SELECT id, name, mother FROM caregivers WHERE id = ?",
                                  (caregiver_id,)).fetchone()
        return None if row is None else caregiver_from_row(row)

    def list(self) -> builtins.list[Caregiver]:
        """Every caregiver, by name."""
        rows = self._store.execute("SELECT id, name, mother FROM caregivers").fetchall()
        return sorted((caregiver_from_row(r) for r in rows), key=lambda c: (c.name.casefold(), c.id))

    def stored(self) -> builtins.list[tuple[str, str, bool, str]]:
        """Every caregiver as stored, by id: ``(id, name, mother, created_at)`` (what an export writes)."""
        rows = self._store.execute(f"SELECT {', '.join(CAREGIVER_COLUMNS)} FROM caregivers ORDER BY id")
        return [(r[0], r[1], bool(r[2]), r[3]) for r in rows]

    def default_ids(self) -> builtins.list[str]:
        """The caregivers of the last session saved on this laptop that still exist: the default for
        the next session (empty when none was recorded)."""
        raw = self._store.local.meta(LAST_CAREGIVERS_KEY)
        try:
            wanted = json.loads(raw) if raw else []
        except ValueError:
            return []
        known = {c.id for c in self.list()}
        return [c for c in wanted if isinstance(c, str) and c in known] if isinstance(wanted, list) else []


def _checked(name: str) -> str:
    name = name.strip()
    if not name:
        raise CaregiverError("Please give a name (a nickname is fine, such as Mum or Grandma).")
    if len(name) > MAX_NAME_LENGTH:
        raise CaregiverError(f"The name is {len(name)} characters long; please keep it to {MAX_NAME_LENGTH}.")
    return name
