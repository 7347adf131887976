"""Baby profiles in the store."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from touchtimer.core.ages import Baby
from touchtimer.core.store import Store


def add_baby(store: Store, name: str, born_on: date, due_on: date | None = None) -> Baby:
    name = name.strip()
    if not name:
        raise ValueError("a baby needs a name (a nickname is fine)")
    if due_on is not None and abs((due_on - born_on).days) > 26 * 7:
        raise ValueError("the due date should be within 26 weeks of the birth date")
    baby = Baby(str(uuid.uuid4()), name, born_on, due_on)
    save_baby(store, baby)
    return baby


def save_baby(store: Store, baby: Baby) -> None:
    with store.transaction() as con:
        con.execute(
            "INSERT INTO babies (id, name, born_on, due_on, created_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, born_on = excluded.born_on,"
            " due_on = excluded.due_on",
            (baby.id, baby.name, baby.born_on.isoformat(),
             baby.due_on.isoformat() if baby.due_on else None,
             datetime.now(UTC).isoformat(timespec="seconds")),
        )


def list_babies(store: Store) -> list[Baby]:
    rows = store.connection.execute(
        "SELECT id, name, born_on, due_on FROM babies ORDER BY born_on, name, id").fetchall()
    return [Baby(r["id"], r["name"], date.fromisoformat(r["born_on"]),
                 date.fromisoformat(r["due_on"]) if r["due_on"] else None) for r in rows]


def get_baby(store: Store, baby_id: str) -> Baby | None:
    return next((b for b in list_babies(store) if b.id == baby_id), None)


def delete_baby(store: Store, baby_id: str) -> None:
    """Remove a profile; the sessions stay, no longer linked to it."""
    with store.transaction() as con:
        con.execute("DELETE FROM babies WHERE id = ?", (baby_id,))
