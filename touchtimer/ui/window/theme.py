"""The window's look: theme (system, light, night), text size and reduced motion, and saving them.

A theme change from the system never swaps every colour while a session is on screen: it waits until
the session is saved or discarded (``_theme_pending``).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from touchtimer.core.settings import Settings
from touchtimer.ui.widgets import theme as themes

if TYPE_CHECKING:
    from collections.abc import Callable

    from touchtimer.ui.window.shape import WindowShape as _Window
else:
    _Window = object


class WindowTheme(_Window):
    """Mixin of :class:`~touchtimer.ui.main_window.MainWindow`: theme, text size and motion."""

    _save_settings: Callable[[Settings], None] | None

    def apply_theme(self) -> None:
        self._theme_pending = False
        self.theme = themes.resolve(self.settings.theme)
        palette = themes.palette(self.theme)
        # The application's palette too: check boxes, radio buttons and dialogs build their colours
        # from it, and in the night theme they would otherwise glow white.
        QApplication.setPalette(palette)
        themes.unkerned_choice_labels()
        self.setPalette(palette)
        self.setStyleSheet(themes.stylesheet(self.theme, self.settings.text_scale))
        themes.apply_motion(self.settings.reduce_motion)
        if self._running is not None:
            self._running.ring.set_theme(self.theme, self.settings.text_scale)
            self._running.invalidate()
        self.home.set_muted_colour(self.theme.muted)

    def set_theme_choice(self, choice: str) -> None:
        if not self.registry[f"view.theme_{choice}"].isChecked() or self.settings.theme == choice:
            return
        self.settings.theme = choice
        self.apply_theme()
        self._persist()

    def _on_system_scheme(self, _scheme: Qt.ColorScheme) -> None:
        """Follow the system, but never swap every colour at once while a session is on screen."""
        if self.settings.theme != themes.SYSTEM:
            return
        if self.controller.engine is not None:
            self._theme_pending = True
        else:
            self.apply_theme()

    def set_text_scale(self, scale: float) -> None:
        scale = themes.clamp_scale(scale)
        if scale == self.settings.text_scale:
            return
        self.settings.text_scale = scale
        self.apply_theme()
        self._persist()
        self.statusBar().showMessage(self.tr("Text size {0}%").format(round(scale * 100)), 3000)

    def apply_settings(self, settings: Settings) -> None:
        """Show settings saved elsewhere (the settings dialog): theme, text size, motion, "wait for me".

        The values are copied into :attr:`settings` in place, so every holder of it (the cue player)
        sees them too. Nothing is written here: the caller has saved them already.
        """
        for f in dataclasses.fields(Settings):
            setattr(self.settings, f.name, getattr(settings, f.name))
        self.registry[f"view.theme_{self.settings.theme}"].setChecked(True)
        self.registry["view.reduce_motion"].setChecked(self.settings.reduce_motion)
        self.registry["session.quiet"].setChecked(self.settings.quiet_mode)
        self.apply_theme()

    def _set_quiet(self, on: bool) -> None:
        """Quiet mode on or off (Q): kept in the settings, which the cue player reads (app.attach_cues)."""
        if self.settings.quiet_mode != on:
            self.settings.quiet_mode = on
            self._persist()
            self.statusBar().showMessage(self.tr("Quiet mode: no voice, very soft chimes.") if on
                                         else self.tr("Quiet mode is off."), 4000)

    def _set_reduce_motion(self, on: bool) -> None:
        if self.settings.reduce_motion != on:
            self.settings.reduce_motion = on
            themes.apply_motion(on)
            self._persist()

    def persist_settings(self) -> None:
        """Write the window's settings after a change made outside the settings dialog."""
        self._persist()

    def _persist(self) -> None:
        if self._save_settings is not None:
            try:
                self._save_settings(self.settings)
            except OSError as exc:
                self.statusBar().showMessage(self.tr("Settings could not be saved ({0}).").format(exc), 8000)
