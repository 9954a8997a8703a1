"""A date field that takes what people type, with a calendar to pick from.

The field is a line edit: ``15/12/2026``, ``15/12/26``, ``15-12-2026`` or ISO all work in every
language (the domain reads them: :mod:`pacte_desktop.domain.dates`). When the person leaves the
field, a day it understands is written back the way the interface shows dates (the locale's
short date with a four-digit year); text it does not understand is left as typed, for the form
to say what is wrong. The calendar button at its end — or Alt+Down, or F4 — opens a month to
click a day in; Escape closes it without changing anything.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from pacte_desktop.domain.dates import parse_day
from pacte_desktop.ui.labels import format_date, locale


def calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar drawn in the palette's text colour (light and dark alike)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour = palette.color(QPalette.ColorRole.Text)
    painter.setPen(colour)
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(1, 2, 14, 4), colour)
    for row in (8, 11):
        for column in (4, 7, 10):
            painter.fillRect(QRect(column, row, 2, 2), colour)
    painter.end()
    return QIcon(pixmap)


class DateInput(QLineEdit):
    """A line edit for a day, with a calendar popup (see the module's docstring)."""

    # Emitted when the person chose a day in the calendar.
    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar_action = QAction(calendar_icon(self.palette()), "", self)
        self.calendar_action.setObjectName("open_calendar")
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self.tidy)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        self.calendar_action.setText(self.tr("Choisir dans le calendrier (Alt+Bas)"))
        self.calendar_action.setToolTip(self.calendar_action.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and bool(
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    # -- the day -----------------------------------------------------------------------------
    def day(self) -> dt.date | None:
        """The day typed, or None when the text names none (empty, or not a date)."""
        try:
            return parse_day(self.text())
        except ValueError:
            return None

    def set_day(self, day: dt.date | None) -> None:
        self.setText(format_date(day) if day else "")

    def tidy(self) -> None:
        """A day understood is shown the interface's way; anything else stays as typed."""
        day = self.day()
        if day is not None and self.text() != format_date(day):
            self.setText(format_date(day))

    # -- the calendar ------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setObjectName("date_calendar")
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setLocale(locale())
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._chosen)
            self.calendar.activated.connect(self._chosen)
        day = self.day() or dt.date.today()
        self.calendar.setLocale(locale())
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        below = self.mapToGlobal(QPoint(0, self.height()))
        self.calendar.move(below)
        self.calendar.show()
        self.calendar.setFocus()

    def _chosen(self, date: QDate) -> None:
        self.set_day(dt.date(date.year(), date.month(), date.day()))
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus()
        self.textEdited.emit(self.text())
        self.picked.emit()
