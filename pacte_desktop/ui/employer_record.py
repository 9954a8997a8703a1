"""The employer record: its fiche, contact persons, démarches, offers, placements and history.

One non-modal dialog per employer. A header card above the tabs says who the employer is at a
glance (ui/employer_header.py) and offers "Noter une démarche" (Ctrl+L), which opens the
démarche form (ui/employer_log.py). The "Fiche" tab edits the employer itself, in titled groups
set in two columns (:data:`FICHE_GROUPS`) that fit a 1366×768 laptop at 100 % and at 150 %
without scrolling (only the fields the user changed are sent to :func:`records.edit`); the
other tabs list what hangs off it. Every write goes through :meth:`AppContext.write`, and the
dialog refreshes its lists and its card from ``context.changed`` like any view, so a change made
elsewhere (another dialog, a sync) shows up. Errors land beside their field and the dialog keeps
what the user typed. The dialog opens no taller nor wider than the screen leaves it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.entities import ContactPerson, Employer, Worker
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.warnings import record_warnings
from pacte_desktop.services import employer_page, records
from pacte_desktop.services.records import WriteUnit
from pacte_desktop.ui.contact_dialog import ContactDialog
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.drafts import Draft, DraftKeeper, values_for_json
from pacte_desktop.ui.duplicate_bce import ask_about_duplicate
from pacte_desktop.ui.employer_fiche import FICHE_FIELDS, FICHE_GROUPS, NOTES_LINES
from pacte_desktop.ui.employer_header import EmployerHeader
from pacte_desktop.ui.employer_history import history_rows
from pacte_desktop.ui.employer_log import LogBox
from pacte_desktop.ui.forms import EntityForm, show_formatted
from pacte_desktop.ui.guarded_dialog import GuardedDialog, dialog_button, report_error
from pacte_desktop.ui.inputs.tags import suggest_tags
from pacte_desktop.ui.labels import field_label
from pacte_desktop.ui.look import FRAME_ALLOWANCE
from pacte_desktop.ui.recent import remember_opened
from pacte_desktop.ui.record_lists import RecordListModel, label_of, make_table

# The record's size inside its frame when the screen has room for it.
PREFERRED_SIZE = QSize(1000, 680)

CONTACT_COLUMNS = ("name", "role", "phone", "email", "preferred_language")
TIMELINE_COLUMNS = ("date", "channel", "worker", "summary", "outcome", "next_action_date")
OFFER_COLUMNS = ("kind", "title", "status", "positions", "start_date")
PLACEMENT_COLUMNS = ("candidate", "placement_type", "start_date", "outcome")
HISTORY_COLUMNS = ("time", "worker", "op", "fields")

# Tabs, in order; the index names which lists a tab shows.
TAB_FICHE, TAB_CONTACTS, TAB_TIMELINE, TAB_OFFERS, TAB_PLACEMENTS, TAB_HISTORY = range(6)


class EmployerDialog(GuardedDialog):
    """The record of one employer (or of a new one, when ``employer_id`` is None)."""

    saved = Signal(str)  # the employer's id, after each successful save of the fiche

    def __init__(
        self, context: AppContext, fiche: employer_page.Fiche, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("employer_dialog")
        self.context = context
        self.employer: Employer | None = fiche.employer
        self.employer_id: str | None = fiche.employer.id if fiche.employer else None
        self._saving = False
        self._asked: dict[str, int] = {}  # list -> the number of its latest request
        self._waiting: set[str] = set()  # lists asked for, not arrived yet
        self.contact_dialog: ContactDialog | None = None

        # -- Header card -------------------------------------------------------------------
        self.header = EmployerHeader(context)
        self.header.log_requested.connect(self.start_log)
        # Which partner organisations know this employer (from the network scope of sync).
        self.partners_box = self.header.partners_box
        self.partners_label = self.header.partners_label

        # -- Fiche -------------------------------------------------------------------------
        self.form = EntityForm(
            Employer,
            FICHE_FIELDS,
            options={"owner_id": self._owner_options(fiche.owners)},
            groups=FICHE_GROUPS,
        )
        self.form.setObjectName("employer_form")
        suggest_tags(context, self.form.editors)  # tags in use, to complete from
        notes = self.form.editors["notes"].input
        notes.setMaximumHeight(notes.fontMetrics().lineSpacing() * NOTES_LINES + 12)
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("employer_form_scroll")
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(self.form)
        self.archived_label = QLabel()
        self.archived_label.setObjectName("archived_label")
        self.archived_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.restore_button = dialog_button("restore_button")
        self.restore_button.clicked.connect(self.restore_employer)
        self.save_button = dialog_button("save_button", primary=True)
        self.save_button.clicked.connect(self.save)
        fiche_tab = QWidget()
        fiche_tab.setObjectName("tab_fiche")
        fiche_layout = QVBoxLayout(fiche_tab)
        fiche_layout.setContentsMargins(0, 4, 0, 0)
        fiche_layout.addWidget(self.form_scroll)

        # -- Contacts ----------------------------------------------------------------------
        self.contacts_model = RecordListModel(CONTACT_COLUMNS, self._headers, self)
        self.contacts_table = make_table(
            self.contacts_model, "contacts_table", (180, 160, 130, 200)
        )
        self.contacts_table.activated.connect(lambda _index: self.edit_contact())
        self.contact_add_button = dialog_button("contact_add_button")
        self.contact_add_button.clicked.connect(self.add_contact)
        self.contact_edit_button = dialog_button("contact_edit_button")
        self.contact_edit_button.clicked.connect(self.edit_contact)
        self.contact_archive_button = dialog_button("contact_archive_button")
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
        self.log_box = LogBox(context, lambda: self.employer_id, self)
        self.log_box.said.connect(lambda text: self.status_label.setText(text))
        self.log_box.logged.connect(lambda _logged: self.draft.write_now())
        self.log_form = self.log_box.form
        self.next_step_edit = self.log_box.next_step_edit
        self.log_button = self.log_box.button
        timeline = QWidget()
        timeline.setObjectName("tab_timeline")
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.addWidget(self.timeline_table, 1)
        timeline_layout.addWidget(self.log_box)

        # -- Offres, mises à l'emploi, historique (read-only lists) ------------------------
        self.offers_model = RecordListModel(OFFER_COLUMNS, self._headers, self)
        self.offers_table = make_table(self.offers_model, "offers_table", (120, 260, 90, 110))
        self.placements_model = RecordListModel(PLACEMENT_COLUMNS, self._headers, self)
        self.placements_table = make_table(self.placements_model, "placements_table")
        self.history_model = RecordListModel(HISTORY_COLUMNS, self._headers, self)
        self.history_table = make_table(self.history_model, "history_table", (120, 120, 110))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("employer_tabs")
        self.tabs.setDocumentMode(True)  # no frame around the pages: room for the fiche
        self.tabs.addTab(fiche_tab, "")
        self.tabs.addTab(contacts, "")
        self.tabs.addTab(timeline, "")
        self.tabs.addTab(self.offers_table, "")
        self.tabs.addTab(self.placements_table, "")
        self.tabs.addTab(self.history_table, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.status_label = QLabel()
        self.status_label.setObjectName("dialog_status")
        self.status_label.setWordWrap(True)
        self.close_button = dialog_button("close_button")
        self.close_button.clicked.connect(self.reject)
        # One row of buttons under the tabs (one row less than the height of a laptop allows).
        bottom = QHBoxLayout()
        bottom.addWidget(self.archived_label)
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        QShortcut(QKeySequence.StandardKey.Save, self, self._save_shortcut)
        QShortcut(QKeySequence("Ctrl+L"), self, self.start_log)
        context.changed.connect(self._on_changed)

        self._load_form()
        self.retranslate()
        self._refresh_all()
        self._tab_changed(TAB_FICHE)
        self.resize(self.first_size())
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
        self.log_box.retranslate()
        self.header.retranslate()
        # The core has no label for "owner_id"; it is the employer's "responsable".
        self.form.labels["owner_id"].setText(label_of("owner_id"))
        for key, title in (
            ("identity", self.tr("Identité")),
            ("address", self.tr("Adresse")),
            ("contact", self.tr("Contact")),
            ("sharing", self.tr("Partage et notes")),
        ):
            self.form.groups[key].setTitle(title)
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
        self.close_button.setText(self.tr("Fermer"))
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
    def _owner_options(self, owners: Sequence[Worker]) -> list[tuple[str, str]]:
        """Active workers, plus the current owner when they have left (so it is not lost)."""
        options = []
        for worker in owners:
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
        self.header.show_employer(self.employer)
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
        self._refresh_card()
        self._refresh_partners()
        self._refresh_contacts()
        self._refresh_timeline()
        self._refresh_offers()
        self._refresh_placements()
        self._refresh_history()

    def _fetch(
        self, name: str, fn: Callable[..., Any], show: Callable[[Any], None], *args: Any
    ) -> None:
        """Read one list of this employer off the GUI thread; ``show`` it when it arrives,
        unless the dialog closed, or another employer or a newer request replaced it."""
        generation = self._asked[name] = self._asked.get(name, 0) + 1
        employer_id = self.employer_id
        self._waiting.add(name)

        def latest() -> bool:
            if not isValid(self) or self._asked[name] != generation:
                return False
            self._waiting.discard(name)
            return self.employer_id == employer_id

        def arrive(found: Any) -> None:
            if latest():
                show(found)

        def failed(exc: BaseException) -> None:
            if latest():
                report_error(self, exc)

        self.context.fetch(fn, *args, on_done=arrive, on_error=failed)

    @property
    def loading(self) -> bool:
        """True while a list asked for has not arrived yet."""
        return bool(self._waiting)

    def _refresh_card(self) -> None:
        if self.employer_id is not None:
            self._fetch("card", employer_page.card, self.header.show_card, self.employer_id)

    def _refresh_partners(self) -> None:
        self.partners_box.refresh(self.employer_id)

    def _refresh_contacts(self) -> None:
        self._refresh_list("contacts", self.contacts_model, employer_page.contacts)

    def _refresh_timeline(self) -> None:
        self._refresh_list("timeline", self.timeline_model, employer_page.timeline)

    def _refresh_offers(self) -> None:
        self._refresh_list("offers", self.offers_model, employer_page.related, "opportunity")

    def _refresh_placements(self) -> None:
        self._refresh_list("placements", self.placements_model, employer_page.related, "placement")

    def _refresh_history(self) -> None:
        model = self.history_model
        show = lambda found: model.set_rows(history_rows(*found))  # noqa: E731
        self._refresh_list("history", model, employer_page.history, show=show)

    def _refresh_list(
        self,
        name: str,
        model: RecordListModel,
        fn: Callable[..., Any],
        *args: str,
        show: Callable[[Any], None] | None = None,
    ) -> None:
        """Ask for one tab's rows, ``fn(conn, employer_id, *args)``; ``show`` them (into
        ``model`` as they come, unless said otherwise)."""
        if self.employer_id is None:
            model.set_rows([])
            return
        self._fetch(name, fn, show or model.set_rows, self.employer_id, *args)

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
        if what in ("employer", "interaction", "follow_up", "worker") or everything:
            self._refresh_card()  # the owner's name, the next follow-up
        if what in ("interaction", "follow_up", "worker") or everything:
            self._refresh_timeline()
        if what == "opportunity" or everything:
            self._refresh_offers()
        if what == "placement" or everything:
            self._refresh_placements()

    def _reload_employer(self) -> None:
        if self.employer_id is not None:
            self._fetch(
                "employer", employer_page.employer, self._employer_arrived, self.employer_id
            )

    def _employer_arrived(self, found: Employer | None) -> None:
        if found is None:
            return
        form_dirty = self.form.values() != self._baseline
        self.employer = found
        if form_dirty:
            # Keep what the user is typing; the archive state and the card follow the store.
            self._show_archived()
            self.header.show_employer(found)
        else:
            self._load_form()
        self._set_title()

    # -- the fiche -------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        if self._saving:
            return False
        return self.form.values() != self._baseline or self.log_box.typing()

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
        action: Callable[[WriteUnit], Employer]
        if self.employer_id is None:

            def action(uow: WriteUnit) -> Employer:
                return records.create(uow, Employer, values, allow_duplicate=allow_duplicate)

        else:
            changes = {k: v for k, v in values.items() if v != self._baseline.get(k)}
            if not changes:
                self.status_label.setText(self.tr("Aucune modification à enregistrer."))
                return
            employer_id = self.employer_id

            def action(uow: WriteUnit) -> Employer:
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
        return ask_about_duplicate(
            self,
            name,
            lambda: self.open_existing(existing_id),
            lambda: self.save(allow_duplicate=True),
        )

    def open_existing(self, employer_id: str) -> None:
        """Open another employer's record beside this one (this form keeps what was typed)."""
        open_employer(self.context, employer_id, self.parentWidget())

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

    def add_contact(self) -> None:
        if self.employer_id is None:
            return
        self.contact_dialog = ContactDialog(self.context, self.employer_id, None, self)
        self.contact_dialog.open()

    def edit_contact(self) -> None:
        """Open the selected contact person (read first; the dialog opens when it is there)."""
        contact_id = self._selected(self.contacts_table, self.contacts_model)
        if self.employer_id is None or contact_id is None:
            return
        self._fetch("contact", employer_page.contact, self._edit_contact, contact_id)

    def _edit_contact(self, contact: ContactPerson | None) -> None:
        if contact is None or self.employer_id is None:
            return  # archived elsewhere meanwhile: the list refreshes from the change
        self.contact_dialog = ContactDialog(self.context, self.employer_id, contact, self)
        self.contact_dialog.open()

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
    def log_interaction(self) -> None:
        """Record the démarche typed below the timeline; a next action date makes a follow-up."""
        self.log_box.log_interaction()

    def start_log(self) -> None:
        """Open the démarche form, the keyboard in its summary (the header's button, Ctrl+L)."""
        if self.employer_id is None:
            return
        self.show()
        self.raise_()
        self.activateWindow()
        self.tabs.setCurrentIndex(TAB_TIMELINE)
        self.log_box.start()

    # -- tabs ------------------------------------------------------------------------------
    def first_size(self) -> QSize:
        """:data:`PREFERRED_SIZE`, or less on a screen that leaves less room (its task bar
        and the window's frame kept), never less than the dialog needs."""
        screen = self.screen()
        size = QSize(PREFERRED_SIZE)
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() - FRAME_ALLOWANCE)
        return size.expandedTo(self.minimumSizeHint())

    def _tab_changed(self, index: int) -> None:
        # The fiche's button shows with the fiche (the démarche form has its own).
        self.save_button.setVisible(index == TAB_FICHE)
        # Enter saves what the current tab edits: the fiche, or the démarche being noted.
        if index == TAB_TIMELINE:
            self.log_button.setDefault(True)
        else:
            self.log_button.setDefault(False)
            self.save_button.setDefault(index == TAB_FICHE)


def open_employer(
    context: AppContext,
    employer_id: str | None,
    parent: QWidget | None = None,
    *,
    draft: Draft | None = None,
    on_open: Callable[[EmployerDialog], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Open the record of an employer (a new one when ``employer_id`` is None).

    The fiche is read first, off the GUI thread (:func:`services.employer_page.fiche`); the
    dialog opens when it arrives, with ``draft``'s typed values when given, and ``on_open``
    receives it. An employer that does not exist (any more) is said in a message box, then
    ``on_error`` receives the error. Nothing opens when ``parent`` was closed meanwhile.
    """

    def arrive(fiche: employer_page.Fiche) -> None:
        if parent is not None and not isValid(parent):
            return
        dialog = EmployerDialog(context, fiche, parent)
        if draft is not None:
            dialog.restore_draft(draft)
        dialog.show()
        if fiche.employer is not None:  # « Ma journée » lists the employers a worker opened
            remember_opened(context, fiche.employer.id)
        if on_open is not None:
            on_open(dialog)

    def failed(exc: BaseException) -> None:
        report_error(parent if parent is not None and isValid(parent) else None, exc)
        if on_error is not None:
            on_error(exc)

    context.fetch(employer_page.fiche, employer_id, on_done=arrive, on_error=failed)
