"""Every form in the window is made by form_layout: a long label goes above its field instead of
widening the form (and so the page) beyond the window."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from tests.helpers import REPO_ROOT
from touchtimer.ui.widgets.forms import form_layout

LONG_LABEL = "Der Name dieses Laptops, wie ihn die anderen sehen"


def test_a_long_label_goes_above_its_field_rather_than_widening_the_form(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    form = form_layout(page)
    label, field = QLabel(LONG_LABEL), QLineEdit()
    form.addRow(label, field)
    beside = label.sizeHint().width() + form.horizontalSpacing() + field.minimumSizeHint().width()
    assert form.minimumSize().width() < beside
    page.resize(form.minimumSize().width(), form.heightForWidth(form.minimumSize().width()))
    page.show()
    qtbot.waitExposed(page)
    assert field.geometry().top() >= label.geometry().bottom()
    assert label.width() >= label.sizeHint().width()


def test_no_form_in_the_window_is_made_another_way() -> None:
    made = re.compile(r"\bQFormLayout\(")
    others = [str(path.relative_to(REPO_ROOT)) for path in (REPO_ROOT / "touchtimer" / "ui").rglob("*.py")
              if path.name != "forms.py" and made.search(path.read_text(encoding="utf-8"))]
    assert others == [], "use touchtimer.ui.widgets.forms.form_layout"
    assert isinstance(form_layout(), QFormLayout)
