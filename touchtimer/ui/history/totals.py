"""Gentle daily totals: the chart for the last 7 or 30 days, plain sums, and the parent's daily target;
once people are recorded, each bar split by who held baby, and each person's time (the mother's and
everyone else's apart, in the words the PDF summary uses)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.history.caregivers import (
    CaregiverTotal,
    DaySplit,
    MotherAndOthers,
    caregiver_totals,
    daily_totals_by_caregiver,
    mother_and_others,
)
from touchtimer.core.history.days import PeriodSummary, period_summary, preterm_guidance
from touchtimer.core.storage.store import SessionFilter, Store
from touchtimer.ui.history import labels as L
from touchtimer.ui.history.daily_chart import DailyChart
from touchtimer.ui.widgets.flow_layout import FlowLayout
from touchtimer.ui.widgets.texts import counted


def summary_sentences(summary: PeriodSummary) -> list[str]:
    """What the totals say, in calm words (shared with the PDF summary)."""
    n = len(summary.days)
    massage = summary.massage_sessions
    if massage == 0 and summary.total_skin_minutes == 0:
        return [QCoreApplication.translate("Totals", "No sessions recorded in these %1 days.")
                .replace("%1", str(n))]
    lines = [
        QCoreApplication.translate("Totals", "Skin-to-skin: %1 in all, about %2 a day.")
        .replace("%1", L.minutes_label(summary.total_skin_minutes * 60))
        .replace("%2", L.minutes_label(summary.average_skin_minutes * 60)),
    ]
    if massage == 0:
        text = QCoreApplication.translate("Totals", "No massage sessions in these %1 days.")
        lines.append(text.replace("%1", str(n)))
    elif n <= 7:
        lines.append(MassageWords().sessions(massage))
    else:
        lines.append(MassageWords().per_week(massage).replace("%1", f"{summary.massage_per_week:g}"))
    return lines



class MassageWords(QObject):
    """The massage count, with the plural forms of the window's language (lupdate marks a text as plural
    only when it is asked for through ``tr(text, "", n)`` on an object)."""

    def sessions(self, n: int) -> str:
        return counted(self.tr("Massage: %n session(s).", "", n), n)

    def per_week(self, n: int) -> str:
        return counted(self.tr("Massage: %n session(s), about %1 a week.", "", n), n)

def people_sentences(totals: Sequence[CaregiverTotal], split: MotherAndOthers, has_mother: bool) -> list[str]:
    """Each person's skin-to-skin time in the period, and the mother's apart from others' (when one of
    the people is marked as baby's mother); nothing when no one was recorded."""
    named = [t for t in totals if t.caregiver_id and t.skin_seconds]
    if not named:
        return []
    people = ", ".join(f"{t.name} {L.minutes_label(t.skin_seconds)}" for t in named)
    by_person = "By person (a session two people shared counts for each): %1."
    lines = [QCoreApplication.translate("Summary", by_person).replace("%1", people)]
    if has_mother:
        apart = "Skin-to-skin with the mother: %1; with others: %2."
        lines.append(QCoreApplication.translate("Summary", apart)
                     .replace("%1", L.minutes_label(split.mother_seconds))
                     .replace("%2", L.minutes_label(split.others_seconds)))
    if split.not_recorded_seconds:
        lines.append(QCoreApplication.translate("Summary", "Not recorded who held: %1.").replace(
            "%1", L.minutes_label(split.not_recorded_seconds)))
    return lines


