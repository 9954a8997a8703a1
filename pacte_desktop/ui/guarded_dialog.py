"""Dialogs that never lose what was typed by accident, and how they report what no field shows.

:class:`GuardedDialog` asks before Esc or closing throws away unsaved edits (the employer
record, a contact person); :func:`report_error` says an error no field can show in the user's
language; :func:`dialog_button` makes a button that takes Enter only when it is the primary one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from pacte_desktop.domain.errors import PacteError


def confirm_discard(parent: QWidget) -> bool:
    """Ask before throwing away unsaved edits; True when the user agrees to lose them."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("EmployerDialog", "Modifications non enregistrées"),
        QCoreApplication.translate(
            "EmployerDialog", "Fermer sans enregistrer ? Les modifications seront perdues."
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def report_error(parent: QWidget | None, exc: BaseException) -> None:
    """An error no field can show: a sentence in the user's language for ours, else the text."""
    title = QCoreApplication.translate("EmployerDialog", "Pacte Desktop")
    if isinstance(exc, PacteError):
        QMessageBox.warning(parent, title, exc.message())
    else:
        QMessageBox.critical(parent, title, str(exc))


def dialog_button(name: str, *, primary: bool = False) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    # Only the primary button of a tab may take Enter; the others never become default.
    button.setAutoDefault(primary)
    return button


class GuardedDialog(QDialog):
    """A dialog that asks before Esc or closing throws away unsaved edits."""

    _settled = False  # the user already chose to discard: never ask twice

    def is_dirty(self) -> bool:
        return False

    def confirm_close(self) -> bool:
        """True when the dialog may close (see ``ui/closing.py``); asks if edits are unsaved."""
        if self._settled or not self.is_dirty():
            return True
        if not confirm_discard(self):
            return False
        self._settled = True
        return True

    def reject(self) -> None:
        if not self.confirm_close():
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible string again (language change)."""
