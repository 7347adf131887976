"""Before starting: preparation, safety, when not to, baby cues, the parent's mood, "wait for me".

Starting is one acknowledgement: for skin-to-skin the safe-position checklist is read here, and the
Start button says "I have read this"; one press of Enter (or one click) starts. The checklist is
confirmed later, about a minute after baby is on the chest (the running page asks for it).

When the routine may not suit the babies chosen on Home, the page says why and offers the ones that
do, without stopping a parent who knows better (their care team said yes). A mood of 1 or 2 offers
the parent check-in in one calm line, never a window that opens by itself.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.routines.model import Routine
from touchtimer.core.safety import CHECK_IN_OFFER, UNREVIEWED_NOTE, offers_check_in
from touchtimer.core.session.record import Caregiver
from touchtimer.ui.session.caregiver_picker import CaregiverPicker
from touchtimer.ui.widgets.buttons import push_button
from touchtimer.ui.widgets.flow_layout import FlowLayout
from touchtimer.ui.widgets.texts import age_range_text, kind_label, length_text, term


def mood_choices() -> list[tuple[str, int | None]]:
    from PySide6.QtCore import QCoreApplication

    return [(QCoreApplication.translate("Mood", "Rather not say"), None),
            (QCoreApplication.translate("Mood", "1 · very low"), 1),
            (QCoreApplication.translate("Mood", "2 · low"), 2),
            (QCoreApplication.translate("Mood", "3 · okay"), 3),
            (QCoreApplication.translate("Mood", "4 · good"), 4),
            (QCoreApplication.translate("Mood", "5 · very good"), 5)]


def _safety(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


class PreSessionPage(QWidget):
    """Emits ``start_requested()``; read :attr:`mood`, :attr:`wait_between_stages` when it does.

    ``routine_chosen(routine)`` asks for another routine's page (one the page offers instead),
    ``checkin_requested()`` for the parent check-in, and ``people_requested()`` for the People dialog.
    Who is holding or massaging is :attr:`caregiver_ids` (:meth:`show_caregivers` fills it).
    """

    start_requested = Signal()
    back_requested = Signal()
    routine_chosen = Signal(object)
    checkin_requested = Signal()
    people_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preSessionPage")
        self.routine: Routine | None = None
        self.instead_buttons: list[QPushButton] = []

        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setProperty("role", "muted")
        self.facts.setWordWrap(True)
        # Why this routine may not suit the babies chosen, and the ones that do.
        self.fit = QFrame()
        self.fit.setObjectName("fitBanner")
        self.fit_text = QLabel()
        self.fit_text.setObjectName("fitReason")
        self.fit_text.setWordWrap(True)
        self.instead_row = FlowLayout(spacing=10)
        fit_layout = QVBoxLayout(self.fit)
        fit_layout.setContentsMargins(14, 10, 14, 10)
        fit_layout.addWidget(self.fit_text)
        fit_layout.addLayout(self.instead_row)
        self.fit.hide()

        self.body = QWidget()
        # Two columns where there is room for both; one above the other in a narrow window.
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.body)
        columns.setContentsMargins(0, 0, 16, 0)
        columns.setSpacing(40)
        self.left_layout = QVBoxLayout()
        self.right_layout = QVBoxLayout()
        for column in (self.left_layout, self.right_layout):
            column.setSpacing(6)
            columns.addLayout(column, 1)
        self.body_layout = self.left_layout
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = scroll

        self.mood_box = QComboBox()
        self.mood_box.setObjectName("moodBefore")
        self.mood_box.setAccessibleName(self.tr("How are you feeling (optional)"))
        self.mood_box.setToolTip(self.tr("Optional: how you feel right now, "
                                         "from 1 (very low) to 5 (very good)"))
        for text, value in mood_choices():
            self.mood_box.addItem(text, value)
        mood_label = QLabel(self.tr("How are you &feeling?"))
        mood_label.setBuddy(self.mood_box)
        mood_label.setWordWrap(True)
        self.mood_box.currentIndexChanged.connect(lambda _i: self._offer_check_in())
        self.checkin_offer = QLabel(_safety(CHECK_IN_OFFER))
        self.checkin_offer.setObjectName("checkinOffer")
        self.checkin_offer.setWordWrap(True)
        self.checkin_button = push_button(
            self.tr("A moment for &you…"), name="offerCheckin",
            accessible=self.tr("A moment for you: optional check-in"),
            tip=self.tr("An optional check-in for you, the parent"), on_click=self.checkin_requested)
        self.checkin_button.setProperty("role", "quiet")

        self.wait_box = QCheckBox(self.tr("&Wait for me between stages"))
        self.wait_box.setObjectName("waitBetweenStages")
        self.wait_box.setAccessibleName(self.tr("Wait for me between stages"))
        self.wait_box.setToolTip(self.tr("When a stage ends, hold until you press Next"))

        self.status = QLabel()
        self.status.setObjectName("startStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)

        self.back_button = push_button(
            self.tr("Choose &another"), accessible=self.tr("Choose another routine"),
            tip=self.tr("Go back to the list of routines"), on_click=self.back_requested)
        self.start_button = push_button(
            self.tr("&Start"), name="startButton", accessible=self.tr("Start the session"),
            tip=self.tr("Start the session (Enter)"), on_click=self._start, default=True)

        self.caregivers = CaregiverPicker()
        self.caregivers.people_requested.connect(self.people_requested)

        options = FlowLayout(spacing=24)
        mood = QWidget()
        mood_row = QHBoxLayout(mood)
        mood_row.setContentsMargins(0, 0, 0, 0)
        mood_row.addWidget(mood_label)
        mood_row.addWidget(self.mood_box)
        options.addWidget(mood)
        options.addWidget(self.wait_box)
        offer = QHBoxLayout()
        offer.addWidget(self.checkin_offer, 1)
        offer.addWidget(self.checkin_button)
        self.offer_row = QWidget()
        self.offer_row.setLayout(offer)
        offer.setContentsMargins(0, 0, 0, 0)
        self.offer_row.hide()
        buttons = FlowLayout(spacing=12)
        # One line beside the buttons where there is room; above them, wrapped, where there is not.
        buttons.addWidget(self.status)
        buttons.add_right(self.back_button)
        buttons.add_right(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.fit)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.caregivers)
        layout.addLayout(options)
        layout.addWidget(self.offer_row)
        layout.addLayout(buttons)

    # -- filling -----------------------------------------------------------------------------------

    def _clear(self) -> None:
        for column in (self.left_layout, self.right_layout):
            while column.count():
                item = column.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()           # gone at once, not only when Qt gets round to deleting it
                    widget.deleteLater()

    def _heading(self, text: str) -> None:
        if self.body_layout.count():
            self.body_layout.addSpacing(14)
        label = QLabel(text)
        label.setProperty("role", "subheading")
        label.setWordWrap(True)
        self.body_layout.addWidget(label)

    def _bullets(self, items: tuple[str, ...]) -> None:
        for text in items:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(10)
            dot = QLabel("•")
            label = QLabel(text)
            label.setWordWrap(True)
            line.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(label, 1)
            self.body_layout.addWidget(row)

    def show_routine(self, routine: Routine, *, wait_default: bool, not_for_now: str = "", names: str = "",
                     instead: list[Routine] | None = None) -> None:
        """Show ``routine``. ``not_for_now`` says why it may not suit ``names`` (the babies chosen on
        Home) now, in the recommendation's words, and ``instead`` lists the routines that do."""
        self._clear()
        self.routine = routine
        self.title.setText(routine.title)
        self._show_fit(names, not_for_now, instead or [])
        facts = [kind_label(routine.kind), length_text(routine), age_range_text(routine), routine.summary]
        if routine.all_benefits and not routine.reviewed:
            facts.append(self.tr("Evidence notes: {0}").format(QCoreApplication.translate("Safety",
                                                                                         UNREVIEWED_NOTE)))
        self.facts.setText(" · ".join(facts))
        if routine.preparation:
            self._heading(term("preparation"))
            self._bullets(routine.preparation)
        self.body_layout = self.right_layout
        if routine.kind == "skin_to_skin" and routine.safety:
            self._heading(term("safety"))
            note = QLabel(self.tr("About a minute after baby is on your chest, touchtimer shows this list "
                                  "again and asks you to check it, with one key."))
            note.setProperty("role", "muted")
            note.setWordWrap(True)
            self.body_layout.addWidget(note)
            self._bullets(routine.safety)
        elif routine.safety:
            self._heading(term("safety"))
            self._bullets(routine.safety)
        self.body_layout.addStretch(1)
        self.body_layout = self.left_layout
        if routine.when_not_to:
            self._heading(term("when_not_to"))
            self._bullets(routine.when_not_to)
        cues = routine.cues
        for title, items in ((self.tr("Signs your baby is enjoying it"), cues.engaged),
                             (self.tr("Signs to pause: rest your hands still"), cues.pause),
                             (self.tr("Signs to stop for today"), cues.stop)):
            if items:
                self._heading(title)
                self._bullets(items)
        self.body_layout.addStretch(1)
        self.mood_box.setCurrentIndex(0)
        self.wait_box.setChecked(wait_default)
        self.scroll_area.verticalScrollBar().setValue(0)
        # Tab order: start first (Enter starts), then mood, wait, back, and any routine offered instead.
        chain: list[QWidget] = [self.start_button, *self.caregivers.buttons.values(), self.mood_box,
                                self.wait_box, self.back_button, *self.instead_buttons]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        skin = routine.kind == "skin_to_skin" and bool(routine.safety)
        self.start_button.setText(self.tr("I have read this: &Start") if skin else self.tr("&Start"))
        self.start_button.setAccessibleName(self.tr("I have read this: start the session") if skin
                                            else self.tr("Start the session"))
        if skin:
            self.status.setText(self.tr("Read this, then press Enter to start."))
        elif not_for_now:
            self.status.setText(self.tr("Press Enter to start anyway."))
        else:
            self.status.setText(self.tr("Ready when you are."))
        self._offer_check_in()

    def _show_fit(self, names: str, reason: str, instead: list[Routine]) -> None:
        for button in self.instead_buttons:
            self.instead_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.instead_buttons = []
        while self.instead_row.count():
            self.instead_row.takeAt(0)
        self.fit.setVisible(bool(reason))
        if not reason:
            return
        text = self.tr("This routine may not suit {0} now: {1}. You can still go ahead if you know it "
                       "is right, for example if your care team has said yes.").format(
            names or self.tr("your baby"), reason)
        if instead:
            text += " " + self.tr("These suit now:")
        self.fit_text.setText(text)
        for routine in instead[:3]:
            button = push_button(routine.title, name="insteadButton",
                                 accessible=self.tr("Prepare {0} instead").format(routine.title),
                                 tip=self.tr("Prepare {0} instead").format(routine.title),
                                 on_click=lambda _c=False, r=routine: self.routine_chosen.emit(r))
            self.instead_buttons.append(button)
            self.instead_row.addWidget(button)

    def _offer_check_in(self) -> None:
        self.offer_row.setVisible(offers_check_in(self.mood))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side only where each column gets about 30 characters.
        wide = self.width() >= 64 * self.fontMetrics().averageCharWidth()
        self.columns.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                  else QBoxLayout.Direction.TopToBottom)

    def focus_first(self) -> None:
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_caregivers(self, people: list[Caregiver], chosen: list[str], kind: str) -> None:
        """Who may hold or massage, ``chosen`` preselected (whoever did the last session here).
        Call before :meth:`show_routine`, which sets the tab order."""
        self.caregivers.set_people(people, chosen, kind)

    # -- state ---------------------------------------------------------------------------------------

    @property
    def mood(self) -> int | None:
        value = self.mood_box.currentData()
        return None if value is None else int(value)

    @property
    def caregiver_ids(self) -> list[str]:
        return self.caregivers.chosen

    @property
    def wait_between_stages(self) -> bool:
        return self.wait_box.isChecked()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()  # Enter on a button does what that button says
            else:
                self._start()
            return
        super().keyPressEvent(event)

    def _start(self) -> None:
        if self.routine is not None:
            self.start_requested.emit()
