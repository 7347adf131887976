"""The quick part of the layout matrix, in every test run: every page and dialog on a 1024x600 netbook
and a 1366x768 laptop screen, at the normal and the largest text size, by day and at night.

It runs ``scripts/layout_matrix.py`` (each screen in an offscreen Qt of that size, as the whole matrix
does): no clipped or elided text, no overlapping widgets, nothing outside the window or out of reach,
the emergency button whole on session pages, and no large bright area at night. The whole matrix (9
screen sizes and scalings, 14 text sizes) is ``python scripts/layout_matrix.py --all``.

The same again in German, the language with the longest words and sentences the app ships, and in
Spanish, whose labels and buttons are often longer than the English: a longer translation that would
clip a label or make a page scroll sideways fails here (the whole matrix in a language:
``--locale de_DE --translations touchtimer/translations``, or ``es_ES``).
"""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPO_ROOT


def _matrix(*language: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "layout_matrix.py"), "--screens", "1024x600", "1366x768",
         "--scales", "1", "--texts", "1.0", "2.0", "--themes", "night", "light", "--no-shots", "--jobs", "2",
         *language], capture_output=True, text=True, timeout=300, check=False)


def _assert_all_fit(done: subprocess.CompletedProcess[str]) -> None:
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-2000:]
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    checked = int(summary.split()[0])
    assert checked >= 140, summary            # 2 screens x 2 text sizes x 2 themes x every view
    assert ": 0 problems" in summary, summary


def test_every_page_and_dialog_fits_a_netbook_and_a_laptop_at_normal_and_largest_text() -> None:
    _assert_all_fit(_matrix())


def test_in_german_too_every_page_and_dialog_fits_a_netbook_and_a_laptop() -> None:
    translations = REPO_ROOT / "touchtimer" / "translations"
    assert (translations / "touchtimer_de.qm").is_file()       # German words, not English ones again
    _assert_all_fit(_matrix("--locale", "de_DE", "--translations", str(translations)))


def test_in_spanish_too_every_page_and_dialog_fits_a_netbook_and_a_laptop() -> None:
    translations = REPO_ROOT / "touchtimer" / "translations"
    assert (translations / "touchtimer_es.qm").is_file()       # Spanish words, not English ones again
    _assert_all_fit(_matrix("--locale", "es_ES", "--translations", str(translations)))
