"""PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void Qt call, and Python aborted
after a few thousand ("none_dealloc"); pyproject excludes that release. This checks the PySide6 that
is installed, so a later release with the same defect is caught before a parent's long session is."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_their_reference_to_none(qtbot: object) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    # Python 3.12+ makes None immortal (a huge fixed count); on 3.11 the count must not fall.
    assert sys.getrefcount(None) >= before - 10
    label.deleteLater()
