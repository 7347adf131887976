"""Settings ▸ Language: follow the system, or English, Español, Deutsch; used from the next start.

Each language is listed by its own name, so a parent who cannot read the window's present language can
still find theirs. The note under the choice says that a change takes effect when touchtimer starts
again (every page is built in the language chosen at start-up: ``ui/translation.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from touchtimer.core.i18n import LANGUAGES, choose_language
from touchtimer.ui import translation


class LanguageRow(QObject):
    """The language choice and its note, for the settings form."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.box = QComboBox(parent)
        self.box.setObjectName("languageChoice")
        system = LANGUAGES[choose_language("system", translation.system_languages())]
        self.box.addItem(self.tr("Follow the system (%1)").replace("%1", system), "system")
        for code, name in LANGUAGES.items():
            self.box.addItem(name, code)
        self.box.setAccessibleName(self.tr("Language"))
        self.box.setToolTip(self.tr("The language of the window, the routines and the voice"))
        self.note = QLabel(parent)
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.box.currentIndexChanged.connect(self._update_note)
        self._update_note()

    def choose(self, setting: str) -> None:
        self.box.setCurrentIndex(max(0, self.box.findData(setting)))

    def value(self) -> str:
        return str(self.box.currentData())

    def _update_note(self) -> None:
        chosen = choose_language(self.value(), translation.system_languages())
        if chosen == translation.language():
            self.note.setText(self.tr("A new choice is used from the next time touchtimer starts."))
        else:
            self.note.setText(self.tr("touchtimer will be in %1 from the next time it starts.")
                              .replace("%1", LANGUAGES[chosen]))
