"""The parent's own routine files: copies of routines, saving, importing and exporting.

Built-in routines are read-only: changing one starts from a copy with an id of its own. Files are
written whole (to a temporary file, then moved into place) and never replace another routine's file
unless the caller says so.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from touchtimer.core.file_reading import read_small_file
from touchtimer.core.paths import ensure_private_dir
from touchtimer.core.routines.files import (
    ID_PATTERN,
    MAX_FILE_BYTES,
    RoutineError,
    RoutineFileError,
    load_routine_file,
    parse_routine,
)
from touchtimer.core.routines.model import Routine
from touchtimer.core.routines.translations import carried_over
from touchtimer.core.routines.writer import write_routine

MAX_ID_LENGTH = 64


class RoutineIdTaken(Exception):
    """An imported routine's id (or file name) is already in use; ``suggestion`` is a free one."""

    def __init__(self, routine: Routine, suggestion: str) -> None:
        super().__init__(f"the id '{routine.id}' is already used; '{suggestion}' is free")
        self.routine = routine
        self.suggestion = suggestion


def slug(text: str) -> str:
    """Lower-case letters, digits and single dashes, from any text ("" when nothing is left)."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return cleaned[:MAX_ID_LENGTH].strip("-")


def unique_id(base: str, taken: Iterable[str], routines_dir: Path | None = None) -> str:
    """``base`` made into a valid id not in ``taken`` (nor a file in ``routines_dir``): adds -2, -3..."""
    used = set(taken)
    stem = slug(base) or "my-routine"

    def free(candidate: str) -> bool:
        if candidate in used:
            return False
        return routines_dir is None or not routine_path(routines_dir, candidate).exists()

    if free(stem):
        return stem
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = stem[:MAX_ID_LENGTH - len(suffix)].rstrip("-") + suffix
        if free(candidate):
            return candidate
        n += 1


def copy_of(routine: Routine, taken: Iterable[str], title: str,
            routines_dir: Path | None = None) -> Routine:
    """A copy of ``routine`` with a free id "<id>-mine" (or -mine-2, ...) and the given title.

    A routine shown in a translation is copied as shown (in that language); the translations a copy
    carries lose the line of the old title (``translations.carried_over``)."""
    copy = replace(routine, id=unique_id(f"{routine.id}-mine", taken, routines_dir), title=title,
                   source="", original=None)
    return replace(copy, translations=carried_over(copy.translations, copy))


def is_builtin(routine: Routine) -> bool:
    return routine.source == "builtin"


def routine_path(routines_dir: Path, routine_id: str) -> Path:
    """Where a routine with this id is saved in the user routines folder."""
    return routines_dir / f"{routine_id}.toml"


def check_routine(routine: Routine, file: str = "routine") -> list[RoutineError]:
    """Every problem the real checker finds in the file this routine would be saved as."""
    try:
        parse_routine(write_routine(routine), file=file)
    except RoutineFileError as exc:
        return exc.errors
    except ValueError as exc:  # text that cannot be written at all
        return [RoutineError(file, "", str(exc))]
    return []


def _write_text(path: Path, text: str, *, replace_existing: bool) -> None:
    """Write ``text`` whole; without ``replace_existing``, fail with FileExistsError if ``path`` exists."""
    if not path.parent.exists():
        ensure_private_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if replace_existing:
            os.replace(tmp, path)
            return
        try:
            os.link(tmp, path)  # atomic, and refuses to replace an existing file
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links
            if path.exists():
                raise FileExistsError(str(path)) from None
            os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def save_routine(routine: Routine, routines_dir: Path, *, replace_existing: bool = False) -> Path:
    """Check and save ``routine`` as ``<id>.toml`` in ``routines_dir``; returns the file's path.

    Raises :class:`RoutineFileError` when the routine would not pass the checker, and
    FileExistsError when the file exists, unless ``replace_existing`` (or the file is the routine's
    own, named by its ``source``).
    """
    if is_builtin(routine):
        raise ValueError("built-in routines are read-only; save a copy with an id of its own")
    text = write_routine(routine)
    path = routine_path(routines_dir, routine.id)
    parse_routine(text, file=str(path))
    own = bool(routine.source) and Path(routine.source) == path
    ensure_private_dir(routines_dir)
    _write_text(path, text, replace_existing=replace_existing or own)
    return path


def import_routine(source: Path, routines_dir: Path, taken: Iterable[str],
                   new_id: str | None = None) -> Path:
    """Check ``source`` and copy it into ``routines_dir``; returns the new file's path.

    Raises :class:`RoutineFileError` for a file that does not pass the checker, and
    :class:`RoutineIdTaken` (with a free id to offer) when its id is taken and no ``new_id`` is given.
    A file whose id is kept is copied byte for byte; with ``new_id`` it is written anew.
    """
    taken = set(taken)
    routine = load_routine_file(source, only_regular=True)
    wanted = new_id if new_id is not None else routine.id
    if not ID_PATTERN.match(wanted):
        raise RoutineFileError([RoutineError(str(source), "id", f"{wanted!r} is not a valid id; expected "
                                             "lower-case letters, digits and dashes")])
    path = routine_path(routines_dir, wanted)
    if wanted in taken or path.exists():
        raise RoutineIdTaken(routine, unique_id(wanted, taken, routines_dir))
    ensure_private_dir(routines_dir)
    if wanted == routine.id:
        try:
            text = read_small_file(source, MAX_FILE_BYTES).decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:          # it changed since it was checked
            raise RoutineFileError([RoutineError(str(source), "", f"cannot be read ({exc})")]) from None
        _write_text(path, text, replace_existing=False)
    else:
        _write_text(path, write_routine(replace(routine, id=wanted)), replace_existing=False)
    return path


def export_routine(routine: Routine, path: Path) -> Path:
    """Write ``routine`` as a TOML file at ``path`` (anywhere; replacing a file there)."""
    text = write_routine(routine)
    parse_routine(text, file=str(path))
    _write_text(path, text, replace_existing=True)
    return path
