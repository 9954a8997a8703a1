"""What an empty list shows instead of a blank table: what to do next, with buttons that do it.

A list with nothing in it at all (not a search or a filter that matches nothing: that says so in
words) is where someone starts: a newly created organisation has no employer yet. The page
then says so in a sentence and offers the next steps as buttons — each one does what it names
(the view connects it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A sentence and a row of buttons, centred; :meth:`button` adds the buttons in order."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.text = QLabel()
        self.text.setObjectName(f"{object_name}_text")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addLayout(self._buttons)
        layout.addStretch(2)

    def button(self, object_name: str) -> QPushButton:
        """A new button at the end of the row (its text and action are the view's)."""
        button = QPushButton()
        button.setObjectName(object_name)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button