class TotalsPanel(QWidget):
    """Chooses 7 or 30 days and the daily target; shows the chart and the sums."""

    period_changed = Signal(int)     # days
    target_changed = Signal(int)     # minutes

    def __init__(self, target_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = FlowLayout()
        self.heading = QLabel(self.tr("Skin-to-skin each day"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)  # a line of its own, so larger text never cuts it off
        # Short labels: the theme's min-width lets a squeezed row cut a longer one ("ast 7 day").
        self.week_button = QPushButton(self.tr("7 days"))
        self.month_button = QPushButton(self.tr("30 days"))
        self.week_button.setAccessibleName(self.tr("Show the last 7 days"))
        self.month_button.setAccessibleName(self.tr("Show the last 30 days"))
        self._group = QButtonGroup(self)
        for button, days in ((self.week_button, 7), (self.month_button, 30)):
            button.setToolTip(button.accessibleName())
            button.setCheckable(True)
            self._group.addButton(button, days)
            top.addWidget(button)
        self.week_button.setChecked(True)
        self._group.idClicked.connect(self.period_changed)
        target_label = QLabel(self.tr("Daily target"))
        self.target_box = QSpinBox()
        target_label.setBuddy(self.target_box)
        self.target_box.setRange(5, 24 * 60)
        self.target_box.setSingleStep(15)
        self.target_box.setSuffix(self.tr(" min"))
        self.target_box.setAccessibleName(self.tr("Daily target for skin-to-skin, in minutes"))
        self.target_box.setValue(max(5, target_minutes))
        self.target_box.valueChanged.connect(self.target_changed)
        target = QWidget()
        target_row = QHBoxLayout(target)
        target_row.setContentsMargins(0, 0, 0, 0)
        target_row.addWidget(target_label)
        target_row.addWidget(self.target_box)
        top.add_right(target)
        layout.addLayout(top)
        self.chart = DailyChart()
        layout.addWidget(self.chart, 3)
        self.sums = QLabel()
        self.sums.setWordWrap(True)
        layout.addWidget(self.sums)
        self.people = QLabel()
        self.people.setObjectName("peopleTotals")
        self.people.setWordWrap(True)
        self.people.hide()
        layout.addWidget(self.people)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.hide()
        layout.addWidget(self.guidance)
        layout.addStretch(1)

    @property
    def days(self) -> int:
        return self._group.checkedId()

    def set_days(self, days: int) -> None:
        button = self._group.button(days)
        if button is not None and not button.isChecked():
            button.setChecked(True)
            self.period_changed.emit(days)

    def show_target(self, minutes: int, own_of: str | None = None) -> None:
        """Show a daily target set elsewhere (the settings) without announcing it as a change here; with
        ``own_of`` (a baby's name) it is that baby's own target, changed in the babies dialog."""
        with QSignalBlocker(self.target_box):
            self.target_box.setValue(max(5, minutes))
        self.target_box.setEnabled(own_of is None)
        self.target_box.setToolTip(
            self.target_box.accessibleName() if own_of is None
            else self.tr("{0}'s own daily target (Go ▸ Babies… changes it)").format(own_of))

    def show_summary(self, summary: PeriodSummary, guidance: str | None, splits: Sequence[DaySplit] = (),
                     people: Sequence[tuple[str, str]] = (), people_lines: Sequence[str] = ()) -> None:
        self.chart.set_days(summary.days, summary.target_minutes, splits, people)
        self.sums.setText(" ".join(summary_sentences(summary)))
        self.people.setText(" ".join(people_lines))
        self.people.setVisible(bool(people_lines))
        self.guidance.setVisible(guidance is not None)
        self.guidance.setText(guidance or "")

    def show_period(self, store: Store, today: date, baby_id: str | None, flt: SessionFilter, target: int,
                    tz: tzinfo | None) -> None:
        """Read and show the chosen period's totals for ``flt``, with ``target`` (``baby_id``'s own
        daily target when that baby has one) and, once people are recorded, who held baby."""
        babies = store.babies.list()
        own = next((b for b in babies if b.id == baby_id and b.daily_target_minutes is not None), None)
        self.show_target(target, own.name if own is not None else None)
        summary = period_summary(store, today, self.days, target, tz, flt)
        guidance = preterm_guidance([b for b in babies if baby_id in (None, b.id)], today)
        if guidance is not None:
            guidance = QCoreApplication.translate("History", guidance)
        people = store.caregivers.list()
        if not people or not summary.days:
            self.show_summary(summary, guidance)
            return
        first, last = summary.days[0].day, summary.days[-1].day
        split = mother_and_others(store, first, last, tz, flt)
        lines = people_sentences(caregiver_totals(store, first, last, tz, flt), split,
                                 any(p.mother for p in people))
        self.show_summary(summary, guidance, daily_totals_by_caregiver(store, first, last, tz, flt),
                          [(p.id, p.name) for p in people], lines)
