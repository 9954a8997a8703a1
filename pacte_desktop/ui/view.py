"""What the main window expects of each view in its sidebar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QWidget

from pacte_desktop.ui.context import AppContext


class View(QWidget):
    """A page of the main window (Employers, Follow-ups, …).

    Subclasses set ``key`` (a stable name for settings), build their widgets in ``__init__``,
    put every visible string in :meth:`retranslate` (called again when the language changes),
    and refresh themselves from ``context.changed``.
    """

    key = "view"
    count_changed = Signal(int)  # a number for the sidebar badge (-1: none)
    message = Signal(str)  # a line for the status bar

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName(f"view_{self.key}")

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible string again (language change)."""

    def set_search(self, text: str) -> None:
        """The main window's search field (Ctrl+F) filters the current view."""

    def new_record(self) -> None:
        """Ctrl+N: create a record of this view's kind."""

    def save_state(self, settings: QSettings) -> None:
        """Remember column widths, splitters, filters under ``self.key``."""

    def restore_state(self, settings: QSettings) -> None:
        """Restore what :meth:`save_state` remembered."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
