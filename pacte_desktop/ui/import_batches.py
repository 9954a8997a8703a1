"""Previous imports, newest last: each can be undone completely (the employers it created are
removed, those it updated get their values back)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.labels import format_date
from pacte_desktop.ui.report_forms import OptionsDialog, error_text


def _local_time(moment: dt.datetime) -> str:
    """A stored time (aware, or naive and then taken as local) as a local date and hour."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{format_date(moment.date())} {moment:%H:%M}"


class BatchesDialog(OptionsDialog):
    """Previous imports, newest last, each of which can be undone completely."""

    reverted = Signal(str)

    COLUMNS = ("date", "kind", "file", "created", "updated", "rejected", "state")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batches_dialog")
        self.context = context
        self.batches: list[dict[str, Any]] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("batches_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.revert_button = QPushButton()
        self.revert_button.setObjectName("revert_batch")
        self.revert_button.clicked.connect(self.revert_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 420)
        # Replaced in tests; asks the user before undoing an import.
        self.confirm: Callable[[str], bool] = self._ask
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Imports précédents"))
        self.explain.setText(
            self.tr(
                "Chaque import peut être annulé : les employeurs qu'il a créés sont retirés et "
                "ceux qu'il a modifiés retrouvent leurs valeurs d'avant."
            )
        )
        self.revert_button.setText(self.tr("A&nnuler cet import…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Fichier"),
                self.tr("Créés"),
                self.tr("Mis à jour"),
                self.tr("Rejetés"),
                self.tr("État"),
            ]
        )
        self.table.setAccessibleName(self.tr("Imports précédents"))
        self._show()

    def _kind(self, kind: str) -> str:
        return {"employers": self.tr("Employeurs"), "kbo": self.tr("BCE/KBO")}.get(kind, kind)

    def _date(self, value: Any) -> str:
        """An import's time as the user's clock reads it: stored in UTC, shown in local time
        (an import at 00:30 in Brussels was made on the 1st, not at 23:30 on the 31st)."""
        if isinstance(value, dt.datetime):
            return _local_time(value)
        if isinstance(value, dt.date):
            return format_date(value)
        text = str(value or "")
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        return _local_time(moment) if "T" in text or " " in text else format_date(moment.date())

    def reload(self) -> None:
        from pacte_desktop.services.imports import batches

        store = self.context.store

        def arrive(found: list[dict[str, Any]]) -> None:
            with contextlib.suppress(RuntimeError):
                self.batches = list(found)
                self._show()
                if self.batches:
                    self.table.selectRow(len(self.batches) - 1)
                    self.table.scrollToBottom()

        self.context.runner.submit(
            lambda: batches.list_batches(store), on_done=arrive, on_error=self.show_error
        )

    def _show(self) -> None:
        self.table.setRowCount(len(self.batches))
        for r, batch in enumerate(self.batches):
            cells = (
                self._date(batch.get("date")),
                self._kind(str(batch.get("kind", ""))),
                Path(str(batch.get("file") or "")).name,
                str(batch.get("created", "")),
                str(batch.get("updated", "")),
                str(batch.get("rejected", "")),
                self.tr("Annulé") if batch.get("reverted") else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setToolTip(str(batch.get("file") or ""))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._update_button()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.batches[row] if 0 <= row < len(self.batches) else None

    def _update_button(self) -> None:
        batch = self.selected()
        self.revert_button.setEnabled(batch is not None and not batch.get("reverted"))

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Annuler cet import"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, error: BaseException) -> None:
        QMessageBox.critical(self, self.tr("Imports précédents"), error_text(error))

    def revert_selected(self) -> None:
        from pacte_desktop.services.imports import batches

        batch = self.selected()
        if batch is None or batch.get("reverted"):
            return
        name = Path(str(batch.get("file") or "")).name
        if not self.confirm(
            self.tr("Annuler l'import de « %1 » ? %2 ; %3.")
            .replace("%1", name)
            .replace(
                "%2", self.tr("%n employeur(s) créé(s) retiré(s)", "", int(batch.get("created", 0)))
            )
            .replace(
                "%3",
                self.tr(
                    "%n employeur(s) mis à jour remis comme avant", "", int(batch.get("updated", 0))
                ),
            )
        ):
            return
        store = self.context.store
        worker_id = self.context.worker_id
        batch_id = str(batch["id"])
        self.revert_button.setEnabled(False)

        def done(_count: Any) -> None:
            self.context.changed.emit("*", self)
            with contextlib.suppress(RuntimeError):
                self.reverted.emit(batch_id)
                self.reload()

        def failed(error: BaseException) -> None:
            with contextlib.suppress(RuntimeError):
                self._update_button()
                self.show_error(error)

        self.context.runner.submit(
            lambda: batches.revert_batch(store, batch_id, worker_id=worker_id),
            on_done=done,
            on_error=failed,
        )
