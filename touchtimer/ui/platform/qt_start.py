"""Make the ``QApplication``, and when Qt cannot open a window say why in words.

Without a system library that Qt's X11 plugin needs (``libxcb-cursor0`` is the usual one on a fresh
machine), or without a display, Qt prints a few lines about platform plugins, suggests reinstalling
the application, and aborts. Here the messages Qt gives while the application is made are held back;
if Qt gives up, touchtimer names the Debian/Ubuntu packages that are missing (found by loading each
library the plugin links to) or says that there is no display, and exits with status 1. When the
application is made, the held-back messages are printed as Qt would have printed them.
"""

from __future__ import annotations

import os
import sys
from typing import Any

EXIT_NO_WINDOW = 1

#: The libraries Qt's xcb platform plugin (and the Qt libraries it loads) take from the system, and
#: the Debian/Ubuntu package of each (scripts/system-packages.txt lists them all).
XCB_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loads(soname: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(loads: Any = _loads) -> list[str]:
    """The packages whose library cannot be loaded, in the order above, each once."""
    missing: list[str] = []
    for soname, package in XCB_LIBRARIES.items():
        if package not in missing and not loads(soname):
            missing.append(package)
    return missing


def explain(fatal: str, warnings: list[str], missing: list[str]) -> str:
    """What to tell a person when Qt could not open a window."""
    if missing:
        names = " ".join(missing)
        return ("touchtimer cannot open its window: Qt needs system libraries that are not installed.\n"
                f"Install them with:  sudo apt-get install {names}\n"
                "(from the source folder, scripts/install-system-packages --app installs every one)")
    if any("could not connect to display" in w for w in warnings):
        display = os.environ.get("DISPLAY")
        where = f"the display {display!r}" if display else "a display (DISPLAY is not set)"
        return (f"touchtimer cannot open its window: it could not connect to {where}. "
                "Start it from a desktop session.")
    first = fatal.strip().splitlines()[0] if fatal.strip() else "Qt could not start"
    return f"touchtimer cannot open its window: {first}"


def _qt_format(category: str, text: str) -> str:
    return text if category in ("", "default") else f"{category}: {text}"


def application(argv: list[str]) -> Any:
    """A new ``QApplication`` for ``argv``; if Qt cannot open a window, a plain message and exit 1."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    held: list[tuple[str, str]] = []

    def handler(kind: QtMsgType, context: Any, text: str) -> None:
        category = str(context.category or "")
        if kind == QtMsgType.QtFatalMsg:
            warnings = [t for _c, t in held]
            sys.stderr.write(explain(text, warnings, missing_packages()) + "\n")
            sys.stderr.flush()
            os._exit(EXIT_NO_WINDOW)   # Qt would abort right after this handler returns
        held.append((category, text))

    qInstallMessageHandler(handler)
    try:
        app = QApplication(argv)
    finally:
        qInstallMessageHandler(None)
    for category, text in held:
        print(_qt_format(category, text), file=sys.stderr)
    return app
