"""Light and night themes: calm colours, large type, no motion.

The night theme is dim and warm (no bright white, little blue) for a dark room at 3 a.m. The theme
follows the system's light/dark scheme unless the parent chose one (``Settings.theme``). Switching
changes colours in one step; nothing blinks or animates, and with ``reduce_motion`` nothing moves at
all (the app has no animations to begin with; the setting is honoured by every new widget too).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

LIGHT = "light"
NIGHT = "night"
SYSTEM = "system"

MIN_SCALE = 0.75
MAX_SCALE = 2.0
SCALE_STEP = 0.1
BASE_PX = 18


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    soft: str
    border: str
    track: str
    outer: str
    #: Large filled shapes (the stage ring, the chart's bars, a chosen history row's mark). At night it is
    #: a dim tan, still 3:1 against the background, so no large area is bright.
    fill: str
    #: A primary button (Start, Save) filled with the accent colour, or, at night, outlined in it.
    filled_primary: bool


THEMES = {
    LIGHT: Theme(LIGHT, window="#f4f1ec", surface="#fffdf9", text="#1f2427", muted="#52595e",
                 accent="#2f6b64", accent_text="#ffffff", soft="#e3eeeb", border="#c9c2b8",
                 track="#e2dcd2", outer="#7f9397", fill="#2f6b64", filled_primary=True),
    NIGHT: Theme(NIGHT, window="#110f0d", surface="#1a1714", text="#d6c7ae", muted="#a09178",
                 accent="#a8814f", accent_text="#110f0d", soft="#241e18", border="#3b332b",
                 track="#2a241e", outer="#6f614f", fill="#8a6d48", filled_primary=False),
}


MOTION_EFFECTS = (Qt.UIEffect.UI_AnimateMenu, Qt.UIEffect.UI_FadeMenu, Qt.UIEffect.UI_AnimateCombo,
                  Qt.UIEffect.UI_AnimateTooltip, Qt.UIEffect.UI_FadeTooltip, Qt.UIEffect.UI_AnimateToolBox)
_default_effects: dict[Qt.UIEffect, bool] = {}


def unkerned_choice_labels() -> None:
    """Check boxes and radio buttons measure their label in one piece but draw it in three when it has
    a shortcut letter (before it, the underlined letter, after it), so a kerned pair across that letter
    ("Tr" in "&Tranquilo", "Fu" in "F&ussy") comes out a few pixels wider than Qt sized it and the last
    letter is cut. Without kerning, the measure and the drawing agree."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.property("unkernedChoices"):
        return                  # once per application: each call makes Qt refit every such widget
    app.setProperty("unkernedChoices", True)
    font = QFont(app.font())
    font.setKerning(False)
    for name in ("QCheckBox", "QRadioButton"):     # the stubs say bytes; PySide6 takes the class name
        QApplication.setFont(font, name)  # type: ignore[arg-type]


def apply_motion(reduce_motion: bool) -> None:
    """With reduced motion, switch off every animated or fading menu, list and tooltip Qt offers.

    The app's own views never animate; this covers what Qt itself may animate on some desktops.
    """
    from PySide6.QtWidgets import QApplication

    if not _default_effects:
        _default_effects.update({e: QApplication.isEffectEnabled(e) for e in MOTION_EFFECTS})
    for effect in MOTION_EFFECTS:
        QApplication.setEffectEnabled(effect, False if reduce_motion else _default_effects[effect])


def system_scheme_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark)


def resolve(choice: str, system_dark: bool | None = None) -> Theme:
    """The theme to show for a ``Settings.theme`` choice (system, light or night)."""
    if choice == LIGHT:
        return THEMES[LIGHT]
    if choice == NIGHT:
        return THEMES[NIGHT]
    dark = system_scheme_is_dark() if system_dark is None else system_dark
    return THEMES[NIGHT if dark else LIGHT]


def clamp_scale(scale: float) -> float:
    return round(min(MAX_SCALE, max(MIN_SCALE, scale)), 2)


def px(size: float, scale: float) -> int:
    return max(8, round(size * scale))


def palette(theme: Theme) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.AlternateBase: theme.soft,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: theme.fill,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Link: theme.accent,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.muted))
    return pal


