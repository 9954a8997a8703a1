"""Review of sync conflicts: the edits that lost, kept so that nobody's work vanishes silently.

Each open conflict shows the record, the field, the kind (two edits at nearly the same time, or
an edit made after the record was deleted elsewhere), the value that lost, the value that won
and when, read off the GUI thread (``services/conflicts.py``). "Rétablir" puts the lost value
back as a new local edit, "Ignorer" closes the conflict and keeps the winner; both ask first
and run on the context's runner. An edit made after a delete cannot be reinstated: the record
is gone, and the button says so.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import conflicts
from pacte_desktop.services.conflicts import EDIT_AFTER_DELETE, ConflictRow, OpenConflict
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.employer_history import stamp_text
from pacte_desktop.ui.employer_record import open_employer
from pacte_desktop.ui.labels import display_value, field_label
from pacte_desktop.ui.record_lists import RecordListModel, label_of, make_table

COLUMNS = ("record", "field", "kind", "lost", "won", "when")


def _shown(field: str, value: Any) -> str:
    if isinstance(value, str) and value.startswith("["):
        with contextlib.suppress(ValueError):  # lists are kept as JSON arrays
            value = json.loads(value)
    return display_value(field, value)


class ConflictsDialog(QDialog):
    """The open conflicts, with Rétablir and Ignorer."""

    acted = Signal(str)  # "reinstated" | "dismissed", once the store has it

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("conflicts_dialog")
        self.context = context
        self.rows: list[ConflictRow] = []
        self.busy = False
        self._asked = 0  # the latest read asked for: an older answer is dropped
        # Asked before acting; tests replace it.
        self.confirm: Callable[[str], bool] = self._ask

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = RecordListModel(COLUMNS, self._headers, self)
        self.table = make_table(self.model, "conflicts_table", (270, 110, 170, 130, 130))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.explain = QLabel()
        self.explain.setObjectName("conflict_explanation")
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #8a5a00;")
        self.reinstate_button = QPushButton()
        self.reinstate_button.setObjectName("reinstate_button")
        self.reinstate_button.clicked.connect(self.reinstate_selected)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("dismiss_button")
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_record_button")
        self.open_button.clicked.connect(self.open_record)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close_button")
        self.close_button.clicked.connect(self.reject)
        for button in (self.reinstate_button, self.dismiss_button, self.open_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reinstate_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)

        context.changed.connect(self._on_changed)
        self.retranslate()
        self.refresh()
        self.resize(980, 460)

    # -- strings ---------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        return {
            "record": self.tr("Fiche"),
            "field": self.tr("Champ"),
            "kind": self.tr("Nature"),
            "lost": self.tr("Valeur perdue"),
            "won": self.tr("Valeur retenue"),
            "when": self.tr("Quand"),
        }

    def kind_label(self, kind: str) -> str:
        if kind == EDIT_AFTER_DELETE:
            return self.tr("Modifiée après suppression")
        return self.tr("Modifications simultanées")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflits de synchronisation"))
        self.intro.setText(
            self.tr(
                "Quand deux postes modifient le même champ presque en même temps, la dernière "
                "modification est retenue ; l'autre est gardée ici. Rétablir remet la valeur "
                "perdue (la modification se synchronise ensuite) ; Ignorer garde la valeur "
                "retenue."
            )
        )
        self.reinstate_button.setText(self.tr("Rétablir"))
        self.reinstate_button.setToolTip(self.tr("Remettre la valeur perdue"))
        self.dismiss_button.setText(self.tr("Ignorer"))
        self.dismiss_button.setToolTip(self.tr("Garder la valeur retenue et fermer ce conflit"))
        self.open_button.setText(self.tr("Ouvrir la fiche"))
        self.close_button.setText(self.tr("Fermer"))
        self.model.retranslate()
        if self.rows:
            self.refresh()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the open conflicts off the GUI thread and show them; ``then()`` after."""
        self._asked += 1
        asked = self._asked

        def arrived(found: list[OpenConflict]) -> None:
            if asked == self._asked and isValid(self):
                self._show(found)
                if then is not None:
                    then()

        self.context.fetch(conflicts.open_conflicts, on_done=arrived)

    def _show(self, found: list[OpenConflict]) -> None:
        selected = self.selected()
        self.rows = [conflict.row for conflict in found]
        shown = []
        for conflict in found:
            row, name = conflict.row, conflict.record
            table_label = field_label(row.table)
            record = (
                self.tr("%1 : %2").replace("%1", table_label).replace("%2", name)
                if name
                else table_label
            )
            if row.kind == EDIT_AFTER_DELETE:
                record += " " + self.tr("(supprimée)")
            shown.append(
                {
                    "id": str(row.id),
                    "record": record,
                    "field": label_of(row.field),
                    "kind": self.kind_label(row.kind),
                    "lost": _shown(row.field, row.lost_value) or self.tr("(vide)"),
                    "won": _shown(row.field, row.won_value) or self.tr("(vide)"),
                    "when": stamp_text(row.lost_hlc),
                }
            )
        self.model.set_rows(shown)
        again = next((i for i, r in enumerate(self.rows) if selected and r.id == selected.id), 0)
        if self.rows:
            self.table.selectRow(again)
        self._update_buttons()

    def _on_changed(self, _what: str, _initiator: object) -> None:
        if isValid(self):
            self.refresh()

    def selected(self) -> ConflictRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        return self.rows[index.row()]

    def _update_buttons(self) -> None:
        row = self.selected()
        deleted = row is not None and row.kind == EDIT_AFTER_DELETE
        self.reinstate_button.setEnabled(row is not None and not deleted and not self.busy)
        self.dismiss_button.setEnabled(row is not None and not self.busy)
        self.open_button.setEnabled(row is not None and not deleted and row.table == "employer")
        if deleted:
            text = self.tr(
                "Cette fiche a été supprimée sur un autre poste : la valeur perdue ne peut pas y "
                "être rétablie. Elle reste lisible ici ; Ignorer ferme le conflit."
            )
        elif not self.rows:
            text = self.tr("Aucun conflit ouvert.")
        else:
            text = ""
        self.explain.setText(text)
        self.reinstate_button.setToolTip(text if deleted else self.tr("Remettre la valeur perdue"))

    # -- acting ----------------------------------------------------------------------------
    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _describe(self, row: ConflictRow) -> tuple[str, str, str]:
        return (
            label_of(row.field),
            _shown(row.field, row.lost_value) or self.tr("(vide)"),
            _shown(row.field, row.won_value) or self.tr("(vide)"),
        )

    def reinstate_selected(self) -> None:
        row = self.selected()
        if row is None or row.kind == EDIT_AFTER_DELETE or self.busy:
            return
        field, lost, won = self._describe(row)
        question = (
            self.tr("Rétablir « %1 » pour %2 ? La valeur actuelle « %3 » sera remplacée.")
            .replace("%1", lost)
            .replace("%2", field)
            .replace("%3", won)
        )
        if not self.confirm(question):
            return
        store, worker_id, conflict_id = self.context.store, self.context.worker_id, row.id
        self._act(
            lambda: conflicts.reinstate(store, conflict_id, worker_id), row.table, "reinstated"
        )

    def dismiss_selected(self) -> None:
        row = self.selected()
        if row is None or self.busy:
            return
        field, lost, won = self._describe(row)
        question = (
            self.tr("Ignorer ce conflit ? « %1 » reste la valeur de %2 ; « %3 » est abandonné.")
            .replace("%1", won)
            .replace("%2", field)
            .replace("%3", lost)
        )
        if not self.confirm(question):
            return
        store, conflict_id = self.context.store, row.id
        self._act(lambda: conflicts.dismiss(store, conflict_id), "sync_conflict", "dismissed")

    def _act(self, work: Callable[[], Any], what: str, done_status: str) -> None:
        self.busy = True
        self._update_buttons()

        def done(_result: object) -> None:
            self.context.changed.emit(what, self)
            if isValid(self):
                self.busy = False
                # Announced once the list shows the conflict gone.
                self.refresh(then=lambda: self.acted.emit(done_status))

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.busy = False
            self.refresh()
            text = exc.message() if isinstance(exc, PacteError) else str(exc)
            QMessageBox.warning(self, self.windowTitle(), text)

        self.context.runner.submit(work, on_done=done, on_error=failed)

    def open_record(self) -> None:
        row = self.selected()
        if row is None or row.table != "employer":
            return
        open_employer(self.context, row.row_id, self)
