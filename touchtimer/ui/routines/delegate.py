"""Draws one routine row on Home: the title in bold, then kind · length · ages, the summary and any note.

Long lines are elided; the full summary is in the row's tooltip and accessible text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

#: Item data role holding the row's lines (title first).
LINES_ROLE = Qt.ItemDataRole.UserRole + 1
PAD = 12


class RoutineDelegate(QStyledItemDelegate):
    #: The colour of the summary and note lines; the theme sets it, the palette is the fallback.
    muted: QColor | None = None

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        body = QFont(option.font)
        title = QFont(body)
        title.setWeight(QFont.Weight.DemiBold)
        title.setPixelSize(round(max(body.pixelSize(), 12) * 1.15) if body.pixelSize() > 0 else -1)
        return title, body

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        lines = index.data(LINES_ROLE)
        if not lines:
            return super().sizeHint(option, index)
        title, body = self._fonts(option)
        height = QFontMetrics(title).lineSpacing() + (len(lines) - 1) * QFontMetrics(body).lineSpacing()
        return QSize(200, height + 2 * PAD + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        lines = index.data(LINES_ROLE)
        if not lines:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        title, body = self._fonts(option)
        palette = opt.palette
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = self.muted or palette.color(QPalette.ColorRole.PlaceholderText)
        rect = opt.rect.adjusted(PAD + 6, PAD, -PAD, -PAD)
        painter.save()
        y = rect.top()
        for number, line in enumerate(lines):
            font = title if number == 0 else body
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(text_colour if number < 2 else muted)
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), y, rect.width(), metrics.lineSpacing()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            y += metrics.lineSpacing()
        painter.restore()
