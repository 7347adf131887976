"""Stamps for shared changes: a hybrid logical clock, and recording local edits for sharing.

Every shared field of every entity (a session's note, a baby's name, ...) carries the :class:`Stamp`
of the change that holds it now. A stamp is ``(wall, counter, device)``: wall-clock milliseconds, a
counter, and the device that made the change; stamps compare in that order, so any two laptops
agree which of two changes is later, and the device id breaks exact ties.

The wall part comes from a hybrid logical clock (Kulkarni et al., 2014): it never goes back, and
it moves past every stamp this laptop has read from another one. So an edit made after reading the
other laptop's changes is always later than them, even when this laptop's clock is hours behind;
clocks that disagree can only decide between edits made without seeing each other.

Sharing is switched on for a store by its first exchange (:meth:`LocalChanges.activate`). Until
then local edits record nothing; the first exchange offers everything already stored (the
"catch-up"). From then on every local write records its stamps and an outbox entry in the *same
transaction* as the edit, so no edit can be lost between saving it and the next exchange.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from touchtimer.core.storage.store import Store

#: The per-device values kept in ``device_meta``.
DEVICE_KEY = "device"
HLC_KEY = "hlc"
CATCH_UP_KEY = "catch_up"
LAST_CAREGIVERS_KEY = "last_caregivers"
NEXT_SEGMENT_KEY = "next_segment"
DEVICE_NAME_KEY = "device_name"


@dataclass(frozen=True, order=True)
class Stamp:
    """When a shared change was made: ``wall`` ms, ``counter``, and the ``device`` that made it."""

    wall: int
    counter: int
    device: str

    def to_json(self) -> list[Any]:
        return [self.wall, self.counter, self.device]

    @classmethod
    def from_json(cls, raw: Any) -> Stamp:
        """A stamp from ``[wall, counter, device]``; raises ``ValueError`` for anything else."""
        if (isinstance(raw, list) and len(raw) == 3 and all(type(x) is int for x in raw[:2])
                and isinstance(raw[2], str) and 0 <= raw[0] < 2**53 and 0 <= raw[1] < 2**31
                and 0 < len(raw[2]) <= 64):
            return cls(raw[0], raw[1], raw[2])
        raise ValueError(f"not a stamp: {json.dumps(raw)[:60]}")


def wall_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


class LocalChanges:
    """``store.local``: this laptop's device id, its clock, and local edits recorded for sharing.

    Only the storage package calls :meth:`record`, from inside a write's transaction.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        #: The wall clock the logical clock reads (tests give each laptop its own, hours apart).
        self.wall: Callable[[], datetime] = lambda: datetime.now(UTC)

    # -- the per-device table ----------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self._store.execute("SELECT value FROM device_meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def remember(self, key: str, value: str) -> None:
        """Keep one per-device value, in a transaction of its own."""
        with self._store.transaction():
            self.set_meta(key, value)

    def set_meta(self, key: str, value: str) -> None:
        """Storage only, inside a transaction."""
        self._store.execute("INSERT INTO device_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
                            " SET value = excluded.value", (key, value))

    @property
    def device_id(self) -> str | None:
        """This laptop's id once sharing is switched on, else ``None``."""
        return self.meta(DEVICE_KEY)

    def activate(self) -> str:
        """Switch sharing on (once): make this laptop's device id and offer everything stored."""
        existing = self.device_id
        if existing is not None:
            return existing
        device = str(uuid.uuid4())
        with self._store.transaction():
            if self.device_id is None:
                self.set_meta(DEVICE_KEY, device)
                self.set_meta(CATCH_UP_KEY, "1")
        return self.device_id or device

    # -- the clock -------------------------------------------------------------------------------------

    def _clock(self) -> tuple[int, int]:
        raw = self.meta(HLC_KEY)
        if raw:
            wall, _, counter = raw.partition(":")
            if wall.isdigit() and counter.isdigit():
                return int(wall), int(counter)
        return 0, 0

    def next_stamp(self, device: str) -> Stamp:
        """A new stamp for a local change, later than every stamp made or read here (in a transaction)."""
        last, counter = self._clock()
        now = wall_ms(self.wall())
        if now > last:
            last, counter = now, 0
        else:
            counter += 1
        self.set_meta(HLC_KEY, f"{last}:{counter}")
        return Stamp(last, counter, device)

    def observe(self, stamps: Iterable[Stamp]) -> None:
        """Move the clock past ``stamps`` read from another laptop (in a transaction)."""
        latest = max(stamps, default=None)
        if latest is None:
            return
        last, counter = self._clock()
        if (latest.wall, latest.counter) > (last, counter):
            self.set_meta(HLC_KEY, f"{latest.wall}:{latest.counter}")

    # -- recording local edits ---------------------------------------------------------------------

    def record(self, kind: str, entity_id: str, fields: Iterable[str], all_fields: Iterable[str]) -> None:
        """Record a local edit of ``fields`` of one entity for sharing; nothing while sharing is off.

        An entity the other laptops have never been told about (no stamp yet) is recorded whole
        (``all_fields``), so the change that reaches them always creates it.
        """
        device = self.device_id
        if device is None:
            return
        store = self._store
        wanted = list(fields)
        if not wanted:
            return
        known = store.execute("SELECT 1 FROM sync_stamps WHERE kind = ? AND id = ? LIMIT 1",
                              (kind, entity_id)).fetchone()
        if known is None:
            wanted = list(all_fields)
        stamp = self.next_stamp(device)
        rows = [(kind, entity_id, f, stamp.wall, stamp.counter, device) for f in wanted]
        store.executemany("INSERT INTO sync_stamps (kind, id, field, wall, counter, device) VALUES"
                          " (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, id, field) DO UPDATE SET"
                          " wall = excluded.wall, counter = excluded.counter, device = excluded.device", rows)
        store.executemany("INSERT OR REPLACE INTO sync_outbox (kind, id, field, wall, counter)"
                          " VALUES (?, ?, ?, ?, ?)", [r[:5] for r in rows])
        # A newer local edit settles an earlier difference with the other laptop.
        store.executemany("DELETE FROM sync_conflicts WHERE kind = ? AND id = ? AND field = ?",
                          [r[:3] for r in rows])

    def record_deletion(self, kind: str, entity_id: str) -> None:
        """Record that an entity was deleted here: its tombstone (a deleted entity never comes back)."""
        device = self.device_id
        if device is None:
            return
        store = self._store
        # Kept even for an entity never shared: a copy that reaches us later must not bring it back.
        stamp = self.next_stamp(device)
        store.execute("DELETE FROM sync_stamps WHERE kind = ? AND id = ?", (kind, entity_id))
        store.execute("DELETE FROM sync_outbox WHERE kind = ? AND id = ?", (kind, entity_id))
        store.execute("DELETE FROM sync_conflicts WHERE kind = ? AND id = ?", (kind, entity_id))
        store.execute("INSERT INTO sync_stamps (kind, id, field, wall, counter, device)"
                      " VALUES (?, ?, 'deleted', ?, ?, ?)",
                      (kind, entity_id, stamp.wall, stamp.counter, device))
        store.execute("INSERT INTO sync_outbox (kind, id, field, wall, counter)"
                      " VALUES (?, ?, 'deleted', ?, ?)", (kind, entity_id, stamp.wall, stamp.counter))

    def undo_deletion(self, kind: str, entity_id: str) -> bool:
        """Lift this laptop's own tombstone of ``entity_id`` if it has not left the laptop yet (an
        undo soon after deleting); ``False`` when it has been shared or came from another laptop."""
        store = self._store
        pending = store.execute("SELECT 1 FROM sync_outbox WHERE kind = ? AND id = ? AND field = 'deleted'",
                                (kind, entity_id)).fetchone()
        if pending is None:
            return False
        store.execute("DELETE FROM sync_outbox WHERE kind = ? AND id = ?", (kind, entity_id))
        store.execute("DELETE FROM sync_stamps WHERE kind = ? AND id = ?", (kind, entity_id))
        return True

    def deleted(self, kind: str, entity_id: str) -> bool:
        """Whether ``entity_id`` was deleted here or on another laptop (it has a tombstone)."""
        return self._store.execute(
            "SELECT 1 FROM sync_stamps WHERE kind = ? AND id = ? AND field = 'deleted'",
            (kind, entity_id)).fetchone() is not None
