"""The handover dialog: a leaving worker's portfolio goes to colleagues, in one transaction.

The coordinator chooses who leaves, sees everything that person holds (employers, open
follow-ups, candidates, opportunities), ticks one or several recipients and, where it matters,
gives an item to a specific recipient; everything else is shared out by
:func:`services.workers.handover`. Nothing is deleted; the worker is marked as left.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.entities import Worker
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.services import workers
from pacte_desktop.services.records import WriteUnit
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.forms import ERROR_STYLE
from pacte_desktop.ui.labels import format_date

KINDS = ("employers", "follow_ups", "candidates", "opportunities")
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole
ASSIGNED_ROLE = Qt.ItemDataRole.UserRole + 1
COL_ITEM, COL_ASSIGNED = 0, 1
# Up to this many items, each row shows its combo box at once; beyond, it opens on
# double-click or F2 (thousands of live combo boxes would make the dialog crawl).
PERSISTENT_EDITORS_MAX = 150

Index = QModelIndex | QPersistentModelIndex


def editor_height() -> int:
    """The height a combo box asks for in the current style and font."""
    probe = QComboBox()
    probe.addItem("Ag")
    return probe.sizeHint().height()


class AssignmentDelegate(QStyledItemDelegate):
    """The « Attribué à » cell: a combo box of « répartition automatique » and the recipients.

    Each item's row is as tall as a combo box (``sizeHint``) and the combo box fills exactly its
    cell (``updateEditorGeometry``): a combo box squeezed into a text row clips its text, and one
    taller than its row overlaps the next and seems to drift away from the name beside it.
    """

    def __init__(
        self,
        options: Callable[[], list[tuple[str, str]]],
        assign: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.options = options  # [(worker id or "", label)]
        self.assign = assign  # (item id, worker id or "")
        self._editor_height = 0

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, index: Index
    ) -> QWidget | None:
        if not index.data(ITEM_ID_ROLE):
            return None  # a group row
        combo = QComboBox(parent)
        combo.setObjectName("assignment_combo")
        combo.setAccessibleName(str(index.siblingAtColumn(COL_ITEM).data() or ""))
        for worker_id, label in self.options():
            combo.addItem(label, worker_id)
        # Commit at once: a persistent editor is never "closed", so commit on each choice.
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(ITEM_ID_ROLE):
            if not self._editor_height:  # asked once: sizeHint is asked for every row
                self._editor_height = editor_height()
            hint.setHeight(max(hint.height(), self._editor_height))
        return hint

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, _index: Index
    ) -> None:
        editor.setGeometry(option.rect)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(ASSIGNED_ROLE) or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, _model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        item_id = index.data(ITEM_ID_ROLE)
        if item_id:
            self.assign(str(item_id), str(editor.currentData() or ""))


class HandoverDialog(QDialog):
    """Hand over a leaving worker's employers, follow-ups, candidates and opportunities.

    Apply (or Ctrl+S) asks for confirmation — the worker is then marked as left, which cannot
    be undone here — and runs :func:`services.workers.handover` in one ``context.write("*")``.
    The dialog then shows how many items each recipient received.
    """

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, leaving_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handover_dialog")
        self.context = context
        self.result_value: workers.HandoverResult | None = None
        self.loading = False
        self.busy = False
        self.dirty = False
        self._generation = 0
        self._workers: list[Worker] = []
        self._workers_generation = 0
        self._held: dict[str, list[workers.HeldItem]] = {}
        self._assignments: dict[str, str] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}

        # -- page 1: the choices
        self.leaving_label = QLabel()
        self.leaving_combo = QComboBox()
        self.leaving_combo.setObjectName("leaving_combo")
        self.leaving_label.setBuddy(self.leaving_combo)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.items_label = QLabel()
        self.items_tree = QTreeWidget()
        self.items_tree.setObjectName("items_tree")
        self.items_tree.setColumnCount(2)
        self.items_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.items_tree.header().setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        self.items_tree.header().resizeSection(COL_ASSIGNED, 220)
        self.items_tree.header().setStretchLastSection(False)
        self.items_label.setBuddy(self.items_tree)
        self.delegate = AssignmentDelegate(
            self._assignment_options, self.set_assignment, self.items_tree
        )
        self.items_tree.setItemDelegateForColumn(COL_ASSIGNED, self.delegate)
        self.recipients_label = QLabel()
        self.recipients_list = QListWidget()
        self.recipients_list.setObjectName("recipients_list")
        self.recipients_label.setBuddy(self.recipients_list)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("apply_button")
        self.apply_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_button")

        top = QFormLayout()
        top.addRow(self.leaving_label, self.leaving_combo)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.items_label)
        left_layout.addWidget(self.items_tree)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.recipients_label)
        right_layout.addWidget(self.recipients_list)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.cancel_button)
        choose = QWidget()
        choose_layout = QVBoxLayout(choose)
        choose_layout.setContentsMargins(0, 0, 0, 0)
        choose_layout.addLayout(top)
        choose_layout.addWidget(self.summary_label)
        choose_layout.addWidget(splitter, 1)
        choose_layout.addWidget(self.hint_label)
        choose_layout.addWidget(self.error_label)
        choose_layout.addLayout(buttons)

        # -- page 2: the result
        self.result_label = QLabel()
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close_button")
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(self.result_label, 1)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_button)
        done_layout.addLayout(close_row)

        self.pages = QStackedWidget()
        self.pages.addWidget(choose)
        self.pages.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setTabOrder(self.leaving_combo, self.items_tree)
        self.setTabOrder(self.items_tree, self.recipients_list)
        self.setTabOrder(self.recipients_list, self.apply_button)
        self.setTabOrder(self.apply_button, self.cancel_button)
        self.resize(860, 580)

        self.leaving_combo.currentIndexChanged.connect(lambda _i: self._leaving_changed())
        self.recipients_list.itemChanged.connect(lambda _item: self._recipients_changed())
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.apply)

        self.retranslate()
        self._load_workers(leaving_id)

    # -- text --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Passation"))
        self.leaving_label.setText(self.tr("&Travailleur qui part :"))
        self.leaving_combo.setPlaceholderText(self.tr("— choisir —"))
        self.leaving_combo.setAccessibleName(self.tr("Travailleur qui part"))
        self.items_label.setText(self.tr("&Ce qu'il ou elle détient :"))
        self.items_tree.setHeaderLabels([self.tr("Élément"), self.tr("Attribué à")])
        self.items_tree.setAccessibleName(self.tr("Éléments à transmettre"))
        self.recipients_label.setText(self.tr("&Destinataires :"))
        self.recipients_list.setAccessibleName(self.tr("Destinataires"))
        self.hint_label.setText(
            self.tr(
                "Les éléments en « répartition automatique » sont répartis à tour de rôle entre "
                "les destinataires ; une relance ou une offre suit son employeur. Double-cliquez "
                "sur « Attribué à » pour confier un élément à un destinataire précis."
            )
        )
        self.apply_button.setText(self.tr("&Appliquer"))
        self.cancel_button.setText(self.tr("Annuler"))
        self.close_button.setText(self.tr("Fermer"))
        self._fill_tree_texts()
        self._show_summary()
        if self.result_value is not None:
            self._show_result(self.result_value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _kind_title(self, kind: str) -> str:
        return {
            "employers": self.tr("Employeurs"),
            "follow_ups": self.tr("Relances ouvertes"),
            "candidates": self.tr("Candidats"),
            "opportunities": self.tr("Offres"),
        }[kind]

    def _auto_text(self) -> str:
        return self.tr("Répartition automatique")

    # -- workers -----------------------------------------------------------------------------
    def _load_workers(self, leaving_id: str | None) -> None:
        """Ask for the active workers (off the GUI thread); ``leaving_id`` is chosen once
        they are there."""
        self._workers_generation += 1
        generation = self._workers_generation
        self.loading = True
        self.context.fetch(
            workers.active,
            on_done=lambda found: self._workers_arrived(generation, found, leaving_id),
            on_error=lambda exc: self._workers_failed(generation, exc),
        )

    def _workers_arrived(
        self, generation: int, found: list[Worker], leaving_id: str | None
    ) -> None:
        if not isValid(self) or generation != self._workers_generation:
            return
        self._workers = found
        self.leaving_combo.blockSignals(True)
        self.leaving_combo.clear()
        for worker in self._workers:
            self.leaving_combo.addItem(worker.name, worker.id)
        self.leaving_combo.setCurrentIndex(-1)
        self.leaving_combo.blockSignals(False)
        if leaving_id is not None and self.leaving_combo.findData(leaving_id) >= 0:
            self.set_leaving(leaving_id)
        else:
            self._leaving_changed()

    def _workers_failed(self, generation: int, exc: BaseException) -> None:
        if isValid(self) and generation == self._workers_generation:
            self.loading = False
            self._show_error(exc)

    def _name(self, worker_id: str) -> str:
        return next((w.name for w in self._workers if w.id == worker_id), worker_id)

    def leaving_id(self) -> str | None:
        value = self.leaving_combo.currentData()
        return None if value is None else str(value)

    def set_leaving(self, worker_id: str) -> None:
        position = self.leaving_combo.findData(worker_id)
        if position < 0:
            raise KeyError(worker_id)
        self.leaving_combo.setCurrentIndex(position)

    def recipient_ids(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for n in range(self.recipients_list.count())
            if (item := self.recipients_list.item(n)).checkState() == Qt.CheckState.Checked
        ]

    def set_recipients(self, worker_ids: Sequence[str]) -> None:
        wanted = set(worker_ids)
        for n in range(self.recipients_list.count()):
            item = self.recipients_list.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _leaving_changed(self) -> None:
        leaving = self.leaving_id()
        kept = set(self.recipient_ids())
        self.recipients_list.blockSignals(True)
        self.recipients_list.clear()
        for worker in self._workers:
            if worker.id == leaving:
                continue
            item = QListWidgetItem(worker.name)
            item.setData(Qt.ItemDataRole.UserRole, worker.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if worker.id in kept else Qt.CheckState.Unchecked
            )
            self.recipients_list.addItem(item)
        self.recipients_list.blockSignals(False)
        self._assignments.clear()
        self._clear_error()
        self._load_holdings()

    def _recipients_changed(self) -> None:
        self.dirty = True
        recipients = set(self.recipient_ids())
        # An item given to someone no longer ticked goes back to automatic sharing.
        for item_id in [i for i, w in self._assignments.items() if w not in recipients]:
            del self._assignments[item_id]
        self._refresh_editors()
        self._clear_error()

    # -- holdings ----------------------------------------------------------------------------
    def _load_holdings(self) -> None:
        self._generation += 1
        generation = self._generation
        self._held = {}
        self.items_tree.clear()
        self._items.clear()
        self._groups.clear()
        leaving = self.leaving_id()
        if leaving is None:
            self.loading = False
            self._show_summary()
            self._update_apply()
            return
        self.loading = True
        self._show_summary()
        self._update_apply()
        self.context.fetch(
            workers.held_items,
            leaving,
            on_done=lambda held: self._holdings_arrived(generation, held),
            on_error=lambda exc: self._holdings_failed(generation, exc),
        )

    def _holdings_arrived(self, generation: int, held: dict[str, list[workers.HeldItem]]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.loading = False
        self._held = held
        total = sum(len(items) for items in held.values())
        editable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable |= Qt.ItemFlag.ItemIsEditable
        for kind in KINDS:
            items = held.get(kind, [])
            group = QTreeWidgetItem(self.items_tree)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self._groups[kind] = group
            for held_item in items:
                child = QTreeWidgetItem(group)
                child.setData(COL_ITEM, ITEM_ID_ROLE, held_item.id)
                child.setData(COL_ASSIGNED, ITEM_ID_ROLE, held_item.id)
                child.setData(COL_ASSIGNED, ASSIGNED_ROLE, "")
                child.setFlags(editable)
                self._items[held_item.id] = child
            group.setExpanded(0 < len(items) <= PERSISTENT_EDITORS_MAX)
        self._fill_tree_texts()
        if total <= PERSISTENT_EDITORS_MAX:
            for child in self._items.values():
                self.items_tree.openPersistentEditor(child, COL_ASSIGNED)
        self._show_summary()
        self._update_apply()

    def _holdings_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self._show_error(exc)
            self._update_apply()

    def _item_text(self, item: workers.HeldItem) -> str:
        if item.kind == "follow_ups":
            parts = [format_date(item.due_date), item.name, item.detail]
        else:
            parts = [item.name, item.detail]
        return " — ".join(p for p in parts if p)

    def _fill_tree_texts(self) -> None:
        for kind, group in self._groups.items():
            items = self._held.get(kind, [])
            group.setText(COL_ITEM, f"{self._kind_title(kind)} ({len(items)})")
            for held_item in items:
                child = self._items[held_item.id]
                child.setText(COL_ITEM, self._item_text(held_item))
                child.setToolTip(COL_ITEM, self._item_text(held_item))
                assigned = self._assignments.get(held_item.id, "")
                child.setText(COL_ASSIGNED, self._name(assigned) if assigned else self._auto_text())

    def _show_summary(self) -> None:
        if self.leaving_id() is None:
            self.summary_label.setText(self.tr("Choisissez la personne qui quitte l'organisation."))
        elif self.loading:
            self.summary_label.setText(self.tr("Chargement…"))
        elif not any(self._held.values()):
            self.summary_label.setText(
                self.tr("Rien à transmettre : la personne sera seulement marquée comme partie.")
            )
        else:
            self.summary_label.setText(
                " · ".join(
                    f"{self._kind_title(kind)} : {len(self._held.get(kind, []))}" for kind in KINDS
                )
            )

    def counts(self) -> dict[str, int]:
        """How many items of each kind the leaving worker holds (as shown)."""
        return {kind: len(self._held.get(kind, [])) for kind in KINDS}

    def item_ids(self, kind: str) -> list[str]:
        return [item.id for item in self._held.get(kind, [])]

    # -- assignments -------------------------------------------------------------------------
    def _assignment_options(self) -> list[tuple[str, str]]:
        return [("", self._auto_text())] + [(r, self._name(r)) for r in self.recipient_ids()]

    def set_assignment(self, item_id: str, worker_id: str) -> None:
        """Give one item to a recipient ("" for automatic sharing)."""
        if item_id not in self._items:
            raise KeyError(item_id)
        if worker_id and worker_id not in self.recipient_ids():
            raise ValueError(f"{worker_id} is not a chosen recipient")
        if (self._assignments.get(item_id, "")) == worker_id:
            return
        if worker_id:
            self._assignments[item_id] = worker_id
        else:
            self._assignments.pop(item_id, None)
        self.dirty = True
        child = self._items[item_id]
        child.setData(COL_ASSIGNED, ASSIGNED_ROLE, worker_id)
        child.setText(COL_ASSIGNED, self._name(worker_id) if worker_id else self._auto_text())

    def assignments(self) -> dict[str, str]:
        return dict(self._assignments)

    def _refresh_editors(self) -> None:
        """Rebuild the combo boxes (their choices are the ticked recipients)."""
        persistent = len(self._items) <= PERSISTENT_EDITORS_MAX
        for item_id, child in self._items.items():
            worker_id = self._assignments.get(item_id, "")
            child.setData(COL_ASSIGNED, ASSIGNED_ROLE, worker_id)
            child.setText(COL_ASSIGNED, self._name(worker_id) if worker_id else self._auto_text())
            if persistent:
                self.items_tree.closePersistentEditor(child, COL_ASSIGNED)
                self.items_tree.openPersistentEditor(child, COL_ASSIGNED)

    def assignment_editor(self, item_id: str) -> QComboBox | None:
        """The combo box of an item's row, when it is open (tests, accessibility checks)."""
        child = self._items.get(item_id)
        if child is None:
            return None
        widget = self.items_tree.itemWidget(child, COL_ASSIGNED)
        return widget if isinstance(widget, QComboBox) else None

    # -- applying ----------------------------------------------------------------------------
    def _update_apply(self) -> None:
        self.apply_button.setEnabled(not self.loading and not self.busy)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, PacteError):
            self.error_label.setText(exc.message())
            self.error_label.show()
        else:
            QMessageBox.critical(self, self.tr("Passation"), str(exc))

    def confirm(self, leaving_name: str, recipients: Sequence[str]) -> bool:
        """Ask before the irreversible step (tests may replace this method)."""
        answer = QMessageBox.question(
            self,
            self.tr("Confirmer la passation"),
            self.tr(
                "Transmettre le portefeuille de %1 à %2 ?\n\n%1 sera marqué(e) comme parti(e) "
                "de l'organisation. Cette opération est irréversible."
            )
            .replace("%1", leaving_name)
            .replace("%2", ", ".join(recipients)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def apply(self) -> None:
        if self.busy or self.loading or self.pages.currentIndex() != 0:
            return
        self._clear_error()
        leaving = self.leaving_id()
        if leaving is None:
            self._show_error(ValidationError("worker", "required"))
            self.leaving_combo.setFocus()
            return
        recipients = self.recipient_ids()
        if not recipients:
            self._show_error(ValidationError("recipients", "required"))
            self.recipients_list.setFocus()
            return
        if not self.confirm(self._name(leaving), [self._name(r) for r in recipients]):
            return
        assignments = self.assignments()
        self.busy = True
        self.pages.widget(0).setEnabled(False)
        self._update_apply()

        def run(uow: WriteUnit) -> workers.HandoverResult:
            return workers.handover(
                uow, leaving_id=leaving, recipient_ids=recipients, assignments=assignments
            )

        self.context.write(
            "*",
            run,
            initiator=self,
            on_done=lambda result: self._handover_done(leaving, result),
            on_error=self._handover_failed,
        )

    def _handover_done(self, leaving: str, result: workers.HandoverResult) -> None:
        self.busy = False
        self.dirty = False
        self.result_value = result
        if self.context.worker_id == leaving:
            # The service made the first recipient this workstation's worker: follow it.
            successor = result.worker.successor_id
            if successor and successor != leaving:
                self.context.set_worker(successor)
        self._show_result(result)
        self.pages.setCurrentIndex(1)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _handover_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.pages.widget(0).setEnabled(True)
        self._update_apply()
        self._show_error(exc)

    def _show_result(self, result: workers.HandoverResult) -> None:
        per_recipient: dict[str, dict[str, int]] = {}
        for kind, by_name in result.moved.items():
            for name, count in by_name.items():
                per_recipient.setdefault(name, {})[kind] = count
        plural = {
            "employers": lambda n: self.tr("%n employeur(s)", "", n),
            "follow_ups": lambda n: self.tr("%n relance(s)", "", n),
            "candidates": lambda n: self.tr("%n chercheur(s) d'emploi", "", n),
            "opportunities": lambda n: self.tr("%n offre(s)", "", n),
        }
        lines = [
            self.tr("%1 est marqué(e) comme parti(e) de l'organisation.").replace(
                "%1", result.worker.name
            )
        ]
        if per_recipient:
            lines.append("")
            for name in sorted(per_recipient):
                counts = per_recipient[name]
                moved = ", ".join(plural[k](counts[k]) for k in KINDS if counts.get(k))
                lines.append(f"{name} : {moved}")
        else:
            lines.append(self.tr("Aucun élément n'était à transmettre."))
        self.result_label.setText("\n".join(lines))

    def confirm_close(self) -> bool:
        """True when the dialog may close (see ``ui/closing.py``); asks if choices are unsaved."""
        if self.busy:
            return False  # the handover is being written: wait for its answer
        if self.dirty and self.pages.currentIndex() == 0:
            answer = QMessageBox.question(
                self,
                self.tr("Passation"),
                self.tr("Abandonner la passation ? Vos choix seront perdus."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self.dirty = False
        return True

    def reject(self) -> None:
        if self.confirm_close():
            super().reject()

    def accept(self) -> None:
        if self.busy:
            return
        super().accept()
