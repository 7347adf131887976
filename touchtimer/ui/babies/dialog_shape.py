"""How the babies dialog fits a screen: its list as wide as its lines, and above the form when side by
side they would be wider than the screen. A mixin of :class:`~touchtimer.ui.babies.dialog.BabiesDialog`;
the window asks :meth:`DialogShape.prepare_to_fit` before it fits the dialog to the screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QDialog, QFormLayout, QGroupBox, QListWidget, QPushButton

if TYPE_CHECKING:
    _Base = QDialog
else:
    _Base = object


class DialogShape(_Base):
    body: QBoxLayout
    list: QListWidget
    form_box: QGroupBox
    add_button: QPushButton

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_list()        # after the window's style sheet (its text size) is applied
        self._shape_for_screen()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_list()          # at the text size just set, before the dialog is sized to fit
            self._shape_for_screen()

    def prepare_to_fit(self) -> None:
        """Called before the window fits this dialog to the screen: the list and the shape first."""
        self._fit_list()
        self._shape_for_screen()

    def _shape_for_screen(self) -> None:
        """The list above the form when side by side they would be wider than the screen; and the
        form's labels above their fields when even the form alone is (a long translation, large text)."""
        screen = self.screen()
        room = screen.availableGeometry().width() - 60 if screen is not None else 10_000
        form = self.form_box.layout()
        assert isinstance(form, QFormLayout)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.body.setDirection(QBoxLayout.Direction.LeftToRight)
        self.body.activate()
        side_by_side = self.body.minimumSize().width() <= room
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side
                               else QBoxLayout.Direction.TopToBottom)
        self.body.activate()
        if self.body.minimumSize().width() > room:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

    def _fit_list(self) -> None:
        """The list as wide as its longest line, so a name and age never wrap onto four lines (up to a
        third of the screen; beyond that, with the largest text, the lines wrap)."""
        fm = QFontMetrics(self.list.font())
        lines = [line for row in range(self.list.count()) for line in self.list.item(row).text().split("\n")]
        lines.append(self.add_button.text())
        widest = max(fm.horizontalAdvance(line) for line in lines)
        screen = self.screen()
        room = screen.availableGeometry().width() // 3 if screen is not None else 400
        pad = 4 * fm.averageCharWidth() + self.list.verticalScrollBar().sizeHint().width() + 24
        self.list.setMinimumWidth(min(widest + pad, room))
