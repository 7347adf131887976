"""Reading routine files (TOML) and checking them, with errors a person can act on.

Every problem names the file, the field path (``stages[2].prompts[0].at_seconds``), what is wrong and
what was expected. Unknown keys get a "did you mean" hint. A skin-to-skin routine must also carry
the safeguards of :mod:`touchtimer.core.routines.safeguards`. A bad file never stops the other
routines from loading: :func:`load_all` collects errors instead of raising.
"""

from __future__ import annotations

import difflib
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast

from touchtimer.core.file_reading import PARSE_ERRORS, FileRefused, read_small_file
from touchtimer.core.limits import TITLE_CHARS
from touchtimer.core.routines.model import (
    CERTAINTIES,
    KINDS,
    MAX_AGE_WEEKS,
    PROMPT_KINDS,
    SIDES,
    BenefitNote,
    Certainty,
    Cues,
    Kind,
    Prompt,
    PromptKind,
    Routine,
    Side,
    Stage,
)
from touchtimer.core.routines.safeguards import safeguard_problems
from touchtimer.core.routines.translations import LANGUAGE_CODE, check_translations, localize

#: Routine files larger than this are refused before parsing.
MAX_FILE_BYTES = 1024 * 1024
_SIZE_LIMIT = f"1 MiB ({MAX_FILE_BYTES:,} bytes)"
FORMAT_VERSION = 1
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")

ROUTINE_KEYS = (
    "format", "id", "title", "kind", "summary", "min_age_weeks", "max_age_weeks", "preterm",
    "care_team", "partners", "preparation", "safety", "when_not_to", "benefits", "cues", "stages",
    "language", "translations",
)
STAGE_KEYS = (
    "title", "instruction", "spoken", "minutes", "seconds", "open_ended", "target_minutes",
    "side", "placing", "prompts", "benefits",
)
PROMPT_KEYS = ("text", "spoken", "kind", "at_seconds", "at_minutes", "every_seconds", "every_minutes")
BENEFIT_KEYS = ("text", "source", "certainty")
CUE_KEYS = ("engaged", "pause", "stop")


