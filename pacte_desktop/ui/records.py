"""Opportunities and employer requests, candidates and placements: three lists of records.

The three sidebar views share one pattern (:class:`RecordsView`): a filter bar, a table over an
:class:`IdTableModel` (ids from SQL, rows on demand), buttons to create, open and archive, and a
refresh from ``context.changed``. Records open in :class:`~pacte_desktop.ui.record_dialog.
RecordDialog` once their form's values are read (:func:`~pacte_desktop.ui.record_dialog.
open_record`); the placements list marks the checks that are due (:mod:`ui.check_due`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.entities import (
    OPPORTUNITY_KINDS,
    OPPORTUNITY_STATUSES,
    PLACEMENT_OUTCOMES,
    PLACEMENT_TYPES,
    Candidate,
    Entity,
    Opportunity,
    Placement,
    Worker,
)
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import listings, records, requests, workers
from pacte_desktop.services.records import WriteUnit
from pacte_desktop.ui import icons
from pacte_desktop.ui.check_due import CheckDueDelegate
from pacte_desktop.ui.combos import FilterCombo, refill
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.empty_state import EmptyState
from pacte_desktop.ui.flow_layout import FlowLayout
from pacte_desktop.ui.labels import choice_label, field_label
from pacte_desktop.ui.record_dialog import BANNER_STYLE, RecordDialog, open_record
from pacte_desktop.ui.table_model import IdTableModel, fit_columns
from pacte_desktop.ui.view import View

SEARCH_DELAY_MS = 200


class RecordsView(View):
    """A filtered, sortable list of one table with New, Open and Archive.

    Subclasses set ``table``, ``entity`` and ``watched`` (other tables whose changes show in
    the list: names of employers, workers…), give the column headers, build their filters in
    :meth:`build_filters` and return them in :meth:`filters`.
    """

    table: ClassVar[str] = ""
    entity: ClassVar[type[Entity]] = Entity
    watched: ClassVar[frozenset[str]] = frozenset({"employer", "*"})
    default_sort: ClassVar[tuple[int, Qt.SortOrder]] = (0, Qt.SortOrder.AscendingOrder)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._text = ""
        self._select_after_load: str | None = None
        self._dialogs: dict[str, RecordDialog] = {}
        self._opening: set[str] = set()  # records asked for, whose dialog is not open yet
        self.dialog: RecordDialog | None = None  # the latest opened (the tests reach it here)
        self._filter_labels: dict[str, tuple[QLabel, QComboBox]] = {}
        self.model = IdTableModel(context, self.table, self.headers)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_listing)

        self.banner = QLabel()
        self.banner.setObjectName("privacy_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()

        # Filters and buttons wrap onto a second row when the window is narrow: the view's
        # minimum width is its widest item's, so the sidebar keeps its width at 150 %.
        self.filter_bar = FlowLayout()
        self.build_filters(self.filter_bar)
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_button")
        self.new_button.clicked.connect(self.new_record)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_button")
        self.open_button.clicked.connect(self.open_selected)
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archive_button")
        self.archive_button.clicked.connect(self.archive_selected)
        buttons = QWidget()
        buttons.setObjectName("record_buttons")
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for button, meaning in (
            (self.new_button, "new"),
            (self.open_button, "open"),
            (self.archive_button, "archive"),
        ):
            button.setIcon(icons.icon(meaning))  # as the directory's toolbar (ui/icons.py)
            row.addWidget(button)
        self.filter_bar.addWidget(buttons)

        self.table_view = QTableView()
        self.table_view.setObjectName("records_table")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.verticalHeader().hide()
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.horizontalHeader().setSectionsMovable(True)
        # activated: double-click and Enter both open the record.
        self.table_view.activated.connect(self._open_index)
        self.table_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.act_open = QAction(self)
        self.act_open.triggered.connect(self.open_selected)
        self.act_archive = QAction(self)
        self.act_archive.setShortcut(QKeySequence.StandardKey.Delete)
        self.act_archive.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_archive.triggered.connect(self.archive_selected)
        self.act_open.setIcon(icons.icon("open"))
        self.act_archive.setIcon(icons.icon("archive"))
        self.table_view.addActions([self.act_open, self.act_archive])
        self.table_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        # No record at all (not a search or a filter that matches nothing): what to do next.
        self.empty = EmptyState(f"{self.key}_empty")
        self.empty_new = self.empty.button("empty_new")
        self.empty_new.setIcon(icons.icon("new"))
        self.empty_new.clicked.connect(self.new_record)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.empty, 1)

        self.model.loaded.connect(self._loaded)
        context.changed.connect(self._on_changed)

        self.retranslate()
        self._update_buttons()
        column, order = self.default_sort
        self.model.listing = listings.Listing(
            sort=self.model.keys[column],
            descending=order == Qt.SortOrder.DescendingOrder,
            filters=self.filters(),
        )
        self.table_view.horizontalHeader().setSortIndicator(column, order)
        # Turning sorting on asks the model to sort, which loads the first id list.
        self.table_view.setSortingEnabled(True)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        """Translate in the context of the subclass, then of the classes it derives from.

        pyside6-lupdate files a string under the class whose code calls ``self.tr``, but
        PySide looks it up under the instance's class: without this walk, the strings written
        here in RecordsView would never be translated in OpportunitiesView and its siblings.
        """
        for klass in type(self).__mro__:
            if klass is RecordsView.__mro__[1]:
                break
            found = QCoreApplication.translate(klass.__name__, text, disambiguation, n)
            if found and found != text:
                return found
        return text

    # -- for subclasses --------------------------------------------------------------------
    def headers(self) -> dict[str, str]:
        return {key: field_label(key) for key in self.model.keys}

    def build_filters(self, bar: FlowLayout) -> None:
        """Add the view's filter widgets to ``bar``."""

    def filters(self) -> dict[str, Any]:
        return {}

    def retranslate_filters(self) -> None:
        """Relabel the filter widgets."""

    def archived_message(self, count: int) -> str:
        return self.tr("%n enregistrement(s) archivé(s)", "", count)

    def empty_texts(self) -> tuple[str, str]:
        """What the empty list says, and its button's words (which create a record)."""
        return "", self.tr("Nouveau…")

    @staticmethod
    def _labelled(bar: FlowLayout, label: QLabel, combo: QComboBox) -> None:
        """A filter's name and menu side by side, never split over two rows of the bar."""
        pair = QWidget()
        pair.setObjectName(f"{combo.objectName()}_pair")
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(combo)
        bar.addWidget(pair)

    def _choice_filter(self, bar: FlowLayout, name: str, choices: Sequence[str]) -> QComboBox:
        """A combo box "all / each choice" for an equality filter of the listing."""
        label = QLabel()
        # As wide as what it shows, not as its longest choice: the window must fit a 1366×768
        # laptop at 150 %; the menu grows with the window.
        combo = FilterCombo()
        combo.setObjectName(f"filter_{name}")
        combo.setMinimumContentsLength(6)
        combo.setMaximumWidth(260)
        combo.addItem("", None)
        for value in choices:
            combo.addItem(choice_label(value), value)
        label.setBuddy(combo)
        combo.currentIndexChanged.connect(self._filters_changed)
        self._labelled(bar, label, combo)
        self._filter_labels[name] = (label, combo)
        return combo

    def _relabel_choice_filters(self) -> None:
        for name, (label, combo) in self._filter_labels.items():
            label.setText(field_label(name) + " :")
            combo.setAccessibleName(field_label(name))
            combo.setItemText(0, self.tr("Tous"))
            for i in range(1, combo.count()):
                combo.setItemText(i, choice_label(str(combo.itemData(i))))

    # -- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_button.setText(self.tr("Nouveau…"))
        self.new_button.setToolTip(self.tr("Nouveau (Ctrl+N)"))
        self.open_button.setText(self.tr("Ouvrir"))
        self.archive_button.setText(self.tr("Archiver"))
        self.archive_button.setToolTip(self.tr("Archiver (Suppr) ; peut être annulé"))
        self.act_open.setText(self.tr("Ouvrir"))
        self.act_archive.setText(self.tr("Archiver"))
        self.table_view.setAccessibleName(self.title())
        self._relabel_choice_filters()
        self.retranslate_filters()
        self.empty.text.setText(self.empty_texts()[0])
        self.empty_new.setText(self.empty_texts()[1])
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(self.model.columnCount() - 1, 0)
        )
        self.model.invalidate_rows()  # employers are named in the interface's language

    # -- listing ---------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self._text = text
        self._search_timer.start()  # typing restarts the wait: one query once typing pauses

    def apply_listing(self) -> None:
        self._search_timer.stop()
        self._remember_selection()
        self.model.set_listing(
            replace(self.model.listing, text=self._text.strip(), filters=self.filters())
        )

    def _filters_changed(self, *_args: object) -> None:
        self.apply_listing()

    def _on_changed(self, what: str, _initiator: object) -> None:
        if what == self.table or what in self.watched:
            self._remember_selection()
            self.model.reload()

    def _remember_selection(self) -> None:
        if self._select_after_load is None:
            self._select_after_load = self.current_id()

    def _loaded(self, count: int) -> None:
        self.count_changed.emit(count)
        if count and not getattr(self, "_columns_fitted", False):
            self._columns_fitted = True  # once; then the user's widths are kept
            fit_columns(self.table_view)
        wanted, self._select_after_load = self._select_after_load, None
        row = self.model.row_of(wanted) if wanted else -1
        if row >= 0:
            self.table_view.selectRow(row)
        self._update_buttons()
        # Nothing at all, nothing searched nor filtered: the sentence and its button.
        listing = self.model.listing
        empty = count == 0 and not listing.text.strip() and not listing.filters
        self.empty.setVisible(empty)
        self.table_view.setVisible(not empty)

    # -- selection and actions -------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table_view.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def current_id(self) -> str | None:
        ids = self.selected_ids()
        return ids[0] if ids else None

    def _update_buttons(self) -> None:
        has = bool(self.table_view.selectionModel().hasSelection())
        self.open_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        self.act_open.setEnabled(has)
        self.act_archive.setEnabled(has)

    def new_record(self) -> None:
        self.open(None)

    def open_selected(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.open(record_id)

    def _open_index(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row())
        if record_id:
            self.open(record_id)

    def open(self, record_id: str | None, preset: Mapping[str, Any] | None = None) -> None:
        """Open a record (or a new one) in its dialog; an already open record comes forward.

        The dialog opens once its record is read (:func:`open_record`); asking again for a
        record on its way does not open it twice.
        """
        existing = self._dialogs.get(record_id or "")
        if existing is not None and isValid(existing) and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return
        if record_id:
            if record_id in self._opening:
                return
            self._opening.add(record_id)

        def opened(dialog: RecordDialog) -> None:
            self._opening.discard(record_id or "")
            if not isValid(self):
                return
            self.dialog = dialog
            if record_id:
                self._dialogs[record_id] = dialog
                dialog.destroyed.connect(lambda _o=None, r=record_id: self._dialogs.pop(r, None))
            dialog.saved.connect(self._saved)

        def failed(_exc: BaseException) -> None:
            self._opening.discard(record_id or "")  # said in a message box; may be asked again

        open_record(
            self.context,
            self.table,
            record_id,
            self,
            preset=preset,
            on_open=opened,
            on_error=failed,
        )

    def _saved(self, entity: Entity) -> None:
        # The list reloads from context.changed; select the saved record when it arrives.
        self._select_after_load = entity.id
        row = self.model.row_of(entity.id)
        if row >= 0 and not self.model.loading:
            self.table_view.selectRow(row)

    def archive_selected(self) -> None:
        """Archive the selected records (never delete); the status bar offers to undo."""
        ids = self.selected_ids()
        if not ids:
            return
        cls = self.entity

        def archive(uow: WriteUnit) -> None:
            for record_id in ids:
                records.archive(uow, cls, record_id)

        def restore(uow: WriteUnit) -> None:
            for record_id in ids:
                records.restore(uow, cls, record_id)

        def undo() -> None:
            self._select_after_load = ids[0]
            self.context.write(self.table, restore, on_error=self._report_error)

        self.context.write(
            self.table,
            archive,
            initiator=self,
            on_done=lambda _r: self.context.offer_undo(self.archived_message(len(ids)), undo),
            on_error=self._report_error,
        )

    def _report_error(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        text = exc.message() if isinstance(exc, PacteError) else str(exc)
        QMessageBox.warning(self, self.title(), text)

    # -- state -----------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/header", self.table_view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(f"{self.key}/header")
        if isinstance(state, QByteArray | bytes) and state:
            self.table_view.horizontalHeader().restoreState(QByteArray(state))
            self._columns_fitted = True


class OpportunitiesView(RecordsView):
    """Job and internship offers, and employers' requests for profiles."""

    key = "opportunities"
    table = "opportunity"
    entity = Opportunity
    watched = frozenset({"employer", "worker", "*"})

    def title(self) -> str:
        return self.tr("Offres et demandes")

    def headers(self) -> dict[str, str]:
        found = super().headers()
        found["shared"] = self.tr("Partagée")
        return found

    def build_filters(self, bar: FlowLayout) -> None:
        self.kind_filter = self._choice_filter(bar, "kind", OPPORTUNITY_KINDS)
        self.status_filter = self._choice_filter(bar, "status", OPPORTUNITY_STATUSES)
        self.requests_only = QCheckBox()
        self.requests_only.setObjectName("filter_requests")
        self.requests_only.toggled.connect(self._filters_changed)
        bar.addWidget(self.requests_only)
        self.relay_button = QPushButton()
        self.relay_button.setObjectName("relay_button")
        self.relay_button.setEnabled(False)
        self.relay_button.clicked.connect(self.relay_selected)
        bar.addWidget(self.relay_button)

    def retranslate_filters(self) -> None:
        self.requests_only.setText(self.tr("Demandes de profils seulement"))
        self.relay_button.setText(self.tr("Relayer au réseau"))
        self.relay_button.setToolTip(
            self.tr(
                "Relayer la demande de profils choisie aux partenaires du réseau : ils la "
                "verront et diront combien de candidats ils peuvent proposer"
            )
        )

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.relay_button.setEnabled(len(self.selected_ids()) == 1)

    def relay_selected(self) -> None:
        """Relay the selected employer request to the network (services/requests.py); the
        status bar says it leaves at the next sync and offers to undo (unshare it)."""
        record_id = self.current_id()
        if record_id is None:
            return

        def relay(uow: WriteUnit) -> tuple[Opportunity, bool]:
            before = uow.repo.get(Opportunity, record_id)
            return requests.relay(uow, record_id), bool(before and before.shared)

        def unshare(uow: WriteUnit) -> None:
            records.edit(uow, Opportunity, record_id, {"shared": False})

        def done(result: tuple[Opportunity, bool]) -> None:
            found, already = result
            text = self.tr(
                "« %1 » relayée au réseau : elle part à la prochaine synchronisation."
            ).replace("%1", found.title)
            if already or not isValid(self):
                self.message.emit(text)
                return
            self.context.offer_undo(
                text,
                lambda: self.context.write(self.table, unshare, on_error=self._report_error),
            )

        self.context.write(
            self.table, relay, initiator=self, on_done=done, on_error=self._report_error
        )

    def filters(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "kind": self.kind_filter.currentData(),
            "status": self.status_filter.currentData(),
        }
        if self.requests_only.isChecked():
            found["requests"] = True
        return {k: v for k, v in found.items() if v not in (None, "")}

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr(
                "Aucune offre ni demande pour l'instant. Notez la première offre d'emploi ou de "
                "stage d'un employeur, ou sa demande de profils : vous la retrouverez ici, et "
                "vous pourrez la partager avec vos partenaires."
            ),
            self.tr("&Nouvelle offre…"),
        )

    def archived_message(self, count: int) -> str:
        if count == 1:
            return self.tr("Offre archivée")
        return self.tr("%1 offres archivées").replace("%1", str(count))


class CandidatesView(RecordsView):
    """The people the organisation supports, under pseudonymous codes; never shared."""

    key = "candidates"
    table = "candidate"
    entity = Candidate
    watched = frozenset({"employer", "worker", "*"})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.banner.show()
        self.review: QWidget | None = None

    def review_expired(self) -> None:
        from pacte_desktop.ui.candidates_expired import ExpiredCandidatesDialog

        self.review = ExpiredCandidatesDialog(self.context, self)
        self.review.show()

    def title(self) -> str:
        return self.tr("Candidats")

    def headers(self) -> dict[str, str]:
        found = super().headers()
        found["saint_gilles_resident"] = self.tr("Saint-Gillois")
        return found

    def build_filters(self, bar: FlowLayout) -> None:
        self.worker_label = QLabel()
        self.worker_filter = FilterCombo()
        self.worker_filter.setObjectName("filter_worker_id")
        self.worker_filter.addItem(self.tr("Tous"), None)
        self._workers_generation = 0
        self.worker_label.setBuddy(self.worker_filter)
        self._fill_workers()
        self.worker_filter.currentIndexChanged.connect(self._filters_changed)
        self._labelled(bar, self.worker_label, self.worker_filter)
        # Candidates past their retention: the review screen (ui/candidates_expired.py).
        self.review_button = QPushButton(icons.icon("retention"), "")
        self.review_button.setObjectName("review_button")
        self.review_button.clicked.connect(self.review_expired)
        bar.addWidget(self.review_button)

    def _fill_workers(self) -> None:
        """Ask for the active workers the filter offers (off the GUI thread)."""
        self._workers_generation += 1
        generation = self._workers_generation
        self.context.fetch(
            workers.active, on_done=lambda found: self._workers_arrived(generation, found)
        )

    def _workers_arrived(self, generation: int, found: list[Worker]) -> None:
        if not isValid(self) or generation != self._workers_generation:
            return
        if refill(self.worker_filter, [(w.id, w.name) for w in found]) is not None:
            # The chosen worker is no longer active: the list shows everyone's again.
            self.apply_listing()

    def _on_changed(self, what: str, initiator: object) -> None:
        if what in ("worker", "*"):
            self._fill_workers()
        super()._on_changed(what, initiator)

    def retranslate_filters(self) -> None:
        self.banner.setText(self.tr("Données privées de l'organisation : jamais partagées"))
        self.worker_label.setText(field_label("worker") + " :")
        self.worker_filter.setAccessibleName(field_label("worker"))
        self.worker_filter.setItemText(0, self.tr("Tous"))
        self.review_button.setText(self.tr("Conservation dépassée…"))
        self.review_button.setToolTip(
            self.tr("Candidats au-delà de leur durée de conservation : revoir, anonymiser")
        )

    def filters(self) -> dict[str, Any]:
        worker = self.worker_filter.currentData()
        return {"worker_id": worker} if worker else {}

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr(
                "Aucun candidat pour l'instant. Ajoutez les personnes que vous accompagnez, "
                "sous un code : leurs données restent dans votre organisation."
            ),
            self.tr("&Nouveau candidat…"),
        )

    def archived_message(self, count: int) -> str:
        if count == 1:
            return self.tr("Candidat archivé")
        return self.tr("%1 candidats archivés").replace("%1", str(count))


