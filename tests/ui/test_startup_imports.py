"""Opening the window imports only what its first frame needs; the rest comes right after it.

Start-up to the first paint has a budget of 1.5 times a bare PySide6 window (docs/performance.md),
and every module imported before that paint counts. This runs ``touchtimer`` in a fresh interpreter
(the test process has imported everything already) and looks at ``sys.modules`` at the first paint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO_ROOT

SCRIPT = """
import gc, json, sys
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
import touchtimer.ui.first_paint as first_paint

real = first_paint.after_first_paint
seen = {}


def watched(widget, callback, fallback_ms=first_paint.FALLBACK_MS):
    def after():
        seen["at_paint"] = sorted(sys.modules)
        seen["gc_at_paint"] = gc.isenabled()
        callback()
        seen["gc_after"] = gc.isenabled()
        seen["pages"] = sorted(widget.pages)
        seen["after_wiring"] = sorted(sys.modules)
        seen["routines"] = len(widget.routines.routines)
        app.quit()

    real(widget, after, fallback_ms)


first_paint.after_first_paint = watched
from touchtimer.cli import main

seen["code"] = main(["--data-dir", sys.argv[1]])
print("RESULT " + json.dumps(seen))
"""

#: Used only after the first paint: the data, the sub-commands, a session and its pages.
NOT_BEFORE_PAINT = (
    "sqlite3", "tomllib",
    "touchtimer.cli.ages", "touchtimer.core.storage.store", "touchtimer.core.routines.files",
    "touchtimer.core.babies.profiles", "touchtimer.core.babies.ages", "touchtimer.core.session.engine",
    "touchtimer.core.session.events", "touchtimer.ui.routines.delegate",
    "touchtimer.ui.session.presession_page", "touchtimer.ui.session.running_page",
    "touchtimer.ui.session.summary_page", "touchtimer.ui.widgets.confirm_box",
    "touchtimer.ui.safety.checkin_dialog",
    "touchtimer.ui.safety.emergency_dialog", "touchtimer.ui.shortcuts_dialog", "touchtimer.ui.history.view",
    "PySide6.QtNetwork", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "PySide6.QtDBus",
    "PySide6.QtPrintSupport",
)


def run_window(tmp_path: Path) -> dict[str, object]:
    root = str(REPO_ROOT)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], env=env,
                          capture_output=True,
                          text=True, timeout=60, check=False)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, done.stdout + done.stderr
    result: dict[str, object] = json.loads(line.removeprefix("RESULT "))
    return result


def test_the_first_frame_comes_before_the_data_and_the_session_pages(tmp_path: Path) -> None:
    result = run_window(tmp_path)
    at_paint = set(result["at_paint"])  # type: ignore[call-overload]
    assert [name for name in NOT_BEFORE_PAINT if name in at_paint] == []
    assert "touchtimer.ui.routines.home_page" in at_paint   # the first frame is the real window with Home
    # Right after the first paint the data is loaded and every page is built, ready for a session.
    assert result["code"] == 0
    assert result["routines"] > 0  # type: ignore[operator]
    assert result["pages"] == ["home", "presession", "running", "summary"]  # history: when first opened
    # QtDBus (media keys) waits for the first session, even once everything else is wired.
    assert "PySide6.QtDBus" not in set(result["after_wiring"])  # type: ignore[call-overload]
    # The garbage collector rests until the first frame is on screen, and works again from then on.
    assert result["gc_at_paint"] is False and result["gc_after"] is True
