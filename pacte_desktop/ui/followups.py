"""« À relancer »: the open follow-ups, by period and by worker, with done / postpone / reassign.

The list comes from :func:`services.followups.due`, queried off the GUI thread (on a store of
100,000 employers "all open follow-ups of the organisation" is not small). Once it has arrived it
is a plain Python list, so the search field and column sorting work on it directly: a worker's
list of follow-ups is short enough that a round trip to SQL would cost more than it saves.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.entities import FollowUp, Worker
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import followups, records, workers
from pacte_desktop.services.followups import DueFollowUp
from pacte_desktop.services.records import WriteUnit
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.employer_record import open_employer
from pacte_desktop.ui.followups_empty import FollowUpsEmpty
from pacte_desktop.ui.labels import format_date
from pacte_desktop.ui.table_model import ID_ROLE
from pacte_desktop.ui.view import View
from pacte_desktop.ui.worker_choice import WorkerChoiceDialog

Index = QModelIndex | QPersistentModelIndex

SCOPES = ("overdue", "today", "week", "all")
# Writes to these tables can change which follow-ups are open, whose they are, or their names.
CONCERNS = frozenset({"follow_up", "interaction", "employer", "worker", "*"})
POSTPONE_DAYS = 7
TITLE_BAR_BUTTONS = 160  # px a window manager's title bar keeps for its icon and buttons
OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#8a1c14")

COL_DUE, COL_EMPLOYER, COL_WORKER, COL_ACTION = range(4)
COLUMNS = 4


def scope_limit(scope: str, today: dt.date) -> dt.date | None:
    """The last due date a scope shows (``None``: no limit).

    Scopes are cumulative: what is overdue is still to do today and this week, so "Aujourd'hui"
    and "Cette semaine" include overdue follow-ups (highlighted), and the badge counts exactly
    what "Aujourd'hui" + "Pour moi" shows.
    """
    if scope == "overdue":
        return today - dt.timedelta(days=1)
    if scope == "today":
        return today
    if scope == "week":
        return today + dt.timedelta(days=6 - today.weekday())  # up to and including Sunday
    if scope == "all":
        return None
    raise ValueError(f"unknown scope {scope!r}")


def fold(text: str) -> str:
    """Lower case without accents, so « eleve » finds « Élève »."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(row: DueFollowUp, text: str) -> bool:
    """Whether every word of ``text`` occurs in the employer's name or the action."""
    haystack = fold(f"{row.employer_name} {row.action or ''}")
    return all(word in haystack for word in fold(text).split())


