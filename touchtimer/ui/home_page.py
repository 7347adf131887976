"""Home: who the session is for, and which routine. Suitable routines first, the rest after."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.ages import Baby, age_on, recommend
from touchtimer.core.routines import Routine
from touchtimer.ui.routine_delegate import LINES_ROLE, RoutineDelegate
from touchtimer.ui.texts import age_range_text, kind_label, length_text, weeks_text

ROUTINE_ROLE = Qt.ItemDataRole.UserRole


class HomePage(QWidget):
    """Emits ``routine_chosen(routine)`` when the parent picks a routine to prepare."""

    routine_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self._routines: list[Routine] = []
        self._babies: list[Baby] = []
        self._today = date.today()

        heading = QLabel(self.tr("Who is this time for?"))
        heading.setProperty("role", "heading")
        self.baby_box = QComboBox()
        self.baby_box.setObjectName("babyChoice")
        self.baby_box.setAccessibleName(self.tr("Baby"))
        self.baby_box.setToolTip(self.tr("Choose a baby profile; routines that suit their age come first"))
        self.baby_box.currentIndexChanged.connect(self._refill)
        baby_label = QLabel(self.tr("&Baby:"))
        baby_label.setBuddy(self.baby_box)
        self.age_label = QLabel()
        self.age_label.setProperty("role", "muted")

        self.banner = QLabel()
        self.banner.setObjectName("homeBanner")
        self.banner.setProperty("role", "banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        routines_label = QLabel(self.tr("&Routines"))
        routines_label.setProperty("role", "subheading")
        self.list = QListWidget()
        self.list.setObjectName("routineList")
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setToolTip(self.tr("Choose a routine, then press Enter or Continue"))
        self.delegate = RoutineDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(lambda _item: self._choose())
        self.list.currentItemChanged.connect(lambda *_: self._sync_button())
        routines_label.setBuddy(self.list)

        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setAccessibleName(self.tr("Continue with this routine"))
        self.continue_button.setToolTip(self.tr("Prepare the chosen routine (Enter)"))
        self.continue_button.clicked.connect(self._choose)

        top = QHBoxLayout()
        top.addWidget(baby_label)
        top.addWidget(self.baby_box, 1)
        top.addWidget(self.age_label, 2)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(routines_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.baby_box, self.list)
        self.setTabOrder(self.list, self.continue_button)
        self._sync_button()

    # -- data ------------------------------------------------------------------------------------

    def set_data(self, routines: list[Routine], babies: list[Baby], today: date) -> None:
        self._routines = list(routines)
        self._babies = list(babies)
        self._today = today
        current = self.selected_baby()
        self.baby_box.blockSignals(True)
        self.baby_box.clear()
        self.baby_box.addItem(self.tr("No one chosen"), None)
        for baby in babies:
            self.baby_box.addItem(baby.name, baby.id)
        if current is not None:
            index = self.baby_box.findData(current.id)
            self.baby_box.setCurrentIndex(max(0, index))
        self.baby_box.blockSignals(False)
        self._refill()

    def show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def selected_baby(self) -> Baby | None:
        baby_id = self.baby_box.currentData()
        return next((b for b in self._babies if b.id == baby_id), None)

    def select_baby(self, baby_id: str | None) -> None:
        self.baby_box.setCurrentIndex(max(0, self.baby_box.findData(baby_id)))

    def selected_routine(self) -> Routine | None:
        item = self.list.currentItem()
        routine = None if item is None else item.data(ROUTINE_ROLE)
        return routine if isinstance(routine, Routine) else None

    def select_routine(self, routine_id: str) -> bool:
        for row in range(self.list.count()):
            routine = self.list.item(row).data(ROUTINE_ROLE)
            if routine is not None and routine.id == routine_id:
                self.list.setCurrentRow(row)
                return True
        return False

    # -- the list ----------------------------------------------------------------------------------

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def _refill(self) -> None:
        baby = self.selected_baby()
        if baby is None:
            self.age_label.setText("")
        else:
            age = age_on(baby, self._today)
            text = self.tr("{0} old").format(weeks_text(age.weeks))
            if age.corrected_weeks is not None:
                text += self.tr(" ({0} corrected)").format(weeks_text(max(0, age.corrected_weeks)))
            self.age_label.setText(text)
        previous = self.selected_routine()
        self.list.clear()
        recs = recommend(self._routines, baby, self._today)
        suits = [r for r in recs if r.suits]
        others = [r for r in recs if not r.suits]
        if suits and baby is not None:
            self._header(self.tr("Suitable now for {0}").format(baby.name))
        for rec in suits:
            self._add(rec.routine, rec.reason)
        if others:
            name = baby.name if baby else ""
            self._header(self.tr("All routines (these may not fit {0} now)").format(name))
        for rec in others:
            self._add(rec.routine, rec.reason)
        if not recs:
            self._header(self.tr("No routines could be loaded."))
        if previous is None or not self.select_routine(previous.id):
            first = next((i for i in range(self.list.count())
                          if self.list.item(i).data(ROUTINE_ROLE) is not None), None)
            if first is not None:
                self.list.setCurrentRow(first)
        self._sync_button()

    def _add(self, routine: Routine, reason: str) -> None:
        facts = " · ".join((kind_label(routine.kind), length_text(routine), age_range_text(routine)))
        lines = [routine.title, facts, routine.summary]
        if reason:
            lines.append(self.tr("Note: {0}").format(self.tr(reason)))
        item = QListWidgetItem("\n".join(lines))
        item.setData(LINES_ROLE, lines)
        item.setData(ROUTINE_ROLE, routine)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ". ".join(lines))
        item.setToolTip(routine.summary)
        self.list.addItem(item)

    def _sync_button(self) -> None:
        self.continue_button.setEnabled(self.selected_routine() is not None)

    def _choose(self) -> None:
        routine = self.selected_routine()
        if routine is not None:
            self.routine_chosen.emit(routine)
