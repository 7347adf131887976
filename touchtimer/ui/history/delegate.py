"""Paints the history list: a day header with the day's totals, then two calm lines per session."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from touchtimer.ui.history.model import ENTRY_ROLE, DayEntry, HistoryModel, SessionEntry

PAD = 10
#: The width of the bar that marks the chosen session.
BAR = 6


class HistoryDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font_key = ""
        self._day_font_cache = QFont()
        self._heights = (0, 0)        # day header, session row

    @staticmethod
    def _make_day_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setBold(True)
        if base.pixelSize() > 0:
            font.setPixelSize(round(base.pixelSize() * 1.1))
        elif base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF() * 1.1)
        return font

    def _measure(self, base: QFont) -> None:
        """Fonts and row heights, worked out once per font rather than once per row."""
        key = base.key()
        if key != self._font_key:
            self._font_key = key
            self._day_font_cache = self._make_day_font(base)
            line = QFontMetrics(base).height()
            # one height for every row, so the list can lay out thousands of rows without measuring them
            height = max(2 * line + 2 * PAD, QFontMetrics(self._day_font_cache).height() + 2 * PAD + 8)
            self._heights = (height, height)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        self._measure(option.font)
        is_day = isinstance(index.data(ENTRY_ROLE), DayEntry)
        return QSize(200, self._heights[0] if is_day else self._heights[1])

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
            self._measure(font)
            day_font = self._day_font_cache
            painter.setFont(day_font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            inner = rect.adjusted(PAD, PAD + 4, -PAD, -PAD + 4)
            title, totals = model.day_title(entry), model.day_totals_text(entry)
            room = inner.width() - QFontMetrics(day_font).horizontalAdvance(title) - 2 * PAD
            one_line = QFontMetrics(font).horizontalAdvance(totals) <= room
            left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            upper = inner.adjusted(0, 0, 0, -inner.height() // 2)
            painter.drawText(inner if one_line else upper, left, title)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if one_line:       # the day's totals at the right; on a line of their own when that is short
                painter.drawText(inner, right, totals)
            else:
                lower = inner.adjusted(0, inner.height() // 2, 0, 0)
                fitted = QFontMetrics(font).elidedText(totals, Qt.TextElideMode.ElideRight, lower.width())
                painter.drawText(lower, left, fitted)
        elif isinstance(entry, SessionEntry):
            selected = bool(state & QStyle.StateFlag.State_Selected)
            if selected:   # a faint tint with a bar in the highlight colour at its left, as on Home: never
                # a large bright block at night
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(40)
                painter.fillRect(rect, tint)
                painter.fillRect(QRect(rect.left(), rect.top(), BAR, rect.height()),
                                 palette.color(QPalette.ColorRole.Highlight))
            text_role = QPalette.ColorRole.Text
            line = QFontMetrics(font).height()
            first = QRect(rect.left() + 2 * PAD, rect.top() + PAD, rect.width() - 3 * PAD, line)
            second = first.translated(0, line)
            painter.setPen(palette.color(text_role))
            painter.setFont(font)
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(first, flags, QFontMetrics(font).elidedText(
                model.session_title(entry), Qt.TextElideMode.ElideRight, first.width()))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(second, flags, QFontMetrics(font).elidedText(
                model.session_details(entry), Qt.TextElideMode.ElideRight, second.width()))
            if bool(state & QStyle.StateFlag.State_HasFocus):
                painter.setPen(palette.color(text_role))
                painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()