class FollowUpTableModel(QAbstractTableModel):
    """A list of :class:`DueFollowUp` as a table: due date, employer, worker, action.

    Overdue rows are highlighted (background, foreground and a tool tip, so the information does
    not rest on colour alone). ``ID_ROLE`` gives the follow-up's id.
    """

    def __init__(self, headers: Callable[[], Sequence[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers  # called again on language change
        self._rows: list[DueFollowUp] = []
        self._sort_column = COL_DUE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.overdue_text = ""  # set by the view's retranslate (a model has no visible text)

    # -- content -----------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[DueFollowUp]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=self._key, reverse=self._descending)
        self.endResetModel()

    def rows(self) -> list[DueFollowUp]:
        return list(self._rows)

    def row_at(self, row: int) -> DueFollowUp | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, follow_up_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == follow_up_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))

    # -- sorting (in Python: the list is already in memory, see the module docstring) ----------
    @property
    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _key(self, row: DueFollowUp) -> tuple[Any, ...]:
        primary: Any
        if self._sort_column == COL_EMPLOYER:
            primary = fold(row.employer_name)
        elif self._sort_column == COL_WORKER:
            primary = fold(row.worker_name)
        elif self._sort_column == COL_ACTION:
            primary = fold(row.action or "")
        else:
            primary = row.due_date
        return (primary, row.due_date, fold(row.employer_name), row.id)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMNS:
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id if i.isValid() else None for i in before]
        self._rows.sort(key=self._key, reverse=self._descending)
        position = {r.id: n for n, r in enumerate(self._rows)}
        after = [
            self.index(position[i], old.column()) if i is not None else QModelIndex()
            for i, old in zip(ids, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- the model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DUE:
                return format_date(row.due_date)
            if column == COL_EMPLOYER:
                return row.employer_name
            if column == COL_WORKER:
                return row.worker_name
            if column == COL_ACTION:
                # One line in the table; the tool tip has the whole text.
                return (row.action or "").splitlines()[0] if row.action else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_ACTION:
                return row.action or ""
            if column == COL_DUE and row.overdue:
                return self.overdue_text
            return None
        if row.overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if row.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_FOREGROUND)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PostponeDialog(QDialog):
    """Choose the new due date (default: a week from today)."""

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        today = today or dt.date.today()
        later = today + dt.timedelta(days=POSTPONE_DAYS)
        self.date_edit = QDateEdit(QDate(later.year, later.month, later.day))
        self.date_edit.setObjectName("postpone_date")
        self.date_edit.setCalendarPopup(True)
        # Postponing into the past would only make the follow-up overdue again.
        self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.label = QLabel()
        self.label.setBuddy(self.date_edit)
        form = QFormLayout()
        form.addRow(self.label, self.date_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reporter la relance"))
        self.label.setText(self.tr("Nouvelle date :"))
        self.date_edit.setAccessibleName(self.tr("Nouvelle date"))
        # As narrow as its form, the dialog cut its title ("Report... elance"): the title sets it.
        title_width = QFontMetrics(self.font()).horizontalAdvance(self.windowTitle())
        self.setMinimumWidth(title_width + TITLE_BAR_BUTTONS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_date(self) -> dt.date:
        value = self.date_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def set_date(self, day: dt.date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))


class FollowUpsView(View):
    """The « À relancer » page: open follow-ups for a period, mine or the organisation's.

    The sidebar badge (``count_changed``) is the number of follow-ups of the current worker
    due today or overdue, whatever the page shows.
    """

    key = "followups"
    loaded = Signal(int)  # the number of rows shown, after each reload or search
    show_view_requested = Signal(str)  # the empty list's « Noter une démarche »: the directory

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._all: list[DueFollowUp] = []
        self._search = ""
        self._generation = 0
        self._count_generation = 0
        self._reassign_generation = 0
        self.loading = False
        self.badge = -1
        self._loaded_on: dt.date | None = None  # the day the scopes were computed for
        # The dialog in progress, if any (tests and the main window can reach it).
        self.postpone_dialog: PostponeDialog | None = None
        self.reassign_dialog: WorkerChoiceDialog | None = None

        self.scope_label = QLabel()
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("scope_combo")
        for scope in SCOPES:
            self.scope_combo.addItem("", scope)
        self.scope_combo.setCurrentIndex(SCOPES.index("today"))
        self.scope_label.setBuddy(self.scope_combo)
        self.mine_radio = QRadioButton()
        self.mine_radio.setObjectName("mine_radio")
        self.all_radio = QRadioButton()
        self.all_radio.setObjectName("all_radio")
        self.mine_radio.setChecked(context.worker_id is not None)
        self.all_radio.setChecked(context.worker_id is None)
        self.whose = QButtonGroup(self)
        self.whose.addButton(self.mine_radio)
        self.whose.addButton(self.all_radio)

        self.done_button = QPushButton()
        self.done_button.setObjectName("done_button")
        self.postpone_button = QPushButton()
        self.postpone_button.setObjectName("postpone_button")
        self.reassign_button = QPushButton()
        self.reassign_button.setObjectName("reassign_button")

        self.model = FollowUpTableModel(self._headers, self)
        self.table = QTableView()
        self.table.setObjectName("followups_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)  # the overdue highlight must stay readable
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_DUE, 110)
        header.resizeSection(COL_EMPLOYER, 260)
        header.resizeSection(COL_WORKER, 170)
        # An empty list says why and what to do next (ui/followups_empty.py).
        self.empty = FollowUpsEmpty()
        self.empty_label, self.show_all_button = self.empty.label, self.empty.show_all_button

        top = QHBoxLayout()
        top.addWidget(self.scope_label)
        top.addWidget(self.scope_combo)
        top.addSpacing(16)
        top.addWidget(self.mine_radio)
        top.addWidget(self.all_radio)
        top.addStretch(1)
        # The actions get their own row so the page stays narrow (the window must fit 1366 px
        # with the sidebar, and other views beside it set the window's minimum width too).
        actions = QHBoxLayout()
        actions.addWidget(self.done_button)
        actions.addWidget(self.postpone_button)
        actions.addWidget(self.reassign_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        self.setTabOrder(self.scope_combo, self.mine_radio)
        self.setTabOrder(self.mine_radio, self.all_radio)
        self.setTabOrder(self.all_radio, self.table)
        self.setTabOrder(self.table, self.done_button)
        self.setTabOrder(self.done_button, self.postpone_button)
        self.setTabOrder(self.postpone_button, self.reassign_button)

        self.scope_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.mine_radio.toggled.connect(lambda _on: self.reload())
        self.done_button.clicked.connect(self.mark_done)
        self.postpone_button.clicked.connect(self.postpone)
        self.reassign_button.clicked.connect(self.reassign)
        self.empty.show_all.connect(self.show_all)
        self.empty.log_requested.connect(self.log_from_directory)
        # activated: double-click, and Enter on the current row
        self.table.activated.connect(self._open_employer)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        context.changed.connect(self._on_changed)
        context.worker_changed.connect(self._on_worker_changed)

        self.retranslate()
        self._update_actions()
        self.reload()
        self.reload_count()

    # -- text --------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("À relancer")

    def _headers(self) -> list[str]:
        return [
            self.tr("Échéance"),
            self.tr("Employeur"),
            self.tr("Travailleur"),
            self.tr("Action"),
        ]

    def retranslate(self) -> None:
        texts = {
            "overdue": self.tr("En retard"),
            "today": self.tr("Aujourd'hui"),
            "week": self.tr("Cette semaine"),
            "all": self.tr("Toutes"),
        }
        for n, scope in enumerate(SCOPES):
            self.scope_combo.setItemText(n, texts[scope])
        self.scope_label.setText(self.tr("&Période :"))
        self.mine_radio.setText(self.tr("Pour &moi"))
        self.all_radio.setText(self.tr("Toute l'&organisation"))
        self.done_button.setText(self.tr("Fai&t"))  # Alt+F is the File menu
        self.done_button.setToolTip(self.tr("Marquer les relances choisies comme faites"))
        self.postpone_button.setText(self.tr("&Reporter…"))
        self.reassign_button.setText(self.tr("Réa&ssigner…"))
        self.empty.retranslate()
        self.table.setAccessibleName(self.tr("Relances ouvertes"))
        self.model.overdue_text = self.tr("En retard")
        self.model.retranslate()
        self._update_empty()

    # -- loading -----------------------------------------------------------------------------
    @property
    def scope(self) -> str:
        return str(self.scope_combo.currentData())

    def set_scope(self, scope: str) -> None:
        self.scope_combo.setCurrentIndex(SCOPES.index(scope))

    @property
    def mine(self) -> bool:
        return self.mine_radio.isChecked()

    def set_mine(self, mine: bool) -> None:
        (self.mine_radio if mine else self.all_radio).setChecked(True)

    def today(self) -> dt.date:
        """The day that decides what is overdue, due today or this week: the local date."""
        return dt.date.today()

    def reload(self) -> None:
        """Query the follow-ups again in the background; the old rows stay until it answers."""
        self._generation += 1
        generation = self._generation
        today = self.today()
        self._loaded_on = today
        before = scope_limit(self.scope, today)
        worker_id = self.context.worker_id if self.mine else None
        if self.mine and worker_id is None:
            # No current worker yet: "mine" is nobody's, not everybody's.
            self._arrive(generation, [])
            return
        self.loading = True
        self.context.fetch(
            partial(followups.due, before=before, worker_id=worker_id, today=today),
            on_done=lambda rows: self._arrive(generation, rows),
            on_error=lambda exc: self._load_failed(generation, exc),
        )

    def _arrive(self, generation: int, rows: list[DueFollowUp]) -> None:
        if generation != self._generation:
            return  # the answer to a query since replaced (scope changed meanwhile)
        self.loading = False
        self._all = rows
        self._show()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.message.emit(str(exc))

    def _show(self) -> None:
        """Put the rows matching the search in the table, keeping the selection."""
        selected = set(self.selected_ids())
        rows = [r for r in self._all if matches(r, self._search)] if self._search else self._all
        self.model.set_rows(rows)
        selection = self.table.selectionModel()
        for n, row in enumerate(self.model.rows()):
            if row.id in selected:
                selection.select(
                    self.model.index(n, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self._update_empty()
        self._update_actions()
        self.loaded.emit(self.model.rowCount())

    def _update_empty(self) -> None:
        empty = not self.loading and self.model.rowCount() == 0
        self.empty.update_for(
            empty=empty, searching=bool(self._search), every_period=self.scope == "all"
        )

    def log_from_directory(self) -> None:
        """« Noter une démarche » of the empty list: the directory, to choose the employer."""
        self.show_view_requested.emit("employers")
        self.message.emit(self.tr("Choisissez l'employeur, puis Noter une démarche (Ctrl+L)."))

    def show_all(self) -> None:
        """Every open follow-up, whatever its due date (the empty period's way out)."""
        self.set_scope("all")

    def reload_count(self) -> None:
        """Recompute the badge: the current worker's follow-ups due today or overdue."""
        self._count_generation += 1
        generation = self._count_generation
        worker_id = self.context.worker_id
        if worker_id is None:
            self._count_arrived(generation, -1)
            return
        today = self.today()
        self.context.fetch(
            partial(followups.due, before=today, worker_id=worker_id, today=today),
            on_done=lambda rows: self._count_arrived(generation, len(rows)),
        )

    def _count_arrived(self, generation: int, count: int) -> None:
        if generation == self._count_generation:
            self.badge = count
            self.count_changed.emit(count)

    def _on_changed(self, what: str, _initiator: object) -> None:
        if what in CONCERNS:
            self.reload()
            self.reload_count()

    def _on_worker_changed(self, _worker_id: str) -> None:
        if self.mine:
            self.reload()
        self.reload_count()

    def showEvent(self, event: QShowEvent) -> None:
        # The application may stay open overnight: "today" and "overdue" must move with the date.
        if self._loaded_on is not None and self._loaded_on != self.today():
            self.reload()
            self.reload_count()
        super().showEvent(event)

    # -- search and state --------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self._show()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/scope", self.scope)
        settings.setValue(f"{self.key}/mine", self.mine)
        settings.setValue(f"{self.key}/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        scope = settings.value(f"{self.key}/scope")
        if scope in SCOPES:
            self.set_scope(str(scope))
        mine = settings.value(f"{self.key}/mine")
        if mine is not None:
            self.set_mine(str(mine).lower() in ("true", "1"))
        header = settings.value(f"{self.key}/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    # -- selection ---------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [r.id for n in rows if (r := self.model.row_at(n)) is not None]

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select the rows of these follow-ups (the others are deselected)."""
        wanted = set(ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        for n, row in enumerate(self.model.rows()):
            if row.id in wanted:
                selection.select(
                    self.model.index(n, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _update_actions(self) -> None:
        some = bool(self.table.selectionModel().selectedRows())
        for button in (self.done_button, self.postpone_button, self.reassign_button):
            button.setEnabled(some)

    # -- actions -----------------------------------------------------------------------------
    def _write(
        self, action: Callable[[WriteUnit], Any], done_text: str, on_done: Callable[[], None]
    ) -> None:
        def finished(_result: Any) -> None:
            self.message.emit(done_text)
            on_done()

        self.context.write(
            "follow_up", action, initiator=self, on_done=finished, on_error=self._show_error
        )

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, PacteError):
            QMessageBox.warning(self, self.tr("Relances"), exc.message())
        else:
            QMessageBox.critical(self, self.tr("Relances"), str(exc))

    def mark_done(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        done_on = self.today()  # the same day as the one the scopes are computed from

        def complete(uow: WriteUnit) -> None:
            for follow_up_id in ids:
                followups.complete(uow, follow_up_id, on=done_on)

        def reopen(uow: WriteUnit) -> None:
            for follow_up_id in ids:
                records.edit(uow, FollowUp, follow_up_id, {"status": "open", "done_on": None})

        def offer() -> None:
            text = self.tr("%n relance(s) marquée(s) comme faite(s)", "", len(ids))
            self.context.offer_undo(
                text, lambda: self.context.write("follow_up", reopen, on_error=self._show_error)
            )

        self._write(
            complete, self.tr("%n relance(s) marquée(s) comme faite(s)", "", len(ids)), offer
        )

    def postpone(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = PostponeDialog(self, self.today())
        self.postpone_dialog = dialog

        def chosen() -> None:
            to = dialog.chosen_date()

            def move(uow: WriteUnit) -> None:
                for follow_up_id in ids:
                    followups.postpone(uow, follow_up_id, to)

            self._write(
                move,
                self.tr("%n relance(s) reportée(s) au %1", "", len(ids)).replace(
                    "%1", format_date(to)
                ),
                lambda: None,
            )

        dialog.accepted.connect(chosen)
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()  # window-modal, without a nested event loop

    def reassign(self) -> None:
        """Choose the worker the selected follow-ups go to (the active workers are read
        first, off the GUI thread; the dialog opens when they are there)."""
        ids = self.selected_ids()
        if not ids:
            return
        self._reassign_generation += 1
        generation = self._reassign_generation
        self.context.fetch(
            workers.active,
            on_done=lambda found: self._choose_worker(generation, ids, found),
            on_error=self._show_error,
        )

    def _choose_worker(self, generation: int, ids: list[str], choices: list[Worker]) -> None:
        if not isValid(self) or generation != self._reassign_generation:
            return  # the view is gone, or the button was pressed again meanwhile
        dialog = WorkerChoiceDialog(choices, self)
        self.reassign_dialog = dialog

        def chosen() -> None:
            worker_id = dialog.chosen_id()
            if worker_id is None:
                return

            def move(uow: WriteUnit) -> None:
                for follow_up_id in ids:
                    followups.reassign(uow, follow_up_id, worker_id)

            self._write(move, self.tr("%n relance(s) réassignée(s)", "", len(ids)), lambda: None)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.postpone_dialog is dialog:
            self.postpone_dialog = None
        if self.reassign_dialog is dialog:
            self.reassign_dialog = None
        dialog.deleteLater()

    def _open_employer(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_employer(row.employer_id)

    def open_employer(self, employer_id: str) -> None:
        """Open the employer's record (once its fiche is read)."""
        open_employer(self.context, employer_id, self)
