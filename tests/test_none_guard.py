"""The guard against PySide6 6.12 dropping references to None on Python 3.11 (see none_guard.py)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = """
import sys
from touchtimer.ui.none_guard import protect_none
protect_none()
protect_none()
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(60_000):          # far past None's own reference count on a fresh interpreter
    label.setText("x")
print("alive")
"""


def test_many_void_qt_calls_do_not_abort_python() -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1",
           "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"
