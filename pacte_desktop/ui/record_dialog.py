"""The dialog of one record (an opportunity, a candidate, a placement…) over an EntityForm.

:func:`open_record` reads the record and the choices of its reference fields first (one
:func:`services.records.record_form`, off the GUI thread), then opens :class:`RecordDialog`.
Its employer field is the search-as-you-type :class:`EmployerChooser`; choosing another employer
asks for that employer's opportunities, and an answer that comes back after yet another choice
is dropped. Saving checks the domain's rules at once, then writes in the background.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.entities import (
    BY_TABLE,
    Candidate,
    Entity,
    Placement,
    build,
    editable_fields,
    normalise,
    specs,
)
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import records
from pacte_desktop.services.records import WriteUnit
from pacte_desktop.ui.combos import refill
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.drafts import Draft, DraftKeeper, values_for_json
from pacte_desktop.ui.employer_chooser import EmployerEditor
from pacte_desktop.ui.forms import EntityForm, FieldEditor
from pacte_desktop.ui.labels import field_label

BANNER_STYLE = (
    "background: #fff4e5; border: 1px solid #f0b46c; border-radius: 3px; padding: 4px 8px;"
)


def _replace_editor(form: EntityForm, editor: FieldEditor) -> None:
    """Put ``editor`` in the form's row of the same field (keeping the field order)."""
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    old = form.editors[editor.name]
    row, _role = layout.getWidgetPosition(old)
    layout.removeRow(row)
    label = QLabel()
    label.setBuddy(editor.input)
    layout.insertRow(row, label, editor)
    editor.edited.connect(lambda _n: form.edited.emit())
    form.editors[editor.name] = editor  # same key: the dict keeps the field's position
    form.labels[editor.name] = label
    form.retranslate()


