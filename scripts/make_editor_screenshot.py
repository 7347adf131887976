"""Make docs/screenshots/routine-editor.png: the routine editor with the app's real theme applied.

Runs offscreen with a temporary data folder; the editor is shown the way the app opens it, as a
dialog no bigger than a 1280x800 laptop screen:

    python scripts/make_editor_screenshot.py [--out docs/screenshots] [--scale 1.0] [--theme light]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# An offscreen screen the size of a 1280x800 laptop, so the editor fits itself as it would there.
_SCREEN = Path(tempfile.gettempdir()) / "touchtimer-laptop-screen.json"
_SCREEN.write_text('{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, '
                   '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}', encoding="utf-8")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")

SIZE = (1280, 800)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--name", default="routine-editor.png")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--theme", choices=("light", "night"), default="light")
    args = parser.parse_args()

    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from touchtimer.core.routines.files import builtin_routines
    from touchtimer.ui.routines.editor import RoutineEditor
    from touchtimer.ui.widgets import theme as themes

    app = QApplication.instance() or QApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    routines = builtin_routines()
    routine = routines.by_id("gentle-hello") or routines.routines[0]
    with tempfile.TemporaryDirectory() as folder:
        editor = RoutineEditor(routine, Path(folder), [r.id for r in routines.routines])
        chosen = themes.THEMES[args.theme]
        editor.setPalette(themes.palette(chosen))
        editor.setStyleSheet(themes.stylesheet(chosen, args.scale))
        editor.available = QSize(*SIZE)
        editor.show()
        for _ in range(3):  # the layout settles over a few passes of the event loop
            app.processEvents()
        path = args.out / args.name
        editor.grab().save(str(path))
        print(path, editor.width(), editor.height())
        editor.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
