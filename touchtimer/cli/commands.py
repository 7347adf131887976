"""The command line: ``touchtimer`` opens the window; sub-commands work without it.

Bad arguments print a usage message and exit 2; problems with files print plain messages.
No path through here shows a traceback to a person.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from touchtimer.cli import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from touchtimer.cli.output import OutputError, guarded_stdout
from touchtimer.cli.output import message as output_message
from touchtimer.cli.parser import build_parser
from touchtimer.cli.words import translate, words_text
from touchtimer.core import paths
from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words

if TYPE_CHECKING:
    from touchtimer.core.storage.store import Store

# The routine reader, the store and the sub-commands' own modules are imported inside the
# sub-commands: opening the window imports only what its first frame needs (docs/performance.md).


def _os_problem(exc: OSError) -> str:
    """An operating-system error in plain words, with the file it concerns."""
    reason = exc.strerror or str(exc)
    return f"{reason} ({exc.filename})" if exc.filename else reason


def _data_folder(args: argparse.Namespace) -> Path:
    """The data folder the command should use; a file in its place is a plain ``StoreError``."""
    from touchtimer.core.storage.store import StoreError

    folder = paths.data_dir(args.data_dir)
    if folder.exists() and not folder.is_dir():
        raise StoreError(translate("CLI", "the data folder {folder} is a file, not a folder; choose "
                                   "another with --data-dir").format(folder=folder))
    return folder


def _existing_store(args: argparse.Namespace) -> Store | None:
    """The store if one exists; reading never creates a data folder or a database.

    Opened as every start opens it (``core/startup.py``): a damaged file is kept aside and what can
    be read recovered, and a session whose process died is recorded as interrupted; what happened
    is said on stderr, so JSON on stdout stays clean.
    """
    from touchtimer.core.clock import SystemClock
    from touchtimer.core.startup import open_data

    folder = _data_folder(args)
    if not paths.database_path(folder).exists():      # (a pipe or a device there is said, not read)
        return None
    opened = open_data(folder, now=SystemClock().wall)
    for notice in opened.notices:
        print(f"touchtimer: {words_text(notice)}", file=sys.stderr)
    return opened.store


def cmd_history(args: argparse.Namespace) -> int:
    from touchtimer.core.history.days import format_minutes, group_by_day, make_filter, to_local
    from touchtimer.core.history.export_format import session_json
    from touchtimer.core.storage.store import StoreError

    if args.date_from and args.date_to and args.date_from > args.date_to:
        print("touchtimer: " + translate("CLI", "--from {first} is after --to {last}; expected the first "
                                         "day first").format(first=args.date_from, last=args.date_to),
              file=sys.stderr)
        return EXIT_USAGE
    try:
        store = _existing_store(args)
    except StoreError as exc:
        print(f"touchtimer: {words_text(exc.message)}", file=sys.stderr)
        return EXIT_PROBLEM
    if store is None:
        print("[]" if args.json else translate("CLI", "No sessions yet."))
        return EXIT_OK
    with store:
        babies = store.babies.list()
        baby_id = None
        if args.baby:
            match = [b for b in babies if args.baby in (b.id, b.name)]
            if not match:
                print("touchtimer: " + translate("CLI", "no baby called {name}").format(name=repr(args.baby)),
                      file=sys.stderr)
                return EXIT_PROBLEM
            baby_id = match[0].id
        carers = store.caregivers.list()
        caregiver_id = None
        if args.caregiver:
            found = [c for c in carers if args.caregiver in (c.id, c.name)]
            if not found:
                print("touchtimer: " + translate("CLI", "no caregiver called {name}").format(
                    name=repr(args.caregiver)), file=sys.stderr)
                return EXIT_PROBLEM
            caregiver_id = found[0].id
        flt = make_filter(baby_id=baby_id, kind=args.kind, routine_id=args.routine,
                          date_from=args.date_from, date_to=args.date_to, caregiver_id=caregiver_id)
        records = store.sessions.list(flt, limit=args.limit)
        if args.json:
            print(json.dumps([session_json(r) for r in records], indent=2, ensure_ascii=False,
                             sort_keys=True))
            return EXIT_OK
        if not records:
            print(translate("CLI", "No sessions yet.") if flt == make_filter()
                  else translate("CLI", "No sessions match."))
            return EXIT_OK
        names = {b.id: b.name for b in babies}
        for day in group_by_day(records):
            parts = []
            if day.total and day.total.skin_seconds:
                parts.append(translate("CLI", "skin-to-skin {length}").format(
                    length=format_minutes(day.total.skin_seconds)))
            if day.total and day.total.massage_sessions:
                parts.append(words_text(words(QT_TRANSLATE_NOOP("CLI", "%n massage(s)", None, 0),
                                             day.total.massage_sessions)))
            print(f"{day.day.strftime('%a %d %b %Y')}" + (f"  ({', '.join(parts)})" if parts else ""))
            for r in day.sessions:
                start = to_local(r.started_at).strftime("%H:%M")
                kind = translate("CLI", "skin-to-skin") if r.kind == "skin_to_skin" else translate(
                    "CLI", "massage")
                who = ", ".join(names.get(b, "?") for b in r.baby_ids)
                held = ", ".join(c.name for c in carers if c.id in r.caregiver_ids)
                if held:
                    who = f"{who}  " + (translate("CLI", "(held by {names})") if r.kind == "skin_to_skin"
                                        else translate("CLI", "(by {names})")).format(names=held)
                print(f"  {start}  {format_minutes(r.actual_seconds):>10}  {kind:<13} "
                      f"{r.routine_title}  [{r.status.replace('_', ' ')}]{'  ' + who if who else ''}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from touchtimer.core.history import export_csv, export_format
    from touchtimer.core.storage.atomic_file import write_file_atomically
    from touchtimer.core.storage.store import StoreError

    try:
        store = _existing_store(args)
    except StoreError as exc:
        print(f"touchtimer: {words_text(exc.message)}", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        text = export_format.export_json(store) if args.format == "json" else export_csv.export_csv(store)
    finally:
        if store is not None:
            store.close()
    if not args.output:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_file_atomically(Path(args.output), text)    # private (0600), never half a file
    except OSError as exc:
        print("touchtimer: " + translate("CLI", "could not write {file}: {why}").format(
            file=args.output, why=_os_problem(exc)), file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from touchtimer.core.clock import SystemClock
    from touchtimer.core.history.import_check import ImportProblems, read_export_file
    from touchtimer.core.history.import_merge import import_export
    from touchtimer.core.storage.repair import open_store_safely
    from touchtimer.core.storage.store import StoreError, open_store

    try:
        parsed = read_export_file(Path(args.file))
        folder = _data_folder(args)
        database = paths.database_path(folder)
        if not database.is_file():
            with open_store(None) as trial:     # every check first: a refused file creates nothing
                import_export(trial, parsed)
        paths.ensure_private_dir(folder)
        # Opened as every start opens it: a left-over -wal of another database is never applied,
        # and a full disk, a read-only folder or a lock held by another program is said in words.
        store, report = open_store_safely(database, now=SystemClock().wall())
        with store:
            if report.message:
                print(f"touchtimer: {words_text(report.message)}", file=sys.stderr)
            if not report.writable:
                raise StoreError(translate("CLI", "{file} cannot be written just now ({why}); nothing was "
                                           "changed. Please try again when that is put right").format(
                    file=database, why=words_text(report.problem)))
            summary = import_export(store, parsed)
    except ImportProblems as exc:
        print("touchtimer: " + translate("CLI", "{file} was not imported; nothing was changed.").format(
            file=args.file) + " " + words_text(words(
            QT_TRANSLATE_NOOP("CLI", "%n problem(s):", None, 0), len(exc.problems))),
            file=sys.stderr)
        for problem, technical in zip(exc.problems, exc.technical, strict=True):
            print(f"  {words_text(problem)}", file=sys.stderr)
            if technical != problem:
                print("    " + translate("CLI", "(in the file: {path})").format(
                    path=technical.split(": ", 1)[0]), file=sys.stderr)
        return EXIT_PROBLEM
    except StoreError as exc:
        why = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        print("touchtimer: " + translate("CLI", "could not import {file}: {why}").format(
            file=args.file, why=words_text(why)), file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as exc:
        print("touchtimer: " + translate("CLI", "could not import {file}: the data folder could not be used: "
                                         "{why}; nothing was changed").format(file=args.file,
                                                                               why=_os_problem(exc)),
              file=sys.stderr)
        return EXIT_PROBLEM
    for notice in summary.notices:
        print(translate("CLI", "note: {notice}").format(notice=words_text(notice)))
    print(translate("CLI", "Imported {file}: {summary}.").format(file=args.file,
                                                               summary=words_text(summary.describe())))
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from touchtimer.cli.sync import run_sync

    return run_sync(args)


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from touchtimer.cli import desktop_install
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        print("touchtimer: " + translate("CLI", "install-desktop is for Linux and BSD desktops; nothing to "
                                         "do here."), file=sys.stderr)
        return EXIT_PROBLEM
    try:
        if args.uninstall:
            removed = desktop_install.uninstall()
            for path in removed:
                print(translate("CLI", "removed {path}").format(path=path))
            if not removed:
                print(translate("CLI", "touchtimer was not installed in the application menu; nothing to "
                                "remove."))
            return EXIT_OK
        for path in desktop_install.install():
            print(translate("CLI", "installed {path}").format(path=path))
    except (OSError, ValueError) as exc:    # the system's words for an OSError; ours for a ValueError
        print("touchtimer: " + translate("CLI", "could not write the desktop files: {why}").format(why=exc),
              file=sys.stderr)
        return EXIT_PROBLEM
    print(translate("CLI", "touchtimer should now appear in your application menu (you may need to log out "
                    "and in)."))
    return EXIT_OK


def open_window(args: argparse.Namespace) -> int:
    from touchtimer.app import run  # Qt is imported only when a window is wanted

    return run(data_dir=paths.data_dir(args.data_dir), start_routine=args.start)


def cmd_routines(args: argparse.Namespace) -> int:
    from touchtimer.cli.routines import cmd_routines as run

    return run(args)


def cmd_check(args: argparse.Namespace) -> int:
    from touchtimer.cli.routines import cmd_check as run

    return run(args)


COMMANDS = {
    "routines": cmd_routines,
    "check": cmd_check,
    "install-desktop": cmd_install_desktop,
    "history": cmd_history,
    "export": cmd_export,
    "import": cmd_import,
    "sync": cmd_sync,
}


def _tolerant_output() -> None:
    """Never fail on a character the terminal or file encoding cannot show (a title in a user's
    routine, printed to a cp1252 or ASCII stream): show a replacement instead of a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(OSError):   # a closed stream: said when it is written to
                stream.reconfigure(errors="replace")


def window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's options, parsed without building the sub-commands, or ``None`` when the whole
    parser is needed (a command, help, or anything else the window's options do not take).

    Building every sub-command's parser costs about a tenth of the start-up budget
    (docs/performance.md); opening the window needs none of them.
    """
    if any(token in COMMANDS or token in ("-h", "--help") for token in argv):
        return None
    try:
        args, rest = build_parser(commands=False).parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    args = window_args(sys.argv[1:] if argv is None else argv)
    parser = None
    if args is None:
        parser = build_parser()
        args = parser.parse_args(argv)
    try:
        if args.command is None:
            return open_window(args)
        if args.start:
            assert parser is not None  # a command always goes through the whole parser
            parser.error("--start opens the window; it cannot be combined with a command")
        with guarded_stdout():
            return COMMANDS[args.command](args)
    except OutputError as exc:  # a closed output, a full disk: said in words, never "please report"
        print(output_message(args.command, exc), file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last safety net: a plain sentence, never a traceback
        print("touchtimer: " + translate("CLI", "this could not be done ({error}). Please report it if it "
                                         "happens again.").format(error=f"{type(exc).__name__}: {exc}"),
              file=sys.stderr)
        return EXIT_PROBLEM
