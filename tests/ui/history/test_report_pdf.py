"""The printable summary: a real PDF of one or two pages, made by Qt's own PDF writer."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from tests.helpers.history_factory import session
from touchtimer.core.babies.ages import Baby
from touchtimer.core.clock import FakeClock
from touchtimer.core.settings import Settings
from touchtimer.core.storage.store import Store, open_store
from touchtimer.ui.history.report_pdf import SummaryRequest, write_summary_pdf
from touchtimer.ui.history.summary_options import SummaryOptionsDialog
from touchtimer.ui.history.view import HistoryView

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 20, 21, 0, tzinfo=UTC)
#: The parent's mood ratings and notes in the summary too (both are left out unless chosen).
ALL = {"include_notes": True, "include_mood": True}


def pages_of(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def filled(count_days: int, per_day: int, note: str = "") -> Store:
    store = open_store(None)
    store.babies.save(Baby("mia", "Mia", date(2026, 1, 16), date(2026, 3, 1)),
                      created_at="2026-01-01T00:00:00+00:00")
    with store.batch():
        for d in range(count_days):
            for i in range(per_day):
                start = NOW - timedelta(days=d, hours=3 * i + 1)
                store.sessions.save(session(f"{d}-{i}", start, 30 + i, babies=["mia"], notes=note,
                                            kind="massage" if i == 2 else "skin_to_skin"))
    return store


@pytest.mark.usefixtures("qapp")
def test_a_short_summary_is_one_page(tmp_path: Path) -> None:
    path = tmp_path / "summary.pdf"
    store = filled(7, 1, "settled quickly")
    pages = write_summary_pdf(path, store, SummaryRequest(date(2026, 3, 14), date(2026, 3, 20), 60,
                                                          tz=LONDON, made_on=date(2026, 3, 20)))
    assert pages == 1 and pages_of(path) == 1


@pytest.mark.usefixtures("qapp")
def test_a_long_range_never_runs_past_two_pages(tmp_path: Path) -> None:
    path = tmp_path / "summary.pdf"
    store = filled(60, 3, "a longer note that takes some room on the page " * 3)
    pages = write_summary_pdf(path, store, SummaryRequest(date(2026, 1, 20), date(2026, 3, 20), 60,
                                                          tz=LONDON, made_on=date(2026, 3, 20), **ALL))
    assert pages == 2 and pages_of(path) == 2


@pytest.mark.usefixtures("qapp")
def test_an_empty_range_still_gives_a_page(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    request = SummaryRequest(date(2026, 1, 1), date(2026, 1, 7), made_on=date(2026, 1, 7))
    assert write_summary_pdf(path, open_store(None), request) == 1
    assert pages_of(path) == 1


@pytest.mark.usefixtures("qapp")
def test_the_summary_text(tmp_path: Path) -> None:
    from touchtimer.ui.history import report_pdf
    store = filled(7, 3, "slept <deeply> & long")
    records = store.sessions.list()
    req = SummaryRequest(date(2026, 3, 14), date(2026, 3, 20), 60, tz=LONDON, made_on=date(2026, 3, 20),
                         **ALL)
    from touchtimer.core.history.days import PeriodSummary, daily_totals

    summary = PeriodSummary(daily_totals(store, req.first, req.last, LONDON), 60)
    babies = [Baby("mia", "Mia", date(2026, 1, 16), date(2026, 3, 1))]
    text = report_pdf._html(req, summary, records, 5, babies, {"mia": "Mia"})
    assert "14 March 2026 to 20 March 2026 (7 days)" in text
    assert "Mia, born 16 January 2026 at 33+5 weeks" in text
    assert "WHO guidance is kangaroo care for 8 to 24 hours a day" in text
    assert "The 5 most recent of 21 sessions" in text
    assert "slept &lt;deeply&gt; &amp; long" in text                  # notes are escaped
    assert "Not a medical record" in text
    # Three months after the due date the WHO kangaroo-care note no longer applies.
    later = SummaryRequest(date(2026, 5, 25), date(2026, 5, 31), 60, tz=LONDON, made_on=date(2026, 6, 1))
    assert "8 to 24 hours a day" not in report_pdf._html(later, summary, records, 5, babies, {"mia": "Mia"})


def test_the_print_button_path_writes_a_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    store = filled(10, 2)
    view = HistoryView(store, Settings(), tz=LONDON, clock=FakeClock(wall_start=NOW))
    qtbot.addWidget(view)
    assert view.summary_range() == (date(2026, 2, 19), date(2026, 3, 20))
    path = tmp_path / "out.pdf"
    assert view.print_summary_to(path) in (1, 2)
    assert pages_of(path) in (1, 2)
    assert view.import_result.headline.text() == f"Saved the summary as {path}."
    assert view.print_summary_to(tmp_path / "missing" / "x.pdf") == 0
    assert view.import_result.headline.text() == "Could not save the summary."


def test_print_summary_opens_the_system_print_dialog_and_prints_there(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    store = filled(10, 2)
    view = HistoryView(store, Settings(), tz=LONDON, clock=FakeClock(wall_start=NOW))
    qtbot.addWidget(view)
    path = tmp_path / "printed.pdf"
    asked: list[QPrinter] = []

    def chosen(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)     # the parent chose "print to file"
        printer.setOutputFileName(str(path))
        return int(QPrintDialog.DialogCode.Accepted)

    def print_after_the_options() -> None:
        view.print_button.click()
        options = view.findChild(SummaryOptionsDialog)      # which days, and mood and notes or not
        assert options is not None and options.save_button.text() == "&Choose a printer…"
        options.save_button.click()

    monkeypatch.setattr(QPrintDialog, "exec", chosen)
    print_after_the_options()
    assert len(asked) == 1
    assert pages_of(path) in (1, 2)
    assert view.import_result.headline.text().startswith("Sent the summary to")
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: int(QPrintDialog.DialogCode.Rejected))
    path.unlink()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)   # the first options dialog is gone
    print_after_the_options()
    assert not path.exists()                # cancelled: nothing printed


def varied(days: int, babies_every: int = 0) -> Store:
    """Sessions of many heights: notes of 0 to 3 lines with a marker at each end, some ended early."""
    store = open_store(None)
    store.babies.save(Baby("mia", "Mia", date(2026, 1, 16), date(2026, 3, 1)),
                      created_at="2026-01-01T00:00:00+00:00")
    with store.batch():
        for d in range(days):
            for i in range(3):
                n = d * 3 + i
                record = session(f"{d}-{i}", NOW - timedelta(days=d, hours=3 * i + 1), 30 + i,
                                 babies=[] if babies_every and n % babies_every == 0 else ["mia"],
                                 notes=f"nA{n}x " + "a note that takes some room " * (n % 5) + f"nZ{n}x")
                if n % 2:
                    record.status = "ended_early"
                store.sessions.save(record)
    return store


def page_texts(path: Path) -> list[str]:
    from PySide6.QtPdf import QPdfDocument

    pdf = QPdfDocument()
    assert pdf.load(str(path)) == QPdfDocument.Error.None_
    texts = [pdf.getAllText(p).text() for p in range(pdf.pageCount())]
    pdf.close()
    return texts


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("days", [4, 5, 7, 10])
def test_no_session_row_is_split_across_the_page_break(tmp_path: Path, days: int) -> None:
    path = tmp_path / "rows.pdf"
    pages = write_summary_pdf(path, varied(days), SummaryRequest(
        date(2026, 1, 20), date(2026, 3, 20), 60, tz=LONDON, made_on=date(2026, 3, 20), **ALL))
    texts = page_texts(path)
    assert len(texts) == pages == 2
    for text in texts:
        assert text.count("ended") == len(re.findall(r"ended\s+early", text)), "'ended early' cut in two"
        starts = set(re.findall(r"nA(\d+)x", text))
        ends = set(re.findall(r"nZ(\d+)x", text))
        assert starts == ends, f"a note cut in two: {starts ^ ends}"


@pytest.mark.usefixtures("qapp")
def test_sessions_with_no_baby_are_never_shown_as_a_babys(tmp_path: Path) -> None:
    store = varied(4, babies_every=3)       # sessions 0, 3, 6 and 9 of 12 have no baby chosen
    path = tmp_path / "all.pdf"
    write_summary_pdf(path, store, SummaryRequest(date(2026, 3, 14), date(2026, 3, 20), 60, tz=LONDON,
                                                  made_on=date(2026, 3, 20), **ALL))
    text = " ".join(" ".join(page_texts(path)).split())
    assert "Mia, born 16 January 2026" in text
    assert "Sessions with no baby chosen: 4 of 12, marked in the list." in text
    assert text.count("no baby chosen") == 1 + 4
    for n in (0, 3, 6, 9):            # each one is marked in its own row, before its note
        row = re.search(rf"(\S+ \S+ \d\d:\d\d)((?:(?!\d\d:\d\d).)*?)nA{n}x", text)
        assert row is not None and "no baby chosen" in row.group(2), n

    path = tmp_path / "mia.pdf"       # for Mia alone: only her sessions, and nothing to mark
    write_summary_pdf(path, store, SummaryRequest(date(2026, 3, 14), date(2026, 3, 20), 60, baby_id="mia",
                                                  tz=LONDON, made_on=date(2026, 3, 20), **ALL))
    text = " ".join(" ".join(page_texts(path)).split())
    assert "Mia, born 16 January 2026" in text and "no baby chosen" not in text
    assert sorted(int(n) for n in re.findall(r"nA(\d+)x", text)) == [n for n in range(12) if n % 3]

    store.babies.save(Baby("sam", "Sam", date(2026, 1, 16), date(2026, 3, 1)),
                      created_at="2026-01-01T00:00:00+00:00")
    store.sessions.save(session("twins", NOW - timedelta(hours=20), 20, babies=["mia", "sam"],
                                notes="nA99x nZ99x"))
    path = tmp_path / "twins.pdf"     # two babies: every row says whose it is
    write_summary_pdf(path, store, SummaryRequest(date(2026, 3, 14), date(2026, 3, 20), 60, tz=LONDON,
                                                  made_on=date(2026, 3, 20), **ALL))
    text = " ".join(" ".join(page_texts(path)).split())
    assert "Mia, Sam" in text and text.count("no baby chosen") == 1 + 4


@pytest.mark.usefixtures("qapp")
def test_the_summary_shows_the_mothers_time_and_others(tmp_path: Path) -> None:
    from touchtimer.ui.history import report_pdf

    store = filled(3, 1)
    req = SummaryRequest(date(2026, 3, 18), date(2026, 3, 20), 60, tz=LONDON, made_on=date(2026, 3, 20))
    assert report_pdf.caregiver_lines(store, req) == []             # nobody recorded: no such lines
    mum = store.caregivers.add("Mum", mother=True)
    dad = store.caregivers.add("Dad")
    store.sessions.update("0-0", caregiver_ids=[mum.id])
    store.sessions.update("1-0", caregiver_ids=[dad.id])
    lines = report_pdf.caregiver_lines(store, req)
    assert lines[0].startswith("Skin-to-skin with the mother: 30 min; with others: 30 min.")
    assert "Not recorded who held: 30 min." in lines[0]
    assert lines[1] == "By person (a session two people shared counts for each): Mum 30 min, Dad 30 min."
    assert write_summary_pdf(tmp_path / "s.pdf", store, req) == 1
