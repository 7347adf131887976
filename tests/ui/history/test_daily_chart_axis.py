"""The history chart's minute axis stays readable at every text size.

At 200 % text the chart is barely taller (it is capped at 220 px), and its five axis labels were
written over each other. Now it uses fewer, wider steps when the labels would not fit.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter

from touchtimer.core.history.days import DayTotal
from touchtimer.ui.history import daily_chart
from touchtimer.ui.widgets import theme as themes


@given(top=st.floats(min_value=30, max_value=1600), plot=st.floats(min_value=40, max_value=800),
       label=st.floats(min_value=8, max_value=40))
def test_axis_steps_keep_labels_apart(top: float, plot: float, label: float) -> None:
    step, axis_top = daily_chart.axis_steps(top, plot, label)
    assert axis_top >= top and axis_top % step == 0
    parts = axis_top // step
    assert parts <= 5
    if plot >= label * 1.15:
        assert plot / parts >= label


def test_axis_steps_unchanged_with_room() -> None:
    assert daily_chart.axis_steps(75, 400, 20) == (15, 75)     # as before: at most five parts
    assert daily_chart.axis_steps(300, 400, 20) == (60, 300)


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_painted_axis_labels_do_not_overlap(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                            scale: float) -> None:
    drawn: set[int] = set()
    real = daily_chart._axis_label

    def record(minutes: int, step: int) -> str:
        drawn.add(minutes)
        return real(minutes, step)

    monkeypatch.setattr(daily_chart, "_axis_label", record)
    font = QFont()
    font.setPixelSize(themes.px(themes.BASE_PX, scale))
    start = date(2026, 11, 1)
    days = [DayTotal(start + timedelta(days=i), skin_seconds=60 * (40 + 15 * i)) for i in range(7)]
    image = QImage(540, 220, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    rect = QRectF(4, 4, 532, 212)   # the widget at its largest height, less its 4 px margin
    daily_chart.paint_daily_chart(painter, rect, days, 60, daily_chart.ChartColors.for_print(), font)
    painter.end()
    label = QFontMetricsF(font).height()
    plot = rect.height() - label * 1.5 - label * 2.0
    ticks = sorted(drawn)
    assert len(ticks) >= 2
    assert plot / (len(ticks) - 1) >= label, (scale, ticks)
