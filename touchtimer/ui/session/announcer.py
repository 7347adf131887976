"""Tell a screen reader what changed in a session: a new stage, a pause, a resume, a wait for the parent,
a safety check, the end.

Each is one short sentence sent as an accessibility announcement (``QAccessibleAnnouncementEvent``,
Qt 6.8 and later; on Linux the AT-SPI bridge sends it as ``org.a11y.atspi.Event.Object.Announcement``,
which Orca speaks). Safety checks are *assertive* (said at once, interrupting), the rest *polite*
(said after whatever is being read). Where Qt has no announcement event, the sentence becomes the
accessible name of a small live label on the window (a ``NameChanged`` event), which screen readers
read out when they follow that label.

The sentences are the words the running page shows, said once at the moment things change; the time
left is not announced (the ring's accessible description gives it to the minute).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget

from touchtimer.core.session.events import (
    ChecklistConfirmed,
    ChecklistDue,
    Event,
    PositionCheckDue,
    PromptDue,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    StageStarted,
    WaitingForParent,
)
from touchtimer.core.session.runner import SessionListener
from touchtimer.ui.widgets.texts import minutes_text

Send = Callable[[Any], None]


def announcement_supported() -> bool:
    """This Qt has ``QAccessibleAnnouncementEvent`` (added in Qt 6.8)."""
    from PySide6 import QtGui

    return hasattr(QtGui, "QAccessibleAnnouncementEvent")


class SessionAnnouncer(QObject, SessionListener):
    """Announces a runner's session events on ``window`` (its accessible object is the source)."""

    def __init__(self, window: QWidget, *, send: Send | None = None, use_events: bool | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._send: Send = send or QAccessible.updateAccessibility
        self.use_events = announcement_supported() if use_events is None else use_events
        #: Every sentence announced, in order, with whether it was assertive (what tests read).
        self.said: list[tuple[str, bool]] = []
        self.live: QLabel | None = None

    def on_event(self, event: Event) -> None:
        words = self.words_for(event)
        if words:
            self.announce(words, assertive=isinstance(event, PromptDue | ChecklistDue | PositionCheckDue))

    def words_for(self, event: Event) -> str:
        """The sentence for ``event``, or "" when it is not announced."""
        if isinstance(event, StageStarted):
            count = self._stage_count()
            stage = event.stage
            length = (self.tr("open-ended") if stage.seconds is None else minutes_text(stage.seconds))
            side = ""
            if stage.side == "left":
                side = self.tr(", left side")
            elif stage.side == "right":
                side = self.tr(", right side")
            return (self.tr("Stage {0} of {1}: {2}{3}, {4}.").replace("{0}", str(event.index + 1))
                    .replace("{1}", str(count)).replace("{2}", stage.title).replace("{3}", side)
                    .replace("{4}", length))
        if isinstance(event, SessionPaused):
            return self.tr("Paused.")
        if isinstance(event, SessionResumed):
            return self.tr("Running again.")
        if isinstance(event, WaitingForParent):
            return self._waiting_words(event)
        if isinstance(event, PromptDue) and event.prompt.kind == "check":
            return self._check_words(event.prompt.text)
        if isinstance(event, PositionCheckDue):
            return self._check_words(event.prompt.text)
        if isinstance(event, ChecklistDue):
            if event.occurrence > 1:
                return self.tr("The position check is still waiting. When all is right, press Enter.")
            return self.tr("Time to check baby's position: the checklist is on the screen. "
                           "When all of it is right, press Enter.")
        if isinstance(event, ChecklistConfirmed):
            return self.tr("Position checked. Thank you.")
        if isinstance(event, SessionFinished):
            return self.tr("The session is over.")
        return ""

    def _check_words(self, text: str) -> str:
        """A check prompt, said as a check: "Check: …" unless its text already begins with that word
        (in the window's language: a translated routine's check says "Comprueba", not "Check")."""
        template = self.tr("Check: {0}")
        word = template.split("{0}")[0].strip(" :").casefold()
        if word and text.casefold().startswith(word):
            return text
        return template.replace("{0}", text)

    def _stage_count(self) -> int:
        engine = self.runner.engine if self.runner is not None else None
        return len(engine.routine.stages) if engine is not None else 0

    def _waiting_words(self, event: WaitingForParent) -> str:
        engine = self.runner.engine if self.runner is not None else None
        if engine is None:
            return self.tr("Stage done. Press Next when you are ready.")
        stages = engine.routine.stages
        done = stages[event.next_index - 1].title if event.next_index > 0 else ""
        upcoming = stages[event.next_index].title if event.next_index < len(stages) else ""
        return (self.tr("“{0}” is done. Press Next when you are ready for “{1}”.")
                .replace("{0}", done).replace("{1}", upcoming))

    def announce(self, text: str, *, assertive: bool = False) -> None:
        """Say ``text`` to a screen reader now."""
        self.said.append((text, assertive))
        if self.use_events:
            from PySide6.QtGui import QAccessibleAnnouncementEvent

            event = QAccessibleAnnouncementEvent(self.window, text)
            if assertive:
                event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
            self._send(event)
            return
        live = self._live_label()
        live.setAccessibleName(text)          # QWidget sends the NameChanged event itself

    def _live_label(self) -> QLabel:
        if self.live is None:
            live = QLabel(self.window)
            live.setObjectName("liveRegion")
            live.setAccessibleDescription(self.tr("What just changed in the session"))
            live.setGeometry(0, 0, 1, 1)          # on screen (so it is in the accessibility tree), unseen
            live.show()
            self.live = live
        return self.live
