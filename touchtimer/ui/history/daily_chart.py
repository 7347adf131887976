"""Daily skin-to-skin minutes as calm bars, with the parent's daily target as a dashed line.

Painted with QPainter rather than QtCharts: the chart is a handful of bars and one line, the same
function paints the window and the PDF summary, it renders the same on the offscreen platform,
and it avoids loading the QtCharts module (graphics-view based, several MB) just for this.
There is no red, no "missed" marker and no streak: an empty day is simply an empty column.

Once people are recorded, each bar is split by who held baby, in calm colours that read on the light
and the night theme alike, with a small legend. A session two people shared counts for both in their
totals, so where the people's times add up to more than the day's, each part is scaled so the bar
stays the day's true total; the exact times are in the totals under the chart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from touchtimer.core.history.caregivers import NOT_RECORDED, DaySplit
from touchtimer.core.history.days import DayTotal
from touchtimer.ui.history import labels as L


@dataclass(frozen=True)
class ChartColors:
    bar: QColor
    target: QColor
    grid: QColor
    text: QColor

    @staticmethod
    def from_palette(palette: QPalette) -> ChartColors:
        bar = QColor(palette.color(QPalette.ColorRole.Highlight))
        text = QColor(palette.color(QPalette.ColorRole.Text))
        grid = QColor(text)
        grid.setAlphaF(0.15)
        return ChartColors(bar, text, grid, QColor(palette.color(QPalette.ColorRole.Text)))

    @staticmethod
    def for_print() -> ChartColors:
        return ChartColors(QColor("#4f8a83"), QColor("#3b3b3b"), QColor("#dddddd"), QColor("#333333"))


#: Colours for people in the chart: muted mid-tones, apart from each other, legible on light and dark.
PERSON_COLORS = ("#4f8a83", "#c29a5b", "#8a7fb8", "#6f9a62", "#b0788a", "#5f86a6")


def person_colors(people: Sequence[tuple[str, str]]) -> dict[str, QColor]:
    """A colour for each person id (in the list's order), and a soft grey for nobody recorded."""
    colors = {pid: QColor(PERSON_COLORS[i % len(PERSON_COLORS)]) for i, (pid, _name) in enumerate(people)}
    grey = QColor("#8c8c8c")
    grey.setAlphaF(0.6)
    colors[NOT_RECORDED] = grey
    return colors


def stacked_parts(total_seconds: float, split: dict[str, float],
                  order: Sequence[str]) -> list[tuple[str, float]]:
    """``(person id, seconds)`` of one day's bar, in ``order``, scaled to add up to the day's total."""
    parts = [(pid, split[pid]) for pid in order if split.get(pid, 0) > 0]
    summed = sum(s for _p, s in parts)
    if summed <= 0:
        return []
    scale = min(1.0, total_seconds / summed) if total_seconds > 0 else 1.0
    return [(pid, s * scale) for pid, s in parts]


def _nice_step(top: float, most: int = 5) -> int:
    """The smallest round step that splits ``top`` minutes into at most ``most`` parts."""
    for step in (10, 15, 30, 60, 120, 180, 240, 360, 480, 720):
        if top / step <= most:
            return step
    return 1440 * math.ceil(top / (1440 * max(1, most)))


def axis_steps(top: float, plot_height: float, label_height: float) -> tuple[int, int]:
    """(step, top of the axis) in minutes, with the axis labels never closer than their own height.

    At large text sizes the chart is not much taller, so it gets fewer, wider steps instead of labels
    written over each other.
    """
    most = max(1, min(5, int(plot_height // (label_height * 1.15))))
    step = _nice_step(top, most)
    return step, math.ceil(top / step) * step


def _axis_label(minutes: int, step: int) -> str:
    """One unit along the whole axis: minutes for short days, hours once the steps are hours."""
    if minutes == 0:
        return "0"
    if step % 60 == 0:
        return QCoreApplication.translate("DailyChart", "%1 h").replace("%1", str(minutes // 60))
    return QCoreApplication.translate("DailyChart", "%1 min").replace("%1", str(minutes))


def paint_daily_chart(painter: QPainter, rect: QRectF, days: Sequence[DayTotal], target_minutes: int,
                      colors: ChartColors, font: QFont, splits: Sequence[DaySplit] = (),
                      people: Sequence[tuple[str, str]] = ()) -> None:
    """Paint bars of skin-to-skin minutes per day into ``rect`` with the daily target as a dashed line;
    with ``splits`` (one per day) and ``people`` (``(id, name)``), each bar split by who held baby."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    values = [d.skin_seconds / 60 for d in days]
    top = max([target_minutes * 1.25, *(v * 1.08 for v in values), 30.0])
    legend_h = fm.height() * 1.5
    step, top = axis_steps(top, rect.height() - legend_h - fm.height() * 2.0, fm.height())
    left_w = max(fm.horizontalAdvance(_axis_label(t, step)) for t in range(0, int(top) + 1, step)) + 12
    plot = QRectF(rect.left() + left_w, rect.top() + legend_h + fm.height() * 0.5,
                  rect.width() - left_w - 4, rect.height() - legend_h - fm.height() * 2.0)

    def y_of(minutes: float) -> float:
        return plot.bottom() - plot.height() * min(minutes, top) / top

    for tick in range(0, int(top) + 1, step):
        y = y_of(tick)
        painter.setPen(QPen(colors.grid, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colors.text)
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2, left_w - 8, fm.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         _axis_label(tick, step))
    n = max(1, len(days))
    slot = plot.width() / n
    bar_w = max(2.0, slot * (0.6 if n <= 10 else 0.72))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.bar)
    split = len(splits) == len(days) and bool(people)
    hues = person_colors(people)
    order = [pid for pid, _name in people] + [NOT_RECORDED]
    for i, value in enumerate(values):
        if value <= 0:
            continue
        x = plot.left() + slot * i + (slot - bar_w) / 2
        height = max(2.0, plot.bottom() - y_of(value))
        parts = stacked_parts(days[i].skin_seconds, splits[i].skin_by_caregiver, order) if split else []
        if not parts:
            painter.setBrush(colors.bar)
            painter.drawRoundedRect(QRectF(x, plot.bottom() - height, bar_w, height), 3, 3)
            continue
        bottom = plot.bottom()
        for pid, seconds in parts:      # from the bottom up, in the legend's order
            piece = height * seconds / days[i].skin_seconds
            painter.setBrush(hues[pid])
            painter.drawRect(QRectF(x, bottom - piece, bar_w, piece))
            bottom -= piece
    # day labels: every day for a week, about five for a month
    painter.setPen(colors.text)
    locale = QLocale()
    texts = [locale.toString(QDate(d.day.year, d.day.month, d.day.day), "ddd d") if n <= 10
             else L.short_day_label(d.day) for d in days]
    every = 1 if n <= 10 else max(1, round(n / 6))
    # with large text, label every second or third day rather than write them over each other
    widest = max((fm.horizontalAdvance(text) + 8 for text in texts), default=0.0)
    every = max(every, math.ceil(widest / slot))
    for i, text in enumerate(texts):
        if (n - 1 - i) % every:
            continue
        x = plot.left() + slot * i + slot / 2
        width = max(slot, fm.horizontalAdvance(text) + 4)
        left = min(max(x - width / 2, plot.left()), rect.right() - width)
        painter.drawText(QRectF(left, plot.bottom() + 4, width, fm.height()),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)
    # the daily target
    y = y_of(target_minutes)
    pen = QPen(colors.target, 2, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    # its legend sits above the plot, so it never covers a bar
    label = QCoreApplication.translate("DailyChart", "your daily target: %1 min").replace(
        "%1", str(target_minutes))
    label_w = fm.horizontalAdvance(label) + 4
    sample = fm.height() * 1.6
    text_rect = QRectF(rect.right() - label_w, rect.top(), label_w, legend_h)
    painter.drawLine(QPointF(text_rect.left() - sample - 8, text_rect.center().y()),
                     QPointF(text_rect.left() - 8, text_rect.center().y()))
    painter.setPen(colors.text)
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
    if split:
        _legend(painter, QRectF(rect.left(), rect.top(), text_rect.left() - sample - 24 - rect.left(),
                                legend_h), people, hues, fm, colors)
    painter.restore()


def _legend(painter: QPainter, rect: QRectF, people: Sequence[tuple[str, str]], hues: dict[str, QColor],
            fm: QFontMetricsF, colors: ChartColors) -> None:
    """A swatch and a name for each person, left to right, as many as fit."""
    x = rect.left()
    box = fm.height() * 0.7
    entries = [*people, (NOT_RECORDED, QCoreApplication.translate("DailyChart", "not recorded"))]
    for pid, name in entries:
        width = box + 6 + fm.horizontalAdvance(name) + 14
        if x + width > rect.right():
            break
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(hues[pid])
        painter.drawRect(QRectF(x, rect.center().y() - box / 2, box, box))
        painter.setPen(colors.text)
        painter.drawText(QRectF(x + box + 6, rect.top(), width - box - 6, rect.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        x += width


class DailyChart(QWidget):
    """The chart as a widget; :meth:`set_days` gives it new totals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[DayTotal] = []
        self._splits: list[DaySplit] = []
        self._people: list[tuple[str, str]] = []
        self._target = 60
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(180)
        self.setMaximumHeight(360)
        self.setAccessibleName(self.tr("Daily skin-to-skin minutes"))

    def set_days(self, days: Sequence[DayTotal], target_minutes: int, splits: Sequence[DaySplit] = (),
                 people: Sequence[tuple[str, str]] = ()) -> None:
        """New totals; with ``splits`` and ``people`` each bar is split by who held baby."""
        self._days = list(days)
        self._splits = list(splits)
        self._people = list(people)
        self._target = target_minutes
        total = sum(d.skin_seconds for d in self._days)
        self.setAccessibleDescription(self.tr("%1 days, %2 in all, daily target %3 min").replace(
            "%1", str(len(self._days))).replace("%2", L.minutes_label(total)).replace(
            "%3", str(target_minutes)))
        self.update()

    @property
    def days(self) -> list[DayTotal]:
        return list(self._days)

    @property
    def target(self) -> int:
        return self._target

    @property
    def splits(self) -> list[DaySplit]:
        return list(self._splits)

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_daily_chart(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self._days, self._target,
                          ChartColors.from_palette(self.palette()), self.font(), self._splits, self._people)
        painter.end()
