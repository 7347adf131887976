"""One registry of named actions, used by buttons, shortcuts, menus, the tray and tests.

Each action has a stable name (``session.pause``), a translated label, a tooltip, its shortcuts and
one callback. Widgets never connect a button to a method directly: they take the action by name, so
a shortcut, a menu entry and a button always do the same thing and are enabled together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget


class Actions(QObject):
    """Named ``QAction`` objects attached to one window, so their shortcuts work anywhere in it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._actions: dict[str, QAction] = {}

    def add(self, name: str, text: str, tip: str, callback: Callable[[], object],
            shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
            *, checkable: bool = False) -> QAction:
        if name in self._actions:
            raise ValueError(f"action {name!r} exists already")
        # QAction(parent) and setText: the QAction(text, parent) overload makes PySide6 set up QIcon's
        # enums (a few ms before the first paint; docs/performance.md).
        action = QAction(self._window)
        action.setText(text)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        keys: list[QKeySequence] = []
        for key in shortcuts:
            if isinstance(key, str | QKeySequence):  # tested first: StandardKey's enum costs a ms
                keys.append(QKeySequence(key))
            else:
                keys.extend(QKeySequence.keyBindings(key))
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if checkable:
            action.toggled.connect(lambda _checked: callback())
        else:
            action.triggered.connect(lambda _checked=False: callback())
        self._window.addAction(action)
        self._actions[name] = action
        return action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __contains__(self, name: object) -> bool:
        return name in self._actions

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)

    def trigger(self, name: str) -> None:
        """Run an action as a shortcut or menu would: only when it is enabled."""
        action = self._actions[name]
        if action.isEnabled():
            action.trigger()

    def set_enabled(self, names: Sequence[str], enabled: bool) -> None:
        for name in names:
            self._actions[name].setEnabled(enabled)

    def shortcut_text(self, name: str) -> str:
        """The action's shortcuts as the user would type them, e.g. "Right, N"."""
        return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in self._actions[name].shortcuts())

    def rows(self) -> list[tuple[str, str, str]]:
        """(label, shortcuts, tooltip) for every action that has a shortcut, for the F1 help."""
        out = []
        for name, action in self._actions.items():
            if action.shortcuts():
                out.append((action.text().replace("&", ""), self.shortcut_text(name), action.toolTip()))
        return out


def bind_button(button: QAbstractButton, action: QAction, *, accessible_name: str | None = None,
                mnemonic: bool = True) -> None:
    """Make ``button`` trigger ``action`` and follow its text, tooltip and enabled state.

    ``mnemonic=False`` leaves out the action's Alt key (a second button for an action whose Alt key
    another button or a menu already has)."""

    def sync() -> None:
        button.setText(action.text() if mnemonic else action.text().replace("&", ""))
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        button.setToolTip(f"{action.toolTip()} ({keys})" if keys else action.toolTip())
        button.setEnabled(action.isEnabled())
        button.setAccessibleName(accessible_name or action.text().replace("&", ""))
        button.setAccessibleDescription(action.toolTip())

    button.clicked.connect(lambda _checked=False: action.trigger())
    action.changed.connect(sync)
    sync()
