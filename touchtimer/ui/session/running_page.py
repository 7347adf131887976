"""The running session: one calm, large view readable from arm's length.

Everything shown comes from the engine's snapshot and, in skin-to-skin, the position checks' status
(:meth:`RunningPage.show_snapshot`); the page keeps no time. The buttons are bound to the named actions,
so a button, its shortcut and its menu entry always agree.

About a minute after baby is placed on the chest the safe-position checklist shows in the middle of the
page with one big *All checked* button (Enter or C); it stays, and is asked for again gently, until it
is confirmed. It never blocks anything else: every control and H (help) still work.

Readable across a dark room: the rings and the time both count up (the caption says of what), a label
under the rings says what each one is, a paused session says so in large words and greys the rings,
and quiet mode (Q) shows a badge. Stage names are in quotes ("Next stage: “Back”"), so a stage is
never read as a button. The header and the buttons move onto further lines rather than out of sight
when the window is narrow or the text large.
"""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.durations import elapsed_whole
from touchtimer.core.routines.model import Routine
from touchtimer.core.session.engine import State
from touchtimer.core.session.position_checks import CheckStatus
from touchtimer.core.session.snapshot import Snapshot
from touchtimer.ui.actions import Actions, bind_button
from touchtimer.ui.session.progress_ring import ProgressRing
from touchtimer.ui.session.running_words import evidence_text, state_word
from touchtimer.ui.widgets.down_scroll import DownScroll
from touchtimer.ui.widgets.flow_layout import FlowLayout
from touchtimer.ui.widgets.texts import clock_text, minutes_text, stage_name

CONTROL_ACTIONS = ("session.back", "session.pause", "session.next", "session.extend", "session.end")


