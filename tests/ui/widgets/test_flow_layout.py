"""A FlowLayout keeps buttons whole and lets words wrap: a long sentence (a German translation) takes
the line's width and grows taller instead of widening the row, and so the page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from touchtimer.ui.widgets.flow_layout import FlowLayout

SENTENCE = "Lies das und drück dann die Eingabetaste, um zu starten, wenn alles bereit ist."


def _row(qtbot: QtBot, wrap: bool) -> tuple[QWidget, FlowLayout, QPushButton, QLabel]:
    row = QWidget()
    qtbot.addWidget(row)
    flow = FlowLayout(row, spacing=8)
    button = QPushButton("Ich habe das gelesen: Starten")
    label = QLabel(SENTENCE)
    label.setWordWrap(wrap)
    flow.addWidget(button)
    flow.addWidget(label)
    return row, flow, button, label


def test_a_wrapping_sentence_does_not_make_the_row_wider_than_its_widest_button(qtbot: QtBot) -> None:
    _row_widget, flow, button, label = _row(qtbot, wrap=True)
    assert label.sizeHint().width() > button.sizeHint().width()        # the sentence is the widest
    assert flow.minimumSize().width() == max(button.sizeHint().width(), label.minimumSizeHint().width())


def test_a_sentence_that_does_not_wrap_still_sets_the_rows_width(qtbot: QtBot) -> None:
    _row_widget, flow, _button, label = _row(qtbot, wrap=False)
    assert flow.minimumSize().width() >= label.sizeHint().width()


def test_a_wrapping_sentence_wider_than_the_line_takes_its_width_and_grows_taller(qtbot: QtBot) -> None:
    row, flow, button, label = _row(qtbot, wrap=True)
    width = max(button.sizeHint().width(), label.sizeHint().width() * 2 // 3)   # narrower than it likes
    height = flow.heightForWidth(width)
    row.resize(width, height)
    row.show()
    qtbot.waitExposed(row)
    assert label.width() <= width < label.sizeHint().width()
    assert label.height() > 2 * label.fontMetrics().lineSpacing()     # on three lines or more, all shown
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().top() >= button.geometry().bottom()      # under the button, not over it
    assert button.width() >= button.sizeHint().width()               # the button keeps its whole label
    assert height >= label.geometry().bottom() - row.rect().top()
