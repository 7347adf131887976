"""A DownScroll asks its layout for its contents' least width: beside another widget that takes most of
the stretch, its contents (a button that cannot wrap) are never cut or scrolled sideways, and when they
grow wider (a wider button shown) the scroll area asks again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from touchtimer.ui.widgets.down_scroll import DownScroll


def _page(qtbot: QtBot, scroll_class: type[QScrollArea]) -> tuple[QWidget, QScrollArea, QWidget, QPushButton]:
    contents = QWidget()
    column = QVBoxLayout(contents)
    button = QPushButton("Todo comprobado, un botón largo que no se parte")
    column.addWidget(button)
    scroll = DownScroll(contents) if scroll_class is DownScroll else QScrollArea()
    if scroll_class is not DownScroll:
        scroll.setWidgetResizable(True)
        scroll.setWidget(contents)
    page = QWidget()
    qtbot.addWidget(page)
    row = QHBoxLayout(page)
    row.addWidget(QWidget(), 9)        # the rings, say: most of the stretch
    row.addWidget(scroll, 1)
    page.resize(button.sizeHint().width() * 2, 300)
    page.show()
    qtbot.waitExposed(page)
    return page, scroll, contents, button


def test_its_contents_get_their_least_width_whatever_the_stretch(qtbot: QtBot) -> None:
    _page_widget, scroll, contents, button = _page(qtbot, DownScroll)
    assert scroll.viewport().width() >= contents.minimumSizeHint().width()
    assert button.width() >= button.sizeHint().width()


def test_a_plain_scroll_area_would_be_given_less(qtbot: QtBot) -> None:
    """What DownScroll is for: Qt's own scroll area is squeezed by the stretch below its contents."""
    _page_widget, scroll, contents, _button = _page(qtbot, QScrollArea)
    assert scroll.viewport().width() < contents.minimumSizeHint().width()


def test_it_asks_again_when_its_contents_grow_wider(qtbot: QtBot) -> None:
    page, scroll, contents, button = _page(qtbot, DownScroll)
    page.resize(button.sizeHint().width() * 3, 300)
    wider = QPushButton(button.text() + " y otra frase más larga todavía")
    contents.layout().addWidget(wider)
    qtbot.waitUntil(lambda: scroll.viewport().width() >= wider.sizeHint().width())
    QApplication.processEvents()
    assert wider.width() >= wider.sizeHint().width()
