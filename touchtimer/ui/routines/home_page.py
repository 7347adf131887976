"""Home: who the session is for (one baby, two at once for twins, or nobody), and which routine.

Suitable routines first, the rest after. With two babies a routine is suggested only if it suits
each of them (:func:`touchtimer.core.babies.ages.recommend_for_babies`). When the babies chosen make
the highlighted routine unsuitable, the highlight moves to the first one that suits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from touchtimer.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    # The list's delegate, the age logic and the routine texts are needed once the routines arrive,
    # right after the first paint; the first frame shows the empty page (docs/performance.md).
    from touchtimer.core.babies.ages import Baby
    from touchtimer.core.clock import Clock
    from touchtimer.core.routines.model import Routine
    from touchtimer.ui.routines.delegate import RoutineDelegate

ROUTINE_ROLE = Qt.ItemDataRole.UserRole


class HomePage(QWidget):
    """Emits ``routine_chosen(routine)`` when the parent picks a routine to prepare.

    ``edit_requested(routine)`` asks for the routine editor on the chosen routine,
    ``babies_requested()`` for the babies dialog and ``checkin_requested()`` for the parent check-in.
    Ages and suggestions are for the day ``clock`` says it is (read at each :meth:`set_data`).
    """

    routine_chosen = Signal(object)
    edit_requested = Signal(object)
    babies_requested = Signal()
    checkin_requested = Signal()
    #: The parent chose who the session is for (the babies' ids), to be remembered for the next start.
    babies_changed = Signal(list)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self._clock = clock
        self._routines: list[Routine] = []
        self._babies: list[Baby] = []
        self._today = clock.wall().astimezone().date()

        heading = QLabel(self.tr("Who is this time for?"))
        heading.setProperty("role", "heading")
        self.baby_box = QComboBox()
        self.baby_box.setObjectName("babyChoice")
        self.baby_box.setAccessibleName(self.tr("Baby"))
        self.baby_box.setToolTip(self.tr("Choose a baby profile; routines that suit their age come first"))
        # The first frame (before the data arrives) shows what an empty Home will show, so nothing
        # moves when the data is there: "No one chosen", the second picker and notes hidden.
        self.baby_box.addItem(self.tr("No one chosen"), None)
        self.baby_box.currentIndexChanged.connect(self._refill)
        baby_label = QLabel(self.tr("&Baby:"))
        baby_label.setBuddy(self.baby_box)
        self.second_box = QComboBox()
        self.second_box.setObjectName("secondBabyChoice")
        self.second_box.setAccessibleName(self.tr("Also with"))
        self.second_box.setToolTip(self.tr("Two babies at once (twins, say): the session counts for both"))
        self.second_box.addItem(self.tr("No one else"), None)
        self.second_box.currentIndexChanged.connect(self._refill)
        self.second_label = QLabel(self.tr("&And:"))
        self.second_label.setBuddy(self.second_box)
        self.babies_button = QPushButton(self.tr("Bab&ies…"))
        self.babies_button.setObjectName("babiesButton")
        self.babies_button.setAccessibleName(self.tr("Babies"))
        self.babies_button.setToolTip(self.tr("Add a baby, or change a baby's details"))
        self.babies_button.setAutoDefault(False)
        self.babies_button.clicked.connect(self.babies_requested)
        self.age_label = QLabel()
        self.age_label.setObjectName("ageLabel")
        self.age_label.setProperty("role", "muted")
        self.age_label.setWordWrap(True)

        self.banner = QLabel()
        self.banner.setObjectName("homeBanner")
        self.banner.setProperty("role", "banner")
        self.banner.setWordWrap(True)

        routines_label = QLabel(self.tr("&Routines"))
        routines_label.setProperty("role", "subheading")
        self.list = QListWidget()
        self.list.setObjectName("routineList")
        # Headings wrap and rows elide (the summary is in the tooltip): the list never scrolls sideways.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setToolTip(self.tr("Choose a routine, then press Enter or Continue"))
        #: Draws the routine rows; set when the first routines arrive (:meth:`set_data`).
        self.delegate: RoutineDelegate | None = None
        self._muted: str | None = None
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
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editRoutineButton")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self._edit)
        self.checkin_button = QPushButton(self.tr("A moment for &you…"))
        self.checkin_button.setObjectName("homeCheckin")
        self.checkin_button.setProperty("role", "quiet")
        self.checkin_button.setAccessibleName(self.tr("A moment for you: optional check-in"))
        self.checkin_button.setToolTip(self.tr("An optional check-in for you, the parent"))
        self.checkin_button.setAutoDefault(False)
        self.checkin_button.clicked.connect(self.checkin_requested)

        # The notice can be closed (a session that stopped unexpectedly, settings that could not be used).
        self.notice = QFrame()
        self.notice.setObjectName("homeNotice")
        self.notice_close = QPushButton(self.tr("Close"))
        self.notice_close.setObjectName("closeNotice")
        self.notice_close.setAccessibleName(self.tr("Close this notice"))
        self.notice_close.setToolTip(self.tr("Close this notice"))
        self.notice_close.setAutoDefault(False)
        self.notice_close.clicked.connect(lambda: self.show_message(""))
        notice = QHBoxLayout(self.notice)
        notice.setContentsMargins(0, 0, 0, 0)
        notice.addWidget(self.banner, 1)
        notice.addWidget(self.notice_close, 0, Qt.AlignmentFlag.AlignTop)

        # The pickers and the buttons move onto another line rather than off a narrow window.
        top = FlowLayout(spacing=12)
        for box in (self.baby_box, self.second_box):
            box.setMinimumWidth(220)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, box in ((baby_label, self.baby_box), (self.second_label, self.second_box)):
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label)
            row.addWidget(box)
            top.addWidget(pair)
            if box is self.second_box:
                self._second_pair = pair
        top.addWidget(self.babies_button)
        bottom = FlowLayout(spacing=12)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.checkin_button)
        bottom.add_right(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.age_label)
        layout.addWidget(self.notice)
        layout.addWidget(routines_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.baby_box, self.second_box)
        self.setTabOrder(self.second_box, self.babies_button)
        self.setTabOrder(self.babies_button, self.list)
        self.setTabOrder(self.list, self.continue_button)
        self.setTabOrder(self.continue_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.checkin_button)
        for hidden in (self._second_pair, self.age_label, self.notice):
            hidden.setVisible(False)
        self._sync_button()

    # -- data ------------------------------------------------------------------------------------

    def set_muted_colour(self, colour: str) -> None:
        """The theme's colour for the summary and note lines of each routine."""
        self._muted = colour
        if self.delegate is not None:
            from PySide6.QtGui import QColor

            self.delegate.muted = QColor(colour)
            self.list.viewport().update()

    def _ensure_delegate(self) -> None:
        if self.delegate is None:
            from touchtimer.ui.routines.delegate import RoutineDelegate

            self.delegate = RoutineDelegate(self.list)
            self.list.setItemDelegate(self.delegate)
            if self._muted is not None:
                self.set_muted_colour(self._muted)

    def set_data(self, routines: list[Routine], babies: list[Baby]) -> None:
        self._ensure_delegate()
        self._routines = list(routines)
        self._babies = list(babies)
        self._today = self._clock.wall().astimezone().date()
        current = self.baby_box.currentData()
        second = self.second_box.currentData()
        self.baby_box.blockSignals(True)
        self.baby_box.clear()
        self.baby_box.addItem(self.tr("No one chosen"), None)
        for baby in babies:
            self.baby_box.addItem(baby.name, baby.id)
        self.baby_box.setCurrentIndex(max(0, self.baby_box.findData(current)))
        self.baby_box.blockSignals(False)
        self._fill_second(second)
        self._refill()

    def _fill_second(self, keep: str | None) -> None:
        """The second picker offers every other baby; it shows only when there are two or more."""
        first = self.baby_box.currentData()
        self.second_box.blockSignals(True)
        self.second_box.clear()
        self.second_box.addItem(self.tr("No one else"), None)
        for baby in self._babies:
            if baby.id != first:
                self.second_box.addItem(baby.name, baby.id)
        self.second_box.setCurrentIndex(max(0, self.second_box.findData(keep)) if first else 0)
        self.second_box.setEnabled(first is not None)
        self.second_box.blockSignals(False)
        several = len(self._babies) >= 2
        for part in (self._second_pair, self.second_box, self.second_label):
            part.setVisible(several)

    def show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.notice.setVisible(bool(text))

    def selected_babies(self) -> list[Baby]:
        """Every baby the session is for: none, one, or two at once."""
        ids = [self.baby_box.currentData()]
        if self.second_box.isEnabled() and not self.second_box.isHidden():
            ids.append(self.second_box.currentData())
        return [b for i in ids if i is not None for b in self._babies if b.id == i]

    def selected_routine(self) -> Routine | None:
        item = self.list.currentItem()
        if item is None:
            return None
        from touchtimer.core.routines.model import Routine

        routine = item.data(ROUTINE_ROLE)
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

    def _age_text(self, baby: Baby) -> str:
        """The window's one way of saying an age ("2 months (6 weeks corrected)"), as in Babies."""
        from touchtimer.ui.babies.age_text import age_text

        return age_text(baby, self._today)

    def _names(self, babies: list[Baby]) -> str:
        if len(babies) == 2:
            return self.tr("{0} and {1}").format(babies[0].name, babies[1].name)
        return babies[0].name if babies else ""

    def choose_babies(self, ids: list[str]) -> None:
        """Choose these babies (a new one, or the ones chosen last time); unknown ids are passed over."""
        known = [i for i in ids if self.baby_box.findData(i) > 0]
        if not known:
            return
        self.baby_box.setCurrentIndex(self.baby_box.findData(known[0]))
        if len(known) > 1 and self.second_box.findData(known[1]) > 0:
            self.second_box.setCurrentIndex(self.second_box.findData(known[1]))

    def _refill(self) -> None:
        if self.sender() is self.baby_box:
            self._fill_second(self.second_box.currentData())
        if self.sender() in (self.baby_box, self.second_box):
            self.babies_changed.emit([baby.id for baby in self.selected_babies()])
        babies = self.selected_babies()
        if len(babies) == 1:
            self.age_label.setText(self._age_text(babies[0]))
        else:
            self.age_label.setText(" · ".join(self.tr("{0}: {1}").format(b.name, self._age_text(b))
                                              for b in babies))
        self.age_label.setVisible(bool(babies))
        from touchtimer.core.babies.ages import recommend_for_babies
        from touchtimer.ui.widgets.texts import reason_text

        previous = self.selected_routine()
        self.list.clear()
        recs = recommend_for_babies(self._routines, babies, self._today)
        suits = [r for r in recs if r.suits]
        others = [r for r in recs if not r.suits]
        names = self._names(babies)
        if suits and babies:
            self._header(self.tr("Suitable now for {0}").format(names))
        for rec in suits:
            self._add(rec.routine, reason_text(rec))
        if others:
            self._header(self.tr("All routines (these may not fit {0} now)").format(names))
        for rec in others:
            self._add(rec.routine, reason_text(rec))
        if not recs:
            self._header(self.tr("No routines could be loaded."))
        # A routine the babies chosen make unsuitable never stays highlighted: the first that suits is.
        keep = previous is not None and (not suits or any(r.routine.id == previous.id for r in suits))
        if previous is None or not keep or not self.select_routine(previous.id):
            first = next((i for i in range(self.list.count())
                          if self.list.item(i).data(ROUTINE_ROLE) is not None), None)
            if first is not None:
                self.list.setCurrentRow(first)
        self._sync_button()

    def _add(self, routine: Routine, reason: str) -> None:
        from touchtimer.ui.routines.delegate import LINES_ROLE
        from touchtimer.ui.widgets.texts import age_range_text, kind_label, length_text

        self._ensure_delegate()
        facts = " · ".join((kind_label(routine.kind), length_text(routine), age_range_text(routine)))
        lines = [routine.title, facts, routine.summary]
        if reason:
            lines.append(self.tr("Note: {0}").format(reason))
        item = QListWidgetItem("\n".join(lines))
        item.setData(LINES_ROLE, lines)
        item.setData(ROUTINE_ROLE, routine)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ". ".join(lines))
        item.setToolTip(routine.summary)
        self.list.addItem(item)

    def _sync_button(self) -> None:
        routine = self.selected_routine()
        self.continue_button.setEnabled(routine is not None)
        self.edit_button.setEnabled(routine is not None)
        if routine is not None and not _is_builtin(routine):
            self.edit_button.setText(self.tr("Chang&e this routine…"))
            self.edit_button.setAccessibleName(self.tr("Change this routine"))
            self.edit_button.setToolTip(self.tr("Open your own routine in the routine editor"))
        else:
            self.edit_button.setText(self.tr("&Make my own version…"))
            self.edit_button.setAccessibleName(self.tr("Make my own version of this routine"))
            self.edit_button.setToolTip(self.tr("Copy this routine into the editor and change what you like; "
                                                "the original stays as it is"))

    def _edit(self) -> None:
        routine = self.selected_routine()
        if routine is not None:
            self.edit_requested.emit(routine)

    def _choose(self) -> None:
        routine = self.selected_routine()
        if routine is not None:
            self.routine_chosen.emit(routine)


def _is_builtin(routine: Routine) -> bool:
    from touchtimer.core.routines.user_files import is_builtin

    return is_builtin(routine)
