"""The quick part of the layout matrix, in every test run: every page and dialog on a 1024x600 netbook
and a 1366x768 laptop screen, at the normal and the largest text size, by day and at night.

It runs ``scripts/layout_matrix.py`` (each screen in an offscreen Qt of that size, as the whole matrix
does): no clipped or elided text, no overlapping widgets, nothing outside the window or out of reach,
the emergency button whole on session pages, and no large bright area at night. The whole matrix (9
screen sizes and scalings, 14 text sizes) is ``python scripts/layout_matrix.py --all``.
"""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPO_ROOT


def test_every_page_and_dialog_fits_a_netbook_and_a_laptop_at_normal_and_largest_text() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "layout_matrix.py"), "--screens", "1024x600", "1366x768",
         "--scales", "1", "--texts", "1.0", "2.0", "--themes", "night", "light", "--no-shots", "--jobs", "2"],
        capture_output=True, text=True, timeout=300, check=False)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-2000:]
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    checked = int(summary.split()[0])
    assert checked >= 140, summary            # 2 screens x 2 text sizes x 2 themes x every view
    assert ": 0 problems" in summary, summary
