"""The command line: ``touchtimer`` opens the window; sub-commands work without it.

The launcher (``touchtimer.cli:main``) imports only this small module; the commands are in
:mod:`touchtimer.cli.commands`.
"""

from __future__ import annotations

from collections.abc import Sequence

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    from touchtimer.cli.commands import main as run

    return run(argv)
