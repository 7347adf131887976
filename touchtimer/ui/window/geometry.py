"""Where the window opens and how big: inside the screen's available area, at the size it had on
that screen last time.

A laptop at 1366x768 (or a 1024x600 netbook, or a 4K screen at 200 %) has less room than the
1280x800 the window prefers: there it opens maximised, so the desktop fits it between its panels and
nothing is off the bottom of the screen. Sizes are remembered per screen (``Settings.window_sizes``,
keyed by the screen's name and logical size), so a laptop that is sometimes on a large monitor opens
right on both.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

from touchtimer.core.settings import Settings

#: The size the window asks for where the screen has room for it.
PREFERRED = QSize(1280, 800)
#: Room left for the window's title bar and border, which the desktop draws outside the window.
FRAME = QSize(16, 48)


def screen_key(screen: QScreen | None) -> str:
    """The key a screen's remembered size is kept under: its name and logical size."""
    if screen is None:
        return ""
    size = screen.geometry().size()
    return f"{screen.name() or 'screen'} {size.width()}x{size.height()}"


def remembered(settings: Settings, key: str) -> tuple[QSize, bool] | None:
    """The size (and whether it was maximised) last used on the screen ``key``."""
    value = settings.window_sizes.get(key)
    if not value:
        return None
    return QSize(value[0], value[1]), bool(value[2])


def remember(window: QWidget, settings: Settings) -> None:
    """Note the window's size on its current screen (its size when not maximised, and whether it is)."""
    key = screen_key(window.screen())
    if not key:
        return
    normal = window.normalGeometry() if window.isMaximized() else window.geometry()
    settings.window_sizes = {**settings.window_sizes,
                             key: [normal.width(), normal.height(), int(window.isMaximized())]}


def initial_geometry(available: QRect, wanted: QSize | None = None) -> tuple[QRect, bool]:
    """The window's rectangle in the ``available`` area, and whether to open it maximised.

    ``wanted`` is the remembered size; without one the window asks for :data:`PREFERRED`. Where that
    (with the desktop's frame) does not fit, the window opens maximised.
    """
    size = wanted or PREFERRED
    room = available.size() - FRAME
    maximised = size.width() > room.width() or size.height() > room.height()
    size = size.boundedTo(room).expandedTo(QSize(1, 1))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect, maximised


def place(window: QWidget, available: QRect, settings: Settings) -> None:
    """Size and show ``window`` within the ``available`` area of its screen."""
    saved = remembered(settings, screen_key(window.screen()))
    rect, maximised = initial_geometry(available, saved[0] if saved else None)
    window.setGeometry(rect)
    if maximised or (saved is not None and saved[1]):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    window.show()      # one show() call, maximised or not (the start-up benchmark watches for it)
