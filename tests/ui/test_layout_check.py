"""The layout check finds what a person could not read or reach, and nothing in a layout that fits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tests.helpers.layout_check import check, whole_and_visible


def shown(qtbot: Any, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    return widget


def kinds(widget: QWidget, available: QRect | None = None) -> list[str]:
    return [problem.kind for problem in check(widget, available)]


def test_a_layout_with_room_has_no_problems(qtbot: Any) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel("A calm sentence that wraps when it has to, at any width the page gives it.")
    label.setWordWrap(True)
    layout.addWidget(label)
    row = QHBoxLayout()
    combo = QComboBox()
    combo.addItems(["Both or no side", "Left"])
    row.addWidget(combo)
    row.addWidget(QPushButton("&Save note"))
    layout.addLayout(row)
    shown(qtbot, page, 500, 300)
    assert check(page, QRect(0, 0, 1366, 768)) == []


def test_a_label_cut_short_is_clipped(qtbot: Any) -> None:
    page = QWidget()
    label = QLabel("Help: baby unwell?", page)
    label.setGeometry(0, 0, 40, 30)
    shown(qtbot, page, 200, 100)
    problems = check(page)
    assert [p.kind for p in problems] == ["clipped"]
    assert "baby unwell" in problems[0].where


def test_a_wrapped_label_too_short_for_its_lines_is_clipped(qtbot: Any) -> None:
    page = QWidget()
    label = QLabel("Tick each one when it is true, then start the session when you are ready.", page)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 120, 20)
    shown(qtbot, page, 200, 100)
    assert kinds(page) == ["clipped"]


def test_a_squeezed_button_is_clipped_and_overlaps_its_neighbour(qtbot: Any) -> None:
    page = QWidget()
    first = QPushButton("Delete session", page)
    second = QPushButton("Save note", page)
    first.setGeometry(0, 0, 60, 30)
    second.setGeometry(40, 0, 100, 30)
    shown(qtbot, page, 200, 100)
    assert sorted(kinds(page)) == ["clipped", "overlap"]


def test_a_widget_beyond_its_parent_is_outside(qtbot: Any) -> None:
    page = QWidget()
    QPushButton("Go", page).setGeometry(170, 0, 60, 30)
    shown(qtbot, page, 200, 100)
    assert kinds(page) == ["outside"]


def test_a_window_larger_than_the_screen_is_outside(qtbot: Any) -> None:
    page = shown(qtbot, QWidget(), 300, 300)
    assert kinds(page, QRect(0, 0, 1024, 200)) == ["outside"]


def test_scroll_contents_that_cannot_be_scrolled_to_are_outside(qtbot: Any) -> None:
    area = QScrollArea()
    contents = QWidget()
    contents.setMinimumSize(100, 600)
    area.setWidget(contents)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    shown(qtbot, area, 200, 150)
    assert kinds(area) == ["outside"]
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    QApplication.processEvents()
    assert kinds(area) == []


def test_a_page_that_must_be_scrolled_sideways_is_outside(qtbot: Any) -> None:
    area = QScrollArea()
    contents = QWidget()
    contents.setMinimumSize(600, 100)
    area.setWidget(contents)
    shown(qtbot, area, 200, 150)
    problems = check(area)
    assert [p.kind for p in problems] == ["outside"] and "sideways" in problems[0].detail
    area.setProperty("scrollsSideways", True)
    assert kinds(area) == []


def test_a_cut_table_cell_is_elided_unless_meant_to(qtbot: Any) -> None:
    table = QTableWidget(1, 1)
    table.setItem(0, 0, QTableWidgetItem("Breathe first, then settle in"))
    table.setWordWrap(False)
    table.setColumnWidth(0, 60)
    shown(qtbot, table, 200, 120)
    assert kinds(table) == ["elided"]
    table.setProperty("elides", True)
    assert kinds(table) == []


def test_a_drop_down_too_narrow_for_its_choice_is_elided(qtbot: Any) -> None:
    page = QWidget()
    combo = QComboBox(page)
    combo.addItem("Both or no side")
    combo.setGeometry(0, 0, 60, 30)
    shown(qtbot, page, 200, 100)
    assert kinds(page) == ["elided"]


def test_a_text_box_one_line_high_is_a_field_problem(qtbot: Any) -> None:
    page = QWidget()
    QPlainTextEdit(page).setGeometry(0, 0, 180, 24)
    shown(qtbot, page, 200, 100)
    assert kinds(page) == ["field"]


def test_a_button_scrolled_out_of_view_is_not_wholly_visible(qtbot: Any) -> None:
    area = QScrollArea()
    contents = QWidget()
    contents.setMinimumSize(150, 600)
    button = QPushButton("Help", contents)
    button.setGeometry(0, 500, 100, 40)
    area.setWidget(contents)
    shown(qtbot, area, 200, 200)
    assert "can be seen" in whole_and_visible(button)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert whole_and_visible(button) == ""


def test_a_radio_buttons_label_cut_by_its_shortcut_letter_is_clipped_until_kerning_is_off(qtbot: Any) -> None:
    """Qt sizes a radio button's label in one piece and draws it in three around the shortcut letter; a
    kerned pair across the letter ("Tr") then draws wider than its room and the last letter is cut. The
    check measures it as drawn; the window's fonts for check boxes and radio buttons have no kerning."""
    from PySide6.QtWidgets import QRadioButton

    from touchtimer.ui.widgets import theme
    from touchtimer.ui.widgets.theme import unkerned_choice_labels

    def page() -> tuple[QWidget, QRadioButton]:
        """A radio button at the size Qt gives it, styled as the window styles it."""
        holder = QWidget()
        holder.setStyleSheet(theme.stylesheet(theme.resolve("light"), 1.0))
        row = QHBoxLayout(holder)
        button = QRadioButton("&Tranquilo")
        row.addWidget(button)
        row.addStretch(1)
        return shown(qtbot, holder, 400, 80), button

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    done = app.property("unkernedChoices")
    app.setProperty("unkernedChoices", False)     # as if no window had been made yet
    saved = {name: QApplication.font(name) for name in ("QCheckBox", "QRadioButton")}
    kerning = QApplication.font()
    kerning.setKerning(True)                      # as Qt starts, before any window sets it off
    for name in saved:
        QApplication.setFont(kerning, name)  # type: ignore[arg-type]
    holder, kerned = page()
    assert kerned.font().kerning()
    assert "clipped" in kinds(holder)
    try:
        unkerned_choice_labels()
        holder, plain = page()
        assert not plain.font().kerning()
        assert kinds(holder) == []
    finally:
        for name, font in saved.items():
            QApplication.setFont(font, name)  # type: ignore[arg-type]
        app.setProperty("unkernedChoices", done)
