"""Two calm progress rings: a thick inner ring for the stage, a thin outer ring for the whole routine.

Both fill up as time passes, and the time in the middle counts up the same way ("4:05", and under it
"of 10:00" or "of 1 h target"), so the rings and the numbers never move in opposite directions.
Paused, the rings and the time turn grey and the caption says so. Progress is given from the engine's
snapshot; the widget keeps no time of its own and never animates.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from touchtimer.ui.widgets.theme import BASE_PX, THEMES, Theme


class ProgressRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressRing")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 220)
        self._stage: float | None = 0.0
        self._total = 0.0
        self._time = "0:00"
        self._caption = ""
        self._paused = False
        self._theme: Theme = THEMES["light"]
        self._scale = 1.0
        # The two full-circle tracks never change while a session runs, and drawing them (thick,
        # antialiased) was a third of the once-a-second repaint; they are drawn once per size and theme.
        self._tracks: QPixmap | None = None
        self._tracks_key: tuple[object, ...] = ()

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def minimumSizeHint(self) -> QSize:
        """Never so small that the time's figures are smaller than the words beside them."""
        side = max(160, round(7 * BASE_PX * self._scale))
        return QSize(side, side)

    def set_theme(self, theme: Theme, scale: float) -> None:
        self._theme = theme
        self._scale = scale
        self.setMinimumSize(self.minimumSizeHint())
        self.update()

    def set_progress(self, stage: float | None, total: float, time_text: str, caption: str,
                     paused: bool = False) -> None:
        """``stage`` is ``None`` for an open-ended stage without a target (no arc, only the track)."""
        self._stage = None if stage is None else min(1.0, max(0.0, stage))
        self._total = min(1.0, max(0.0, total))
        self._time = time_text
        self._caption = caption
        self._paused = paused
        self.update()

    @property
    def paused(self) -> bool:
        return self._paused

    def layout_problems(self) -> list[str]:
        """For the layout check: the time must fit inside the inner ring."""
        font, area = self._time_font_and_area()
        need = QFontMetricsF(font).horizontalAdvance(self._time)
        return [f"the time “{self._time}” needs {need:.0f}px, the ring has {area.width():.0f}"] \
            if need > area.width() + 1 else []

    @property
    def time_text(self) -> str:
        return self._time

    @property
    def caption(self) -> str:
        return self._caption

    def _track_pixmap(self, rings: tuple[tuple[QRectF, float], ...]) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self._theme.track)
        if self._tracks is None or key != self._tracks_key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for area, width in rings:
                painter.setPen(QPen(QColor(self._theme.track), width))
                painter.drawEllipse(area)
            painter.end()
            self._tracks, self._tracks_key = pixmap, key
        return self._tracks

    def _geometry(self) -> tuple[QRectF, QRectF, float, float]:
        side = min(self.width(), self.height())
        outer_w = max(6.0, side * 0.025)
        inner_w = max(12.0, side * 0.07)
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        outer = rect.adjusted(outer_w, outer_w, -outer_w, -outer_w)
        gap = outer_w + inner_w * 0.9
        inner = outer.adjusted(gap, gap, -gap, -gap)
        return outer, inner, outer_w, inner_w

    def _time_font_and_area(self) -> tuple[QFont, QRectF]:
        _outer, inner, _ow, inner_w = self._geometry()
        font = QFont(self.font())
        font.setPixelSize(max(20, round(inner.height() * 0.24)))
        font.setWeight(QFont.Weight.DemiBold)
        font.setFeature(QFont.Tag("tnum"), 1)
        area = QRectF(inner.left() + inner_w, inner.top(), inner.width() - 2 * inner_w, inner.height() * 0.6)
        return font, area

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self._theme
        outer, inner, outer_w, inner_w = self._geometry()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._track_pixmap(((outer, outer_w), (inner, inner_w))))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        grey = QColor(t.outer)          # paused: both rings grey, the stage's as dim as the routine's
        for area, width, colour, value in (
            (outer, outer_w, QColor(t.border) if self._paused else QColor(t.outer), self._total),
            (inner, inner_w, grey if self._paused else QColor(t.fill), self._stage),
        ):
            if value:
                pen = QPen(colour, width)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                p.setPen(pen)
                p.drawArc(area, 90 * 16, -round(value * 360 * 16))
        p.setPen(QColor(t.muted) if self._paused else QColor(t.text))
        font, time_area = self._time_font_and_area()
        p.setFont(font)
        p.drawText(time_area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self._time)
        cap_area = QRectF(inner.left() + inner_w, inner.top() + inner.height() * 0.62,
                          inner.width() - 2 * inner_w, inner.height() * 0.2)
        size = max(12, round(inner.height() * 0.08))
        font.setWeight(QFont.Weight.Normal)
        font.setPixelSize(size)
        while size > 12 and QFontMetricsF(font).horizontalAdvance(self._caption) > cap_area.width():
            size -= 1  # shrink a long caption until it fits inside the ring
            font.setPixelSize(size)
        p.setFont(font)
        p.setPen(QColor(t.muted))
        p.drawText(cap_area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._caption)
        p.end()
