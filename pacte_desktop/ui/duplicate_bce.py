"""The question asked when a saved employer's BCE number is already another employer's.

One BCE number, one employer (``services.records``) — unless the user says the second record is
meant: another site of the same enterprise. The box offers to open the existing record, to save
anyway, or to go back to the form; it is window-modal without a nested event loop. Its words are
filed under the employer dialog's translation context, where they were written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid


def ask_about_duplicate(
    parent: QWidget,
    name: str,
    open_existing: Callable[[], None],
    save_anyway: Callable[[], None],
) -> QMessageBox:
    """Another employer, ``name``, has this BCE number: ``open_existing`` its record,
    ``save_anyway`` (a second site of one enterprise), or cancel. Neither runs once ``parent``
    is gone."""
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("duplicate_box")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("EmployerDialog", "Numéro BCE déjà utilisé"))
    box.setText(
        QCoreApplication.translate(
            "EmployerDialog", "Ce numéro BCE est déjà celui de l'employeur « %1 »."
        ).replace("%1", name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "EmployerDialog",
            "Ouvrez sa fiche pour la compléter, ou enregistrez quand même s'il s'agit "
            "d'un autre siège de la même entreprise.",
        )
    )
    open_button = box.addButton(
        QCoreApplication.translate("EmployerDialog", "Ouvrir sa fiche"),
        QMessageBox.ButtonRole.ActionRole,
    )
    open_button.setObjectName("open_existing")
    anyway = box.addButton(
        QCoreApplication.translate("EmployerDialog", "Enregistrer quand même"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    anyway.setObjectName("save_anyway")
    box.addButton(QMessageBox.StandardButton.Cancel)

    def answered(button: Any) -> None:
        if not isValid(parent):
            return
        if button is open_button:
            open_existing()
        elif button is anyway:
            save_anyway()

    box.buttonClicked.connect(answered)
    box.open()
    return box
