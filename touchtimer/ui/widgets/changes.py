"""Following the store's change feed from a widget, for exactly as long as the widget lives.

Each view calls :func:`follow_changes` once with its own handler, and decides in it from the
:class:`~touchtimer.core.storage.changes.Changes` value whether to read again. The subscription ends
when the widget is destroyed, so a closed dialog is never called back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from touchtimer.core.storage.changes import ChangeFeed, Changes


def follow_changes(owner: QObject, feed: ChangeFeed, handler: Callable[[Changes], None]) -> None:
    """Call ``handler`` with every :class:`Changes` on ``feed`` until ``owner`` is destroyed."""
    stop = feed.subscribe(handler)
    owner.destroyed.connect(lambda *_: stop())
