"""The settings dialog: a full round trip through the settings file, problems and cue status shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.helpers import REPO_ROOT
from tests.helpers.speech import mock_voice
from touchtimer.core.clock import FakeClock
from touchtimer.core.settings import SETTINGS_FILENAME, Settings, load_settings
from touchtimer.ui.platform.chimes import Chimes
from touchtimer.ui.platform.cue_player import CuePlayer
from touchtimer.ui.settings.dialog import SettingsDialog

ROOT = REPO_ROOT


def app_player(settings: Settings, *, sound: bool = True) -> CuePlayer:
    return CuePlayer(settings, FakeClock(), voice=mock_voice(), chimes=Chimes(has_output=lambda: sound))


def test_round_trip(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "config"
    (folder).mkdir()
    (folder / SETTINGS_FILENAME).write_text(json.dumps({"voice_volume": 0.4, "theme": "night"}))
    loaded = load_settings(folder)
    player = app_player(loaded.settings)
    dialog = SettingsDialog(loaded, folder, player, clock=FakeClock())
    qtbot.addWidget(dialog)
    assert dialog.voice_volume.value() == 40 and dialog.theme.currentData() == "night"
    assert dialog.value_text(dialog.voice_volume) == "40 %" and dialog.value_text(dialog.rate) == "Normal"
    voices = [dialog.voice.itemText(i) for i in range(dialog.voice.count())]
    assert voices == ["System default", "Bob", "Anne"]

    dialog.cue_mode.setCurrentIndex(dialog.cue_mode.findData("chimes_only"))
    assert not dialog.voice.isEnabled() and dialog.chime_volume.isEnabled()
    dialog.cue_mode.setCurrentIndex(dialog.cue_mode.findData("voice_and_chimes"))
    assert dialog.voice.isEnabled()
    dialog.voice.setCurrentIndex(dialog.voice.findData("Anne"))
    dialog.rate.setValue(-3)
    assert dialog.value_text(dialog.rate) == "Slower 3"
    dialog.voice_volume.setValue(70)
    assert dialog.value_text(dialog.voice_volume) == "70 %"
    dialog.chime_volume.setValue(25)
    dialog.quiet.setChecked(True)
    assert dialog.voice.isEnabled()        # voice is still the choice; quiet mode is for now
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.daily_target.setValue(90)
    dialog.wait.setChecked(True)
    dialog.reduce_motion.setChecked(True)
    assert player.settings is loaded.settings and player.settings.chime_volume == 0.5  # untouched so far
    with qtbot.waitSignal(dialog.saved) as blocker:
        dialog.buttons.accepted.emit()
    expected = Settings(theme="light", cue_mode="voice_and_chimes", quiet_mode=True, voice_name="Anne",
                        voice_rate=-0.3, voice_volume=0.7, chime_volume=0.25, daily_target_minutes=90,
                        wait_between_stages=True, reduce_motion=True)
    assert blocker.args == [expected]
    again = load_settings(folder)
    assert again.settings == expected and again.problems == []
    reopened = SettingsDialog(again, folder, player, clock=FakeClock())
    qtbot.addWidget(reopened)
    assert reopened.values() == expected


def test_cancel_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), tmp_path, app_player(Settings()), clock=FakeClock())
    qtbot.addWidget(dialog)
    dialog.daily_target.setValue(5)
    dialog.buttons.rejected.emit()
    assert not (tmp_path / SETTINGS_FILENAME).exists()
    assert dialog.result_settings is None


def test_file_problems_and_silent_cues_are_said_once(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILENAME).write_text(json.dumps({"chime_volume": 7, "colour": "pink"}))
    loaded = load_settings(tmp_path)
    dialog = SettingsDialog(loaded, tmp_path, app_player(loaded.settings, sound=False), clock=FakeClock())
    qtbot.addWidget(dialog)
    text = dialog.notice.text()
    assert dialog.notice.isVisibleTo(dialog)
    assert "'chime_volume' should be between 0 and 1, not 7; using the default" in text
    assert "'colour' is not a setting touchtimer knows; it was ignored" in text
    assert text.count("Chimes are silent: no sound output device was found.") == 1
    # Silent on purpose: nothing to explain.
    dialog.cue_mode.setCurrentIndex(dialog.cue_mode.findData("silent"))
    assert "Chimes are silent" not in dialog.notice.text()
    assert not dialog.test_button.isEnabled()


def test_no_notice_when_all_is_well(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), tmp_path, app_player(Settings()), clock=FakeClock())
    qtbot.addWidget(dialog)
    assert dialog.notice.text() == "" and not dialog.notice.isVisibleTo(dialog)


def test_test_button_plays_the_chime_at_the_dialog_volume(qtbot: QtBot, tmp_path: Path) -> None:
    player = app_player(Settings(chime_volume=0.9))
    rung: list[tuple[str, float]] = []
    player.chimes.played.connect(lambda kind, volume: rung.append((kind, round(volume, 2))))
    dialog = SettingsDialog(Settings(chime_volume=0.9), tmp_path, player, clock=FakeClock())
    qtbot.addWidget(dialog)
    dialog.chime_volume.setValue(30)
    dialog.test_button.click()
    dialog.quiet.setChecked(True)
    dialog.chime_volume.setValue(80)
    dialog.test_button.click()
    assert rung == [("stage", 0.3), ("stage", 0.1)]


def test_save_failure_is_shown_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    dialog = SettingsDialog(Settings(), blocker, app_player(Settings()), clock=FakeClock())
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.result_settings is None
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text().startswith(f"The settings could not be saved to {blocker}: ")


def test_a_missing_voice_is_kept_and_marked(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(voice_name="Gone"), tmp_path, app_player(Settings()), clock=FakeClock())
    qtbot.addWidget(dialog)
    assert dialog.voice.currentText() == "Gone (not available)"
    assert dialog.values().voice_name == "Gone"


def test_every_control_has_an_accessible_name_and_tooltip(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), tmp_path, app_player(Settings()), clock=FakeClock())
    qtbot.addWidget(dialog)
    controls = [w for w in dialog.findChildren(QWidget)
                if w.focusPolicy() != w.focusPolicy().NoFocus and w.isVisibleTo(dialog)
                and (isinstance(w, QAbstractButton) or w.metaObject().className() in
                     ("QComboBox", "QSlider", "QSpinBox"))]
    assert len(controls) >= 13
    for widget in controls:
        assert widget.accessibleName(), widget
        assert widget.toolTip(), widget.accessibleName()


@pytest.mark.parametrize("cue_mode", ["voice_and_chimes", "chimes_only", "silent"])
def test_dialog_without_an_app_player(qtbot: QtBot, tmp_path: Path, cue_mode: str) -> None:
    dialog = SettingsDialog(Settings(cue_mode=cue_mode), tmp_path, clock=FakeClock())
    qtbot.addWidget(dialog)
    assert dialog.values() == Settings(cue_mode=cue_mode)
    # Its own voice (in a helper process) only while voice cues are chosen, and ended with the dialog.
    voice = dialog.player.voice
    assert (voice.link is not None) == (cue_mode == "voice_and_chimes")
    dialog.reject()
    assert voice.link is None
