"""``touchtimer routines`` and ``touchtimer check``: the routines there are, and whether routine files
are valid (with what each translation still lacks). Imported only when one of them runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from touchtimer.cli import EXIT_OK, EXIT_PROBLEM
from touchtimer.cli import words as cli_words
from touchtimer.cli.words import translate, words_text
from touchtimer.core import paths
from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.routines.fields import RoutineError
from touchtimer.core.routines.model import Routine


def routine_json(routine: Routine) -> dict[str, Any]:
    """The public JSON shape of a routine (``touchtimer routines --json``)."""
    return {
        "id": routine.id,
        "title": routine.title,
        "kind": routine.kind,
        "summary": routine.summary,
        "min_age_weeks": routine.min_age_weeks,
        "max_age_weeks": routine.max_age_weeks,
        "preterm": routine.preterm,
        "care_team": routine.care_team,
        "total_seconds": routine.total_seconds,
        "source": routine.source,
        "stages": [
            {"title": s.title, "seconds": s.seconds, "target_seconds": s.target_seconds,
             "side": s.side}
            for s in routine.stages
        ],
        "benefits": [
            {"text": b.text, "source": b.source, "certainty": b.certainty}
            for b in routine.all_benefits
        ],
    }


def error_line(error: RoutineError) -> str:
    """One routine-file problem as ``check`` prints it, its message in the command line's language."""
    where = f"{error.file}: {error.path}" if error.path else error.file
    return f"{where}: {words_text(error.message)}"


def format_length(routine: Routine) -> str:
    total = routine.total_seconds
    from touchtimer.core.durations import length_words

    return translate("CLI", "open-ended") if total is None else length_words(
        total, lambda text: translate("Texts", text))


def cmd_routines(args: argparse.Namespace) -> int:
    from touchtimer.cli import ages as cli_ages
    from touchtimer.core.routines.files import load_all

    folder = paths.data_dir(args.data_dir)
    result = load_all(paths.routines_dir(folder), cli_words.language())
    for error in result.errors:
        print("touchtimer: " + translate("CLI", "skipped a routine file: {problem}").format(
            problem=error_line(error)), file=sys.stderr)
    if cli_ages.wants_baby(args):
        return cli_ages.routines_for_baby(args, result.routines, routine_json, routine_rows)
    if args.json:
        print(json.dumps([routine_json(r) for r in result.routines], indent=2, ensure_ascii=False))
        return EXIT_OK
    for line in routine_rows(result.routines):
        print(line)
    return EXIT_OK


def routine_rows(routines: list[Routine], indent: str = "") -> list[str]:
    """One line per routine (id, kind, age band, length, title), in the terminal's language; each column
    as wide as its longest text (and at least as wide as the English needs), so that the columns line
    up in every language."""
    cells = []
    for r in routines:
        kind = translate("CLI", "skin-to-skin") if r.kind == "skin_to_skin" else translate("CLI", "massage")
        ages = translate("CLI", "{low}-{high} weeks").format(low=f"{r.min_age_weeks:>3}",
                                                             high=f"{r.max_age_weeks:<3}")
        cells.append((r.id, kind, ages, format_length(r), r.title))
    widths = [max([least, *(len(row[i]) for row in cells)]) for i, least in enumerate((24, 13, 0, 14))]
    first, second, third, fourth = widths
    return [f"{indent}{ident:<{first}} {kind:<{second}} {ages:<{third}}  {length:<{fourth}} {title}"
            for ident, kind, ages, length, title in cells]


def cmd_check(args: argparse.Namespace) -> int:
    from touchtimer.core.routines.files import RoutineFileError, load_routine_file
    from touchtimer.core.routines.translations import language_name

    status = EXIT_OK
    for name in args.files:
        try:
            routine = load_routine_file(Path(name))
        except RoutineFileError as exc:
            status = EXIT_PROBLEM
            for error in exc.errors:
                print(error_line(error), file=sys.stderr)
            continue
        ok = words_text(words(QT_TRANSLATE_NOOP("CLI", "%1: ok (%2, %n stage(s))", None, 0),
                              len(routine.stages)))
        complete = [t for t in routine.translations if t.complete]
        if complete:       # "ok (id, 4 stages; also in German, Spanish)": still one line for a good file
            names = ", ".join(words_text(language_name(t.language)) for t in complete)
            ok = ok.removesuffix(")") + translate("CLI", "; also in %1)").replace("%1", names)
        print(ok.replace("%1", name).replace("%2", routine.id))
        for line in translation_lines(routine):
            print(f"{name}: {line}")
    return status


def translation_lines(routine: Routine) -> list[str]:
    """What ``check`` says of a file's incomplete translations: what each one still lacks."""
    from touchtimer.core.routines.translations import language_name, translatable_texts

    paths: dict[str, str] = {}
    for path, text in translatable_texts(routine):
        paths.setdefault(text, path)
    lines: list[str] = []
    for tr in routine.translations:
        if tr.complete:
            continue
        where = f"translations.{tr.language}"
        text = words_text(words(QT_TRANSLATE_NOOP(
            "CLI", "%1: %2, incomplete: no translation yet for %n text(s); the routine is shown in its own "
            "language until every text has one", None, 0), len(tr.missing)))
        lines.append(text.replace("%1", where).replace("%2", words_text(language_name(tr.language))))
        lines += [translate("CLI", "%1: no translation yet for \"%2\" (%3)").replace("%1", where)
                  .replace("%2", text).replace("%3", paths[text]) for text in tr.missing]
    return lines


