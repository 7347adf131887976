"""The numbered migrations and running them: ``migrations/NNNN_name.sql``, read with
``importlib.resources``; an existing database is copied aside (``backups/``) before any runs."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.paths import ensure_private_dir
from touchtimer.core.storage.atomic_file import ensure_private_file

MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


class NewerSchema(Exception):
    """The file was written by a newer touchtimer; the message says so in plain words."""


class AbsurdSchema(Exception):
    """The file's schema version is one no touchtimer ever wrote (a damaged header): damage."""


#: A file up to this many schema versions ahead is a newer touchtimer's ("please update"); beyond
#: that the number is damage (one flipped byte in the header makes 3 into 16,777,219).
MAX_NEWER = 1000


def migrations() -> list[Migration]:
    """Every migration shipped with the package, in order."""
    folder = resources.files("touchtimer.core.storage") / "migrations"
    found: list[Migration] = []
    for entry in folder.iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration {migration.name} is out of sequence; expected {expected}")
    return found


def schema_version() -> int:
    return len(migrations())


def _free_name(folder: Path, base: str) -> Path:
    """``folder/base``, or ``base-2``, ``base-3``... if that is taken: never overwrite a copy."""
    target, n = folder / base, 1
    while target.exists() or target.with_name(target.name + ".partial").exists():
        n += 1
        target = folder / f"{base}-{n}"
    return target


def _copy_aside(con: sqlite3.Connection, path: Path, version: int, now: datetime | None) -> Path:
    """Copy the database into ``backups/`` before a migration, with SQLite's backup API.

    The backup API (not a file copy) so that sessions still in the ``-wal`` file (after a crash)
    are in the copy too; the copy is private (0600) in a private folder, written under a temporary
    name and renamed, so a half-written copy never looks like a good one. Its name carries ``now``
    (the opener's clock) when given, else a number: storage never reads the clock itself.
    """
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") if now is not None else "1"
    folder = ensure_private_dir(path.parent / "backups")
    target = _free_name(folder, f"{path.name}.before-v{version + 1}-{stamp}")
    partial = target.with_name(target.name + ".partial")
    ensure_private_file(partial)
    dest = sqlite3.connect(str(partial))
    try:
        con.backup(dest)
    finally:
        dest.close()
    os.replace(partial, target)
    return target


def _has_content(con: sqlite3.Connection) -> bool:
    return int(con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]) > 0


def migrate(con: sqlite3.Connection, path: Path | None, steps: Sequence[Migration],
            now: datetime | None = None) -> None:
    """Bring the file up to ``steps``; raises :class:`NewerSchema` for a newer file (and
    :class:`AbsurdSchema` for a version no touchtimer ever wrote: that is damage)."""
    current = int(con.execute("PRAGMA user_version").fetchone()[0])
    latest = len(steps)
    if current < 0 or current > latest + MAX_NEWER:
        raise AbsurdSchema(words(QT_TRANSLATE_NOOP(
            "Storage", "its schema version ({version}) is not one any touchtimer writes"), version=current))
    if current > latest:
        raise NewerSchema(words(QT_TRANSLATE_NOOP(
            "Storage", "this data was written by a newer touchtimer (schema {version}); this version reads "
            "up to schema {latest}. Please update touchtimer."), version=current, latest=latest))
    if current == latest:
        return
    # Anything already in the file (even at version 0) is copied aside before it is changed.
    if path is not None and (current > 0 or _has_content(con)):
        _copy_aside(con, path, current, now)
    for migration in steps[current:]:
        try:
            con.executescript(f"BEGIN IMMEDIATE;\n{migration.sql}\n"
                              f"PRAGMA user_version = {migration.version};\nCOMMIT;")
        except sqlite3.Error:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