class RecordDialog(QDialog):
    """Create or edit one record of any entity through an :class:`EntityForm`.

    ``preset`` fills fields of a new record (``{"employer_id": …}`` opens "new opportunity for
    this employer"; a preset employer is shown read-only). Save (Ctrl+S, the default button)
    checks the values with the domain's rules, then writes in the background: a new record
    through ``records.create``, an existing one through ``records.edit`` with only the fields
    that changed. Errors land beside their field and the dialog keeps what was typed.
    """

    saved = Signal(object)  # the record as stored

    def __init__(
        self,
        context: AppContext,
        cls: type[Entity],
        page: records.RecordForm,
        *,
        preset: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cls = cls
        self.record = page.record
        self.preset = dict(preset or {})
        self._caption = page.caption
        self._opportunities_for: str | None = None  # the employer whose offers were asked for
        self._wanted_opportunity: object = None  # a draft's choice, until those offers arrive
        self._offers_shown_for: str | None = None  # the employer whose offers the menu shows
        self._saving = False
        self._settled = False  # saved or discarded: closing asks nothing more
        self.setObjectName(f"record_dialog_{cls.TABLE}")
        self.setSizeGripEnabled(True)

        fields = tuple(editable_fields(cls))  # every editable field, in the entity's order
        start = initial_values(cls, self.record, self.preset, context.worker_id)
        field_specs = specs(cls)
        options = dict(page.options)
        self.form = EntityForm(cls, fields, options=options)
        self.form.setObjectName("record_form")
        self.employer_editor: EmployerEditor | None = None
        if "employer_id" in fields:
            self.employer_editor = EmployerEditor(
                context, "employer_id", field_specs["employer_id"]
            )
            _replace_editor(self.form, self.employer_editor)
            if start.get("employer_id") and page.employer_name:
                self.employer_editor.chooser.remember(str(start["employer_id"]), page.employer_name)
        self.form.set_entity(start)
        if self.employer_editor is not None and "opportunity_id" in fields:
            # The first employer's offers came with the page; another employer's are asked for.
            self._opportunities_for = self.employer_editor.chooser.employer_id
            self._offers_shown_for = self._opportunities_for
            self.employer_editor.chooser.employer_changed.connect(self._fill_opportunities)
        if self.employer_editor is not None and self.preset.get("employer_id"):
            self.employer_editor.chooser.setReadOnly(True)
        self._snapshot = self.form.values()
        self.form.edited.connect(self._edited)
        # What is typed is kept as a draft until saved or discarded (ui/drafts.py).
        self.draft = DraftKeeper(
            self,
            context.store.data_dir,
            cls.TABLE,
            lambda: {"fiche": values_for_json(self.form.values())},
            self.is_dirty,
            record_id=lambda: self.record.id if self.record is not None else None,
            caption=lambda: self._record_caption() if self.record is not None else "",
        )
        self.form.edited.connect(self.draft.changed)

        self.privacy = QLabel()
        self.privacy.setObjectName("privacy_notice")
        self.privacy.setWordWrap(True)
        self.privacy.setStyleSheet(BANNER_STYLE)
        self.privacy.setVisible(cls is Candidate)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        scroll.setWidget(self.form)
        # Our own buttons, not standard ones: a button box relabels standard buttons with Qt's
        # words on a language change, after retranslate() has set ours.
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_button")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_button")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.privacy)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        # The replaced employer input was created last: set the tab order of the rows, then
        # the buttons (the focus ring is cyclic, so this fixes every step of it).
        widgets = [e.input for e in self.form.editors.values()]
        widgets += [self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)
        self.resize(560, 640)  # fits a 1366×768 screen; the form scrolls when it needs to
        self.retranslate()
        # Focus the first field the user can change (a preset employer is read-only).
        for editor in self.form.editors.values():
            if not (isinstance(editor.input, QLineEdit) and editor.input.isReadOnly()):
                editor.input.setFocus()
                break

    # -- values ----------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.form.values() != self._snapshot

    def restore_draft(self, draft: Draft) -> None:
        """Put a draft's typed values back in the form; the draft file goes on in use."""
        typed = dict(draft.values.get("fiche") or {})
        for name, value in typed.items():
            editor = self.form.editors.get(name)
            if editor is not None:
                editor.set_raw(value)
        if self._opportunities_for != self._offers_shown_for:
            # Another employer in the draft: its offers are on their way; choose then.
            self._wanted_opportunity = typed.get("opportunity_id")
        self.draft.adopt(draft)
        self.draft.changed()
        self.setWindowModified(self.is_dirty())

    def done(self, result: int) -> None:
        # Closed normally (saved, discarded or nothing to keep): the draft goes.
        if hasattr(self, "draft"):
            self.draft.close()
        super().done(result)

    def _edited(self) -> None:
        # A bound method, not a lambda: Qt drops the connection when the dialog is destroyed
        # (a field losing focus while the dialog is being deleted still emits ``edited``).
        if isValid(self):
            self.setWindowModified(self.is_dirty())

    def _fill_opportunities(self, employer_id: str | None) -> None:
        """Offer the chosen employer's opportunities (read off the GUI thread)."""
        self._opportunities_for = employer_id
        self.context.fetch(
            records.employer_opportunities,
            employer_id,
            on_done=lambda pairs: self._opportunities_arrived(employer_id, pairs),
        )

    def _opportunities_arrived(self, employer_id: str | None, pairs: list[tuple[str, str]]) -> None:
        if not isValid(self) or employer_id != self._opportunities_for:
            return  # the dialog closed, or another employer was chosen meanwhile
        editor = self.form.editors["opportunity_id"]
        combo = editor.input
        assert isinstance(combo, QComboBox)
        self._offers_shown_for = employer_id
        lost = refill(combo, pairs)
        wanted, self._wanted_opportunity = self._wanted_opportunity, None
        if wanted is not None and combo.findData(wanted) >= 0:
            combo.setCurrentIndex(combo.findData(wanted))
            editor.edited.emit(editor.name)
        elif lost is not None:
            # The chosen opportunity is not one of this employer's: the choice is let go.
            editor.edited.emit(editor.name)

    # -- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.form.retranslate()
        titles_new = {
            "opportunity": self.tr("Nouvelle offre ou demande de profils"),
            "candidate": self.tr("Nouveau candidat"),
            "placement": self.tr("Nouvelle mise à l'emploi"),
        }
        titles_edit = {
            "opportunity": self.tr("Offre : %1"),
            "candidate": self.tr("Candidat : %1"),
            "placement": self.tr("Mise à l'emploi : %1"),
        }
        table = self.cls.TABLE
        if self.record is None:
            title = titles_new.get(table, self.tr("Nouvel enregistrement : %1"))
            title = title.replace("%1", field_label(table))
        else:
            title = titles_edit.get(table, field_label(table) + " : %1")
            title = title.replace("%1", self._record_caption())
        self.setWindowTitle(title + "[*]")
        if "shared" in self.form.labels:
            self.form.labels["shared"].setText(self.tr("Partager avec le réseau"))
            self.form.editors["shared"].input.setToolTip(
                self.tr(
                    "Les partenaires verront le type, l'intitulé, le nombre de postes, le "
                    "profil demandé, les dates et le statut ; jamais les notes internes."
                )
            )
            self.form.editors["shared"].input.setAccessibleName(self.tr("Partager avec le réseau"))
        self.privacy.setText(
            self.tr(
                "Données privées de l'organisation : jamais partagées. Utilisez un code "
                "pseudonyme, pas le nom de la personne."
            )
        )
        self.save_button.setText(self.tr("Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Annuler"))

    def _record_caption(self) -> str:
        return self._caption

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        values = self.form.values()
        self.form.clear_errors()
        base = self.record if self.record is not None else self.cls()
        try:
            # The domain's rules first, on this thread: an error shows at once, nothing written.
            merged = {name: getattr(base, name) for name in editable_fields(self.cls)}
            merged.update(normalise(self.cls, values))
            build(self.cls, merged)
        except PacteError as exc:
            self._show_error(exc)
            return
        cls = self.cls
        action: Callable[[WriteUnit], Entity]
        if self.record is None:
            action = lambda uow: records.create(uow, cls, values)  # noqa: E731
        else:
            changes = {k: v for k, v in values.items() if v != self._snapshot.get(k)}
            if not changes:
                self._settled = True
                self.accept()
                return
            record_id = self.record.id
            action = lambda uow: records.edit(uow, cls, record_id, changes)  # noqa: E731
        self._saving = True
        self.save_button.setEnabled(False)
        self.context.write(
            cls.TABLE, action, initiator=self, on_done=self._saved, on_error=self._failed
        )

    def _saved(self, entity: Entity) -> None:
        if not isValid(self):
            return
        self._saving = False
        self.record = entity
        self._settled = True
        self.saved.emit(entity)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, PacteError):
            self._show_error(exc)
        else:
            QMessageBox.critical(self, self.tr("Erreur"), str(exc))

    def _show_error(self, exc: PacteError) -> None:
        if not self.form.show_error(exc):
            QMessageBox.warning(self, self.windowTitle().replace("[*]", ""), exc.message())

    # -- closing ---------------------------------------------------------------------------
    def _may_close(self) -> bool:
        if self._settled:
            return True
        if self._saving:
            return False  # the write is under way; its answer closes or reopens the dialog
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Modifications non enregistrées"),
                self.tr("Abandonner les modifications non enregistrées ?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
        self._settled = True
        return True

    def confirm_close(self) -> bool:
        """True when the dialog may close (see ``ui/closing.py``); asks if edits are unsaved."""
        return self._may_close()

    def reject(self) -> None:
        if self._may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)


