"""The employer record: its fiche, contact persons, démarches, offers, placements and history.

One non-modal dialog per employer. The "Fiche" tab edits the employer itself (only the fields the
user changed are sent to :func:`records.edit`); the other tabs list what hangs off it. Every write
goes through :meth:`AppContext.write`, and the dialog refreshes its lists from
``context.changed`` like any view, so a change made elsewhere (another dialog, a sync) shows up.
Errors land beside their field and the dialog keeps what the user typed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.entities import (
    ContactPerson,
    Employer,
    Interaction,
    Worker,
    editable_fields,
)
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.warnings import record_warnings
from pacte_desktop.services import followups, listings, records
from pacte_desktop.store.repository import Repository
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.drafts import Draft, DraftKeeper, values_for_json
from pacte_desktop.ui.forms import EntityForm
from pacte_desktop.ui.labels import display_value, field_label, locale
from pacte_desktop.ui.table_model import ID_ROLE, KeyedTableModel

# Every field a user edits, in the entity's order; the NACE version follows from the code.
FICHE_FIELDS = tuple(f for f in editable_fields(Employer) if f != "nace_version")
CONTACT_FIELDS = ("name", "role", "phone", "email", "preferred_language", "notes")
LOG_FIELDS = ("date", "channel", "summary", "outcome", "next_action_date")

CONTACT_COLUMNS = ("name", "role", "phone", "email", "preferred_language")
TIMELINE_COLUMNS = ("date", "channel", "worker", "summary", "outcome", "next_action_date")
OFFER_COLUMNS = ("kind", "title", "status", "positions", "start_date")
PLACEMENT_COLUMNS = ("candidate", "placement_type", "start_date", "outcome")
HISTORY_COLUMNS = ("time", "worker", "op", "fields")

# Tabs, in order; the index names which lists a tab shows.
TAB_FICHE, TAB_CONTACTS, TAB_TIMELINE, TAB_OFFERS, TAB_PLACEMENTS, TAB_HISTORY = range(6)

# Reference fields whose core label is that of the thing they name ("owner_id" → "owner").
_REF_LABELS = {"owner_id": "owner", "worker_id": "worker", "employer_id": "employer"}


def label_of(name: str) -> str:
    """A field's label, reference fields named after what they point to."""
    return field_label(_REF_LABELS.get(name, name))


def show_formatted(form: EntityForm) -> None:
    """Show numbers as people write them (0403.019.261, +32 2 …); they parse back the same."""
    for key in ("bce_number", "phone", "nace_code"):
        editor = form.editors.get(key)
        if editor is not None and isinstance(editor.input, QLineEdit) and editor.input.text():
            editor.input.setText(display_value(key, editor.input.text()))


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


Index = QModelIndex | QPersistentModelIndex


