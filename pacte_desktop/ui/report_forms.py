"""What the report and import dialogs share: relabelling on a language change, their form rows,
their filter menus, and how a chosen file name and an error are said."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.ui.labels import field_label


def with_suffix(name: str, suffix: str) -> Path:
    """The chosen file name, with the format's suffix added when it is not there."""
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def error_text(error: BaseException) -> str:
    return error.message() if isinstance(error, PacteError) else str(error)


def field_text(field: str) -> str:
    try:
        return field_label(field) if field else ""
    except Exception:  # a column name of the file rather than a field of the store
        return field


class OptionsDialog(QDialog):
    """A dialog that relabels itself when the language changes."""

    form: QFormLayout
    labels: dict[QWidget, QLabel]

    def _row(self, widget: QWidget) -> None:
        """A form row whose label (set by ``retranslate``) is the widget's buddy."""
        label = QLabel()
        label.setBuddy(widget)
        self.labels[widget] = label
        self.form.addRow(label, widget)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
