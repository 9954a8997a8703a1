"""Adding or editing one contact person of an employer, from the employer record's Contacts tab.

The dialog is window-modal over the record; it sends only the fields that changed
(:func:`records.edit`) and shows an error beside its field, keeping what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget
from shiboken6 import isValid

from pacte_desktop.domain.entities import ContactPerson
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import records
from pacte_desktop.services.records import WriteUnit
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.forms import EntityForm, show_formatted
from pacte_desktop.ui.guarded_dialog import GuardedDialog, dialog_button, report_error

CONTACT_FIELDS = ("name", "role", "phone", "email", "preferred_language", "notes")


class ContactDialog(GuardedDialog):
    """Add or edit one contact person of an employer."""

    saved = Signal(str)

    def __init__(
        self,
        context: AppContext,
        employer_id: str,
        contact: ContactPerson | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("contact_dialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.context = context
        self.employer_id = employer_id
        self.contact = contact
        self._saving = False

        self.form = EntityForm(ContactPerson, CONTACT_FIELDS)
        if contact is not None:
            self.form.set_entity(contact)
            show_formatted(self.form)
        self._baseline = self.form.values()
        self.save_button = dialog_button("contact_save_button", primary=True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = dialog_button("contact_cancel_button")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.retranslate()
        self.resize(480, 380)

    def retranslate(self) -> None:
        self.form.retranslate()
        if self.contact is None:
            self.setWindowTitle(self.tr("Nouvelle personne de contact"))
        else:
            self.setWindowTitle(
                self.tr("Personne de contact : %1").replace("%1", self.contact.name)
            )
        self.save_button.setText(self.tr("Enregistrer"))
        self.cancel_button.setText(self.tr("Annuler"))

    def is_dirty(self) -> bool:
        return not self._saving and self.form.values() != self._baseline

    def save(self) -> None:
        if self._saving:
            return
        values = self.form.values()
        self.form.clear_errors()
        employer_id = self.employer_id
        action: Callable[[WriteUnit], ContactPerson]
        if self.contact is None:

            def action(uow: WriteUnit) -> ContactPerson:
                return records.create(uow, ContactPerson, {**values, "employer_id": employer_id})

        else:
            changes = {k: v for k, v in values.items() if v != self._baseline.get(k)}
            if not changes:
                self.accept()
                return
            contact_id = self.contact.id

            def action(uow: WriteUnit) -> ContactPerson:
                return records.edit(uow, ContactPerson, contact_id, changes)

        self._set_saving(True)
        self.context.write(
            "contact_person", action, initiator=self, on_done=self._saved, on_error=self._failed
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)

    def _saved(self, contact: ContactPerson) -> None:
        if not isValid(self):
            return
        self._set_saving(False)
        self._baseline = self.form.values()
        self.saved.emit(contact.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_saving(False)
        if not (isinstance(exc, PacteError) and self.form.show_error(exc)):
            report_error(self, exc)
