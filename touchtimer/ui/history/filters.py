"""The filter bar above the history: baby, who held baby, kind, routine and date range."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from touchtimer.core.babies.ages import Baby
from touchtimer.core.session.record import Caregiver
from touchtimer.ui.widgets.flow_layout import FlowLayout

ALL_TIME, LAST_7, LAST_30, CUSTOM = "all", "7", "30", "custom"


@dataclass(frozen=True)
class HistoryQuery:
    baby_id: str | None = None
    kind: str | None = None
    routine_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    caregiver_id: str | None = None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class HistoryFilterBar(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        layout = FlowLayout(self, spacing=8)   # the pickers go on a second line rather than off the page
        self.baby_box = QComboBox()
        self.baby_box.setAccessibleName(self.tr("Baby"))
        self.people_box = QComboBox()
        self.people_box.setObjectName("peopleFilter")
        self.people_box.setAccessibleName(self.tr("Who held or massaged"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind of session"))
        self.kind_box.addItem(self.tr("Skin-to-skin and massage"), None)
        self.kind_box.addItem(self.tr("Skin-to-skin"), "skin_to_skin")
        self.kind_box.addItem(self.tr("Massage"), "massage")
        self.routine_box = QComboBox()
        self.routine_box.setAccessibleName(self.tr("Routine"))
        self.range_box = QComboBox()
        self.range_box.setAccessibleName(self.tr("Dates"))
        self.range_box.addItem(self.tr("All dates"), ALL_TIME)
        self.range_box.addItem(self.tr("Last 7 days"), LAST_7)
        self.range_box.addItem(self.tr("Last 30 days"), LAST_30)
        self.range_box.addItem(self.tr("Choose dates…"), CUSTOM)
        self.from_edit = QDateEdit(_qdate(today - timedelta(days=6)))
        self.to_edit = QDateEdit(_qdate(today))
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
        self._to_label = QLabel(self.tr("to"))
        self.set_babies([])
        self.set_people([])
        self.set_routines([])
        self._dates = QWidget()             # "1 Mar 2026 to 20 Mar 2026" stays together on one line
        dates = QHBoxLayout(self._dates)
        dates.setContentsMargins(0, 0, 0, 0)
        for part in (self.from_edit, self._to_label, self.to_edit):
            dates.addWidget(part)
        for box in (self.baby_box, self.people_box, self.kind_box, self.routine_box, self.range_box,
                    self._dates):
            layout.addWidget(box)
        self._show_dates()
        self.baby_box.currentIndexChanged.connect(self.changed)
        self.people_box.currentIndexChanged.connect(self.changed)
        self.kind_box.currentIndexChanged.connect(self.changed)
        self.routine_box.currentIndexChanged.connect(self.changed)
        self.range_box.currentIndexChanged.connect(self._range_changed)
        self.from_edit.dateChanged.connect(self.changed)
        self.to_edit.dateChanged.connect(self.changed)

    def set_today(self, today: date) -> None:
        self._today = today

    def set_babies(self, babies: Sequence[Baby]) -> None:
        current = self.baby_box.currentData()
        self.baby_box.blockSignals(True)
        self.baby_box.clear()
        self.baby_box.addItem(self.tr("All babies"), None)
        for baby in babies:
            self.baby_box.addItem(baby.name, baby.id)
        self.baby_box.setCurrentIndex(max(0, self.baby_box.findData(current)))
        self.baby_box.setVisible(len(babies) > 1 or self.baby_box.currentIndex() > 0)
        self.baby_box.blockSignals(False)

    def set_people(self, people: Sequence[Caregiver]) -> None:
        """Everyone, or one person's sessions; shown once there are people to choose."""
        current = self.people_box.currentData()
        self.people_box.blockSignals(True)
        self.people_box.clear()
        self.people_box.addItem(self.tr("Everyone"), None)
        for person in people:
            self.people_box.addItem(person.name, person.id)
        self.people_box.setCurrentIndex(max(0, self.people_box.findData(current)))
        self.people_box.setVisible(bool(people) or self.people_box.currentIndex() > 0)
        self.people_box.blockSignals(False)

    def set_routines(self, routines: Sequence[tuple[str, str]]) -> None:
        current = self.routine_box.currentData()
        self.routine_box.blockSignals(True)
        self.routine_box.clear()
        self.routine_box.addItem(self.tr("All routines"), None)
        for routine_id, title in routines:
            self.routine_box.addItem(title, routine_id)
        self.routine_box.setCurrentIndex(max(0, self.routine_box.findData(current)))
        self.routine_box.blockSignals(False)

    def _range_changed(self) -> None:
        self._show_dates()
        self.changed.emit()

    def _show_dates(self) -> None:
        self._dates.setVisible(self.range_box.currentData() == CUSTOM)

    def select(self, box: QComboBox, value: object) -> None:
        """Choose the entry whose data is ``value`` (tests and keyboard shortcuts use this)."""
        box.setCurrentIndex(box.findData(value))

    def query(self) -> HistoryQuery:
        choice = self.range_box.currentData()
        date_from = date_to = None
        if choice in (LAST_7, LAST_30):
            date_from, date_to = self._today - timedelta(days=int(choice) - 1), self._today
        elif choice == CUSTOM:
            date_from, date_to = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
            if date_to < date_from:
                date_from, date_to = date_to, date_from
        return HistoryQuery(self.baby_box.currentData(), self.kind_box.currentData(),
                            self.routine_box.currentData(), date_from, date_to, self.people_box.currentData())
