"""Paints the history list: a day header with the day's totals, then two calm lines per session."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from touchtimer.ui.history_model import ENTRY_ROLE, DayEntry, HistoryModel, SessionEntry

PAD = 10


class HistoryDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def _day_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setBold(True)
        font.setPointSizeF(base.pointSizeF() * 1.1 if base.pointSizeF() > 0 else 13)
        if base.pixelSize() > 0:
            font.setPixelSize(round(base.pixelSize() * 1.1))
        return font

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        entry = index.data(ENTRY_ROLE)
        line = QFontMetrics(option.font).height()
        if isinstance(entry, DayEntry):
            return QSize(200, QFontMetrics(self._day_font(option.font)).height() + 2 * PAD + 8)
        return QSize(200, 2 * line + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        model = index.model()
        if not isinstance(model, HistoryModel):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        font: QFont = option.font
        state = option.state
        painter.save()
        if isinstance(entry, DayEntry):
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            day_font = self._day_font(font)
            painter.setFont(day_font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            inner = rect.adjusted(PAD, PAD + 6, -PAD, -PAD + 2)
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             model.day_title(entry))
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             model.day_totals_text(entry))
        elif isinstance(entry, SessionEntry):
            selected = bool(state & QStyle.StateFlag.State_Selected)
            if selected:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
            text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            line = QFontMetrics(font).height()
            first = QRect(rect.left() + 2 * PAD, rect.top() + PAD, rect.width() - 3 * PAD, line)
            second = first.translated(0, line)
            painter.setPen(palette.color(text_role))
            painter.setFont(font)
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(first, flags, QFontMetrics(font).elidedText(
                model.session_title(entry), Qt.TextElideMode.ElideRight, first.width()))
            if not selected:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(second, flags, QFontMetrics(font).elidedText(
                model.session_details(entry), Qt.TextElideMode.ElideRight, second.width()))
            if bool(state & QStyle.StateFlag.State_HasFocus):
                painter.setPen(palette.color(text_role))
                painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()
