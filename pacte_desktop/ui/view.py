"""What the main window expects of each view in its sidebar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

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
    import_requested = Signal()  # the page's "Importer…": the window's import of employers

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

    def results(self) -> QAbstractItemView | None:
        """The list the search filters: Down in the search field moves into it, Enter opens
        its current row. By default the first list shown on the page; a page with several
        lists says which."""
        for found in self.findChildren(QAbstractItemView):
            if found.isVisibleTo(self):  # not the hidden list of a combo box's popup
                return found
        return None

    def _result_index(self) -> QModelIndex:
        """The current row of :meth:`results`, or its first row; invalid when it is empty."""
        table = self.results()
        model = table.model() if table is not None else None
        if table is None or model is None or model.rowCount() == 0:
            return QModelIndex()
        current = table.currentIndex()
        return current if current.isValid() else model.index(0, 0)

    def focus_results(self) -> bool:
        """Down from the search field: the current (or first) row, focused and in sight."""
        table = self.results()
        index = self._result_index()
        if table is None or not index.isValid():
            return False
        table.setCurrentIndex(index)
        table.scrollTo(index)
        table.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def open_result(self) -> None:
        """Enter in the search field: open the current row, or the first, as Enter would in
        the list itself."""
        table = self.results()
        index = self._result_index()
        if table is not None and index.isValid():
            table.setCurrentIndex(index)
            table.scrollTo(index)
            table.activated.emit(index)

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
