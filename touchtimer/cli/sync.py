"""``touchtimer sync [--folder DIR]``: one exchange with the shared folder, from the command line.

The folder given is remembered in the settings, so a later plain ``touchtimer sync`` uses it. Exit
status: 0 when the exchange was made (notes about skipped files do not change that), 1 when the
folder or the data could not be used, 2 when no folder was given and none is remembered.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from touchtimer.cli import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from touchtimer.cli.words import translate, words_text
from touchtimer.core import paths


def run_sync(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from touchtimer.core.clock import SystemClock
    from touchtimer.core.settings import load_settings, save_settings
    from touchtimer.core.sharing.exchange import exchange, set_device_name
    from touchtimer.core.startup import open_data

    config = paths.config_dir()
    settings = load_settings(config).settings
    chosen = args.folder or settings.share_folder
    if not chosen:
        print("touchtimer: " + translate("CLI", "no shared folder chosen yet. Choose one once with "
                                         "'touchtimer sync --folder DIR' (a folder both laptops see); it is "
                                         "remembered."), file=sys.stderr)
        return EXIT_USAGE
    folder = Path(chosen).expanduser()
    if args.folder:
        if not folder.is_dir():
            print("touchtimer: " + translate("CLI", "{folder} is not a folder that exists here; nothing was "
                                             "exchanged and it was not remembered. Create it (or plug in the "
                                             "USB stick) and try again.").format(folder=folder),
                  file=sys.stderr)
            return EXIT_PROBLEM
        folder = folder.resolve()
        if str(folder) != settings.share_folder:
            try:
                save_settings(config, replace(settings, share_folder=str(folder)))
            except OSError as exc:
                print("touchtimer: " + translate("CLI", "the folder could not be remembered ({why}); the "
                                                 "exchange goes ahead").format(why=exc.strerror or exc),
                      file=sys.stderr)
    data = paths.data_dir(args.data_dir)
    if data.exists() and not data.is_dir():
        print("touchtimer: " + translate("CLI", "the data folder {folder} is a file, not a folder; choose "
                                         "another with --data-dir").format(folder=data), file=sys.stderr)
        return EXIT_PROBLEM
    try:
        paths.ensure_private_dir(data)
    except OSError as exc:
        print("touchtimer: " + translate("CLI", "the data folder {folder} could not be made ({why})").format(
            folder=data, why=exc.strerror or exc), file=sys.stderr)
        return EXIT_PROBLEM
    opened = open_data(data, now=SystemClock().wall)
    for notice in opened.notices:
        print(f"touchtimer: {words_text(notice)}", file=sys.stderr)
    with opened.store as store:
        if not opened.report.writable:
            print("touchtimer: " + translate("CLI", "touchtimer's data cannot be written just now, so "
                                             "nothing was exchanged."), file=sys.stderr)
            return EXIT_PROBLEM
        if args.name:
            set_device_name(store, args.name)
        result = exchange(store, folder, routines_dir=paths.routines_dir(data))
    for notice in result.notices:
        print(translate("CLI", "note: {notice}").format(notice=words_text(notice)))
    if not result.ok:
        print(f"touchtimer: {words_text(result.problem)}.", file=sys.stderr)
        return EXIT_PROBLEM
    print(translate("CLI", "Shared through {folder}: {what}.").format(folder=folder,
                                                                      what=words_text(result.describe())))
    return EXIT_OK
