"""The window's looks and reach: themes, text size, shortcuts help, accessibility, --start, home list."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QListWidget, QPlainTextEdit, QWidget

from tests.helpers.window import choose_baby, settle
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.settings import Settings
from touchtimer.ui.shortcuts_dialog import ShortcutsDialog
from touchtimer.ui.widgets import theme


def test_theme_switch_from_the_view_menu_is_applied_and_saved(env: Any) -> None:
    w = env.window
    assert w.theme.name == "light"
    light_sheet = w.styleSheet()
    w.registry["view.theme_night"].trigger()
    assert w.theme.name == "night"
    assert env.settings.theme == "night"
    assert env.saved_settings[-1].theme == "night"
    assert theme.THEMES["night"].window in w.styleSheet() and w.styleSheet() != light_sheet
    assert w.palette().color(w.backgroundRole()).name() == theme.THEMES["night"].window
    assert w.registry["view.theme_night"].isChecked() and not w.registry["view.theme_light"].isChecked()
    w.registry["view.theme_light"].trigger()
    assert w.theme.name == "light" and env.saved_settings[-1].theme == "light"


def test_night_theme_reaches_check_boxes_and_dialogs_through_the_application_palette(env: Any) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QCheckBox

    w = env.window
    w.registry["view.theme_night"].trigger()
    night = theme.THEMES["night"]
    app_base = QApplication.palette().color(QPalette.ColorRole.Base)
    box = QCheckBox("a box made after the switch, as dialogs make theirs")
    try:
        assert box.palette().color(QPalette.ColorRole.Base) == app_base
        assert app_base.lightness() < 100, "a night check box must not glow white"
        assert QApplication.palette().color(QPalette.ColorRole.Window).name() == night.window
    finally:
        box.deleteLater()
    w.registry["view.theme_light"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 150


def test_system_theme_follows_the_colour_scheme() -> None:
    assert theme.resolve("system", system_dark=True).name == "night"
    assert theme.resolve("system", system_dark=False).name == "light"
    assert theme.resolve("night", system_dark=False).name == "night"
    assert theme.resolve("light", system_dark=True).name == "light"


def test_system_scheme_change_waits_until_the_session_is_over(make_env: Any,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(theme, "system_scheme_is_dark", lambda: False)
    env = make_env(settings=Settings(theme="system"), start="test-massage")
    w = env.window
    assert w.theme.name == "light"
    w.presession.start_button.click()
    monkeypatch.setattr(theme, "system_scheme_is_dark", lambda: True)
    w._on_system_scheme(Qt.ColorScheme.Dark)
    assert w.theme.name == "light", "no sudden change of every colour mid-session"
    w.controller.runner.end()
    w.discard_session()
    assert w.theme.name == "night"
    monkeypatch.setattr(theme, "system_scheme_is_dark", lambda: False)
    w._on_system_scheme(Qt.ColorScheme.Light)
    assert w.theme.name == "light"


def test_reduce_motion_switches_off_every_qt_animation(env: Any) -> None:
    from PySide6.QtWidgets import QApplication

    w = env.window
    assert not env.settings.reduce_motion
    w.registry["view.reduce_motion"].trigger()
    assert env.settings.reduce_motion and env.saved_settings[-1].reduce_motion
    assert not any(QApplication.isEffectEnabled(effect) for effect in theme.MOTION_EFFECTS)
    w.registry["view.reduce_motion"].trigger()
    assert not env.settings.reduce_motion


def test_night_theme_is_dim_and_warm() -> None:
    from PySide6.QtGui import QColor

    night = theme.THEMES["night"]
    background, text = QColor(night.window), QColor(night.text)
    assert background.lightnessF() < 0.1
    assert text.lightnessF() < 0.8, "no bright white text at night"
    assert text.blue() < text.red(), "warm text, little blue"


def test_text_scaling_by_keyboard_is_clamped_and_persisted(make_env: Any) -> None:
    env = make_env(settings=Settings(theme="light", text_scale=1.9))
    w = env.window
    QTest.keyClick(w, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert env.settings.text_scale == 2.0
    assert env.saved_settings[-1].text_scale == 2.0
    assert "font-size: 36px" in w.styleSheet()  # 18 px base text at twice the size
    QTest.keyClick(w, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert env.settings.text_scale == 2.0
    QTest.keyClick(w, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert env.settings.text_scale == 1.9
    QTest.keyClick(w, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert env.settings.text_scale == 1.0
    for _ in range(10):
        w.registry.trigger("view.zoom_out")
    assert env.settings.text_scale == theme.MIN_SCALE


def test_f1_lists_every_shortcut_and_f11_toggles_full_screen(env: Any) -> None:
    w = env.window
    QTest.keyClick(w, Qt.Key.Key_F1)
    assert isinstance(w.dialog, ShortcutsDialog) and w.dialog.isVisible()
    keys = w.dialog.keys()
    for expected in ("Space", "Right, N", "Left", "+, =", "Esc", "F11", "F1", "Ctrl++, Ctrl+=", "Ctrl+-"):
        assert expected in keys
    w.dialog.accept()
    QTest.keyClick(w, Qt.Key.Key_F11)
    assert w.isFullScreen()
    QTest.keyClick(w, Qt.Key.Key_F11)
    assert not w.isFullScreen()


def test_session_keys_do_nothing_outside_a_session(env: Any) -> None:
    w = env.window
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Plus, Qt.Key.Key_Escape):
        QTest.keyClick(w, key)
    assert w.controller.engine is None and w.confirmation is None and w.current_page() == "home"


def _controls(page: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QListWidget, QPlainTextEdit)
    return [c for c in page.findChildren(QWidget) if isinstance(c, kinds) and c.isVisibleTo(page)
            and c.objectName() != "qt_scrollarea_viewport"]


def test_every_control_has_an_accessible_name_and_a_tooltip(env: Any) -> None:
    w = env.window
    missing: list[str] = []

    def check(page_name: str) -> None:
        page = w.pages[page_name]
        controls = _controls(page)
        assert controls, page_name
        for control in controls:
            if not control.accessibleName() or not control.toolTip():
                missing.append(f"{page_name}: {type(control).__name__} {control.objectName()!r} "
                               f"{getattr(control, 'text', lambda: '')()!r}")

    check("home")
    w.open_routine("test-skin")
    check("presession")
    w.presession.start_button.click()
    check("running")
    w.controller.runner.end()
    check("summary")
    assert not missing, missing
    w.discard_session()


def test_start_option_opens_the_pre_session_screen(make_env: Any) -> None:
    env = make_env(start="test-skin")
    assert env.window.current_page() == "presession"
    assert env.window.presession.title.text() == "Test skin-to-skin"
    assert "touchtimer" in env.window.windowTitle()


def test_unknown_start_id_gives_a_clear_message_on_home(make_env: Any) -> None:
    env = make_env(start="no-such-routine")
    w = env.window
    assert w.current_page() == "home"
    assert w.home.banner.isVisibleTo(w)
    assert "no-such-routine" in w.home.banner.text()
    assert "test-massage" in w.home.banner.text()  # and what there is instead


def test_home_lists_suitable_routines_first_and_says_why_others_may_not_fit(env: Any) -> None:
    # 13 weeks on the fake clock's day
    baby = add_baby(env.store, "Sam", date(2025, 10, 1), today=date(2027, 1, 1))
    env.window.refresh_home()
    home = env.window.home
    choose_baby(home, baby.id)
    rows = [home.list.item(i).text() for i in range(home.list.count())]
    assert rows[0].startswith("Suitable now for Sam")
    assert rows[1].startswith("Test massage") and "Massage · 3 min · birth to 6 months" in rows[1]
    assert rows[2].startswith("All routines")
    assert rows[3].startswith("Test skin-to-skin")
    assert "open-ended" in rows[3] and "Note: for babies up to 3 months" in rows[3]
    assert home.age_label.text() == "3 months"          # said as the babies dialog says it
    choose_baby(home, None)
    rows = [home.list.item(i).text() for i in range(home.list.count())]
    assert [r.split("\n")[0] for r in rows] == ["Test massage", "Test skin-to-skin"]


def test_other_views_plug_in_with_a_go_menu_entry(env: Any) -> None:
    from PySide6.QtWidgets import QDialog, QLabel

    w = env.window
    history = QLabel("history")
    action = w.add_page("history", history, "&History", "Past sessions", "Ctrl+H")
    assert w.registry["go.history"] is action and action in w.go_menu.actions()
    QTest.keyClick(w, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page() == "history"
    made: list[QDialog] = []

    def factory(parent: QWidget) -> QDialog:
        made.append(QDialog(parent))
        return made[-1]

    w.add_dialog("babies", "&Babies…", factory)
    w.registry.trigger("go.babies")
    assert made and made[0].isVisible() and made[0].parent() is w
    made[0].reject()
    w.registry.trigger("go.home")
    assert w.current_page() == "home"
    # During a session the Go entries wait, so the session keeps the screen until it is saved.
    w.open_routine("test-massage")
    w.presession.start_button.click()
    assert not w.registry["go.history"].isEnabled()
    w.show_page("history")
    assert w.current_page() == "running"
    w.controller.runner.end()
    w.summary.save_button.click()
    settle(w)                        # the writer saves it, on its own thread
    assert w.registry["go.history"].isEnabled()


def test_running_page_tab_order_starts_at_pause(env: Any) -> None:
    from PySide6.QtWidgets import QApplication

    w = env.window
    w.open_routine("test-massage")
    w.presession.start_button.click()
    order = []
    for _ in range(4):
        focus = QApplication.focusWidget()
        assert focus is not None
        order.append(focus.objectName())
        QTest.keyClick(focus, Qt.Key.Key_Tab)
    # +1 min is enabled in a fixed stage, so it is in the chain.
    assert order == ["session_pause", "session_next", "session_extend", "session_back"]
    w.controller.runner.end()
    w.discard_session()


def test_every_notice_on_home_can_be_closed(env: Any) -> None:
    w = env.window
    w.show_notice("A session from 2026-01-04 21:10 stopped unexpectedly; it is saved in your history as "
                  "interrupted.")
    assert w.home.banner.isVisibleTo(w) and w.home.notice_close.isVisibleTo(w)
    w.home.notice_close.click()
    assert not w.home.banner.isVisibleTo(w) and w.home.banner.text() == ""
