"""The settings dialog: cues, voice, volumes, quiet mode, theme, daily target, the emergency number,
"wait for me", motion.

It says in words that the skin-to-skin position checks keep chiming (softly at least) in quiet mode and
with cues silent, and keep their times through pauses and waits.

It edits a copy of the settings and writes them with ``core.settings.save_settings`` on Save. It says
once, plainly, what was wrong with the settings file (if anything) and why cues are silent (if they
are). Voices are listed from the speech engine, and only while voice cues are chosen: the engine is
started (in its helper process, never waited for) when the dialog shows voice cues on, and the list
fills in when the engine answers. In chimes-only or silent mode no speech service is started.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QCloseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.clock import Clock
from touchtimer.core.safety import NUMBER_MAX_LENGTH
from touchtimer.core.settings import Settings, SettingsLoad, save_settings
from touchtimer.ui.platform.cue_player import CuePlayer
from touchtimer.ui.settings.cue_choice import CueChoice
from touchtimer.ui.settings.data_section import DataSection
from touchtimer.ui.settings.language_row import LanguageRow
from touchtimer.ui.widgets.forms import form_layout
from touchtimer.ui.widgets.theme import BASE_PX
from touchtimer.ui.widgets.wrapped_choice import wrapped


def _describe(widget: QWidget, name: str, tip: str) -> None:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)


class SettingsDialog(QDialog):
    """``SettingsDialog(settings, config_dir, cue_status, clock=window.clock)``; :attr:`saved` carries
    the new settings.

    ``settings`` may be a :class:`SettingsLoad` (its problems are shown) or plain :class:`Settings`.
    ``cue_status`` is the app's :class:`CuePlayer`: the dialog uses its voice and chimes (for the
    status, the voice list and the chime test) without changing its settings; with ``None`` the dialog
    starts its own. ``clock`` is the window's clock, which the preview player reads.
    """

    saved = Signal(object)
    #: "Delete all my data…" was chosen (only after :meth:`offer_data_deletion`); the app asks, calmly.
    delete_data_requested = Signal()

    def __init__(self, settings: Settings | SettingsLoad, config_dir: Path,
                 cue_status: CuePlayer | None = None, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        if isinstance(settings, SettingsLoad):
            problems = list(settings.problems)
            settings = settings.settings
        else:
            problems = []
        self.original = settings
        self.config_dir = config_dir
        self._problems = problems
        # A preview player on the app's own voice and chimes: the dialog's choices are tried (test
        # chime, status) without touching the running session's cues before Save.
        self.player = CuePlayer(dataclasses.replace(settings), clock,
                                voice=cue_status.voice if cue_status else None,
                                chimes=cue_status.chimes if cue_status else None, parent=self)
        self.result_settings: Settings | None = None
        self.setWindowTitle(self.tr("touchtimer settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setMinimumWidth(480)

        self._value_labels: dict[QSlider, QLabel] = {}
        form = form_layout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.form = form
        self.cue_mode = CueChoice()
        _describe(self.cue_mode, self.tr("Cues"),
                  self.tr("How touchtimer tells you about stages and prompts"))
        self.checks_note = self.cue_mode.always
        self.checks_note.setText(self.tr(
            "Skin-to-skin position checks always chime, softly at least, even with Silent chosen here or in "
            "quiet mode. Pausing or waiting does not delay them: baby is still on your chest."))
        form.addRow(self.tr("Cues"), self.cue_mode)

        self.quiet = QCheckBox()
        _describe(self.quiet, self.tr("Quiet mode"),
                  self.tr("For a sleeping baby: nothing is spoken and chimes play very softly"))
        form.addRow("", wrapped(self.quiet, self.tr(
            "&Quiet mode, for a sleeping baby: nothing is spoken and chimes are very soft. During a "
            "session, Q turns it on or off.")))

        self.voice = QComboBox()
        _describe(self.voice, self.tr("Voice"), self.tr("The voice that speaks the prompts"))
        form.addRow(self.tr("&Voice"), self.voice)

        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(-10, 10)
        self.rate.setPageStep(2)
        _describe(self.rate, self.tr("Speaking rate"), self.tr("Slower to the left, faster to the right"))
        form.addRow(self._label(self.tr("Speaking &rate"), self.rate),
                    self._with_value(self.rate, self._rate_text))

        self.voice_volume = QSlider(Qt.Orientation.Horizontal)
        self.voice_volume.setRange(0, 100)
        _describe(self.voice_volume, self.tr("Voice volume"), self.tr("How loud the voice speaks"))
        form.addRow(self._label(self.tr("Voice v&olume"), self.voice_volume),
                    self._with_value(self.voice_volume, self._percent))

        self.chime_volume = QSlider(Qt.Orientation.Horizontal)
        self.chime_volume.setRange(0, 100)
        _describe(self.chime_volume, self.tr("Chime volume"), self.tr("How loud the chimes play"))
        self.test_button = QPushButton(self.tr("&Test"))
        _describe(self.test_button, self.tr("Test the chime"), self.tr("Play the stage chime at this volume"))
        self.test_button.clicked.connect(self._test_chime)
        chime_row = self._with_value(self.chime_volume, self._percent)
        chime_row.addWidget(self.test_button)
        form.addRow(self._label(self.tr("Chi&me volume"), self.chime_volume), chime_row)

        self.theme = QComboBox()
        for value, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                             ("night", self.tr("Night (dark, dim)"))):
            self.theme.addItem(label, value)
        _describe(self.theme, self.tr("Theme"), self.tr("Colours of the window; night is dark and dim"))
        form.addRow(self.tr("T&heme"), self.theme)

        self.language = LanguageRow(self)
        form.addRow(self._label(self.tr("&Language"), self.language.box), self.language.box)
        form.addRow("", self.language.note)

        self.daily_target = QSpinBox()
        self.daily_target.setRange(1, 24 * 60)
        self.daily_target.setSuffix(self.tr(" minutes"))
        _describe(self.daily_target, self.tr("Daily target"),
                  self.tr("Minutes of skin-to-skin you would like to reach each day"))
        form.addRow(self.tr("&Daily target"), self.daily_target)

        self.emergency_number = QLineEdit()
        self.emergency_number.setObjectName("emergencyNumber")
        self.emergency_number.setMaxLength(NUMBER_MAX_LENGTH)
        self.emergency_number.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 +\-]*"),
                                                                       self.emergency_number))
        self.emergency_number.setPlaceholderText(self.tr("for example 999 in the UK, 911 in the US"))
        _describe(self.emergency_number, self.tr("Your country's emergency number"),
                  self.tr("Shown on the emergency screen (H). Left empty, it shows examples."))
        # A short label (the long one made every field narrow); the tooltip and placeholder say more.
        form.addRow(self.tr("&Emergency number"), self.emergency_number)

        self.wait = QCheckBox(self.tr("&Wait for me between stages"))
        _describe(self.wait, self.tr("Wait for me"),
                  self.tr("At the end of each stage, wait until you choose Next"))
        form.addRow("", wrapped(self.wait))

        self.reduce_motion = QCheckBox(self.tr("Reduce motio&n"))
        _describe(self.reduce_motion, self.tr("Reduce motion"), self.tr("No animations anywhere"))
        form.addRow("", wrapped(self.reduce_motion))

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        _describe(self.notice, self.tr("Notes"), self.tr("Things touchtimer wants you to know"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        _describe(self.error, self.tr("Saving problem"), self.tr("Why the settings could not be saved"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        _describe(save, self.tr("Save"), self.tr("Keep these settings"))
        _describe(cancel, self.tr("Cancel"), self.tr("Close without changing anything"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        self.data_section = DataSection()
        self.data_section.hide()
        self.delete_data_button = self.data_section.delete_data_button
        self.data_reason = self.data_section.data_reason
        self.delete_data_button.clicked.connect(self.delete_data_requested)

        layout = QVBoxLayout(self)
        # Never smaller than its contents: the window's theme (larger text) is applied when the dialog
        # is shown, after Qt first sized it, which clipped the right edge and "Quiet mode".
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.data_section)
        layout.addWidget(buttons)
        # Enter saves. (Set once the button is inside the dialog: before that Qt does not record it,
        # and the first "auto default" button, Test, took over as the default when shown.)
        self.test_button.setAutoDefault(False)
        save.setDefault(True)

        self._load(settings)
        self.player.voice.voices_changed.connect(self._fill_voices)
        self._own_voice = cue_status is None      # then ended with the dialog
        self.cue_mode.currentIndexChanged.connect(self._update_enabled)
        self.quiet.toggled.connect(self._update_enabled)
        self._update_enabled()
        self.player.status_changed.connect(lambda _text: self._update_notice())
        self._update_notice()

    def offer_data_deletion(self, available: bool, reason: str = "") -> None:
        """Show "Delete all my data…"; while it cannot be done (a session is on), say why instead."""
        self.data_section.offer(available, reason)

    def add_section(self, widget: QWidget) -> None:
        """A part another piece of the app adds (sharing through a folder), above Save and Cancel."""
        self.layout().insertWidget(self.layout().indexOf(self.buttons), widget)  # type: ignore[union-attr]

    def _with_value(self, slider: QSlider, text: Callable[[int], str]) -> QHBoxLayout:
        """The slider with its value written beside it, kept up to date."""
        label = QLabel()
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("Slower 00") + 4)
        label.setAccessibleName(slider.accessibleName())
        label.setText(text(slider.value()))
        slider.valueChanged.connect(lambda value: label.setText(text(value)))
        self._value_labels[slider] = label
        row = QHBoxLayout()
        row.addWidget(slider, 1)
        row.addWidget(label)
        return row

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _percent(self, value: int) -> str:
        return self.tr("{0} %").replace("{0}", str(value))

    def _rate_text(self, value: int) -> str:
        if value == 0:
            return self.tr("Normal")
        if value < 0:
            return self.tr("Slower {0}").replace("{0}", str(-value))
        return self.tr("Faster {0}").replace("{0}", str(value))

    def value_text(self, slider: QSlider) -> str:
        return self._value_labels[slider].text()

    # -- values -------------------------------------------------------------------------------

    def _load(self, s: Settings) -> None:
        self.cue_mode.setCurrentIndex(max(0, self.cue_mode.findData(s.cue_mode)))
        self.quiet.setChecked(s.quiet_mode)
        self._fill_voices(s.voice_name)
        self.rate.setValue(round(s.voice_rate * 10))
        self.voice_volume.setValue(round(s.voice_volume * 100))
        self.chime_volume.setValue(round(s.chime_volume * 100))
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
        self.language.choose(s.language)
        self.daily_target.setValue(s.daily_target_minutes)
        self.emergency_number.setText(s.emergency_number)
        self.wait.setChecked(s.wait_between_stages)
        self.reduce_motion.setChecked(s.reduce_motion)

    def _fill_voices(self, chosen: str | None = None) -> None:
        """"System default" and the engine's voices for the language, keeping the choice. A saved
        voice the engine does not offer is kept, marked "not available" once the engine has said so."""
        if chosen is None:
            chosen = str(self.voice.currentData() or "")
        voice = self.player.voice
        self.voice.blockSignals(True)
        self.voice.clear()
        self.voice.addItem(self.tr("System default"), "")
        for name in voice.voice_names():
            self.voice.addItem(name, name)
        index = self.voice.findData(chosen)
        if index < 0:
            label = self.tr("{0} (not available)") if voice.voices_known else "{0}"
            self.voice.addItem(label.replace("{0}", chosen), chosen)
            index = self.voice.count() - 1
        self.voice.setCurrentIndex(index)
        self.voice.blockSignals(False)

    def values(self) -> Settings:
        """The settings as the controls show them now."""
        return dataclasses.replace(
            self.original,
            cue_mode=str(self.cue_mode.currentData()),
            quiet_mode=self.quiet.isChecked(),
            voice_name=str(self.voice.currentData()),
            voice_rate=self.rate.value() / 10,
            voice_volume=self.voice_volume.value() / 100,
            chime_volume=self.chime_volume.value() / 100,
            theme=str(self.theme.currentData()),
            language=self.language.value(),
            daily_target_minutes=self.daily_target.value(),
            emergency_number=self.emergency_number.text().strip(),
            wait_between_stages=self.wait.isChecked(),
            reduce_motion=self.reduce_motion.isChecked(),
        )

    # -- behaviour ----------------------------------------------------------------------------

    def _update_enabled(self) -> None:
        mode = self.cue_mode.currentData()
        voice_on = mode == "voice_and_chimes"      # the voice's own controls, only when voice is chosen
        voice_controls: tuple[QWidget, ...] = (self.voice, self.rate, self.voice_volume)
        for widget in voice_controls:
            widget.setEnabled(voice_on)
        chime_controls: tuple[QWidget, ...] = (self.chime_volume, self.test_button, self.quiet)
        for widget in chime_controls:
            widget.setEnabled(mode != "silent")
        self.player.set_settings(self.values())
        self.player.probe()
        self._update_notice()

    def _update_notice(self) -> None:
        lines: list[str] = []
        if self._problems:
            lines.append(self.tr("Some saved settings could not be used, so their defaults are shown:"))
            lines += [f"• {problem}" for problem in self._problems]
        if self.player.status:
            lines.append(self.player.status)
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))

    def _test_chime(self) -> None:
        self.player.set_settings(self.values())
        self.player.test_chime("stage")

    def changeEvent(self, event: QEvent) -> None:
        """With large text every label goes above its field, so the dialog fits a narrow screen."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            large = self.font().pixelSize() >= 1.4 * BASE_PX
            self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if large
                                       else QFormLayout.RowWrapPolicy.WrapLongRows)

    def done(self, result: int) -> None:
        self._end_own_voice()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._end_own_voice()
        super().closeEvent(event)

    def _end_own_voice(self) -> None:
        if self._own_voice:
            self.player.shutdown()

    def save(self) -> None:
        settings = self.values()
        try:
            save_settings(self.config_dir, settings)
        except OSError as exc:
            self.error.setText(self.tr("The settings could not be saved to {0}: {1}").replace(
                "{0}", str(self.config_dir)).replace("{1}", exc.strerror or str(exc)))
            self.error.show()
            return
        self.result_settings = settings
        self.saved.emit(settings)
        self.accept()
