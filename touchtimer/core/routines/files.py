"""Reading routine files (TOML) and checking them, with errors a person can act on.

Every problem names the file, the field path (``stages[2].prompts[0].at_seconds``), what is wrong and
what was expected. Unknown keys get a "did you mean" hint. A skin-to-skin routine must also carry
the safeguards of :mod:`touchtimer.core.routines.safeguards`. A bad file never stops the other
routines from loading: :func:`load_all` collects errors instead of raising.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from touchtimer.core.file_reading import PARSE_ERRORS, FileRefused, read_small_file
from touchtimer.core.i18n import QT_TRANSLATE_NOOP, Words, words
from touchtimer.core.routines.checker import (
    BENEFIT_KEYS,
    CUE_KEYS,
    FORMAT_VERSION,
    ID_PATTERN,
    PROMPT_KEYS,
    ROUTINE_KEYS,
    STAGE_KEYS,
    RoutineChecker,
)
from touchtimer.core.routines.fields import RoutineError
from touchtimer.core.routines.model import Routine
from touchtimer.core.routines.translations import localize

__all__ = [
    "BENEFIT_KEYS", "CUE_KEYS", "FORMAT_VERSION", "ID_PATTERN", "MAX_FILE_BYTES", "PROMPT_KEYS",
    "ROUTINE_KEYS", "STAGE_KEYS", "LoadResult", "RoutineError", "RoutineFileError", "builtin_routines",
    "load_all", "load_routine_file", "parse_routine",
]

#: Routine files larger than this are refused before parsing.
MAX_FILE_BYTES = 1024 * 1024
_NOT_THERE = QT_TRANSLATE_NOOP("RoutineFile", "does not exist")
_UNREADABLE = QT_TRANSLATE_NOOP("RoutineFile", "cannot be read ({reason})")
_BAD_NAME = QT_TRANSLATE_NOOP("RoutineFile", "is not a usable file name")


def _size_limit() -> Words:
    return words(QT_TRANSLATE_NOOP("RoutineFile", "1 MiB ({bytes} bytes)"), bytes=f"{MAX_FILE_BYTES:,}")


class RoutineFileError(Exception):
    """A routine file could not be read; ``errors`` lists every problem found."""

    def __init__(self, errors: list[RoutineError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


@dataclass
class LoadResult:
    """Routines that loaded, and the problems with those that did not."""

    routines: list[Routine] = field(default_factory=list)
    errors: list[RoutineError] = field(default_factory=list)

    def by_id(self, routine_id: str) -> Routine | None:
        return next((r for r in self.routines if r.id == routine_id), None)


def parse_routine(data: bytes | str, *, file: str, source: str | None = None) -> Routine:
    """Parse one routine document; raise :class:`RoutineFileError` listing every problem."""
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise RoutineFileError([RoutineError(file, "", words(QT_TRANSLATE_NOOP(
                "RoutineFile", "is {size} bytes; a routine file must be at most {limit}"),
                size=f"{len(data):,}", limit=_size_limit()))])
        try:
            data = data.decode("utf-8-sig")  # a byte-order mark (some Windows editors) is fine
        except UnicodeDecodeError:
            raise RoutineFileError([RoutineError(file, "", QT_TRANSLATE_NOOP(
                "RoutineFile", "is not a text file; expected a TOML routine file in UTF-8"))]) from None
    if not data.strip():
        raise RoutineFileError([RoutineError(file, "", QT_TRANSLATE_NOOP(
            "RoutineFile", "is empty; expected a TOML routine file (see docs/routine-format.md)"))])
    if "\x00" in data:
        raise RoutineFileError([RoutineError(file, "", QT_TRANSLATE_NOOP(
            "RoutineFile", "is not a text file; expected a TOML routine file"))])
    try:
        doc = tomllib.loads(data)
    except tomllib.TOMLDecodeError as exc:
        raise RoutineFileError([RoutineError(file, "", words(QT_TRANSLATE_NOOP(
            "RoutineFile", "is not valid TOML: {reason}"), reason=str(exc)))]) from None
    except PARSE_ERRORS:
        raise RoutineFileError([RoutineError(file, "", QT_TRANSLATE_NOOP(
            "RoutineFile", "is nested too deeply (lists or tables inside each other hundreds of times); "
            "a routine file is not"))]) from None
    checker = RoutineChecker(file)
    routine = checker.routine(doc, source if source is not None else file)
    if routine is None:
        raise RoutineFileError(checker.errors)
    return routine


def load_routine_file(path: Path, *, only_regular: bool = False) -> Routine:
    """Read and check one routine file from disk (or a pipe, such as ``/dev/stdin``, for ``check``).

    ``only_regular``: refuse anything but an ordinary file (a FIFO, a device, a socket), as start-up
    and importing into the routines folder do: nothing there may block or exhaust touchtimer.
    """
    def fail(message: Words) -> RoutineFileError:
        return RoutineFileError([RoutineError(str(path), "", message)])

    if only_regular:
        try:
            return parse_routine(read_small_file(path, MAX_FILE_BYTES), file=str(path), source=str(path))
        except FileNotFoundError:
            raise fail(_NOT_THERE) from None
        except FileRefused as exc:
            raise fail(words(QT_TRANSLATE_NOOP(
                "RoutineFile", "cannot be used: {reason}; a routine file is an ordinary file of at most "
                "{limit}"),
                reason=exc.reason, limit=_size_limit())) from None
        except OSError as exc:
            raise fail(words(_UNREADABLE, reason=exc.strerror or str(exc))) from None
        except ValueError:
            raise RoutineFileError([RoutineError(repr(str(path)), "", _BAD_NAME)]) from None
    try:
        # At most one byte past the limit is read, so that a huge file is never loaded whole and
        # a device that never ends (/dev/zero) cannot fill the memory.
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise fail(_NOT_THERE) from None
    except IsADirectoryError:
        raise fail(QT_TRANSLATE_NOOP("RoutineFile", "is a folder; expected a file")) from None
    except OSError as exc:
        raise fail(words(_UNREADABLE, reason=exc.strerror or str(exc))) from None
    except ValueError:      # a name no file can have (a NUL byte in it)
        raise RoutineFileError([RoutineError(repr(str(path)), "", _BAD_NAME)]) from None
    if len(data) > MAX_FILE_BYTES:
        raise fail(words(QT_TRANSLATE_NOOP(
            "RoutineFile", "is more than 1 MiB; a routine file must be at most {limit}"),
            limit=_size_limit()))
    return parse_routine(data, file=str(path), source=str(path))


def builtin_routines() -> LoadResult:
    """The routines shipped inside the package."""
    result = LoadResult()
    folder = resources.files("touchtimer") / "routines"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        try:
            result.routines.append(parse_routine(entry.read_bytes(), file=f"builtin:{entry.name}",
                                                 source="builtin"))
        except RoutineFileError as exc:
            result.errors.extend(exc.errors)
    return result


def load_all(user_dir: Path | None, language: str = "en") -> LoadResult:
    """Built-in routines, then the user's own from ``user_dir``; a bad file never stops the rest.

    A user routine whose id is already taken is refused with an error naming the other file. Each
    routine is given in ``language`` where its file carries a complete translation into it.
    """
    result = _load_all(user_dir)
    result.routines = [localize(routine, language) for routine in result.routines]
    return result


def _load_all(user_dir: Path | None) -> LoadResult:
    result = builtin_routines()
    if user_dir is None or not user_dir.is_dir():
        return result
    taken = {r.id: r.source for r in result.routines}
    try:
        files = sorted(p for p in user_dir.iterdir() if p.suffix == ".toml")
    except OSError as exc:
        result.errors.append(RoutineError(str(user_dir), "", words(_UNREADABLE, reason=str(exc.strerror))))
        return result
    for path in files:
        try:
            routine = load_routine_file(path, only_regular=True)
        except RoutineFileError as exc:
            result.errors.extend(exc.errors)
            continue
        if routine.id in taken:
            other = QT_TRANSLATE_NOOP("RoutineFile", "a built-in routine") if taken[routine.id] == "builtin" \
                else taken[routine.id]
            result.errors.append(RoutineError(str(path), "id", words(QT_TRANSLATE_NOOP(
                "RoutineFile", "'{id}' is already used by {other}; expected an id of its own"),
                id=routine.id, other=other)))
            continue
        taken[routine.id] = routine.source
        result.routines.append(routine)
    return result
