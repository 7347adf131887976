"""A date a parent can type: "2025-10-22" or the way their own language writes it ("22/10/2025"),
or pick from a calendar. What it understood is written out beside it ("Wednesday 22 October 2025"),
so a day and a month are never silently swapped.

Qt's ``QDateEdit`` made typing hard (its day, month and year are separate sections, and the cursor
jumps between them), and its calendar cut the month names short ("Sep…ber").
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)


def _qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _formats(locale: QLocale) -> list[str]:
    """The locale's own ways of writing a date, with a four-digit year first ("dd/MM/yyyy")."""
    found = []
    for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        fmt = locale.dateFormat(kind)
        if "yyyy" not in fmt and "yy" in fmt:
            found.append(fmt.replace("yy", "yyyy"))
        found.append(fmt)
    # The same with single-digit days and months ("2/3/2026"), a two-digit year ("2/3/26"), and with
    # dots or dashes for slashes.
    found += [f.replace("yyyy", "yy") for f in found if "yyyy" in f]
    more = [f.replace("dd", "d").replace("MM", "M") for f in found]
    more += [f.replace("/", sep) for f in more if "/" in f for sep in (".", "-")]
    return list(dict.fromkeys(found + more))


def parse_date(text: str, locale: QLocale | None = None) -> datetime.date | None:
    """The date ``text`` names, in ISO form ("2025-10-22") or the locale's own; ``None`` if none."""
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        pass
    locale = locale or QLocale()
    for fmt in _formats(locale):
        parsed = locale.toDate(text, fmt)
        if parsed.isValid():
            if "yyyy" not in fmt and parsed.year() < 1950:   # "25" means 2025, not 1925
                parsed = parsed.addYears(100)
            return datetime.date(parsed.year(), parsed.month(), parsed.day())
    return None


class DateField(QWidget):
    """A typed or picked date. :meth:`value` is the date (``None`` while the text is not a date) and
    :meth:`problem` says why, in plain words."""

    dateChanged = Signal(QDate)

    def __init__(self, name: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: datetime.date | None = None
        self._locale = QLocale()
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.edit.setToolTip(tip)
        example = _qdate(datetime.date(2025, 10, 22))
        self._example = self.tr("for example 2025-10-22 or %1").replace(
            "%1", self._locale.toString(example, QLocale.FormatType.ShortFormat))
        self.edit.setPlaceholderText(self._example)
        self.edit.textChanged.connect(self._typed)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self._menu = menu
        self.pick_button = QToolButton()
        self.pick_button.setObjectName("datePick")
        self.pick_button.setText(self.tr("Calendar"))
        self.pick_button.setAccessibleName(self.tr("%1: choose on a calendar").replace("%1", name))
        self.pick_button.setToolTip(self.tr("Choose the day on a calendar"))
        self.pick_button.setMenu(menu)
        self.pick_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu.aboutToShow.connect(self._show_calendar)
        self.meaning = QLabel()
        self.meaning.setProperty("role", "muted")
        self.meaning.setWordWrap(False)     # a short line; wrapping it made the form's rows overlap
        self.meaning.setAccessibleName(self.tr("%1, as understood").replace("%1", name))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.meaning)
        self.setFocusProxy(self.edit)

    # -- value -----------------------------------------------------------------------------------------

    def value(self) -> datetime.date | None:
        return self._value

    def date(self) -> QDate:
        """The date as Qt's ``QDate`` (invalid while the text is not a date), like ``QDateEdit.date``."""
        return _qdate(self._value) if self._value is not None else QDate()

    def setDate(self, day: datetime.date | QDate) -> None:
        if isinstance(day, QDate):
            day = datetime.date(day.year(), day.month(), day.day())
        self.edit.setText(day.isoformat())

    def problem(self, name: str) -> str:
        """Why this is not (yet) a date, as one sentence naming the field ``name`` ("" when it is one).
        One whole sentence to translate, so that each language puts the name where its grammar wants."""
        if self._value is not None:
            return ""
        if not self.edit.text().strip():
            return self.tr("%1 is empty; type a date (%2) or choose one on the calendar").replace(
                "%2", self._example).replace("%1", name)
        return self.tr("%1: “%2” is not a date; type it like this: %3").replace(
            "%3", self._example).replace("%2", self.edit.text().strip()).replace("%1", name)

    # -- behaviour -------------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._value = parse_date(text, self._locale)
        if self._value is not None:
            self.meaning.setText(self._locale.toString(_qdate(self._value), "dddd d MMMM yyyy"))
        else:
            self.meaning.setText("")
        self.meaning.setVisible(self._value is not None)
        self.dateChanged.emit(self.date())

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        self._menu.hide()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _show_calendar(self) -> None:
        if self._value is not None:
            self.calendar.setSelectedDate(_qdate(self._value))
        self._fit_month_names()

    def _fit_month_names(self) -> None:
        """The month button as wide as the longest month name, so "September" is never cut short."""
        button = self.calendar.findChild(QToolButton, "qt_calendar_monthbutton")
        if button is None:
            return
        fm = QFontMetrics(button.font())
        widest = max(fm.horizontalAdvance(self._locale.standaloneMonthName(m)) for m in range(1, 13))
        button.setMinimumWidth(widest + fm.horizontalAdvance("M") * 3)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_month_names()
