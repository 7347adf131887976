"""The command line's grammar: the options, the sub-commands and their arguments (no command runs here).

``--data-dir DIR`` is taken before the sub-command (``touchtimer --data-dir DIR export``) or after it
(``touchtimer export --data-dir DIR``): every sub-command accepts it, and when it is given in both
places the later one counts, as with any repeated option.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from touchtimer import __version__
from touchtimer.core import paths

DATA_DIR_HELP = f"keep sessions and routines in DIR (or set ${paths.DATA_ENV})"


def _data_dir_option() -> argparse.ArgumentParser:
    """``--data-dir`` for a sub-command. Its default is *suppressed*, so a sub-command given without it
    leaves the value set before the sub-command (or ``None``) as it was."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=DATA_DIR_HELP)
    return common


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False`` leaves out the sub-commands and ``--help``
    (``window_args`` uses that to open the window without building them)."""
    parser = argparse.ArgumentParser(
        prog="touchtimer",
        description="A calm, hands-free guide for skin-to-skin and infant-massage routines. "
                    "With no command, opens the window.",
        add_help=commands, exit_on_error=commands,
    )
    parser.add_argument("--version", action="version", version=f"touchtimer {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=DATA_DIR_HELP)
    parser.add_argument("--start", metavar="ROUTINE_ID",
                        help="open the window at this routine's pre-session screen")
    if not commands:  # options for the window go above this line, so window_args() knows them too
        return parser
    from touchtimer.cli import ages as cli_ages
    common = [_data_dir_option()]
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    routines = sub.add_parser("routines", parents=common, help="list built-in and your own routines")
    routines.add_argument("--json", action="store_true", help="print JSON instead of a table")
    cli_ages.add_arguments(routines)

    check = sub.add_parser("check", parents=common, help="validate routine files")
    check.add_argument("files", nargs="+", metavar="FILE", help="routine files (TOML)")

    desktop = sub.add_parser("install-desktop", parents=common,
                             help="add touchtimer to your desktop's application menu (this user only)")
    desktop.add_argument("--uninstall", action="store_true", help="remove what install-desktop added")
    add_history_parsers(sub, common)

    sync = sub.add_parser("sync", parents=common,
                          help="share your history with another laptop through a folder both can see")
    sync.add_argument("--folder", metavar="DIR",
                      help="the shared folder (a Syncthing or cloud folder, a USB stick); remembered")
    sync.add_argument("--name", metavar="NAME",
                      help="how the other laptop names this one, e.g. \"Dad's laptop\"")
    return parser


def add_history_parsers(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    """The ``history``, ``export`` and ``import`` sub-commands."""
    history = sub.add_parser("history", parents=common, help="list past sessions, newest first")
    history.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    history.add_argument("--kind", choices=["skin_to_skin", "massage"], help="only this kind")
    history.add_argument("--routine", metavar="ROUTINE_ID", help="only this routine")
    history.add_argument("--baby", metavar="NAME_OR_ID", help="only sessions with this baby")
    history.add_argument("--caregiver", metavar="NAME_OR_ID",
                         help="only sessions this person held or massaged")
    history.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=_iso_date,
                         help="from this local day (a session running into it counts)")
    history.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=_iso_date,
                         help="up to and including this local day")
    history.add_argument("--limit", type=_positive_int, metavar="N", help="at most N sessions")

    export = sub.add_parser("export", parents=common,
                            help="export every session and baby (JSON) or sessions (CSV)")
    export.add_argument("--format", choices=["json", "csv"], default="json", help="default: json")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the screen")

    imp = sub.add_parser("import", parents=common, help="merge a JSON export into your sessions")
    imp.add_argument("file", metavar="FILE", help="a file made by 'touchtimer export'")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-01-31, got {text!r}") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value
