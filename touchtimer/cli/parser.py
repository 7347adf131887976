"""The command line's grammar: the options, the sub-commands and their arguments (no command runs here).

Every help text is in the terminal's language (``cli.words.translate``, context ``CLIHelp``), argparse's
own headings ("usage:", "options:") too. In English, and always under ``LANG=C``, that costs nothing and
loads no Qt; the window's own small parser (``commands=False``) never shows help and is not translated.

``--data-dir DIR`` is taken before the sub-command (``touchtimer --data-dir DIR export``) or after it
(``touchtimer export --data-dir DIR``): every sub-command accepts it, and when it is given in both
places the later one counts, as with any repeated option.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from touchtimer import __version__
from touchtimer.cli.words import translate
from touchtimer.core import paths


def data_dir_help() -> str:
    return translate(
        "CLIHelp", "keep sessions and routines in DIR (or set ${variable})").format(variable=paths.DATA_ENV)


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, translate(
            "CLIHelp", "usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose headings and ``--help`` line are translated (its sub-commands' too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("CLIHelp", "positional arguments")
        self._optionals.title = translate("CLIHelp", "options")
        if "-h" in self._option_string_actions:
            self._option_string_actions["-h"].help = translate("CLIHelp", "show this help message and exit")


def _data_dir_option() -> argparse.ArgumentParser:
    """``--data-dir`` for a sub-command. Its default is *suppressed*, so a sub-command given without it
    leaves the value set before the sub-command (or ``None``) as it was."""
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_dir_help())
    return common


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False`` leaves out the sub-commands and ``--help``
    (``window_args`` uses that to open the window without building them)."""
    if not commands:  # the window's options, untranslated: this parser never shows help
        parser = argparse.ArgumentParser(prog="touchtimer", add_help=False, exit_on_error=False)
        parser.add_argument("--version", action="version", version=f"touchtimer {__version__}")
        parser.add_argument("--data-dir", metavar="DIR")
        parser.add_argument("--start", metavar="ROUTINE_ID")
        return parser
    parser = _Parser(prog="touchtimer", description=translate(
        "CLIHelp", "A calm, hands-free guide for skin-to-skin and infant-massage routines. With no command, "
        "opens the window."))
    parser.add_argument("--version", action="version", version=f"touchtimer {__version__}",
                        help=translate("CLIHelp", "show program's version number and exit"))
    parser.add_argument("--data-dir", metavar="DIR", help=data_dir_help())
    parser.add_argument("--start", metavar="ROUTINE_ID",
                        help=translate("CLIHelp", "open the window at this routine's pre-session screen"))
    from touchtimer.cli import ages as cli_ages
    common: list[Any] = [_data_dir_option()]
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    routines = sub.add_parser("routines", parents=common,
                              help=translate("CLIHelp", "list built-in and your own routines"))
    routines.add_argument("--json", action="store_true",
                          help=translate("CLIHelp", "print JSON instead of a table"))
    cli_ages.add_arguments(routines)

    check = sub.add_parser("check", parents=common, help=translate("CLIHelp", "validate routine files"))
    check.add_argument("files", nargs="+", metavar="FILE", help=translate("CLIHelp", "routine files (TOML)"))

    desktop = sub.add_parser("install-desktop", parents=common,
                             help=translate("CLIHelp", "add touchtimer to your desktop's application menu "
                                                       "(this user only)"))
    desktop.add_argument("--uninstall", action="store_true",
                         help=translate("CLIHelp", "remove what install-desktop added"))
    add_history_parsers(sub, common)

    sync = sub.add_parser("sync", parents=common,
                          help=translate("CLIHelp", "share your history with another laptop through a folder "
                                                    "both can see"))
    sync.add_argument("--folder", metavar="DIR",
                      help=translate("CLIHelp", "the shared folder (a Syncthing or cloud folder, a USB "
                                                "stick); remembered"))
    sync.add_argument("--name", metavar="NAME",
                      help=translate("CLIHelp", "how the other laptop names this one, e.g. \"Dad's laptop\""))
    return parser


def add_history_parsers(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    """The ``history``, ``export`` and ``import`` sub-commands."""
    history = sub.add_parser("history", parents=common,
                             help=translate("CLIHelp", "list past sessions, newest first"))
    history.add_argument("--json", action="store_true",
                         help=translate("CLIHelp", "print a JSON list instead of a table"))
    history.add_argument("--kind", choices=["skin_to_skin", "massage"],
                         help=translate("CLIHelp", "only this kind"))
    history.add_argument("--routine", metavar="ROUTINE_ID", help=translate("CLIHelp", "only this routine"))
    history.add_argument("--baby", metavar="NAME_OR_ID",
                         help=translate("CLIHelp", "only sessions with this baby"))
    history.add_argument("--caregiver", metavar="NAME_OR_ID",
                         help=translate("CLIHelp", "only sessions this person held or massaged"))
    history.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=_iso_date,
                         help=translate("CLIHelp", "from this local day (a session running into it counts)"))
    history.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=_iso_date,
                         help=translate("CLIHelp", "up to and including this local day"))
    history.add_argument("--limit", type=_positive_int, metavar="N",
                         help=translate("CLIHelp", "at most N sessions"))

    export = sub.add_parser("export", parents=common,
                            help=translate(
                                "CLIHelp", "export every session and baby (JSON) or sessions (CSV)"))
    export.add_argument("--format", choices=["json", "csv"], default="json",
                        help=translate("CLIHelp", "default: json"))
    export.add_argument("-o", "--output", metavar="FILE",
                        help=translate("CLIHelp", "write to FILE instead of the screen"))

    imp = sub.add_parser("import", parents=common,
                         help=translate("CLIHelp", "merge a JSON export into your sessions"))
    imp.add_argument("file", metavar="FILE", help=translate("CLIHelp", "a file made by 'touchtimer export'"))


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