def stylesheet(theme: Theme, scale: float) -> str:
    """The whole window's style sheet; sizes in pixels so Ctrl+/Ctrl- scale every text."""
    t = theme

    def s(size: float) -> int:
        return px(size, scale)

    def p(size: float) -> int:
        """Padding and spacing grow half as fast as the words: large text, not large empty frames."""
        return px(size, 1 + (scale - 1) / 2)

    def h(size: float) -> int:
        """Headings, large already, grow more slowly than the words under them, so at the largest text
        size a page keeps room for what it is about (Home's list of routines, the running time)."""
        return max(s(BASE_PX), px(size, 1 + (scale - 1) * 0.6))

    filled = f"background: {t.accent}; color: {t.accent_text}; border-color: {t.accent};"
    outlined = f"background: {t.surface}; color: {t.accent}; border: 3px solid {t.accent};"
    primary = filled if t.filled_primary else outlined

    return f"""
QWidget {{ color: {t.text}; font-size: {s(BASE_PX)}px; }}
QMainWindow, QDialog, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget, QWidget#runningText,
QWidget#runningMiddle {{
    background: {t.window};
}}
QMenuBar, QMenu, QStatusBar {{ background: {t.window}; color: {t.text}; }}
QMenu::item:selected, QMenuBar::item:selected {{ background: {t.soft}; }}
QMenu::item:disabled {{ color: {t.outer}; }}   /* what does not apply now looks it (Pause on Home) */
QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
QLabel {{ background: transparent; }}
QLabel[role="heading"] {{ font-size: {h(30)}px; font-weight: 600; }}
QLabel[role="subheading"] {{ font-size: {s(21)}px; font-weight: 600; }}
QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="banner"] {{ background: {t.soft}; border: 1px solid {t.border}; border-radius: 8px;
    padding: {p(10)}px; }}
QLabel#routineTitle {{ font-size: {s(20)}px; color: {t.muted}; }}
QLabel#stateLabel {{ font-size: {s(20)}px; font-weight: 600; padding: {p(6)}px {p(14)}px;
    background: {t.soft}; border-radius: {s(16)}px; }}
QLabel#stateLabel[paused="true"] {{ color: {t.accent}; border: 3px solid {t.accent}; }}
QLabel#pausedBanner {{ font-size: {h(28)}px; font-weight: 700; color: {t.text}; background: {t.soft};
    border: 3px solid {t.accent}; border-radius: 10px; padding: {p(6)}px {p(16)}px; }}
QLabel#quietBadge {{ font-size: {s(18)}px; color: {t.muted}; background: {t.soft};
    border: 2px solid {t.border}; border-radius: {s(14)}px; padding: {p(4)}px {p(12)}px; }}
QLabel#ringLegend {{ font-size: {s(16)}px; color: {t.muted}; }}
QLabel#stageTitle {{ font-size: {h(40)}px; font-weight: 600; }}
QLabel#instruction {{ font-size: {h(26)}px; }}
QLabel#prompt {{ font-size: {h(26)}px; background: {t.soft}; border-left: 6px solid {t.accent};
    border-top-right-radius: 6px; border-bottom-right-radius: 6px; padding: {p(14)}px; }}
QLabel#benefit {{ font-size: {s(18)}px; color: {t.muted}; }}
QLabel#dialogBody {{ font-size: {s(22)}px; }}
QLabel#emergencyCall, QLabel#crisisLine {{ font-size: {h(30)}px; font-weight: 700; background: {t.soft};
    border-left: 8px solid {t.accent}; border-top-right-radius: 6px; border-bottom-right-radius: 6px;
    padding: {p(14)}px; }}
QLabel#crisisLine {{ font-size: {h(26)}px; }}
QLabel#emergencyBody {{ font-size: {s(24)}px; }}
QLabel#emergencyNumber {{ font-size: {h(26)}px; font-weight: 600; }}
QLabel#emergencySigns {{ font-size: {s(20)}px; }}
QLabel#checkinQuestion {{ font-size: {h(26)}px; font-weight: 600; }}
QLabel#checkinExamplesHeading {{ font-weight: 600; }}
QLabel#checkinExamples {{ font-size: {s(20)}px; }}
QWidget#dialogContent {{ background: {t.window}; }}
QLabel#shortcutKeys {{ font-weight: 700; }}
QLabel#nextUp {{ font-size: {s(21)}px; color: {t.muted}; }}
QPushButton, QToolButton {{
    background: {t.surface}; color: {t.text}; border: 2px solid {t.border}; border-radius: 10px;
    padding: {p(10)}px {p(22)}px; min-height: {s(28)}px; font-weight: 600;
}}
QPushButton#helpButton {{ border-color: {t.accent}; color: {t.text}; }}
QPushButton#emergencyCorner {{ border-color: {t.accent}; padding: {p(3)}px {p(14)}px; min-height: 0;
    margin: 2px 6px; }}
QPushButton[role="quiet"] {{ border-color: {t.track}; color: {t.muted}; font-weight: normal; }}
QFrame#checklistPanel, QFrame#fitBanner {{ background: {t.soft}; border: 2px solid {t.accent};
    border-radius: 10px; }}
QLabel#checklistHeading {{ font-size: {h(28)}px; font-weight: 700; }}
QLabel#checklistItems {{ font-size: {s(21)}px; }}
QPushButton#confirmChecks {{ font-size: {s(24)}px; padding: {p(12)}px {p(28)}px; }}
QLabel#checklistHint {{ color: {t.muted}; }}
QLabel#checkinOffer {{ color: {t.text}; }}
QToolButton#benefitToggle {{ border: none; padding: 4px; color: {t.muted}; background: transparent;
    font-weight: normal; min-width: 0; }}
QPushButton:default, QPushButton[role="primary"] {{ {primary} }}
QPushButton:checked {{ background: {t.soft}; border: 3px solid {t.accent}; }}
QPushButton:disabled, QToolButton:disabled {{
    color: {t.muted}; border-style: dashed; background: {t.window};
}}
QPushButton:default:disabled {{ background: {t.soft}; color: {t.muted}; border-color: {t.border}; }}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus, QComboBox:focus,
QListWidget:focus, QPlainTextEdit:focus {{ outline: none; border: 3px solid {t.accent}; }}
QCheckBox, QRadioButton {{ spacing: {p(12)}px; padding: {p(6)}px; border: 3px solid transparent;
    border-radius: 6px; }}
/* Check boxes and radio buttons drawn here, not by the platform: their edge, and their chosen state,
   stand out 3:1 or more against the background in both themes (tests/ui/test_state_contrast.py). */
QCheckBox::indicator, QRadioButton::indicator {{ width: {s(22)}px; height: {s(22)}px;
    border: 2px solid {t.muted}; background: {t.surface}; }}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: {s(22) // 2 + 2}px; }}
QCheckBox::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; }}
QRadioButton::indicator:checked {{ border-color: {t.accent}; background: qradialgradient(cx: 0.5, cy: 0.5,
    radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 {t.accent}, stop: 0.55 {t.accent}, stop: 0.62 {t.surface},
    stop: 1 {t.surface}); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {t.border}; }}
/* Under a style sheet Qt takes each widget's palette from the application, not from this window:
   name every widget that paints with palette colours, or it stays bright at night. */
QListView, QAbstractSpinBox, QLineEdit, DailyChart {{
    background: {t.surface}; color: {t.text}; alternate-background-color: {t.soft};
    selection-background-color: {t.fill}; selection-color: {t.accent_text};
    placeholder-text-color: {t.muted};
}}
QComboBox, QPlainTextEdit, QListWidget {{
    background: {t.surface}; color: {t.text}; border: 2px solid {t.border}; border-radius: 8px;
    padding: {p(6)}px;
}}
QComboBox QAbstractItemView {{ background: {t.surface}; color: {t.text};
    selection-background-color: {t.soft}; selection-color: {t.text}; }}
QListWidget::item {{ padding: {p(10)}px; border-bottom: 1px solid {t.track}; }}
QListWidget::item:selected {{ background: {t.soft}; color: {t.text}; border-left: 6px solid {t.accent}; }}
QTableView {{ background: {t.surface}; color: {t.text}; gridline-color: {t.track};
    border: 2px solid {t.border}; border-radius: 8px; }}
QTableView::item {{ padding: {p(6)}px; }}
QHeaderView::section {{ background: {t.soft}; color: {t.text}; padding: {p(6)}px; border: none;
    font-weight: 600; }}
QScrollBar:vertical {{ background: {t.track}; width: {s(14)}px; border-radius: 6px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {t.outer}; border-radius: 6px; min-height: 40px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""