@dataclass(frozen=True)
class RoutineError:
    """One problem in one routine file."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


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


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, str):
        return f"text ({value[:40]!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


#: Text keys that must stay on one line (an id, a title, a source); other text may hold line breaks and tabs.
ONE_LINE_KEYS = frozenset({"id", "title", "source"})

Unit = Literal["seconds", "minutes", "weeks"]


def _control_character(text: str, *, one_line: bool) -> str:
    """A message for the first control character in ``text`` (NUL, bell, escape...), or ``""``.

    Line breaks and tabs are fine in longer text; a one-line field refuses them too.
    """
    allowed = "" if one_line else "\n\t"
    for i, char in enumerate(text):
        if unicodedata.category(char) == "Cc" and char not in allowed:
            name = {"\n": "a line break", "\t": "a tab"}.get(char, f"the control character U+{ord(char):04X}")
            if one_line:
                return f"contains {name} at character {i + 1}; expected one line of plain text"
            return (f"contains {name} at character {i + 1}; expected plain text "
                    "(line breaks and tabs are fine)")
    return ""


def _bound(value: float, unit: Unit) -> str:
    """A range end as a person reads it: "1 second (0.02)", "24 hours (1440)", "2 years (104)", "0"."""
    figure = f"{value:g}" if value == int(value) else f"{value:.2f}"
    seconds = value * 60 if unit == "minutes" else value if unit == "seconds" else None
    words = ""
    if unit == "minutes" and 0 < value < 1:
        words = f"{round(value * 60)} second" + ("" if round(value * 60) == 1 else "s")
    elif seconds is not None and seconds >= 3600 and seconds % 3600 == 0:
        hours = int(seconds // 3600)
        words = f"{hours} hour" + ("" if hours == 1 else "s")
    elif unit == "weeks" and value >= 52 and value % 52 == 0:
        years = int(value // 52)
        words = f"{years} year" + ("" if years == 1 else "s")
    return f"{words} ({figure})" if words else figure


class _Checker:
    """Walks one parsed TOML document, collecting errors as it builds the routine."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[RoutineError] = []

    def error(self, path: str, message: str) -> None:
        self.errors.append(RoutineError(self.file, path, message))

    def unknown_keys(self, table: dict[str, Any], allowed: Iterable[str], path: str) -> None:
        allowed = list(allowed)
        for key in table:
            if key in allowed:
                continue
            where = f"{path}.{key}" if path else key
            hint = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            if hint:
                self.error(where, f"unknown key; did you mean '{hint[0]}'?")
            else:
                self.error(where, f"unknown key; expected one of: {', '.join(allowed)}")

    def text(self, table: dict[str, Any], key: str, path: str, *, required: bool = True) -> str | None:
        where = f"{path}.{key}" if path else key
        if key not in table:
            if required:
                self.error(where, "is missing; expected text")
            return None
        value = table[key]
        if not isinstance(value, str):
            self.error(where, f"expected text, got {_type_name(value)}")
            return None
        if not value.strip():
            self.error(where, "is empty; expected some text")
            return None
        if problem := _control_character(value, one_line=key in ONE_LINE_KEYS):
            self.error(where, problem)
            return None
        if key == "title" and len(value.strip()) > TITLE_CHARS:
            # A session keeps its routine's and stages' titles; one set of limits for all that is kept.
            self.error(where, f"is {len(value.strip()):,} characters long; a title can be at most "
                       f"{TITLE_CHARS} characters")
            return None
        return value.strip()

    def boolean(self, table: dict[str, Any], key: str, path: str) -> bool:
        where = f"{path}.{key}" if path else key
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.error(where, f"expected true or false, got {_type_name(value)}")
            return False
        return value

    def number(
        self, table: dict[str, Any], key: str, path: str, *, minimum: float, maximum: float,
        unit: Unit, integer: bool = False, required: bool = False,
    ) -> float | None:
        where = f"{path}.{key}" if path else key
        if key not in table:
            if required:
                self.error(where, "is missing; expected a number")
            return None
        value = table[key]
        wanted = "a whole number" if integer else "a number"
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(where, f"expected {wanted}, got {_type_name(value)}")
            return None
        if integer and not isinstance(value, int):
            self.error(where, f"expected a whole number, got {value!r}")
            return None
        if value != value or not minimum <= value <= maximum:  # NaN fails the first test
            self.error(where, f"{value!r} is out of range; expected {wanted} of {unit} "
                       f"from {_bound(minimum, unit)} to {_bound(maximum, unit)}")
            return None
        return float(value)

    def choice(self, table: dict[str, Any], key: str, path: str, options: tuple[str, ...],
               *, required: bool) -> str | None:
        where = f"{path}.{key}" if path else key
        if key not in table:
            if required:
                self.error(where, f"is missing; expected one of: {', '.join(options)}")
            return None
        value = table[key]
        if not isinstance(value, str) or value not in options:
            hint = ""
            if isinstance(value, str):
                close = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
                hint = f"; did you mean '{close[0]}'?" if close else ""
            self.error(where, f"got {_type_name(value)}; expected one of: {', '.join(options)}{hint}")
            return None
        return value

    def text_list(self, table: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        where = f"{path}.{key}" if path else key
        value = table.get(key, [])
        if not isinstance(value, list):
            self.error(where, f"expected a list of text, got {_type_name(value)}")
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.error(f"{where}[{i}]", f"expected non-empty text, got {_type_name(item)}")
            elif problem := _control_character(item, one_line=False):
                self.error(f"{where}[{i}]", problem)
            else:
                out.append(item.strip())
        return tuple(out)

    def tables(self, table: dict[str, Any], key: str, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
        where = f"{path}.{key}" if path else key
        value = table.get(key, [])
        if not isinstance(value, list):
            self.error(where, f"expected a list of tables ([[{where}]]), got {_type_name(value)}")
            return
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                self.error(f"{where}[{i}]", f"expected a table, got {_type_name(item)}")
                continue
            yield f"{where}[{i}]", item

    # -- the parts of a routine ------------------------------------------------------------

    def benefits(self, table: dict[str, Any], path: str) -> tuple[BenefitNote, ...]:
        notes: list[BenefitNote] = []
        for where, item in self.tables(table, "benefits", path):
            self.unknown_keys(item, BENEFIT_KEYS, where)
            text = self.text(item, "text", where)
            source = self.text(item, "source", where)
            certainty = self.choice(item, "certainty", where, CERTAINTIES, required=True)
            if text and source and certainty:
                notes.append(BenefitNote(text, source, cast(Certainty, certainty)))
        return tuple(notes)

    def prompt(self, item: dict[str, Any], where: str, stage_seconds: int | None) -> Prompt | None:
        self.unknown_keys(item, PROMPT_KEYS, where)
        text = self.text(item, "text", where)
        spoken = self.text(item, "spoken", where, required=False)
        kind = self.choice(item, "kind", where, PROMPT_KINDS, required=False) or "prompt"
        limit = 24 * 3600.0
        at_s = self.number(item, "at_seconds", where, minimum=0, maximum=limit, integer=True,
                           unit="seconds")
        at_m = self.number(item, "at_minutes", where, minimum=0, maximum=limit / 60, unit="minutes")
        ev_s = self.number(item, "every_seconds", where, minimum=1, maximum=limit, integer=True,
                           unit="seconds")
        ev_m = self.number(item, "every_minutes", where, minimum=1 / 60, maximum=limit / 60,
                           unit="minutes")
        given = [k for k in PROMPT_KEYS[3:] if k in item]
        if len(given) != 1:
            self.error(where, "needs exactly one of at_seconds, at_minutes, every_seconds, every_minutes"
                       + (f"; found {', '.join(given)}" if given else ""))
            return None
        at = at_s if at_s is not None else (round(at_m * 60) if at_m is not None else None)
        every = ev_s if ev_s is not None else (round(ev_m * 60) if ev_m is not None else None)
        if at is None and every is None:
            return None  # the bad value was reported above
        if stage_seconds is not None:
            first = at if at is not None else every
            assert first is not None
            if first >= stage_seconds:
                self.error(f"{where}.{given[0]}", f"falls at {int(first)} s, but the stage lasts only "
                           f"{stage_seconds} s; expected a time inside the stage")
                return None
        if text is None:
            return None
        return Prompt(
            text=text,
            at_seconds=int(at) if at is not None else None,
            every_seconds=max(1, int(every)) if every is not None else None,
            kind=cast(PromptKind, kind),
            spoken=spoken,
        )

    def stage(self, item: dict[str, Any], where: str) -> Stage | None:
        self.unknown_keys(item, STAGE_KEYS, where)
        title = self.text(item, "title", where)
        instruction = self.text(item, "instruction", where)
        spoken = self.text(item, "spoken", where, required=False)
        side = self.choice(item, "side", where, SIDES, required=False)
        day = 24 * 3600.0
        minutes = self.number(item, "minutes", where, minimum=1 / 60, maximum=day / 60, unit="minutes")
        seconds = self.number(item, "seconds", where, minimum=1, maximum=day, integer=True,
                              unit="seconds")
        open_ended = self.boolean(item, "open_ended", where)
        placing = self.boolean(item, "placing", where)
        target = self.number(item, "target_minutes", where, minimum=1 / 60, maximum=day / 60,
                             unit="minutes")
        lengths = [k for k in ("minutes", "seconds") if k in item] + (["open_ended"] if open_ended else [])
        if len(lengths) != 1:
            self.error(where, "needs exactly one of minutes, seconds or open_ended = true"
                       + (f"; found {', '.join(lengths)}" if lengths else ""))
        length: int | None = None
        if seconds is not None:
            length = int(seconds)
        elif minutes is not None:
            length = max(1, round(minutes * 60))
        if "target_minutes" in item and not open_ended:
            self.error(f"{where}.target_minutes", "only an open-ended stage can have a target; "
                       "add open_ended = true or remove target_minutes")
        prompts: list[Prompt] = []
        for pwhere, pitem in self.tables(item, "prompts", where):
            prompt = self.prompt(pitem, pwhere, None if open_ended else length)
            if prompt:
                prompts.append(prompt)
        benefits = self.benefits(item, where)
        if title is None or instruction is None:
            return None
        return Stage(
            title=title,
            instruction=instruction,
            seconds=None if open_ended else length,
            target_seconds=round(target * 60) if target is not None and open_ended else None,
            side=cast(Side | None, side),
            prompts=tuple(prompts),
            benefits=benefits,
            spoken=spoken,
            placing=placing,
        )

    def routine(self, doc: dict[str, Any], source: str) -> Routine | None:
        self.unknown_keys(doc, ROUTINE_KEYS, "")
        # type() rather than ==, so that true (== 1) and 1.0 are refused too
        if "format" in doc and (type(doc["format"]) is not int or doc["format"] != FORMAT_VERSION):
            self.error("format", f"got {_type_name(doc['format'])}; expected {FORMAT_VERSION}, "
                       "the only routine format this version of touchtimer reads")
        routine_id = self.text(doc, "id", "")
        if routine_id is not None and not ID_PATTERN.match(routine_id):
            self.error("id", f"{routine_id!r} is not a valid id; expected lower-case letters, "
                       "digits and dashes, starting with a letter or digit (at most 64)")
            routine_id = None
        title = self.text(doc, "title", "")
        language = self.text(doc, "language", "", required=False)
        if language is not None and not LANGUAGE_CODE.match(language):
            self.error("language", f"{language!r} is not a language code; expected two or three "
                       "lower-case letters, such as 'en' (the default) or 'es'")
        kind = self.choice(doc, "kind", "", KINDS, required=True)
        summary = self.text(doc, "summary", "")
        low = self.number(doc, "min_age_weeks", "", minimum=0, maximum=MAX_AGE_WEEKS,
                          integer=True, required=True, unit="weeks")
        high = self.number(doc, "max_age_weeks", "", minimum=0, maximum=MAX_AGE_WEEKS,
                           integer=True, required=True, unit="weeks")
        if low is not None and high is not None and low > high:
            self.error("max_age_weeks", f"{int(high)} is below min_age_weeks ({int(low)}); "
                       "expected max_age_weeks to be at least min_age_weeks")
        preterm = self.boolean(doc, "preterm", "")
        care_team = self.boolean(doc, "care_team", "")
        partners = self.boolean(doc, "partners", "")
        preparation = self.text_list(doc, "preparation", "")
        safety = self.text_list(doc, "safety", "")
        when_not_to = self.text_list(doc, "when_not_to", "")
        benefits = self.benefits(doc, "")
        cues = Cues()
        if "cues" in doc:
            raw = doc["cues"]
            if not isinstance(raw, dict):
                self.error("cues", f"expected a table ([cues]), got {_type_name(raw)}")
            else:
                self.unknown_keys(raw, CUE_KEYS, "cues")
                cues = Cues(*(self.text_list(raw, k, "cues") for k in CUE_KEYS))
        stages: list[Stage] = []
        if "stages" not in doc:
            self.error("stages", "is missing; expected at least one [[stages]] table")
        else:
            for where, item in self.tables(doc, "stages", ""):
                stage = self.stage(item, where)
                if stage:
                    stages.append(stage)
            if isinstance(doc["stages"], list) and not doc["stages"]:
                self.error("stages", "is empty; expected at least one [[stages]] table")
        if self.errors:
            return None
        assert routine_id and title and kind and summary and low is not None and high is not None
        routine = Routine(
            id=routine_id, title=title, kind=cast(Kind, kind), min_age_weeks=int(low),
            max_age_weeks=int(high), summary=summary, stages=tuple(stages), preparation=preparation,
            safety=safety, when_not_to=when_not_to, benefits=benefits, cues=cues, preterm=preterm,
            care_team=care_team, partners=partners, source=source, language=language or "en",
        )
        for problem in safeguard_problems(routine):   # skin-to-skin: the checklist and the checks
            self.error(problem.path, problem.message)
        if "translations" in doc:       # the routine's text in other languages (routines/translations.py)
            found, problems = check_translations(doc["translations"], routine)
            for path, message in problems:
                self.error(path, message)
            routine = replace(routine, translations=found)
        return None if self.errors else routine


def parse_routine(data: bytes | str, *, file: str, source: str | None = None) -> Routine:
    """Parse one routine document; raise :class:`RoutineFileError` listing every problem."""
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise RoutineFileError([RoutineError(file, "", f"is {len(data):,} bytes; a routine file "
                                                 f"must be at most {_SIZE_LIMIT}")])
        try:
            data = data.decode("utf-8-sig")  # a byte-order mark (some Windows editors) is fine
        except UnicodeDecodeError:
            raise RoutineFileError([RoutineError(
                file, "", "is not a text file; expected a TOML routine file in UTF-8")]) from None
    if not data.strip():
        raise RoutineFileError([RoutineError(file, "", "is empty; expected a TOML routine file "
                                             "(see docs/routine-format.md)")])
    if "\x00" in data:
        raise RoutineFileError([RoutineError(file, "", "is not a text file; expected a TOML routine file")])
    try:
        doc = tomllib.loads(data)
    except tomllib.TOMLDecodeError as exc:
        raise RoutineFileError([RoutineError(file, "", f"is not valid TOML: {exc}")]) from None
    except PARSE_ERRORS:
        raise RoutineFileError([RoutineError(file, "", "is nested too deeply (lists or tables inside each "
                                             "other hundreds of times); a routine file is not")]) from None
    checker = _Checker(file)
    routine = checker.routine(doc, source if source is not None else file)
    if routine is None:
        raise RoutineFileError(checker.errors)
    return routine


def load_routine_file(path: Path, *, only_regular: bool = False) -> Routine:
    """Read and check one routine file from disk (or a pipe, such as ``/dev/stdin``, for ``check``).

    ``only_regular``: refuse anything but an ordinary file (a FIFO, a device, a socket), as start-up
    and importing into the routines folder do: nothing there may block or exhaust touchtimer.
    """
    def fail(message: str) -> RoutineFileError:
        return RoutineFileError([RoutineError(str(path), "", message)])

    if only_regular:
        try:
            return parse_routine(read_small_file(path, MAX_FILE_BYTES), file=str(path), source=str(path))
        except FileNotFoundError:
            raise fail("does not exist") from None
        except FileRefused as exc:
            raise fail(f"cannot be used: {exc.reason}; a routine file is an ordinary file of at most "
                       f"{_SIZE_LIMIT}") from None
        except OSError as exc:
            raise fail(f"cannot be read ({exc.strerror or exc})") from None
        except ValueError:
            raise RoutineFileError([RoutineError(repr(str(path)), "", "is not a usable file name")]) from None
    try:
        # At most one byte past the limit is read, so that a huge file is never loaded whole and
        # a device that never ends (/dev/zero) cannot fill the memory.
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise fail("does not exist") from None
    except IsADirectoryError:
        raise fail("is a folder; expected a file") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise fail(f"cannot be read ({reason})") from None
    except ValueError:      # a name no file can have (a NUL byte in it)
        raise RoutineFileError([RoutineError(repr(str(path)), "", "is not a usable file name")]) from None
    if len(data) > MAX_FILE_BYTES:
        raise fail(f"is more than 1 MiB; a routine file must be at most {_SIZE_LIMIT}")
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
        result.errors.append(RoutineError(str(user_dir), "", f"cannot be read ({exc.strerror})"))
        return result
    for path in files:
        try:
            routine = load_routine_file(path, only_regular=True)
        except RoutineFileError as exc:
            result.errors.extend(exc.errors)
            continue
        if routine.id in taken:
            other = "a built-in routine" if taken[routine.id] == "builtin" else taken[routine.id]
            result.errors.append(RoutineError(str(path), "id", f"'{routine.id}' is already used by "
                                              f"{other}; expected an id of its own"))
            continue
        taken[routine.id] = routine.source
        result.routines.append(routine)
    return result
