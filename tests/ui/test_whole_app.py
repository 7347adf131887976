"""The whole product through the real window and the app's own wiring, with a fake clock: cues, screen
awake and tray, settings, babies and twins, a routine made in the editor, and history."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from tests.helpers.whole_app import App
from tests.helpers.window import answer, choose_baby, choose_on_home, settle, start_skin
from touchtimer.core import paths
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.routines.files import builtin_routines, load_all
from touchtimer.core.session.engine import State
from touchtimer.core.settings import SETTINGS_FILENAME, Settings, load_settings
from touchtimer.core.storage.store import SessionFilter
from touchtimer.ui.babies.dialog import BabiesDialog
from touchtimer.ui.platform.voice import Voice
from touchtimer.ui.routines.editor import RoutineEditor
from touchtimer.ui.settings.dialog import SettingsDialog
from touchtimer.ui.widgets import theme as themes

# -- cues, screen awake and tray --------------------------------------------------------------------

def test_cues_screen_awake_and_tray_follow_a_session_run_by_the_fake_clock(
        make_app: Callable[..., App]) -> None:
    app = make_app(settings=Settings(theme="light", chime_volume=0.3))
    w, env = app.window, app.env
    choose_on_home(env, "test-massage")
    assert app.screensaver.calls == [] and app.spoken == []      # nothing before a session
    origin = env.clock.now
    w.presession.start_button.click()
    assert app.wiring.awake.held and app.screensaver.calls == ["Inhibit"]
    env.advance(15)
    assert app.tray.tooltip == "touchtimer — Legs, 0:15 of 1 min"
    app.wiring.tray.pause_action.trigger()                        # the tray pauses through the window
    assert w.controller.engine.state is State.PAUSED
    assert app.tray.tooltip == "touchtimer — Paused: Legs, 0:15 of 1 min"
    assert w.registry["session.pause"].text() == "&Resume"
    env.advance(20)                                               # paused: time does not count
    app.wiring.tray.pause_action.trigger()
    w.showMinimized()                                             # out of sight: notifications
    env.advance(200)
    w.showNormal()
    assert w.current_page() == "summary"
    routine = w.routines.by_id("test-massage")
    s = routine.stages
    spoken = [(round(t - origin), text) for t, text in app.spoken]
    assert spoken == [
        (0, s[0].words), (40, "Light as a feather."), (70, "Next up: Arms."),
        (80, s[1].words), (125, "Open the palm gently."), (160, "Next up: Resting hands."),
        (170, s[2].words), (190, "Nearly done."),
        (200, "That is the end of the routine. Take all the time you like."),
    ]
    rung = [(round(t - origin), kind) for t, kind in app.rung]
    assert rung == [(0, "stage"), (80, "stage"), (170, "stage"), (200, "end")]
    assert app.voice.info["engine"] == "mock"
    assert not app.wiring.awake.held and app.screensaver.calls == ["Inhibit", "UnInhibit"]
    notified = [title for title, _ in app.tray.messages]
    assert notified == ["Now: Arms", "Now: Resting hands", "Session finished"]
    w.summary.save_button.click()
    settle(w)                        # the writer saves it, on its own thread
    assert app.tray.tooltip == "touchtimer — No session running"
    app.wiring.shutdown()
    assert not app.tray.visible and not app.wiring.awake.held


def test_why_cues_are_silent_is_said_once_in_the_status_bar(make_app: Callable[..., App]) -> None:
    app = make_app(voice=Voice("no-such-engine", isolated=False))
    w, env = app.window, app.env
    choose_on_home(env, "test-massage")
    w.presession.start_button.click()
    message = w.statusBar().currentMessage()
    assert message == ("Spoken cues are silent on this computer; chimes still play. "
                       "Session ▸ Settings… says why.")
    assert w.statusBar().fontMetrics().horizontalAdvance(message) < w.statusBar().width()  # fits
    assert app.wiring.cues.status.startswith(
        "Spoken cues are silent: the speech engine “no-such-engine” is not installed")
    w.registry.trigger("app.settings")                            # ...and the settings say why
    assert app.wiring.cues.status in w.dialog.notice.text()
    w.dialog.reject()
    w.statusBar().clearMessage()
    env.advance(200)
    w.summary.save_button.click()
    settle(w)                        # the writer saves it, on its own thread
    w.statusBar().clearMessage()
    choose_on_home(env, "test-massage")
    w.presession.start_button.click()
    assert w.statusBar().currentMessage() == ""                   # once is enough
    w.controller.runner.end()
    w.discard_session()


# -- settings --------------------------------------------------------------------------------------

def test_settings_dialog_save_applies_theme_cues_and_wait_default(make_app: Callable[..., App]) -> None:
    app = make_app()
    w = app.window
    assert w.theme is themes.THEMES[themes.LIGHT]
    QTest.keyClick(w, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = w.dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    dialog.theme.setCurrentIndex(dialog.theme.findData("night"))
    dialog.cue_mode.setCurrentIndex(dialog.cue_mode.findData("chimes_only"))
    dialog.wait.setChecked(True)
    dialog.reduce_motion.setChecked(True)
    dialog.buttons.accepted.emit()
    assert w.theme is themes.THEMES[themes.NIGHT]
    assert w.registry["view.theme_night"].isChecked() and w.registry["view.reduce_motion"].isChecked()
    assert w.palette().color(w.backgroundRole()).name() == themes.THEMES[themes.NIGHT].window
    assert app.wiring.cues.settings is w.settings and not app.wiring.cues.planner.voice_on
    on_disk = load_settings(app.config_dir)
    assert on_disk.settings.theme == "night" and on_disk.settings.wait_between_stages and not on_disk.problems
    w.open_routine("test-massage")
    assert w.presession.wait_box.isChecked()                      # the new "wait for me" default


def test_settings_file_problems_are_said_once_plainly(make_app: Callable[..., App], tmp_path: Path) -> None:
    folder = tmp_path / "bad-config"
    folder.mkdir()
    (folder / SETTINGS_FILENAME).write_text(json.dumps({"chime_volume": 7}))
    loaded = load_settings(folder)
    app = make_app(problems=loaded.problems)
    w = app.window
    banner = w.home.banner.text()
    assert "'chime_volume' should be between 0 and 1, not 7" in banner and w.home.banner.isVisibleTo(w)
    w.registry.trigger("app.settings")
    assert "'chime_volume' should be between 0 and 1, not 7" in w.dialog.notice.text()
    w.dialog.buttons.accepted.emit()                              # saved: the file is good again
    w.registry.trigger("app.settings")
    assert "chime_volume" not in w.dialog.notice.text()
    w.dialog.reject()


# -- babies and twins ---------------------------------------------------------------------------------

def test_babies_dialog_add_shows_the_baby_on_home(make_app: Callable[..., App]) -> None:
    w = make_app().window
    w.home.babies_button.click()
    dialog = w.dialog
    assert isinstance(dialog, BabiesDialog) and dialog.isVisible()
    dialog.name_edit.setText("Robin")
    today = w.clock.wall().astimezone().date()
    dialog.born_edit.setDate(QDate(today.year, today.month, today.day).addDays(-20))
    dialog.save_button.click()
    names = [w.home.baby_box.itemText(i) for i in range(w.home.baby_box.count())]
    assert names == ["No one chosen", "Robin"]
    dialog.reject()


def test_a_twins_session_is_saved_for_both_babies_and_counts_for_each(make_app: Callable[..., App]) -> None:
    app = make_app()
    w, env = app.window, app.env
    today = env.clock.wall().astimezone().date()
    ada = add_baby(env.store, "Ada", date(today.year, today.month, 1), today=today)
    bo = add_baby(env.store, "Bo", date(today.year, today.month, 1), today=today)
    solo = add_baby(env.store, "Cy", date(today.year, today.month, 1), today=today)
    w.refresh_home()
    assert w.home.second_box.isVisibleTo(w) and not w.home.second_box.isEnabled()  # pick the first baby first
    choose_baby(w.home, ada.id, also=bo.id)
    assert [b.name for b in w.home.selected_babies()] == ["Ada", "Bo"]
    assert w.home.list.item(0).text() == "Suitable now for Ada and Bo"
    start_skin(env)
    env.advance(60 + 15 * 60)
    w.registry.trigger("session.end")
    answer(w.confirmation, yes=True)
    w.summary.save_button.click()
    settle(w)                        # the writer saves it, on its own thread
    saved = env.store.sessions.list()
    assert len(saved) == 1 and saved[0].baby_ids == sorted([ada.id, bo.id])
    for baby in (ada, bo):
        only = env.store.sessions.list(SessionFilter(baby_id=baby.id))
        assert [s.id for s in only] == [saved[0].id]
    assert env.store.sessions.count(SessionFilter(baby_id=solo.id)) == 0
    # Choosing the second baby as the first one clears the second picker: never the same baby twice.
    choose_baby(w.home, bo.id)
    assert [b.name for b in w.home.selected_babies()] == ["Bo"]


# -- the routine editor --------------------------------------------------------------------------------

def test_an_edited_routine_runs_in_the_session_window_like_a_built_in_one(
        make_app: Callable[..., App], data_dir: Path) -> None:
    folder = paths.routines_dir(data_dir)
    app = make_app(routines=builtin_routines(), routines_dir=folder)
    w, env = app.window, app.env
    assert len(w.routines.routines) == 12
    assert w.home.select_routine("gentle-hello")
    assert w.home.edit_button.text() == "&Make my own version…"
    w.home.edit_button.click()
    editor = w.dialog
    assert isinstance(editor, RoutineEditor) and editor.isVisible()
    original = w.routines.by_id("gentle-hello")
    editor.stage_list.setCurrentRow(len(original.stages) - 1)       # "Resting hands"
    editor.remove_stage_button.click()
    assert editor.stage_titles() == [s.title for s in original.stages[:-1]]
    editor.save_button.click()
    assert w.dialog is None                                          # saved and closed
    mine = w.routines.by_id("gentle-hello-my-version")
    assert mine is not None and len(w.routines.routines) == 13
    assert load_all(folder).by_id("gentle-hello-my-version") is not None
    assert w.home.selected_routine() is mine
    assert w.home.edit_button.text() == "Chang&e this routine…"

    w.home.continue_button.click()
    assert w.current_page() == "presession" and w.presession.routine is mine
    w.presession.start_button.click()
    env.advance(mine.total_seconds or 0)
    assert w.current_page() == "summary"
    w.summary.save_button.click()
    settle(w)                        # the writer saves it, on its own thread
    saved = env.store.sessions.list(SessionFilter(routine_id="gentle-hello-my-version"))
    assert len(saved) == 1 and saved[0].status == "completed"
    assert [st.title for st in saved[0].stages] == [s.title for s in original.stages[:-1]]
    assert [st.status for st in saved[0].stages] == ["done"] * (len(original.stages) - 1)
    assert saved[0].actual_seconds == mine.total_seconds


def test_importing_a_routine_file_adds_it_to_home(make_app: Callable[..., App], data_dir: Path,
                                                 tmp_path: Path) -> None:
    from touchtimer.core.routines.user_files import copy_of
    from touchtimer.core.routines.writer import write_routine

    original = builtin_routines().by_id("close-time")
    shared = tmp_path / "from-partner.toml"
    shared.write_text(write_routine(copy_of(original, [original.id], "Our close time")), "utf-8")
    folder = paths.routines_dir(data_dir)
    app = make_app(routines=builtin_routines(), routines_dir=folder)
    w = app.window
    assert "go.import_routine" in w.registry
    editor = w.import_routine_file(shared)
    assert isinstance(editor, RoutineEditor) and editor.isVisible()
    assert w.home.selected_routine().title == "Our close time"
    assert (folder / "close-time-mine.toml").is_file()
    editor.reject()


# -- history -------------------------------------------------------------------------------------------

def test_history_is_built_on_first_use_and_shows_a_session_saved_in_the_window(
        make_app: Callable[..., App]) -> None:
    app = make_app()
    w, env = app.window, app.env
    assert "history" not in w.pages                     # nothing built until it is opened
    w.registry.trigger("go.history")
    assert w.current_page() == "history"
    view = w.pages["history"]
    assert view.model.total_sessions == 0
    QTest.keyClick(view.list, Qt.Key.Key_Escape)         # Esc takes a parent back to Home
    assert w.current_page() == "home"

    start_skin(env)
    env.advance(90)
    w.registry.trigger("session.end")
    answer(w.confirmation, yes=True)
    assert w.current_page() == "summary"
    w.summary.save_button.click()
    settle(w)                        # the writer saves it, on its own thread
    assert w.current_page() == "home"

    w.registry.trigger("go.history")
    assert w.pages["history"] is view                   # the same view, refreshed after the save
    assert view.model.total_sessions == 1 and view.model.loaded_sessions == 1
    [saved] = env.store.sessions.list()
    assert saved.status == "ended_early" and saved.actual_seconds == 90
