"""The command line: ``touchtimer`` opens the window; sub-commands work without it.

Bad arguments print a usage message and exit 2; problems with files print plain messages.
No path through here shows a traceback to a person.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from touchtimer import __version__
from touchtimer.core import paths
from touchtimer.core.routine_files import RoutineFileError, load_all, load_routine_file
from touchtimer.core.routines import Routine

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="touchtimer",
        description="A calm, hands-free guide for skin-to-skin and infant-massage routines. "
                    "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"touchtimer {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"keep sessions and routines in DIR (or set ${paths.DATA_ENV})")
    parser.add_argument("--start", metavar="ROUTINE_ID",
                        help="open the window at this routine's pre-session screen")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    routines = sub.add_parser("routines", help="list built-in and your own routines")
    routines.add_argument("--json", action="store_true", help="print JSON instead of a table")

    check = sub.add_parser("check", help="validate routine files")
    check.add_argument("files", nargs="+", metavar="FILE", help="routine files (TOML)")
    return parser


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


def format_length(routine: Routine) -> str:
    total = routine.total_seconds
    if total is None:
        return "open-ended"
    minutes, seconds = divmod(total, 60)
    return f"{minutes} min" if not seconds else f"{minutes} min {seconds} s"


def cmd_routines(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    result = load_all(paths.routines_dir(folder))
    for error in result.errors:
        print(f"touchtimer: skipped a routine file: {error}", file=sys.stderr)
    if args.json:
        print(json.dumps([routine_json(r) for r in result.routines], indent=2, ensure_ascii=False))
        return EXIT_OK
    for r in result.routines:
        kind = "skin-to-skin" if r.kind == "skin_to_skin" else "massage"
        print(f"{r.id:<24} {kind:<13} {r.min_age_weeks:>3}-{r.max_age_weeks:<3} weeks  "
              f"{format_length(r):<14} {r.title}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for name in args.files:
        try:
            routine = load_routine_file(Path(name))
        except RoutineFileError as exc:
            status = EXIT_PROBLEM
            for error in exc.errors:
                print(error, file=sys.stderr)
            continue
        print(f"{name}: ok ({routine.id}, {len(routine.stages)} stages)")
    return status


def open_window(args: argparse.Namespace) -> int:
    from touchtimer.app import run  # Qt is imported only when a window is wanted

    return run(data_dir=paths.data_dir(args.data_dir), start_routine=args.start)


COMMANDS = {
    "routines": cmd_routines,
    "check": cmd_check,
}


def _tolerant_output() -> None:
    """Never fail on a character the terminal or file encoding cannot show (a title in a user's
    routine, printed to a cp1252 or ASCII stream): show a replacement instead of a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return open_window(args)
        if args.start:
            parser.error("--start opens the window; it cannot be combined with a command")
        return COMMANDS[args.command](args)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
