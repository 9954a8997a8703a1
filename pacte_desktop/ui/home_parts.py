"""The building blocks of « Ma journée »: a section box and the rows it lists.

A :class:`Section` is a titled box holding rows, a sentence for when it has none (saying what to
do next, never just "empty") and an optional button below (see all, open the directory). Rows are
plain widgets the home view builds from what it read; a section replaces them all at once, so a
reload never leaves half of an old list on screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# With a sign before the date: colour alone is not enough. A lighter red on a dark theme.
OVERDUE_COLOUR = QColor("#b3261e")
OVERDUE_COLOUR_DARK = QColor("#ff8a80")
LINK_WIDTH = 180  # pixels: the longest an employer's name shows in a row of buttons


class Section(QGroupBox):
    """A titled list of rows with its empty sentence and an optional button below."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"section_{name}")
        self._rows: list[QWidget] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(2)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label.hide()
        self.more_button = QPushButton()
        self.more_button.setObjectName("more_button")
        self.more_button.hide()
        below = QHBoxLayout()
        below.addWidget(self.more_button)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.empty_label)
        layout.addLayout(below)
        layout.addStretch(1)

    def rows(self) -> list[QWidget]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[QWidget], empty_text: str) -> None:
        """Show ``rows`` in place of the old ones; none: ``empty_text`` instead."""
        for old in self._rows:
            self.rows_layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._rows = list(rows)
        for row in self._rows:
            self.rows_layout.addWidget(row)
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(not self._rows)

    def set_more(self, text: str | None) -> None:
        """The button below the rows (None: no button)."""
        self.more_button.setText(text or "")
        self.more_button.setVisible(bool(text))


def link_button(text: str, name: str, tip: str = "", width: int = LINK_WIDTH) -> QPushButton:
    """A flat button that reads like a link (an employer's name): Tab reaches it, Enter opens.
    A name longer than ``width`` pixels ends in "…" (the tool tip and the accessible name keep
    it whole)."""
    button = QPushButton()
    button.setText(button.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))
    button.setObjectName(name)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("text-align: left; padding: 1px 4px;")
    button.setToolTip(tip or text)
    button.setAccessibleName(text)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button


def small_button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    if tip:
        button.setToolTip(tip)
    return button


def row_widget(name: str, *parts: QWidget, stretch_at: int = 1) -> QWidget:
    """One row: ``parts`` side by side, the one at ``stretch_at`` taking the room left."""
    row = QWidget()
    row.setObjectName(name)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for n, part in enumerate(parts):
        layout.addWidget(part, 1 if n == stretch_at else 0)
    return row


class ElidedLabel(QLabel):
    """A one-line label that gives up width before its neighbours do: a text too long for the
    room left ends in "…" (the whole text stays in :meth:`full_text`, the tool tip and the
    accessible name), so a long action or a partner's long title never widens the page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._full = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 4))
        super().setText(text)

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        elided = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.width(), 0)
        )
        if elided != self.text():
            super().setText(elided)


def text_label(text: str, name: str, tip: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setToolTip(tip)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def elided_label(text: str, name: str, tip: str = "") -> ElidedLabel:
    label = ElidedLabel(text)
    label.setObjectName(name)
    label.setToolTip(tip or text)
    return label


def overdue_label(text: str, name: str, tip: str) -> QLabel:
    """A date shown as late: a sign, the text in red and bold, and a tool tip saying so."""
    label = text_label("⚠ " + text, name, tip)
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.WindowText, OVERDUE_COLOUR_DARK if dark else OVERDUE_COLOUR)
    label.setPalette(palette)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(f"{text} ({tip})")
    return label


def figure_label(value: int, caption: str, name: str) -> QWidget:
    """A big number under its caption (the month's figures)."""
    box = QWidget()
    box.setObjectName(name)
    words = QLabel(caption)
    words.setObjectName("figure_caption")
    words.setWordWrap(True)
    number = QLabel(str(value))
    number.setObjectName("figure_value")
    font = number.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    number.setFont(font)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 24, 0)
    layout.addWidget(words)  # the caption first: "Démarches notées" reads right for any number
    layout.addWidget(number)
    box.setAccessibleName(f"{caption}: {value}")
    return box