class PlacementsView(RecordsView):
    """Candidates placed with employers, with the checks at 3 and 6 months."""

    key = "placements"
    table = "placement"
    entity = Placement
    watched = frozenset({"employer", "candidate", "*"})
    default_sort = (3, Qt.SortOrder.DescendingOrder)  # the latest placements first

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        keys = self.model.keys
        self.checks = CheckDueDelegate(
            {keys.index("check_3m"): 3, keys.index("check_6m"): 6},
            keys.index("start_date"),
            self.table_view,
        )
        for column in self.checks.months:
            self.table_view.setItemDelegateForColumn(column, self.checks)

    def title(self) -> str:
        return self.tr("Mises à l'emploi")

    def headers(self) -> dict[str, str]:
        found = super().headers()
        found["candidate"] = field_label("candidate_code")
        found["placement_type"] = field_label("kind")
        found["start_date"] = self.tr("Début")
        found["end_date"] = self.tr("Fin")
        return found

    def build_filters(self, bar: FlowLayout) -> None:
        self.type_filter = self._choice_filter(bar, "placement_type", PLACEMENT_TYPES)
        self.outcome_filter = self._choice_filter(bar, "outcome", PLACEMENT_OUTCOMES)

    def filters(self) -> dict[str, Any]:
        found = {
            "placement_type": self.type_filter.currentData(),
            "outcome": self.outcome_filter.currentData(),
        }
        return {k: v for k, v in found.items() if v}

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr(
                "Aucune mise à l'emploi pour l'instant. Notez la première quand un candidat "
                "commence chez un employeur : les suivis à 3 et 6 mois vous seront rappelés."
            ),
            self.tr("&Nouvelle mise à l'emploi…"),
        )

    def archived_message(self, count: int) -> str:
        if count == 1:
            return self.tr("Mise à l'emploi archivée")
        return self.tr("%1 mises à l'emploi archivées").replace("%1", str(count))


__all__ = ["CandidatesView", "OpportunitiesView", "PlacementsView", "RecordsView"]
