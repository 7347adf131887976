"""Make docs/screenshots/settings.png: the settings dialog as the app opens it, with "Delete all my data…".

Usage: python scripts/make_settings_screenshot.py [--out docs/screenshots]   (offscreen is fine)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if "QT_QPA_PLATFORM" not in os.environ:     # offscreen, on a 1366x768 laptop screen
        screen = Path(tempfile.mkdtemp()) / "screen.json"
        screen.write_text('{"windowFrameMargins": false, "screens": [{"name": "laptop", "x": 0, "y": 0, '
                          '"width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

    from PySide6.QtWidgets import QApplication

    from touchtimer.app import add_data_deletion, add_settings_entry
    from touchtimer.core.clock import FakeClock, FakeScheduler, SystemClock
    from touchtimer.core.routines.files import builtin_routines
    from touchtimer.core.settings import Settings, SettingsLoad
    from touchtimer.core.startup import open_data
    from touchtimer.ui.main_window import MainWindow
    from touchtimer.ui.platform.chimes import Chimes
    from touchtimer.ui.platform.cue_player import CuePlayer
    from touchtimer.ui.platform.voice import Voice

    app = QApplication.instance() or QApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        store = open_data(data_dir, now=SystemClock().wall).store
        clock = FakeClock()
        scheduler = FakeScheduler(clock)
        settings = Settings(theme="light")
        window = MainWindow(store, builtin_routines(), settings, clock, lambda _parent: scheduler)
        window.resize(1366, 768)
        window.show()
        player = CuePlayer(settings, clock, voice=Voice("mock"), chimes=Chimes(has_output=lambda: True),
                           parent=window)
        add_settings_entry(window, SettingsLoad(settings), Path(folder) / "config", player,
                           add_data_deletion(window, data_dir))
        window.registry.trigger("app.settings")
        dialog = window.dialog
        assert dialog is not None
        app.processEvents()          # shown and polished with the window's theme, fitted to the screen
        path = args.out / "settings.png"
        dialog.grab().save(str(path))
        print(path)
        dialog.reject()
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