class RecordListModel(KeyedTableModel):
    """A short list held in memory (a few dozen rows): one mapping per row, keyed by column.

    For the lists of one employer (contacts, démarches, offers…), which are small enough to read
    at once; the directory itself uses :class:`IdTableModel`. Values are shown through
    :func:`labels.display_value`, so dates, choices and numbers read as everywhere else.
    """

    def __init__(
        self,
        keys: Sequence[str],
        headers: Callable[[], Mapping[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(keys, headers, parent)
        self._rows: list[Mapping[str, Any]] = []

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        if self.keys:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.keys) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.keys) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.get("id")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = self.keys[index.column()]
            return display_value(key, row.get(key))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def id_at(self, row: int) -> str | None:
        return self._rows[row].get("id") if 0 <= row < len(self._rows) else None

    def row(self, row: int) -> Mapping[str, Any]:
        return self._rows[row]


def make_table(model: QAbstractTableModel, name: str, widths: Sequence[int] = ()) -> QTableView:
    """A read-only table of whole-row selection, as every list of the record shows."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(130)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return table


def _button(name: str, *, primary: bool = False) -> QPushButton:
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
        self.save_button = _button("contact_save_button", primary=True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = _button("contact_cancel_button")
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
        action: Callable[[Any], ContactPerson]
        if self.contact is None:

            def action(uow: Any) -> ContactPerson:
                return records.create(uow, ContactPerson, {**values, "employer_id": employer_id})

        else:
            changes = {k: v for k, v in values.items() if v != self._baseline.get(k)}
            if not changes:
                self.accept()
                return
            contact_id = self.contact.id

            def action(uow: Any) -> ContactPerson:
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


class EmployerDialog(GuardedDialog):
    """The record of one employer (or of a new one, when ``employer_id`` is None)."""

    saved = Signal(str)  # the employer's id, after each successful save of the fiche

    def __init__(
        self, context: AppContext, employer_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("employer_dialog")
        self.context = context
        self.employer_id = employer_id
        self.employer: Employer | None = None
        self._saving = False
        self._logging = False
        if employer_id is not None:
            self.employer = context.read(
                lambda conn: Repository(conn).require(Employer, employer_id)
            )
            self.employer_id = self.employer.id

        # -- Fiche -------------------------------------------------------------------------
        self.form = EntityForm(Employer, FICHE_FIELDS, options={"owner_id": self._owner_options()})
        self.form.setObjectName("employer_form")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.archived_label = QLabel()
        self.archived_label.setObjectName("archived_label")
        self.archived_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.restore_button = _button("restore_button")
        self.restore_button.clicked.connect(self.restore_employer)
        self.save_button = _button("save_button", primary=True)
        self.save_button.clicked.connect(self.save)
        fiche_buttons = QHBoxLayout()
        fiche_buttons.addWidget(self.archived_label)
        fiche_buttons.addWidget(self.restore_button)
        fiche_buttons.addStretch(1)
        fiche_buttons.addWidget(self.save_button)
        fiche = QWidget()
        fiche.setObjectName("tab_fiche")
        fiche_layout = QVBoxLayout(fiche)
        fiche_layout.addWidget(scroll)
        # Which partner organisations know this employer (from the network scope of sync).
        self.partners_box = QGroupBox()
        self.partners_box.setObjectName("partners_box")
        self.partners_label = QLabel()
        self.partners_label.setObjectName("partners_label")
        self.partners_label.setWordWrap(True)
        self.partners_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.partners_box).addWidget(self.partners_label)
        self.partners_box.hide()
        self.partners: list[dict[str, Any]] = []
        fiche_layout.addWidget(self.partners_box)
        fiche_layout.addLayout(fiche_buttons)

        # -- Contacts ----------------------------------------------------------------------
        self.contacts_model = RecordListModel(CONTACT_COLUMNS, self._headers, self)
        self.contacts_table = make_table(
            self.contacts_model, "contacts_table", (180, 160, 130, 200)
        )
        self.contacts_table.activated.connect(lambda _index: self.edit_contact())
        self.contact_add_button = _button("contact_add_button")
        self.contact_add_button.clicked.connect(self.add_contact)
        self.contact_edit_button = _button("contact_edit_button")
        self.contact_edit_button.clicked.connect(self.edit_contact)
        self.contact_archive_button = _button("contact_archive_button")
        self.contact_archive_button.clicked.connect(self.archive_contact)
        contact_buttons = QHBoxLayout()
        for button in (
            self.contact_add_button,
            self.contact_edit_button,
            self.contact_archive_button,
        ):
            contact_buttons.addWidget(button)
        contact_buttons.addStretch(1)
        contacts = QWidget()
        contacts.setObjectName("tab_contacts")
        contacts_layout = QVBoxLayout(contacts)
        contacts_layout.addLayout(contact_buttons)
        contacts_layout.addWidget(self.contacts_table)

        # -- Démarches ---------------------------------------------------------------------
        self.timeline_model = RecordListModel(TIMELINE_COLUMNS, self._headers, self)
        self.timeline_table = make_table(
            self.timeline_model, "timeline_table", (80, 80, 120, 260, 120)
        )
        self.log_form = EntityForm(Interaction, LOG_FIELDS)
        self.log_form.setObjectName("log_form")
        self.log_button = _button("log_button", primary=True)
        self.log_button.clicked.connect(self.log_interaction)
        self.log_box = QGroupBox()
        self.log_box.setObjectName("log_box")
        log_layout = QVBoxLayout(self.log_box)
        log_layout.addWidget(self.log_form)
        log_buttons = QHBoxLayout()
        log_buttons.addStretch(1)
        log_buttons.addWidget(self.log_button)
        log_layout.addLayout(log_buttons)
        timeline = QWidget()
        timeline.setObjectName("tab_timeline")
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.addWidget(self.timeline_table, 1)
        timeline_layout.addWidget(self.log_box)
        self._reset_log_form()

        # -- Offres, mises à l'emploi, historique (read-only lists) ------------------------
        self.offers_model = RecordListModel(OFFER_COLUMNS, self._headers, self)
        self.offers_table = make_table(self.offers_model, "offers_table", (120, 260, 90, 110))
        self.placements_model = RecordListModel(PLACEMENT_COLUMNS, self._headers, self)
        self.placements_table = make_table(self.placements_model, "placements_table")
        self.history_model = RecordListModel(HISTORY_COLUMNS, self._headers, self)
        self.history_table = make_table(self.history_model, "history_table", (120, 120, 110))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("employer_tabs")
        self.tabs.addTab(fiche, "")
        self.tabs.addTab(contacts, "")
        self.tabs.addTab(timeline, "")
        self.tabs.addTab(self.offers_table, "")
        self.tabs.addTab(self.placements_table, "")
        self.tabs.addTab(self.history_table, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.status_label = QLabel()
        self.status_label.setObjectName("dialog_status")
        self.close_button = _button("close_button")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)

        QShortcut(QKeySequence.StandardKey.Save, self, self._save_shortcut)
        context.changed.connect(self._on_changed)

        self._load_form()
        self.retranslate()
        self._refresh_all()
        self._tab_changed(TAB_FICHE)
        self.resize(780, 660)  # fits a 1366×768 screen with the taskbar
        # What is typed is kept as a draft until saved or discarded (ui/drafts.py).
        self.draft = DraftKeeper(
            self,
            context.store.data_dir,
            "employer",
            self.draft_values,
            self.is_dirty,
            record_id=lambda: self.employer_id,
            caption=lambda: str(self.form.values().get("name") or ""),
        )
        self.form.edited.connect(self.draft.changed)
        self.log_form.edited.connect(self.draft.changed)

    # -- drafts ----------------------------------------------------------------------------
    def draft_values(self) -> dict[str, Any]:
        return {
            "fiche": values_for_json(self.form.values()),
            "log": values_for_json(self.log_form.values()),
        }

    def restore_draft(self, draft: Draft) -> None:
        """Put a draft's typed values back in the forms; the draft file goes on in use."""
        for form, key in ((self.form, "fiche"), (self.log_form, "log")):
            for name, value in dict(draft.values.get(key) or {}).items():
                editor = form.editors.get(name)
                if editor is not None:
                    editor.set_raw(value)
        self.draft.adopt(draft)
        self.draft.changed()

    def done(self, result: int) -> None:
        # Closed normally (saved, discarded or nothing to keep): the draft goes.
        if hasattr(self, "draft"):
            self.draft.close()
        super().done(result)

    # -- strings ---------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        keys = {
            *CONTACT_COLUMNS,
            *TIMELINE_COLUMNS,
            *OFFER_COLUMNS,
            *PLACEMENT_COLUMNS,
        }
        headers = {key: label_of(key) for key in keys}
        headers["candidate"] = field_label("candidate_code")
        headers["time"] = self.tr("Quand")
        headers["worker"] = field_label("worker")
        headers["op"] = self.tr("Opération")
        headers["fields"] = self.tr("Champs modifiés")
        return headers

    def retranslate(self) -> None:
        self.form.retranslate()
        self.log_form.retranslate()
        # The core has no label for "owner_id"; it is the employer's "responsable".
        self.form.labels["owner_id"].setText(label_of("owner_id"))
        self._set_title()
        for index, text in (
            (TAB_FICHE, self.tr("Fiche")),
            (TAB_CONTACTS, self.tr("Contacts")),
            (TAB_TIMELINE, self.tr("Démarches")),
            (TAB_OFFERS, self.tr("Offres")),
            (TAB_PLACEMENTS, self.tr("Mises à l'emploi")),
            (TAB_HISTORY, self.tr("Historique")),
        ):
            self.tabs.setTabText(index, text)
        self.save_button.setText(self.tr("Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer la fiche (Ctrl+S)"))
        self.restore_button.setText(self.tr("Restaurer"))
        self.archived_label.setText(self.tr("Cet employeur est archivé."))
        self.contact_add_button.setText(self.tr("Ajouter…"))
        self.contact_edit_button.setText(self.tr("Modifier…"))
        self.contact_archive_button.setText(self.tr("Archiver"))
        self.log_box.setTitle(self.tr("Noter une démarche"))
        self.log_button.setText(self.tr("Noter la démarche"))
        self.log_button.setToolTip(self.tr("Enregistrer la démarche (Ctrl+S)"))
        self.close_button.setText(self.tr("Fermer"))
        self.partners_box.setTitle(self.tr("Partenaires qui connaissent cet employeur"))
        self._show_partners()
        for model in (
            self.contacts_model,
            self.timeline_model,
            self.offers_model,
            self.placements_model,
            self.history_model,
        ):
            model.retranslate()
        self._refresh_history()  # operation names and field labels are translated text

    def _set_title(self) -> None:
        if self.employer is None:
            self.setWindowTitle(self.tr("Nouvel employeur"))
        else:
            self.setWindowTitle(self.tr("Employeur : %1").replace("%1", self.employer.name))

    # -- loading ---------------------------------------------------------------------------
    def _owner_options(self) -> list[tuple[str, str]]:
        """Active workers, plus the current owner when they have left (so it is not lost)."""

        def read(conn: Any) -> list[Worker]:
            repo = Repository(conn)
            found = repo.list(Worker, status="active", order_by="name")
            owner = self.employer.owner_id if self.employer else None
            if owner and all(w.id != owner for w in found):
                left = repo.get(Worker, owner)
                if left is not None:
                    found.append(left)
            return found

        options = []
        for worker in self.context.read(read):
            label = worker.name
            if worker.status != "active":
                label = self.tr("%1 (parti)").replace("%1", worker.name)
            options.append((worker.id, label))
        return options

    def _load_form(self) -> None:
        """Show the stored employer (or a new one's defaults) and remember it as unchanged."""
        if self.employer is None:
            self.form.set_entity(Employer(owner_id=self.context.worker_id))
        else:
            self.form.set_entity(self.employer)
            show_formatted(self.form)
        self._baseline = self.form.values()
        self._show_archived()
        for index in range(TAB_CONTACTS, TAB_HISTORY + 1):
            self.tabs.setTabEnabled(index, self.employer is not None)

    def _show_archived(self) -> None:
        archived = self.employer is not None and self.employer.archived
        self.archived_label.setVisible(archived)
        self.restore_button.setVisible(archived)
        for widget in (
            self.save_button,
            self.log_button,
            self.contact_add_button,
            self.contact_edit_button,
            self.contact_archive_button,
        ):
            widget.setEnabled(not archived)

    def _refresh_all(self) -> None:
        self._refresh_partners()
        self._refresh_contacts()
        self._refresh_timeline()
        self._refresh_offers()
        self._refresh_placements()
        self._refresh_history()

    def _refresh_partners(self) -> None:
        """Read, in the background, which partners know this employer (same BCE, or name and
        postcode); only when this workstation has joined a network."""
        from pacte_desktop.sync import engine

        employer_id = self.employer_id
        store = self.context.store
        if employer_id is None or not engine.LocalState(store).configured("network"):
            self.partners = []
            self._show_partners()
            return

        def arrive(found: list[dict[str, Any]]) -> None:
            if isValid(self) and self.employer_id == employer_id:
                self.partners = found
                self._show_partners()

        self.context.runner.submit(
            lambda: engine.partners_knowing(store, employer_id), on_done=arrive
        )

    def _show_partners(self) -> None:
        lines = []
        for partner in self.partners:
            when = display_value("last_contact", partner.get("latest_contact"))
            name = str(partner.get("organisation") or "")
            lines.append(
                self.tr("%1 (dernier contact : %2)").replace("%1", name).replace("%2", when)
                if when
                else name
            )
        self.partners_label.setText("\n".join(lines))
        self.partners_box.setVisible(bool(lines))

    def _refresh_contacts(self) -> None:
        employer_id = self.employer_id
        if employer_id is None:
            self.contacts_model.set_rows([])
            return
        contacts = self.context.read(
            lambda conn: Repository(conn).list(
                ContactPerson, employer_id=employer_id, order_by="name"
            )
        )
        self.contacts_model.set_rows([dataclasses.asdict(c) for c in contacts])

    def _refresh_timeline(self) -> None:
        employer_id = self.employer_id
        if employer_id is None:
            self.timeline_model.set_rows([])
            return

        def read(conn: Any) -> tuple[list[Interaction], dict[str, str]]:
            repo = Repository(conn)
            found = repo.list(Interaction, employer_id=employer_id, order_by="date")
            return found, repo.worker_names()

        found, names = self.context.read(read)
        # Newest first; within a day the later id (UUIDv7: later creation) comes first.
        found.sort(key=lambda i: (i.date, i.id), reverse=True)
        rows = []
        for interaction in found:
            row = dataclasses.asdict(interaction)
            row["worker"] = names.get(interaction.worker_id, "")
            rows.append(row)
        self.timeline_model.set_rows(rows)

    def _listing_rows(self, table: str, sort: str) -> list[dict[str, Any]]:
        employer_id = self.employer_id
        if employer_id is None:
            return []
        listing = listings.Listing(filters={"employer_id": employer_id}, sort=sort, descending=True)

        def read(conn: Any) -> list[dict[str, Any]]:
            found = listings.ids(conn, table, listing)
            by_id = listings.rows(conn, table, found)
            return [by_id[i] for i in found if i in by_id]

        return self.context.read(read)  # type: ignore[no-any-return]

    def _refresh_offers(self) -> None:
        self.offers_model.set_rows(self._listing_rows("opportunity", "start_date"))

    def _refresh_placements(self) -> None:
        self.placements_model.set_rows(self._listing_rows("placement", "start_date"))

    def _refresh_history(self) -> None:
        employer_id = self.employer_id
        if employer_id is None:
            self.history_model.set_rows([])
            return

        def read(conn: Any) -> tuple[list[dict[str, Any]], dict[str, str]]:
            repo = Repository(conn)
            return repo.history(employer_id), repo.worker_names()

        entries, names = self.context.read(read)
        rows = []
        for entry in reversed(entries):  # newest first
            rows.append(
                {
                    "id": str(entry.get("seq", "")),
                    "time": self._stamp_text(str(entry["hlc"])),
                    "worker": names.get(entry.get("worker_id") or "", ""),
                    "op": self._op_label(str(entry["op"])),
                    "fields": self._fields_text(entry["fields"], names),
                }
            )
        self.history_model.set_rows(rows)

    @staticmethod
    def _stamp_text(hlc: str) -> str:
        # A clock stamp starts with the wall time in milliseconds, 13 digits.
        try:
            millis = int(hlc[:13])
        except ValueError:
            return hlc
        moment = QDateTime.fromMSecsSinceEpoch(millis)
        return locale().toString(moment, QLocale.FormatType.ShortFormat)

    def _op_label(self, op: str) -> str:
        labels = {
            "insert": self.tr("Création"),
            "update": self.tr("Modification"),
            "archive": self.tr("Archivage"),
            "restore": self.tr("Restauration"),
            "handover": self.tr("Passation"),
        }
        return labels.get(op, op)

    @staticmethod
    def _fields_text(raw: object, names: Mapping[str, str]) -> str:
        try:
            changed = json.loads(str(raw))
        except ValueError:
            return str(raw)
        parts = []
        for key, value in changed.items():
            if key == "archived_at":
                parts.append(field_label("archived_at"))
                continue
            if isinstance(value, str) and value.startswith("["):
                with contextlib.suppress(ValueError):  # lists are journalled as JSON arrays
                    value = json.loads(value)
            if key in _REF_LABELS and isinstance(value, str):
                value = names.get(value, value)
            shown = display_value(key, value)
            parts.append(f"{label_of(key)} : {shown}" if shown else label_of(key))
        return " ; ".join(parts)

    def _on_changed(self, what: str, initiator: object) -> None:
        if self.employer_id is None:
            return
        everything = what == "*"
        if what == "employer" or everything:
            if initiator is not self:
                self._reload_employer()
            self._refresh_history()
        if what == "network" or everything:
            self._refresh_partners()
        if what == "contact_person" or everything:
            self._refresh_contacts()
        if what in ("interaction", "follow_up", "worker") or everything:
            self._refresh_timeline()
        if what == "opportunity" or everything:
            self._refresh_offers()
        if what == "placement" or everything:
            self._refresh_placements()

    def _reload_employer(self) -> None:
        employer_id = self.employer_id
        found = self.context.read(lambda conn: Repository(conn).get(Employer, employer_id or ""))
        if found is None:
            return
        form_dirty = self.form.values() != self._baseline
        self.employer = found
        if form_dirty:
            # Keep what the user is typing; only the archive state follows the store.
            self._show_archived()
        else:
            self._load_form()
        self._set_title()

    # -- the fiche -------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        if self._saving:
            return False
        log = self.log_form.values()
        return self.form.values() != self._baseline or bool(
            str(log.get("summary") or "").strip() or str(log.get("outcome") or "").strip()
        )

    def _save_shortcut(self) -> None:
        if self.tabs.currentIndex() == TAB_TIMELINE:
            self.log_interaction()
        else:
            self.save()

    def save(self, *, allow_duplicate: bool = False) -> None:
        """Create the employer, or send the fields the user changed; errors go beside them.

        A BCE number another employer has is refused unless ``allow_duplicate`` (the user
        answered "save anyway" to :meth:`_ask_about_duplicate`)."""
        if self._saving or not self.save_button.isEnabled():
            return
        values = self.form.values()
        self.form.clear_errors()
        action: Callable[[Any], Employer]
        if self.employer_id is None:

            def action(uow: Any) -> Employer:
                return records.create(uow, Employer, values, allow_duplicate=allow_duplicate)

        else:
            changes = {k: v for k, v in values.items() if v != self._baseline.get(k)}
            if not changes:
                self.status_label.setText(self.tr("Aucune modification à enregistrer."))
                return
            employer_id = self.employer_id

            def action(uow: Any) -> Employer:
                return records.edit(
                    uow, Employer, employer_id, changes, allow_duplicate=allow_duplicate
                )

        self._saving = True
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Enregistrement…"))
        self.context.write(
            "employer", action, initiator=self, on_done=self._saved, on_error=self._save_failed
        )

    def _saved(self, employer: Employer) -> None:
        if not isValid(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self.employer = employer
        self.employer_id = employer.id
        self._load_form()
        self._set_title()
        self._refresh_all()
        # Saved all the same, but worth a look (a postcode and a commune that do not match).
        warnings = [w.message() for w in record_warnings(employer)]
        self.status_label.setText(" ".join([self.tr("Fiche enregistrée."), *warnings]))
        self.saved.emit(employer.id)
        self.draft.write_now()  # saved: the draft goes, unless a démarche is being typed

    def _save_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self.status_label.setText(self.tr("Rien n'a été enregistré."))
        if not (isinstance(exc, PacteError) and self.form.show_error(exc)):
            report_error(self, exc)
        elif exc.code == "bce_duplicate":
            self._ask_about_duplicate(str(exc.params["id"]), str(exc.params["name"]))

    def _ask_about_duplicate(self, existing_id: str, name: str) -> QMessageBox:
        """Another employer has this BCE number: open that record, save this one anyway (a
        second site of one enterprise), or go back to the form."""
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("duplicate_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Numéro BCE déjà utilisé"))
        box.setText(
            self.tr("Ce numéro BCE est déjà celui de l'employeur « %1 ».").replace("%1", name)
        )
        box.setInformativeText(
            self.tr(
                "Ouvrez sa fiche pour la compléter, ou enregistrez quand même s'il s'agit "
                "d'un autre siège de la même entreprise."
            )
        )
        open_button = box.addButton(self.tr("Ouvrir sa fiche"), QMessageBox.ButtonRole.ActionRole)
        open_button.setObjectName("open_existing")
        anyway = box.addButton(self.tr("Enregistrer quand même"), QMessageBox.ButtonRole.AcceptRole)
        anyway.setObjectName("save_anyway")
        box.addButton(QMessageBox.StandardButton.Cancel)

        def answered(button: Any) -> None:
            if not isValid(self):
                return
            if button is open_button:
                self.open_existing(existing_id)
            elif button is anyway:
                self.save(allow_duplicate=True)

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def open_existing(self, employer_id: str) -> EmployerDialog:
        """Open another employer's record beside this one (this form keeps what was typed)."""
        dialog = EmployerDialog(self.context, employer_id, self.parentWidget())
        dialog.show()
        return dialog

    def restore_employer(self) -> None:
        employer_id = self.employer_id
        if employer_id is None:
            return
        self.context.write(
            "employer",
            lambda uow: records.restore(uow, Employer, employer_id),
            on_error=lambda exc: report_error(self if isValid(self) else None, exc),
        )

    # -- contacts --------------------------------------------------------------------------
    def _selected(self, table: QTableView, model: RecordListModel) -> str | None:
        index = table.currentIndex()
        return model.id_at(index.row()) if index.isValid() else None

    def add_contact(self) -> ContactDialog | None:
        if self.employer_id is None:
            return None
        dialog = ContactDialog(self.context, self.employer_id, None, self)
        dialog.open()
        return dialog

    def edit_contact(self) -> ContactDialog | None:
        contact_id = self._selected(self.contacts_table, self.contacts_model)
        if self.employer_id is None or contact_id is None:
            return None
        contact = self.context.read(lambda conn: Repository(conn).get(ContactPerson, contact_id))
        if contact is None:
            return None
        dialog = ContactDialog(self.context, self.employer_id, contact, self)
        dialog.open()
        return dialog

    def archive_contact(self) -> None:
        contact_id = self._selected(self.contacts_table, self.contacts_model)
        if contact_id is None:
            return
        context = self.context
        text = self.tr("Personne de contact archivée")

        def undo() -> None:
            context.write(
                "contact_person", lambda uow: records.restore(uow, ContactPerson, contact_id)
            )

        def done(_result: object) -> None:
            context.offer_undo(text, undo)
            if isValid(self):
                self.status_label.setText(text)

        context.write(
            "contact_person",
            lambda uow: records.archive(uow, ContactPerson, contact_id),
            on_done=done,
            on_error=lambda exc: report_error(self if isValid(self) else None, exc),
        )

    # -- démarches -------------------------------------------------------------------------
    def _reset_log_form(self) -> None:
        self.log_form.set_entity(
            {
                "date": dt.date.today(),
                "channel": "phone",
                "summary": "",
                "outcome": "",
                "next_action_date": None,
            }
        )

    def log_interaction(self) -> None:
        """Record the démarche typed below the timeline; a next action date makes a follow-up."""
        if self._logging or self.employer_id is None or not self.log_button.isEnabled():
            return
        values = self.log_form.values()
        self.log_form.clear_errors()
        employer_id = self.employer_id

        def action(uow: Any) -> followups.Logged:
            return followups.log_interaction(
                uow,
                employer=employer_id,
                channel=values["channel"],
                summary=values["summary"],
                date=values["date"] or None,
                outcome=values["outcome"] or None,
                next_action_date=values["next_action_date"] or None,
            )

        self._logging = True
        self.log_button.setEnabled(False)
        # Announced as "interaction" even when a follow-up is created with it: the follow-ups
        # view listens to "interaction" too, and one write is announced once.
        self.context.write(
            "interaction", action, initiator=self, on_done=self._logged, on_error=self._log_failed
        )

    def _logged(self, logged: followups.Logged) -> None:
        if not isValid(self):
            return
        self._logging = False
        self.log_button.setEnabled(True)
        self._reset_log_form()
        self.draft.write_now()  # logged: the draft goes, unless the fiche has unsaved edits
        if logged.follow_up is not None:
            self.status_label.setText(
                self.tr("Démarche notée ; relance prévue le %1.").replace(
                    "%1", display_value("due_date", logged.follow_up.due_date)
                )
            )
        else:
            self.status_label.setText(self.tr("Démarche notée."))

    def _log_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._logging = False
        self.log_button.setEnabled(True)
        if not (isinstance(exc, PacteError) and self.log_form.show_error(exc)):
            report_error(self, exc)

    # -- tabs ------------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        # Enter saves what the current tab edits: the fiche, or the démarche being noted.
        if index == TAB_TIMELINE:
            self.log_button.setDefault(True)
        else:
            self.log_button.setDefault(False)
            self.save_button.setDefault(index == TAB_FICHE)
