"""A printable summary for a health visitor or paediatrician: one or two A4 pages as PDF.

The parent's mood ratings and private notes are left out unless the parent chooses to include them
(:class:`SummaryRequest`'s ``include_mood``, ``include_notes``; both off by default). When included,
mood is labelled as the parent's own 1-5 rating, not a score.

Made with Qt's own PDF writer (``QPdfWriter``) from a ``QTextDocument``; both are imported only
when a summary is written. The chart is the same painting as the window's, drawn into an image.
The session list is cut (most recent kept) so the summary never runs past two pages.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from touchtimer.core.babies.ages import Baby, age_on
from touchtimer.core.history.caregivers import caregiver_totals, mother_and_others
from touchtimer.core.history.days import (
    PRETERM_GUIDANCE,
    PRETERM_GUIDANCE_SOURCE,
    PeriodSummary,
    daily_totals,
    make_filter,
    preterm_guidance,
    to_local,
)
from touchtimer.core.session.record import SessionRecord
from touchtimer.core.storage.atomic_file import create_private_file
from touchtimer.core.storage.store import Store
from touchtimer.ui.history import labels as L
from touchtimer.ui.widgets.texts import weeks_text

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice, QTextDocument

MAX_PAGES = 2
NOTE_CHARS = 280
#: The share of the page width of each column: when, length, routine, baby, mood, note.
WIDTHS = (15, 12, 16, 12, 11, 34)


@dataclass(frozen=True)
class SummaryRequest:
    """The summary of ``first`` to ``last``, made on ``made_on`` (today, by the window's clock)."""

    first: date
    last: date
    target_minutes: int = 60
    baby_id: str | None = None
    tz: tzinfo | None = None
    made_on: date = field(kw_only=True)
    #: The parent's own mood ratings and private notes: only when the parent chooses (off by default).
    include_mood: bool = field(default=False, kw_only=True)
    include_notes: bool = field(default=False, kw_only=True)

    def columns(self) -> tuple[int, ...]:
        """Which of the six columns (indexes into :data:`WIDTHS`) the session table has."""
        return tuple(i for i in range(6) if (i != 4 or self.include_mood) and (i != 5 or self.include_notes))

    def widths(self) -> tuple[int, ...]:
        """The widths of :meth:`columns`, stretched to fill the page."""
        chosen = [WIDTHS[i] for i in self.columns()]
        return tuple(round(w * 100 / sum(chosen)) for w in chosen)


def _long_date(day: date) -> str:
    """The day as the locale writes a long date, without the weekday: "14 March 2026", "14. März 2026",
    "14 de marzo de 2026"."""
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}\W*", "", pattern).strip(" ,") or "d MMMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _baby_line(baby: Baby, on: date) -> str:
    age = age_on(baby, on)
    text = QCoreApplication.translate("Summary", "%1, born %2").replace("%1", html.escape(baby.name)).replace(
        "%2", _long_date(baby.born_on))
    gestation = baby.gestation_days()
    if baby.preterm and gestation is not None:
        text += QCoreApplication.translate("Summary", " at %1+%2 weeks").replace(
            "%1", str(gestation // 7)).replace("%2", str(gestation % 7))
        if age.corrected_weeks is not None and age.corrected_weeks >= 0:
            text += QCoreApplication.translate("Summary", "; corrected age %1").replace(
                "%1", weeks_text(age.corrected_weeks))
    else:
        text += QCoreApplication.translate("Summary", "; age %1").replace("%1", weeks_text(age.weeks))
    return text


def _session_rows(records: Sequence[SessionRecord], names: dict[str, str], req: SummaryRequest,
                  with_babies: bool, mark_unassigned: bool = False) -> list[str]:
    """One ``<tr>`` per session. ``with_babies`` names the babies of each one; ``mark_unassigned``
    marks only the sessions with no baby chosen (when the heading names a single baby)."""
    no_baby = QCoreApplication.translate("Summary", "no baby chosen")
    rows = []
    tz = req.tz
    for r in records:
        start, end = to_local(r.started_at, tz), to_local(r.ended_at, tz)
        when = f"{L.short_day_label(start.date())} {L.time_label(start)}"
        if end.date() != start.date():
            when += "–" + L.time_label(end)
        note = r.notes.strip()
        if len(note) > NOTE_CHARS:
            note = note[:NOTE_CHARS - 1] + "…"
        moods = ""
        if r.mood_before is not None or r.mood_after is not None:
            moods = f"{r.mood_before or '–'} → {r.mood_after or '–'}"
        who = ""
        if with_babies:
            who = ", ".join(names.get(b, "") for b in r.baby_ids) or no_baby
        elif mark_unassigned and not r.baby_ids:
            who = no_baby
        length = L.minutes_label(r.actual_seconds).replace(" ", "&nbsp;")
        if r.status != "completed":
            length += f"<br/><span style='color:#555'>{L.status_label(r.status)}</span>"
        cells = [when, length, html.escape(r.routine_title)
                 + (f"<br/><span style='color:#555'>{html.escape(who)}</span>" if who else ""),
                 L.response_label(r.baby_response) if r.baby_response else "",
                 moods, html.escape(note).replace("\n", "<br/>")]
        cells = [cells[i] for i in req.columns()]
        rows.append("<tr>" + "".join(f"<td width='{w}%'>{c}</td>"
                                     for w, c in zip(req.widths(), cells, strict=True)) + "</tr>")
    return rows


def _tables(head_cells: str, rows: Sequence[str], breaks: Collection[int]) -> str:
    """The session table, cut before each row index in ``breaks`` into a table that starts a new page.

    Qt's text layout would otherwise split a tall row across the page break; each part repeats the
    column headings.
    """
    out = []
    cuts = [i for i in sorted(breaks) if 0 < i < len(rows)] + [len(rows)]
    start = 0
    for cut in cuts:
        style = " style='page-break-before: always'" if start else ""
        out.append(f"<table cellspacing='0' cellpadding='3' width='100%'{style}><thead><tr>{head_cells}"
                   "</tr></thead>" + "".join(rows[start:cut]) + "</table>")
        start = cut
    return "".join(out)


def _split_row(doc: QTextDocument) -> int | None:
    """The index (among all session rows) of the first row laid out across a page break, if any."""
    from PySide6.QtGui import QTextTable

    page = doc.pageSize().height()
    layout = doc.documentLayout()
    index = 0
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        for row in range(frame.format().headerRowCount(), frame.rows()):
            top, bottom = float("inf"), float("-inf")
            for col in range(frame.columns()):
                cell = frame.cellAt(row, col)
                block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
                while block.isValid():
                    rect = layout.blockBoundingRect(block)
                    top, bottom = min(top, rect.top()), max(bottom, rect.bottom())
                    if block == last:
                        break
                    block = block.next()
            if top < bottom and int(top // page) != int((bottom - 1) // page):
                return index
            index += 1
    return None


def caregiver_lines(store: Store, req: SummaryRequest) -> list[str]:
    """Skin-to-skin time with the mother and with others, as kangaroo-care units report it, and each
    person's time; nothing when no session in the period names who held the baby."""
    flt = make_filter(baby_id=req.baby_id, tz=req.tz)
    totals = [t for t in caregiver_totals(store, req.first, req.last, req.tz, flt) if t.caregiver_id]
    if not any(t.skin_seconds for t in totals):
        return []
    split = mother_and_others(store, req.first, req.last, req.tz, flt)
    line = (QCoreApplication.translate("Summary", "Skin-to-skin with the mother: %1; with others: %2.")
            .replace("%1", L.minutes_label(split.mother_seconds))
            .replace("%2", L.minutes_label(split.others_seconds)))
    if split.not_recorded_seconds:
        line += " " + QCoreApplication.translate("Summary", "Not recorded who held: %1.").replace(
            "%1", L.minutes_label(split.not_recorded_seconds))
    people = ", ".join(f"{t.name} {L.minutes_label(t.skin_seconds)}" for t in totals if t.skin_seconds)
    by_person = QCoreApplication.translate(
        "Summary", "By person (a session two people shared counts for each): %1.")
    return [line, by_person.replace("%1", people)]


def _html(req: SummaryRequest, summary: PeriodSummary, records: Sequence[SessionRecord], shown: int,
          babies: Sequence[Baby], names: dict[str, str], breaks: Collection[int] = (),
          carers: Sequence[str] = ()) -> str:
    from touchtimer.ui.history.totals import summary_sentences

    made_on = req.made_on
    skin_days = sum(1 for d in summary.days if d.skin_seconds >= 30)
    longest = max((r.actual_seconds for r in records if r.kind == "skin_to_skin"), default=0)
    title = QCoreApplication.translate("Summary", "Skin-to-skin and baby massage: summary")
    dates = QCoreApplication.translate("Summary", "%1 to %2 (%3 days)")
    head = [
        f"<h1>{title}</h1>",
        "<p class='sub'>" + dates.replace("%1", _long_date(req.first)).replace("%2", _long_date(req.last))
        .replace("%3", str(len(summary.days))) + "</p>",
    ]
    unassigned = sum(1 for r in records if not r.baby_ids)
    if babies:
        lines = [_baby_line(b, made_on) for b in babies]
        if unassigned:
            lines.append(QCoreApplication.translate(
                "Summary", "Sessions with no baby chosen: %1 of %2, marked in the list.").replace(
                "%1", str(unassigned)).replace("%2", str(len(records))))
        head.append("<p>" + "<br/>".join(lines) + "</p>")
    some_days = QCoreApplication.translate("Summary", "Days with some skin-to-skin: %1 of %2.")
    longest_text = QCoreApplication.translate("Summary", "Longest skin-to-skin session: %1.")
    aim_text = QCoreApplication.translate("Summary", "The parent's own daily target: %1 min.")
    facts = [*summary_sentences(summary),
             some_days.replace("%1", str(skin_days)).replace("%2", str(len(summary.days))),
             longest_text.replace("%1", L.minutes_label(longest)),
             aim_text.replace("%1", str(req.target_minutes)), *carers]
    head.append("<ul>" + "".join(f"<li>{html.escape(f)}</li>" for f in facts) + "</ul>")
    if preterm_guidance(babies, made_on):
        guidance = QCoreApplication.translate("History", PRETERM_GUIDANCE)
        head.append(f"<p class='note'>{html.escape(guidance)} ({html.escape(PRETERM_GUIDANCE_SOURCE)})</p>")
    caption = QCoreApplication.translate(
        "Summary", "Skin-to-skin minutes each day; the dashed line is the daily target.")
    head.append(f"<p class='caption'>{caption}</p><img src='chart://daily' width='660'/>")
    listed = records[-shown:] if shown else []
    new_page = " style='page-break-before: always'" if 0 in breaks else ""   # the first row would split
    body = [f"<h2{new_page}>{QCoreApplication.translate('Summary', 'Sessions')}</h2>"]
    if not records:
        body.append(f"<p>{QCoreApplication.translate('Summary', 'No sessions in these days.')}</p>")
    else:
        if shown < len(records):
            cut = QCoreApplication.translate(
                "Summary", "The %1 most recent of %2 sessions; the full list is in a CSV export.")
            body.append("<p class='sub'>" + cut.replace("%1", str(shown)).replace("%2", str(len(records)))
                        + "</p>")
        headers = [
            QCoreApplication.translate("Summary", "When"),
            QCoreApplication.translate("Summary", "Length"),
            QCoreApplication.translate("Summary", "Routine"),
            QCoreApplication.translate("Summary", "Baby seemed"),
            QCoreApplication.translate("Summary", "Parent's mood*"),
            QCoreApplication.translate("Summary", "Parent's note"),
        ]
        headers = [headers[i] for i in req.columns()]
        head_cells = "".join(f"<th align='left' width='{w}%'>{h}</th>"
                             for w, h in zip(req.widths(), headers, strict=True))
        rows = _session_rows(listed, names, req, len(babies) > 1, bool(babies) and unassigned > 0)
        body.append(_tables(head_cells, rows, breaks))
        if req.include_mood:
            body.append("<p class='sub'>" + QCoreApplication.translate(
                "Summary", "* Before → after: the parent's own 1–5 rating of how they felt (1 very low, "
                           "5 very good), not a score.") + "</p>")
    zone = to_local(datetime.combine(req.last, datetime.min.time()).astimezone(), req.tz).tzname() or ""
    foot_text = QCoreApplication.translate(
        "Summary", "A parent's own record, made with touchtimer on %1. Times are local (%2). "
                   "Not a medical record.")
    foot = ("<p class='foot'>" + foot_text.replace("%1", _long_date(made_on))
            .replace("%2", html.escape(zone)) + "</p>")
    style = ("<style>body{font-family:sans-serif;font-size:10pt;color:#222}"
             "h1{font-size:17pt;margin:0} h2{font-size:13pt;margin-top:10px}"
             ".sub{color:#444} .note{background:#eef4f3;padding:6px}"
             ".caption{color:#444;margin-bottom:2px} .foot{color:#555;font-size:8pt;margin-top:10px}"
             "th{background:#e8eeed;font-weight:bold} td{border-bottom:1px solid #ddd;vertical-align:top}"
             "</style>")
    return f"<html><head>{style}</head><body>{''.join(head)}{''.join(body)}{foot}</body></html>"


def write_summary_pdf(path: Path, store: Store, req: SummaryRequest) -> int:
    """Write the summary to ``path``; returns the number of pages (1 or 2)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    create_private_file(path)       # 0600 before Qt writes to it: the summary holds personal records
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 14, 15, 14), QPageLayout.Unit.Millimeter))
    writer.setResolution(96)
    writer.setTitle(QCoreApplication.translate("Summary", "touchtimer summary"))
    writer.setCreator("touchtimer")
    return _print_on(writer, store, req)


def print_summary(printer: QPagedPaintDevice, store: Store, req: SummaryRequest) -> int:
    """Print the summary on ``printer`` (a ``QPrinter`` set up by the system's print dialog)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout

    printer.setPageMargins(QMarginsF(15, 14, 15, 14), QPageLayout.Unit.Millimeter)
    return _print_on(printer, store, req)


def _print_on(device: QPagedPaintDevice, store: Store, req: SummaryRequest) -> int:
    """Lay the summary out for ``device``'s pages (at most two) and print it there."""
    from PySide6.QtCore import QRectF, QSizeF, QUrl
    from PySide6.QtGui import QFont, QImage, QPainter, QTextDocument

    from touchtimer.ui.history.daily_chart import ChartColors, paint_daily_chart

    flt = make_filter(baby_id=req.baby_id, date_from=req.first, date_to=req.last, tz=req.tz)
    records = sorted(store.sessions.list(flt), key=lambda r: (r.started_at, r.id))
    all_babies = store.babies.list()
    names = {b.id: b.name for b in all_babies}
    babies = [b for b in all_babies if req.baby_id in (None, b.id)]
    used = {b for r in records for b in r.baby_ids}
    if req.baby_id is None and used:
        babies = [b for b in babies if b.id in used]
    days = daily_totals(store, req.first, req.last, req.tz, flt)
    summary = PeriodSummary(days, req.target_minutes)
    carers = caregiver_lines(store, req)

    chart = QImage(1980, 620, QImage.Format.Format_ARGB32)
    chart.fill(0xFFFFFFFF)
    painter = QPainter(chart)
    font = QFont("sans-serif")
    font.setPixelSize(34)           # about 10 pt once the image is scaled to the page
    paint_daily_chart(painter, QRectF(0, 0, 1980, 620), days, req.target_minutes, ChartColors.for_print(),
                      font)
    painter.end()

    def build(shown: int) -> QTextDocument:
        breaks: set[int] = set()
        while True:         # a row that would run across a page break starts the next page instead
            doc = QTextDocument()
            doc.setDefaultFont(QFont("sans-serif", 10))
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart://daily"), chart)
            doc.setHtml(_html(req, summary, records, shown, babies, names, breaks, carers))
            doc.setPageSize(QSizeF(device.width(), device.height()))
            split = _split_row(doc)
            if split is None or split in breaks:
                return doc
            breaks.add(split)

    low, high = 0, len(records)
    doc = build(high)
    if doc.pageCount() > MAX_PAGES:
        while low < high:                           # the most sessions that still fit on two pages
            mid = (low + high + 1) // 2
            if build(mid).pageCount() <= MAX_PAGES:
                low = mid
            else:
                high = mid - 1
        doc = build(low)
    doc.print_(device)
    pages = doc.pageCount()
    return pages