class RunningPage(QWidget):
    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runningPage")
        self.routine: Routine | None = None
        self._benefit_open = False
        self._content_key: tuple[object, ...] | None = None
        self._caption = ""
        self._spoken = ""
        #: How many times the words were redone (not the time): a passing second must not add to it.
        self.content_updates = 0

        self.routine_title = QLabel()
        self.routine_title.setObjectName("routineTitle")
        self.stage_count = QLabel()
        self.stage_count.setObjectName("routineTitle")
        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setAccessibleName(self.tr("Session state"))
        self.quiet_badge = QLabel(self.tr("Quiet mode (Q)"))
        self.quiet_badge.setObjectName("quietBadge")
        self.quiet_badge.setToolTip(self.tr("No voice, very soft chimes; position checks still chime. "
                                            "Q turns it off."))
        quiet = actions["session.quiet"]
        quiet.toggled.connect(self.quiet_badge.setVisible)
        self.quiet_badge.setVisible(quiet.isChecked())
        self.paused_banner = QLabel(self.tr("Paused. Press Space, or Resume, to go on."))
        self.paused_banner.setObjectName("pausedBanner")
        self.paused_banner.setWordWrap(True)
        self.paused_banner.hide()
        self.help_button = QPushButton()
        self.help_button.setObjectName("helpButton")
        bind_button(self.help_button, actions["session.emergency"])
        self.help_button.setAutoDefault(False)
        self._names = ""

        self.ring = ProgressRing()
        self.ring.setAccessibleName(self.tr("Stage progress"))
        self.ring.setToolTip(self.tr("Inner ring: this stage. Outer ring: the whole routine."))
        self.ring_legend = QLabel(self.tr("Inner ring: this stage · outer: the whole routine"))
        self.ring_legend.setObjectName("ringLegend")
        self.ring_legend.setWordWrap(True)
        self.ring_legend.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.stage_title = QLabel()
        self.stage_title.setObjectName("stageTitle")
        self.stage_title.setWordWrap(True)
        self.instruction = QLabel()
        self.instruction.setObjectName("instruction")
        self.instruction.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(self.tr("Current prompt"))
        self.checklist = QFrame()
        self.checklist.setObjectName("checklistPanel")
        self.checklist_heading = QLabel(self.tr("Check baby's position"))
        self.checklist_heading.setObjectName("checklistHeading")
        self.checklist_heading.setWordWrap(True)
        self.checklist_items = QLabel()
        self.checklist_items.setObjectName("checklistItems")
        self.checklist_items.setWordWrap(True)
        self.checklist_items.setTextFormat(Qt.TextFormat.RichText)
        self.checklist_hint = QLabel(self.tr("When every line is true, press Enter (or C)."))
        self.checklist_hint.setObjectName("checklistHint")
        self.checklist_hint.setWordWrap(True)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmChecks")
        self.confirm_button.setProperty("role", "primary")
        self.confirm_button.setAutoDefault(False)
        bind_button(self.confirm_button, actions["session.confirm_checks"])
        panel = QVBoxLayout(self.checklist)
        panel.setContentsMargins(16, 12, 16, 14)
        panel.setSpacing(8)
        panel.addWidget(self.checklist_heading)
        panel.addWidget(self.checklist_items)
        confirm = FlowLayout(spacing=16)      # the hint goes under the button where the two do not fit
        confirm.addWidget(self.confirm_button)
        confirm.addWidget(self.checklist_hint)
        panel.addLayout(confirm)
        self.checklist.hide()
        self.benefit_toggle = QToolButton()
        self.benefit_toggle.setObjectName("benefitToggle")
        self.benefit_toggle.setCheckable(True)
        self.benefit_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.benefit_toggle.setAccessibleName(self.tr("What the evidence says"))
        self.benefit_toggle.setToolTip(self.tr("Show or hide what research says about this (B)"))
        self.benefit_toggle.toggled.connect(self._toggle_benefit)
        self.benefit = QLabel()
        self.benefit.setObjectName("benefit")
        self.benefit.setWordWrap(True)
        self.benefit.hide()
        self.next_up = QLabel()
        self.next_up.setObjectName("nextUp")
        self.next_up.setWordWrap(True)

        self.buttons: dict[str, QPushButton] = {}
        # One row of buttons where they fit, more rows where they do not: never squeezed, never cut.
        controls = FlowLayout(spacing=14, fill_lines=True)
        for name in CONTROL_ACTIONS:
            button = QPushButton()
            button.setObjectName(name.replace(".", "_"))
            button.setAutoDefault(False)
            bind_button(button, actions[name])
            self.buttons[name] = button
            controls.addWidget(button)

        header = FlowLayout(spacing=10)
        header.addWidget(self.routine_title)
        header.addWidget(self.stage_count)
        header.add_right(self.help_button)      # first of the right-hand group: the last to move down
        header.add_right(self.quiet_badge)
        header.add_right(self.state_label)

        text = QVBoxLayout()
        text.setSpacing(14)
        text.addWidget(self.stage_title)
        text.addWidget(self.checklist)
        text.addWidget(self.instruction)
        text.addWidget(self.prompt)
        text.addWidget(self.benefit_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        text.addWidget(self.benefit)
        text.addStretch(1)
        text.addWidget(self.next_up)

        # The words scroll rather than clip when the text is made very large (Ctrl +).
        text_box = QWidget()
        text_box.setObjectName("runningText")
        text_box.setLayout(text)
        text.setContentsMargins(0, 0, 8, 0)
        # As wide as the words' widest unbreakable part (the confirm button), whatever the stretch.
        self.text_scroll = scroll = DownScroll(text_box)
        scroll.setObjectName("runningTextScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        rings = QVBoxLayout()
        rings.addWidget(self.ring, 1)
        rings.addWidget(self.ring_legend)
        # The rings beside the words; above them when the window is too narrow for both (large text).
        middle_box = QWidget()
        middle_box.setObjectName("runningMiddle")
        self.middle = middle = QBoxLayout(QBoxLayout.Direction.LeftToRight, middle_box)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(36)
        middle.addLayout(rings, 5)
        middle.addWidget(scroll, 7)
        # The header (with the emergency button) and the session's buttons always stay in sight: when
        # the window is too short for the rings (a small screen, the largest text), the middle scrolls.
        self.middle_scroll = QScrollArea()
        self.middle_scroll.setObjectName("runningMiddleScroll")
        self.middle_scroll.setWidgetResizable(True)
        self.middle_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.middle_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.middle_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.middle_scroll.setWidget(middle_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.paused_banner)
        layout.addWidget(self.middle_scroll, 1)
        layout.addLayout(controls)
        self._controls = controls

        chain = [self.confirm_button, self.buttons["session.pause"], self.buttons["session.next"],
                 self.buttons["session.extend"], self.buttons["session.back"], self.buttons["session.end"],
                 self.benefit_toggle, self.help_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.even_buttons()
            self._shape_for_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._shape_for_width()

    def _shape_for_width(self) -> None:
        """Side by side where the words get about 44 characters (and never less than they need) beside
        the rings."""
        words = max(44 * self.fontMetrics().averageCharWidth(), self.text_scroll.minimumSizeHint().width())
        room = self.ring.minimumSizeHint().width() + words + 100
        self.middle.setDirection(QBoxLayout.Direction.LeftToRight if self.width() >= room
                                 else QBoxLayout.Direction.TopToBottom)

    def showEvent(self, event: QShowEvent) -> None:
        self.even_buttons()
        super().showEvent(event)

    def even_buttons(self) -> None:
        """The session's buttons all as wide as the widest (at the text size set now)."""
        buttons = list(self.buttons.values())
        for button in buttons:
            button.setMinimumWidth(0)
            button.ensurePolished()
        widest = max(button.sizeHint().width() for button in buttons)
        for button in buttons:
            button.setMinimumWidth(widest)

    def show_routine(self, routine: Routine, names: str = "") -> None:
        """Show ``routine``, for the babies ``names`` ("Ada", "Ada and Ben"; "" when no one was chosen)."""
        self.routine = routine
        self._names = names
        title = self.tr("{0}  ·  for {1}").format(routine.title, names) if names else routine.title
        self.routine_title.setText(title)
        self.routine_title.setAccessibleName(title)
        self.checklist_items.setText("<ul style='margin-left: 0; -qt-list-indent: 1'>" + "".join(
            f"<li>{html.escape(item)}</li>" for item in routine.safety) + "</ul>")
        self.checklist_items.setAccessibleName(". ".join(routine.safety))
        self.checklist.hide()
        self.benefit_toggle.setChecked(False)
        self._benefit_open = False
        self.invalidate()

    def _toggle_benefit(self, open_: bool) -> None:
        self._benefit_open = open_
        self._content_key = None
        self.benefit.setVisible(open_ and bool(self.benefit.text()))
        self._label_benefit_toggle()

    def _label_benefit_toggle(self) -> None:
        arrow = "▾" if self._benefit_open else "▸"
        text = self.tr("Hide the evidence") if self._benefit_open else self.tr("What the evidence says")
        self.benefit_toggle.setText(f"{arrow} {text}")

    def invalidate(self) -> None:
        """Redo every word at the next snapshot (after a change of text size, theme or language)."""
        self._content_key = None
        self._spoken = ""

    def show_snapshot(self, snap: Snapshot, checks: CheckStatus | None = None) -> None:
        """Show ``snap`` and, in skin-to-skin, the position ``checks``. The words (stage, instruction,
        prompt, checklist, evidence, next up, state, the buttons' accessible text) are redone only when
        the stage, the state, the prompt or the checks changed; a passing second only moves the ring and
        its time."""
        key = (id(self.routine), snap.index, snap.state, snap.stage, snap.stage_length, snap.prompt,
               snap.next_stage, self._benefit_open, checks)
        if key != self._content_key:
            self._content_key = key
            self._show_content(snap, checks)
            self.content_updates += 1
        self._show_time(snap)

    def _show_content(self, snap: Snapshot, checks: CheckStatus | None = None) -> None:
        stage = snap.stage
        count = self.tr("·  stage {0} of {1}").format(snap.index + 1, snap.stage_count)
        waiting = snap.state is State.WAITING
        if stage.side in ("left", "right") and not waiting:
            count += "  ·  " + (self.tr("left side") if stage.side == "left" else self.tr("right side"))
        self.stage_count.setText(count)
        state = state_word(snap.state)
        self.state_label.setText(state)
        paused = snap.state is State.PAUSED
        self.state_label.setProperty("paused", paused)     # the badge in the accent colour (theme)
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
        self.paused_banner.setVisible(paused)
        # The badge's name follows the state, so a screen reader reading it hears "Paused", say.
        self.state_label.setAccessibleName(self.tr("Session state: {0}").format(state))
        if waiting and snap.next_stage is not None:
            self.stage_title.setText(self.tr("Ready for the next stage"))
            self.instruction.setText(self.tr("{0} is done. Press Next (or Right) when you are ready for "
                                             "{1}.").format(stage_name(stage.title),
                                                            stage_name(snap.next_stage.title)))
        else:
            self.stage_title.setText(stage.title)
            self.instruction.setText(stage.instruction)
        self.checklist.setVisible(checks is not None and checks.checklist_waiting)
        # The position check last given, until a new stage or prompt: it keeps its own clock, so it can
        # come while waiting for the parent too.
        position = checks.check if checks is not None else None
        prompt = position or snap.prompt
        if prompt is not None and (not waiting or position is not None):
            is_check = prompt.kind == "check" and not prompt.text.startswith("Check")
            prefix = self.tr("Check: ") if is_check else ""
            self.prompt.setText(prefix + prompt.text)
            self.prompt.show()
        else:
            self.prompt.hide()
            self.prompt.setText("")

        notes = stage.benefits or (self.routine.benefits if self.routine else ())
        self.benefit.setText(evidence_text(notes, self.routine))
        self.benefit_toggle.setVisible(bool(notes))
        self.benefit.setVisible(self._benefit_open and bool(notes))
        self._label_benefit_toggle()

        if snap.next_stage is None:
            self.next_up.setText(self.tr("Next: the end — time to rest together"))
        else:
            nxt = snap.next_stage
            length = (self.tr("open-ended") if nxt.seconds is None else minutes_text(nxt.seconds))
            self.next_up.setText(self.tr("Next stage: {0} ({1})").format(stage_name(nxt.title), length))

        if waiting:
            self._caption = self.tr("stage done")
        elif snap.stage_length is not None:
            self._caption = self.tr("of {0}").format(minutes_text(snap.stage_length))
        elif stage.target_seconds:
            self._caption = self.tr("of {0} target").format(minutes_text(stage.target_seconds))
        else:
            self._caption = self.tr("so far")
        if snap.state is State.PAUSED:
            self._caption = self.tr("paused")

    def _show_time(self, snap: Snapshot) -> None:
        # The time counts up, as the rings fill: how long this stage has gone (the caption: of how long).
        time_text = clock_text(snap.stage_length if snap.state is State.WAITING and snap.stage_length
                               else snap.stage_elapsed)
        self.ring.set_progress(snap.stage_progress, snap.total_progress, time_text, self._caption,
                               paused=snap.state is State.PAUSED)
        # A screen reader hears the time to the minute: a description changed every second would
        # send an accessibility event every second.
        if snap.state is State.WAITING:
            spoken = self._caption
        else:
            minutes = elapsed_whole(snap.stage_elapsed) // 60
            if minutes:
                spoken = self.tr("about {0} min, {1}").format(minutes, self._caption)
            else:
                spoken = self.tr("under a minute, {0}").format(self._caption)
        if spoken != self._spoken:
            self._spoken = spoken
            self.ring.setAccessibleDescription(spoken)
