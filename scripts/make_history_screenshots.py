"""Make docs/screenshots/history.png and docs/screenshots/summary-pdf.png from sample data.

Usage: python scripts/make_history_screenshots.py   (offscreen; needs pdftoppm from poppler-utils)
The data are made up: one baby born early, about six weeks of sessions, times in Europe/London.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import history_samples as samples

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from touchtimer.core.clock import FakeClock
from touchtimer.core.settings import Settings
from touchtimer.core.storage.store import open_store

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
TZ = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 20, 20, 30, tzinfo=UTC)


def calm_palette() -> QPalette:
    """Close to the window's light theme, so the picture shows what a parent will see."""
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f4f1ec", QPalette.ColorRole.Base: "#fffdf9",
        QPalette.ColorRole.AlternateBase: "#ebe6de", QPalette.ColorRole.Text: "#1f2427",
        QPalette.ColorRole.WindowText: "#1f2427", QPalette.ColorRole.ButtonText: "#1f2427",
        QPalette.ColorRole.Button: "#ebe6de", QPalette.ColorRole.Highlight: "#2f6b64",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#52595e",
    }
    for role, colour in colours.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            p.setColor(group, role, QColor(colour))
    return p


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    font = QFont("DejaVu Sans")
    font.setPixelSize(18)
    app.setFont(font)  # type: ignore[attr-defined]
    app.setPalette(calm_palette())  # type: ignore[attr-defined]
    OUT.mkdir(parents=True, exist_ok=True)
    today = date(2026, 3, 20)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "touchtimer.sqlite3")
        babies = samples.make_babies(store, today)
        samples.fill(store, today, 42, TZ, seed=11, per_day=(1, 3), babies=[b.id for b in babies], now=NOW)

        from touchtimer.ui.history.view import HistoryView

        view = HistoryView(store, Settings(), tz=TZ, clock=FakeClock(wall_start=NOW))
        view.resize(1280, 860)
        view.show()
        app.processEvents()
        noted = next(r.id for r in store.sessions.list(limit=40) if r.notes and r.kind == "skin_to_skin")
        view.select_session(noted)
        app.processEvents()
        view.grab().save(str(OUT / "history.png"))

        pdf = Path(tmp) / "summary.pdf"
        pages = view.print_summary_to(pdf)
        print(f"summary: {pages} page(s)")
        if shutil.which("pdftoppm") is None:
            print("pdftoppm is missing; install poppler-utils to render the PDF", file=sys.stderr)
            return 1
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(OUT / "summary-pdf")], check=True)
        store.close()
    print(f"wrote {OUT / 'history.png'} and {OUT / 'summary-pdf.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
