"""The employer directory: search as you type, filters, SQL sorting, and the record dialogs.

The table is an :class:`IdTableModel` over the ``employer`` listing: typing in the main window's
search field and choosing a filter only change the :class:`listings.Listing`, and SQL (FTS5 for
the text) answers with a new id list in the background. The view refreshes itself from
``context.changed``.

A column says how many partner organisations know each employer too (« également connu
de 2 partenaires »): one map employer id -> count (``services/listings.partner_counts``,
precomputed keys, no fuzzy matching) read in the background after the first rows and again when
the network or the employers change; sorting by it reorders the id list in memory (the most
known first when descending), the rows themselves still read block by block.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain import messages, nace
from pacte_desktop.domain.entities import ACCEPTS, EMPLOYER_STATUSES, Employer
from pacte_desktop.domain.progress import Cancelled, CancelToken
from pacte_desktop.services import demo, listings, records
from pacte_desktop.services.records import WriteUnit
from pacte_desktop.ui import icons
from pacte_desktop.ui.combos import FilterCombo, refill
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.directory_model import EmployerTableModel
from pacte_desktop.ui.employer_record import EmployerDialog, open_employer
from pacte_desktop.ui.empty_state import EmptyState
from pacte_desktop.ui.flow_layout import FlowLayout
from pacte_desktop.ui.guarded_dialog import report_error
from pacte_desktop.ui.labels import choice_label, field_label, locale
from pacte_desktop.ui.table_model import fit_columns
from pacte_desktop.ui.typeahead import TypeAhead
from pacte_desktop.ui.view import View
from pacte_desktop.ui.wizard import DEMO_EMPLOYERS

COLUMNS = (
    "name",
    "bce_number",
    "nace_code",
    "commune",
    "partners",
    "status",
    "owner",
    "tags",
    "last_contact",
)
ARCHIVED_NAMES = 3  # the undo offer names this many of the employers archived
SEARCH_DELAY_MS = 200  # long enough to skip intermediate keystrokes, short enough to feel live
# The filters of the bar, in order: listing filter name -> the combo's object name.
FILTER_NAMES = ("sector", "commune", "status", "owner_id", "tag", "accepts")

Index = QModelIndex | QPersistentModelIndex


class EmployersView(View):
    """The directory of employers, with its filter bar and the employer record dialogs."""

    key = "employers"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.model = EmployerTableModel(context, "employer", self._headers, COLUMNS)
        self.model.loaded.connect(self._loaded)
        self._pending_text = ""
        self._reselect: str | None = None
        self._options_generation = 0
        self._options_loaded = False
        self._counts_generation = 0
        self.dialogs: dict[str, EmployerDialog] = {}
        self.dialog: EmployerDialog | None = None  # the latest opened (the tests reach it here)
        self._opening: set[str] = set()  # records asked for, whose dialog is not open yet
        self._typeahead: TypeAhead | None = None  # keys typed while a new record is on its way
        self._open_when_loaded = False  # Enter in the search field before its answer came

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._apply_search)

        # -- filter bar ------------------------------------------------------------------------
        self.filters: dict[str, QComboBox] = {}
        # Each menu as wide as what it shows (« Toutes les communes » whole); the bar wraps
        # onto a second row when the window is narrow (a laptop at 150 %) instead of cutting.
        bar = FlowLayout()
        for name in FILTER_NAMES:
            combo = FilterCombo()
            combo.setObjectName(f"filter_{name}")
            combo.setMaximumWidth(260)
            combo.addItem("", None)  # "all", labelled in retranslate
            combo.currentIndexChanged.connect(lambda _i: self._apply_listing())
            self.filters[name] = combo
            bar.addWidget(combo)
        self.archived_check = QCheckBox()
        self.archived_check.setObjectName("filter_archived")
        self.archived_check.toggled.connect(lambda _v: self._apply_listing())

        # -- actions -----------------------------------------------------------------------
        self.act_open = QAction(self)
        self.act_open.setObjectName("action_open")
        self.act_open.triggered.connect(self.open_selected)
        self.act_new = QAction(self)
        self.act_new.setObjectName("action_new")
        self.act_new.triggered.connect(self.new_record)
        self.act_archive = QAction(self)
        self.act_archive.setObjectName("action_archive")
        self.act_archive.setShortcut(QKeySequence.StandardKey.Delete)
        self.act_archive.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_archive.triggered.connect(self.archive_selected)
        self.act_restore = QAction(self)
        self.act_restore.setObjectName("action_restore")
        self.act_restore.triggered.connect(self.restore_selected)
        # Ctrl+L anywhere in the directory: note a démarche with the selected employer.
        self.act_log = QAction(self)
        self.act_log.setObjectName("action_log")
        self.act_log.setShortcut(QKeySequence("Ctrl+L"))
        self.act_log.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_log.triggered.connect(self.log_selected)
        self.addAction(self.act_log)
        # The duplicates review (its shortcut, Ctrl+Shift+D, is the Édition menu's).
        self.act_duplicates = QAction(self)
        self.act_duplicates.setObjectName("action_duplicates")
        self.act_duplicates.triggered.connect(self.review_duplicates)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("employers_toolbar")
        for action in (
            self.act_open,
            self.act_log,
            self.act_new,
            self.act_archive,
            self.act_restore,
            self.act_duplicates,
        ):
            self.toolbar.addAction(action)
        icons.dress_toolbar(self.toolbar)  # icons beside the words (ui/icons.py)

        # -- table -------------------------------------------------------------------------
        self.table = QTableView()
        self.table.setObjectName("employers_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Tab leaves the table: with whole rows selected, moving cell by cell shows nothing.
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)  # the current row comes into sight on focus
        # Fixed row heights: the view never asks 100,000 rows for their size.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 110, 230, 110, 120, 80, 130, 130, 100)):
            header.resizeSection(column, width)
        # Qt's default indicator is descending; start sorted by name, A to Z. Enabling
        # sorting asks the model to sort, which is the first load of the ids.
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._open_index)  # Enter or double-click
        self.table.addActions([self.act_open, self.act_new, self.act_archive, self.act_restore])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        # -- an empty directory: what to do next -------------------------------------------
        self.empty = EmptyState("directory_empty")
        self.empty_new = self.empty.button("empty_new")
        self.empty_new.clicked.connect(self.new_record)
        self.empty_import = self.empty.button("empty_import")
        self.empty_import.clicked.connect(self.import_requested.emit)
        self.empty_demo = self.empty.button("empty_demo")
        self.empty_demo.clicked.connect(self.load_demo)
        self.empty.hide()

        actions_row = QHBoxLayout()
        actions_row.addWidget(self.toolbar)
        actions_row.addStretch(1)
        actions_row.addWidget(self.archived_check)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        context.changed.connect(self._on_changed)
        self.retranslate()
        self._update_actions()
        # The filter menus scan the whole table: fill them once the first rows are shown, so
        # that scan never delays the directory itself.
        self.model.loaded.connect(self._first_options)

    # -- strings ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Employeurs")

    def _headers(self) -> dict[str, str]:
        headers = {key: field_label(key) for key in COLUMNS}
        headers["nace_code"] = self.tr("Secteur (NACE)")
        headers["bce_number"] = self.tr("N° BCE")
        headers["partners"] = self.tr("Également connu de")
        return headers

    def retranslate(self) -> None:
        self.act_open.setText(self.tr("Ouvrir"))
        self.act_open.setToolTip(self.tr("Ouvrir la fiche de l'employeur (Entrée)"))
        self.act_log.setText(self.tr("Noter une démarche"))
        self.act_log.setToolTip(self.tr("Noter une démarche avec l'employeur choisi (Ctrl+L)"))
        self.act_new.setText(self.tr("Nouveau"))
        self.act_new.setToolTip(self.tr("Nouvel employeur (Ctrl+N)"))
        self.act_archive.setText(self.tr("Archiver"))
        self.act_archive.setToolTip(self.tr("Archiver les employeurs choisis (Suppr)"))
        self.act_restore.setText(self.tr("Restaurer"))
        self.act_duplicates.setText(self.tr("Doublons…"))
        self.act_duplicates.setToolTip(
            self.tr("Examiner les employeurs peut-être saisis deux fois (Ctrl+Maj+D)")
        )
        self.archived_check.setText(self.tr("Archivés"))
        self.empty.text.setText(
            self.tr(
                "Aucun employeur dans l'annuaire pour l'instant. Ajoutez le premier, importez "
                "votre liste (un fichier CSV ou Excel), ou essayez Pacte Desktop sur des "
                "données de démonstration."
            )
        )
        self.empty_new.setText(self.tr("&Nouvel employeur"))
        self.empty_import.setText(self.tr("&Importer des employeurs…"))
        self.empty_demo.setText(self.tr("Charger la &démo…"))
        self.archived_check.setToolTip(self.tr("Montrer aussi les employeurs archivés"))
        names = {
            "sector": (self.tr("Tous les secteurs"), field_label("sector")),
            "commune": (self.tr("Toutes les communes"), field_label("commune")),
            "status": (self.tr("Tous les statuts"), field_label("status")),
            "owner_id": (self.tr("Tous les responsables"), field_label("owner")),
            "tag": (self.tr("Toutes les étiquettes"), field_label("tags")),
            "accepts": (self.tr("Accepte : tout"), field_label("accepts")),
        }
        for name, (everything, label) in names.items():
            combo = self.filters[name]
            combo.setItemText(0, everything)
            combo.setAccessibleName(label)
            combo.setToolTip(label)
        lang = messages.current_language()
        self._fill("sector", [(k, nace.sector_label(k, lang)) for k in nace.SECTORS])
        self._fill("status", [(s, choice_label(s)) for s in EMPLOYER_STATUSES])
        self._fill("accepts", [(a, choice_label(a)) for a in ACCEPTS])
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        # Sector names and choice labels are in the cells, and in Dutch the employers' and
        # communes' Dutch names, by which the list is sorted: ask again.
        self._reload()
        if self._options_loaded:
            self._load_options()  # the communes' names

    def _fill(self, name: str, pairs: Sequence[tuple[str, str]]) -> None:
        """Replace a filter's choices (after its "all" item), keeping the chosen value.

        A chosen value no longer offered (the last employer of that commune archived, a
        colleague who left) gives way to "all": the list is asked again and the status bar
        says which filter was let go, so the wider list is no surprise.
        """
        combo = self.filters[name]
        shown = combo.currentText()
        if refill(combo, pairs) is None:
            return
        self.message.emit(
            self.tr("Le filtre « %1 » n'est plus proposé : il a été retiré.").replace("%1", shown)
        )
        self._apply_listing()

    # -- filter options (communes, tags, workers) ------------------------------------------
    def _first_options(self, _count: int) -> None:
        if not self._options_loaded:
            self._load_options()
        if not self._counts_generation:  # restore_state may have asked for the options
            self._load_partner_counts()

    def _load_partner_counts(self) -> None:
        """How many partners know each employer, in the background, after the rows."""
        self._counts_generation += 1
        generation = self._counts_generation

        def arrive(counts: dict[str, int]) -> None:
            if isValid(self) and generation == self._counts_generation:
                self.model.set_partner_counts(counts)

        self.context.runner.submit(
            listings.partner_counts, self.context.store, on_done=arrive, priority=-1
        )

    def _load_options(self) -> None:
        """Read the values the filters offer in the background (a scan of the table)."""
        self._options_loaded = True
        self._options_generation += 1
        generation = self._options_generation

        def arrive(found: listings.EmployerFilterOptions) -> None:
            if not isValid(self) or generation != self._options_generation:
                return
            self._fill("commune", found.communes)
            self._fill("tag", [(t, t) for t in found.tags])
            self._fill("owner_id", found.owners)

        self.context.fetch(listings.employer_filter_options, on_done=arrive)

    # -- the listing -----------------------------------------------------------------------
    def current_filters(self) -> dict[str, str]:
        found = {}
        for name, combo in self.filters.items():
            value = combo.currentData()
            if value is not None:
                found[name] = str(value)
        return found

    def _apply_listing(self) -> None:
        listing = replace(
            self.model.listing,
            text=self._pending_text,
            filters=self.current_filters(),
            include_archived=self.archived_check.isChecked(),
        )
        self._update_actions()
        if listing != self.model.listing:
            self._reload(listing)

    def _reload(self, listing: listings.Listing | None = None) -> None:
        """Ask SQL again, keeping the current employer selected if it is still listed."""
        current = self.table.currentIndex()
        self._reselect = self.model.id_at(current.row()) if current.isValid() else None
        if listing is None:
            self.model.reload()
        else:
            self.model.set_listing(listing)

    def set_search(self, text: str) -> None:
        """Search as you type: wait for a pause in the typing, then let FTS5 answer."""
        if text == self._pending_text and not self.search_timer.isActive():
            return
        self._pending_text = text
        self.search_timer.start()

    def _apply_search(self) -> None:
        if self._pending_text != self.model.listing.text:
            self._apply_listing()

    def _loaded(self, count: int) -> None:
        self.count_changed.emit(count)
        opening, self._open_when_loaded = self._open_when_loaded, False
        if count and not getattr(self, "_columns_fitted", False):
            self._columns_fitted = True  # once; then the user's widths are kept
            fit_columns(self.table)
        if count == 1:
            self.message.emit(self.tr("1 employeur"))
        else:
            self.message.emit(self.tr("%1 employeurs").replace("%1", locale().toString(count)))
        if self._reselect is not None:
            row = self.model.row_of(self._reselect)
            self._reselect = None
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self._update_actions()
        if opening:
            super().open_result()
        self._show_empty(count)

    def _show_empty(self, count: int) -> None:
        """An empty directory (not an empty search) says what to do next instead of a blank
        table; the demonstration is offered only where nothing is shared yet."""
        listing = self.model.listing
        empty = count == 0 and not listing.text.strip() and not listing.filters
        empty = empty and not listing.include_archived
        self.empty_demo.setVisible(not self.context.sync_locations)
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)

    def _on_changed(self, what: str, _initiator: object) -> None:
        if what in ("employer", "*"):
            self._reload()
            self._load_options()
            if self._counts_generation:  # after the first rows only
                self._load_partner_counts()
        elif what in ("network", "dedupe"):  # partners' records arrived, a link was made
            self._load_partner_counts()
        elif what == "worker":
            self.model.invalidate_rows()  # owner names
            self._load_options()
        elif what == "contact_person":
            # Contact names are part of the search document: a search may now match.
            if self.model.listing.text.strip():
                self._reload()
            else:
                self.model.invalidate_rows()
        elif what == "interaction":
            if self.model.listing.sort == "last_contact":
                self._reload()
            else:
                self.model.invalidate_rows()  # the "last contact" column

    # -- from the search field ------------------------------------------------------------
    def results(self) -> QTableView:
        return self.table

    def open_result(self) -> None:
        """Enter in the search field: the current (or first) employer of what was typed; the
        search still waiting for its pause or its answer is asked now and opened then."""
        self.search_timer.stop()
        self._apply_listing()  # asks SQL again only when the text or a filter changed
        if self.model.loading:
            self._open_when_loaded = True
        else:
            super().open_result()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FocusIn:
            current = self.table.currentIndex()
            if current.isValid():
                self.table.scrollTo(current)
        return super().eventFilter(watched, event)

    # -- records ---------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def _update_actions(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.act_open.setEnabled(selected)
        self.act_log.setEnabled(selected)
        self.act_archive.setEnabled(selected)
        self.act_restore.setEnabled(selected and self.archived_check.isChecked())
        self.act_restore.setVisible(self.archived_check.isChecked())

    def _open_index(self, index: QModelIndex) -> None:
        employer_id = self.model.id_at(index.row())
        if employer_id is not None:
            self.open_record(employer_id)

    def open_selected(self) -> None:
        for employer_id in self.selected_ids()[:5]:  # never a wall of windows
            self.open_record(employer_id)

    def log_selected(self) -> None:
        """Open the current employer's record at its démarche form (Ctrl+L)."""
        ids = self.selected_ids()
        if ids:
            self.open_record(ids[0], then=lambda dialog: dialog.start_log())

    def open_record(
        self, employer_id: str | None, then: Callable[[EmployerDialog], None] | None = None
    ) -> None:
        """Show the record of an employer (one dialog per employer), or a new one's.

        The dialog opens once its fiche is read (:func:`open_employer`); :attr:`dialog` is the
        latest opened, and ``then`` receives it (open already, or once open). Asking again for a
        record on its way does not open it twice.
        """
        if employer_id is not None:
            existing = self.dialogs.get(employer_id)
            if existing is not None and isValid(existing):
                existing.show()
                existing.raise_()
                existing.activateWindow()
                if then is not None:
                    then(existing)
                return
            if employer_id in self._opening:
                return
            self._opening.add(employer_id)

        def opened(dialog: EmployerDialog) -> None:
            self._opening.discard(employer_id or "")
            if not isValid(self):
                return
            self.dialog = dialog
            if then is not None:
                then(dialog)
            if employer_id is not None:
                self._track(dialog, employer_id)
            else:
                dialog.saved.connect(lambda new_id, d=dialog: self._track(d, new_id))
                self._focus_name(dialog)

        def failed(_exc: BaseException) -> None:
            self._opening.discard(employer_id or "")  # said in a message box
            if employer_id is None:
                self._release_typeahead(None)

        open_employer(self.context, employer_id, self, on_open=opened, on_error=failed)

    def _track(self, dialog: EmployerDialog, employer_id: str) -> None:
        if self.dialogs.get(employer_id) is dialog:
            return
        self.dialogs[employer_id] = dialog
        dialogs = self.dialogs
        dialog.destroyed.connect(lambda *_: dialogs.pop(employer_id, None))

    def new_record(self) -> None:
        """Ctrl+N: a new employer's record, its name field focused with what was typed since."""
        if self._typeahead is None:
            self._typeahead = TypeAhead(self.window())
        self.open_record(None)

    def _focus_name(self, dialog: EmployerDialog) -> None:
        editor = dialog.form.editors.get("name")
        target = editor.input if editor is not None else dialog.form.first_input()
        dialog.raise_()
        dialog.activateWindow()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._release_typeahead(target)

    def _release_typeahead(self, target: QWidget | None) -> None:
        typeahead, self._typeahead = self._typeahead, None
        if typeahead is not None and isValid(typeahead):
            typeahead.release(target)

    def archive_selected(self) -> None:
        """Archive the chosen employers; the status bar offers to undo it."""
        ids = self.selected_ids()
        if not ids:
            return
        context = self.context
        text = self._archived_text(ids)

        def archive(uow: WriteUnit) -> None:
            for employer_id in ids:
                records.archive(uow, Employer, employer_id)

        def restore(uow: WriteUnit) -> None:
            for employer_id in ids:
                records.restore(uow, Employer, employer_id)

        def undo() -> None:
            context.write("employer", restore, on_error=lambda exc: report_error(None, exc))

        def done(_result: object) -> None:
            context.offer_undo(text, undo)

        context.write("employer", archive, on_done=done, on_error=self._failed)

    def _archived_text(self, ids: Sequence[str]) -> str:
        """What the undo offer says: the employer archived, or how many and the first names."""
        shown = [self._name_of(i) for i in ids[:ARCHIVED_NAMES]]
        names = ", ".join(n for n in shown if n)
        if len(ids) > ARCHIVED_NAMES and names:
            names += ", …"
        if len(ids) == 1:
            if names:
                return self.tr("Employeur archivé : %1").replace("%1", names)
            return self.tr("Employeur archivé")
        if names:
            return self.tr("%n employeurs archivés : %1", "", len(ids)).replace("%1", names)
        return self.tr("%n employeurs archivés", "", len(ids))

    def _name_of(self, employer_id: str) -> str:
        row = self.model.row_of(employer_id)
        name = self.model.data(self.model.index(row, 0)) if row >= 0 else None
        return str(name) if name else ""

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def restore(uow: WriteUnit) -> None:
            for employer_id in ids:
                records.restore(uow, Employer, employer_id)

        self.context.write("employer", restore, on_error=self._failed)

    def review_duplicates(self) -> None:
        from pacte_desktop.ui.duplicates import open_duplicates

        open_duplicates(self.context, self.window())

    def _failed(self, exc: BaseException) -> None:
        report_error(self if isValid(self) else None, exc)

    def load_demo(self) -> None:
        """Fill this store with the fictitious employers, once asked (they are not real)."""
        answer = QMessageBox.question(
            self,
            self.tr("Données de démonstration"),
            self.tr(
                "Ajouter %1 employeurs inventés, avec leurs contacts, relances, offres et mises "
                "à l'emploi, pour essayer Pacte Desktop ? Aucune de ces données n'est réelle : "
                "pour votre vraie organisation, utilisez plutôt un dossier de données séparé."
            ).replace("%1", str(DEMO_EMPLOYERS)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        context = self.context
        store = context.store

        def work(progress: Any, cancel: CancelToken) -> demo.DemoSummary:
            return demo.fill(store, employers=DEMO_EMPLOYERS, progress=progress, cancel=cancel)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, demo.DemoInterrupted):
                context.changed.emit("*", None)  # what was committed stays: show it
            if isinstance(exc, Cancelled):
                if isValid(self):
                    self.message.emit(self.tr("Création annulée : rien n'a été enregistré."))
                return
            self._failed(exc)

        context.runner.run_long(
            self,
            self.tr("Création des données de démonstration…"),
            work,
            on_done=lambda _summary: context.changed.emit("*", None),
            on_error=failed,
        )

    # -- state -----------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/header", self.table.horizontalHeader().saveState())
        state: dict[str, Any] = dict(self.current_filters())
        state["archived"] = self.archived_check.isChecked()
        settings.setValue(f"{self.key}/filters", json.dumps(state))

    def restore_state(self, settings: QSettings) -> None:
        header = self.table.horizontalHeader()
        saved = settings.value(f"{self.key}/header")
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            header.restoreState(saved)
            self._columns_fitted = True
        try:
            state = json.loads(str(settings.value(f"{self.key}/filters", "{}")))
        except ValueError:
            state = {}
        if not isinstance(state, dict):
            state = {}
        for name, combo in self.filters.items():
            value = state.get(name)
            combo.blockSignals(True)
            if value is None:
                combo.setCurrentIndex(0)
            else:
                index = combo.findData(value)
                if index < 0:
                    # Communes, tags and workers are still loading: keep the value meanwhile.
                    combo.addItem(str(value), value)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.archived_check.blockSignals(True)
        self.archived_check.setChecked(bool(state.get("archived")))
        self.archived_check.blockSignals(False)
        section = header.sortIndicatorSection()
        sort = COLUMNS[section] if 0 <= section < len(COLUMNS) else COLUMNS[0]
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self._update_actions()
        self._reload(
            replace(
                self.model.listing,
                text=self._pending_text,
                filters=self.current_filters(),
                include_archived=self.archived_check.isChecked(),
                sort=sort,
                descending=descending,
            )
        )
        self._load_options()  # names the remembered worker instead of showing its id
