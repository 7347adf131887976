"""A rolling daily backup of the store, made with SQLite's backup API.

:func:`daily_backup` is called by the app once the window is on screen (never before the first
paint): at most one backup per local day, kept as ``backups/touchtimer-YYYY-MM-DD.sqlite3``, and
:data:`KEEP_DAILY` kept. The copies made before a migration (``*.before-vN-*``, see
``migrations._copy_aside``) are separate and never pruned here.

Pruning trusts the clock only as far as it must (:func:`to_keep`): today's backup (the one just
made) is always kept, backups dated in the future (made while the clock was set ahead) go first,
and no more than ``len - keep`` are ever removed, so a clock set wrong either way never empties the
set and never deletes a backup as soon as it is made.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from touchtimer.core.paths import backups_dir, ensure_private_dir
from touchtimer.core.storage.atomic_file import ensure_private_file
from touchtimer.core.storage.store import Store

KEEP_DAILY = 7
DAILY_NAME = re.compile(r"^touchtimer-(\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class BackupResult:
    path: Path | None = None          # the backup made now, if one was
    removed: tuple[Path, ...] = ()    # older daily backups pruned
    problem: str = ""                 # plain words, if the backup could not be made


def daily_backups(folder: Path) -> list[Path]:
    """The daily backups in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if DAILY_NAME.match(p.name))


def _day(path: Path) -> date | None:
    match = DAILY_NAME.match(path.name)
    try:
        return date.fromisoformat(match.group(1)) if match else None
    except ValueError:
        return None


def to_keep(backups: list[Path], today: date, keep: int = KEEP_DAILY) -> list[Path]:
    """Which of ``backups`` to keep: today's, then the newest of those dated up to today, then
    (only if there is still room) those dated after today, which a clock set ahead made."""
    keep = max(keep, 1)
    dated = [(d, p) for p in backups if (d := _day(p)) is not None]
    todays = [p for d, p in dated if d == today]
    past = [p for d, p in sorted(dated, reverse=True) if d < today]
    future = [p for d, p in sorted(dated, reverse=True) if d > today]
    undated = [p for p in backups if _day(p) is None]        # a name no day has: never removed here
    return (todays + past + future)[:keep] + undated


def daily_backup(store: Store, today: date, *, keep: int = KEEP_DAILY) -> BackupResult:
    """Back ``store`` up once for ``today`` (the local date) and keep the newest ``keep``."""
    if store.path is None:
        return BackupResult()
    try:
        folder = ensure_private_dir(backups_dir(store.path.parent))
        target = folder / f"touchtimer-{today.isoformat()}.sqlite3"
        made: Path | None = None
        if not target.exists():
            partial = target.with_name(target.name + ".partial")
            partial.unlink(missing_ok=True)
            ensure_private_file(partial)
            store.copy_into(partial)
            os.replace(partial, target)
            made = target
        removed = []
        kept = set(to_keep(daily_backups(folder), today, keep))
        for old in daily_backups(folder):
            if old not in kept:
                old.unlink()
                removed.append(old)
        return BackupResult(made, tuple(removed))
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        return BackupResult(problem=f"today's backup could not be made ({reason}); your sessions "
                                    "themselves are not affected")