def initial_values(
    cls: type[Entity],
    record: Entity | None,
    preset: Mapping[str, Any],
    worker_id: str | None,
) -> dict[str, Any]:
    """The values a form starts from: the stored record's, or a new record's defaults."""
    fields = editable_fields(cls)
    if record is not None:
        return {name: getattr(record, name) for name in fields}
    blank = cls()  # the dataclass defaults (status "open", positions 1, …)
    values: dict[str, Any] = {name: getattr(blank, name) for name in fields}
    # A new record is the current worker's unless said otherwise.
    for name in ("owner_id", "worker_id"):
        if name in values and worker_id:
            values[name] = worker_id
    if cls is Placement:
        values["start_date"] = dt.date.today()
    values.update({k: v for k, v in preset.items() if k in values})
    return values


def open_record(
    context: AppContext,
    table: str,
    record_id: str | None,
    parent: QWidget | None = None,
    *,
    preset: Mapping[str, Any] | None = None,
    draft: Draft | None = None,
    on_open: Callable[[RecordDialog], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Open a record of ``table`` (or a new one when ``record_id`` is None) in its dialog.

    The record and the choices of its form are read first, off the GUI thread; the dialog
    opens when they arrive (with ``draft``'s typed values when given) and ``on_open`` receives
    it. It is not modal, so the user can look something up meanwhile, and deletes itself when
    closed. A record that does not exist (any more) is said in a message box instead, then
    ``on_error`` receives the error. Nothing opens when ``parent`` was closed meanwhile.
    """
    cls = BY_TABLE[table]
    start = initial_values(cls, None, dict(preset or {}), context.worker_id)

    def arrive(page: records.RecordForm) -> None:
        if parent is not None and not isValid(parent):
            return
        dialog = RecordDialog(context, cls, page, preset=preset, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if draft is not None:
            dialog.restore_draft(draft)
        dialog.show()
        if on_open is not None:
            on_open(dialog)

    def failed(exc: BaseException) -> None:
        owner = parent if parent is not None and isValid(parent) else None
        text = exc.message() if isinstance(exc, PacteError) else str(exc)
        QMessageBox.warning(owner, field_label(table), text)
        if on_error is not None:
            on_error(exc)

    context.fetch(records.record_form, cls, record_id, start, on_done=arrive, on_error=failed)
