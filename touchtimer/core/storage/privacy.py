""""Delete all my data": what it removes, decided here once, and the removal itself.

**All my data** means every record touchtimer keeps about the parent and baby: the database (every
session, note, mood and baby profile) with its ``-wal``/``-shm``/``-journal`` files, every backup
(daily and before-migration copies in ``backups/``), every copy of a damaged database
(``*.damaged-*``) and every set kept aside before a left-over ``-wal`` or ``-journal`` was dealt
with (``*.kept-*``, see ``leftovers.py``), which hold the same kind of records. The person's own
routine files are removed only when they ask for it too (``include_routines``): they describe a
routine, not the baby, and may be the only copy of something they wrote. Settings (theme, voice,
sounds) hold nothing personal and are kept. Files the person saved or exported elsewhere are theirs
and are not touched.

Nothing is removed without ``confirm=True``; the window asks first and offers an export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from touchtimer.core.paths import DB_FILENAME, backups_dir, database_path, routines_dir
from touchtimer.core.storage.store import Store

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class DeletionPlan:
    data_dir: Path
    files: tuple[Path, ...]
    include_routines: bool


@dataclass
class DeletionReport:
    removed: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.failed


def plan_deletion(data_dir: Path, *, include_routines: bool = False) -> DeletionPlan:
    """Every file "delete all my data" would remove, without removing anything."""
    found: list[Path] = []
    db = database_path(data_dir)
    for candidate in [db, *(db.with_name(db.name + s) for s in SIDE_SUFFIXES)]:
        if candidate.is_file():
            found.append(candidate)
    if data_dir.is_dir():
        found += sorted(p for p in data_dir.iterdir()
                        if p.is_file() and p.name.startswith((f"{DB_FILENAME}.damaged-",
                                                              f"{DB_FILENAME}.kept-")))
    folder = backups_dir(data_dir)
    if folder.is_dir():
        found += sorted(p for p in folder.rglob("*") if p.is_file())
    if include_routines and routines_dir(data_dir).is_dir():
        found += sorted(p for p in routines_dir(data_dir).iterdir()
                        if p.is_file() and p.suffix == ".toml")
    return DeletionPlan(data_dir, tuple(found), include_routines)


def delete_all_data(data_dir: Path, *, confirm: bool, include_routines: bool = False,
                    store: Store | None = None) -> DeletionReport:
    """Remove everything :func:`plan_deletion` lists. ``confirm`` must be ``True``.

    ``store`` (the open store, if any) is closed first. Afterwards the app opens a fresh, empty
    store as at a first start. A file that cannot be removed is reported, never skipped silently.
    """
    if confirm is not True:
        raise ValueError("deleting all data needs confirm=True: the person must have said yes")
    if store is not None:
        store.close()
    report = DeletionReport()
    for path in plan_deletion(data_dir, include_routines=include_routines).files:
        try:
            path.unlink()
            report.removed.append(path)
        except FileNotFoundError:
            continue
        except OSError as exc:
            report.failed.append((path, exc.strerror or str(exc)))
    folder = backups_dir(data_dir)
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    return report
