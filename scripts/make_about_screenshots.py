"""Make docs/screenshots/about.png and about-night.png: Help ▸ About touchtimer over the window, in the
light and the night theme.

    python scripts/make_about_screenshots.py [--out docs/screenshots]      # offscreen, widget.grab()
    python scripts/make_about_screenshots.py --x11 DISPLAY --out DIR       # the whole screen of a real
                                                                            # X server (Xvfb at 1366x768)

The data folder shown is a made-up one, so the picture names no real home folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLE_DATA = Path("/home/parent/.local/share/touchtimer")
SAMPLE_CONFIG = Path("/home/parent/.config/touchtimer")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--x11", metavar="DISPLAY", help="show on this X display and capture its screen")
    args = parser.parse_args()
    if args.x11:
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        os.environ["DISPLAY"] = args.x11
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TOUCHTIMER_CONFIG_DIR"] = str(SAMPLE_CONFIG)

    from PySide6.QtWidgets import QApplication

    from touchtimer.app import app_icon
    from touchtimer.core.about import about
    from touchtimer.core.clock import FakeClock, FakeScheduler
    from touchtimer.core.routines.files import builtin_routines
    from touchtimer.core.settings import Settings
    from touchtimer.core.storage.store import open_store
    from touchtimer.ui.about_dialog import AboutDialog
    from touchtimer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "touchtimer.sqlite3")
        clock = FakeClock()
        window = MainWindow(store, builtin_routines(), Settings(theme="light"), clock,
                            lambda _parent: FakeScheduler(clock))
        screen = app.primaryScreen().availableGeometry()
        window.resize(min(1280, screen.width()), min(800, screen.height()))
        window.show()
        for theme, name in (("light", "about.png"), ("night", "about-night.png")):
            window.registry[f"view.theme_{theme}"].trigger()
            dialog = AboutDialog(about(SAMPLE_DATA), window)
            window.open_dialog(dialog)
            for _ in range(5):
                app.processEvents()
            path = args.out / name
            if args.x11:
                subprocess.run(["import", "-display", args.x11, "-window", "root", str(path)], check=True)
            else:
                dialog.grab().save(str(path))
            print(path, f"dialog {dialog.width()}x{dialog.height()}")
            dialog.accept()
            app.processEvents()
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
