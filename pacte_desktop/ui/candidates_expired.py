"""The review of candidates whose data is past its retention: listed, exported on request,
anonymised on confirmation (``services/privacy.py``; the rules in ``domain/privacy.py``).

Opened from the Candidates view (« Conservation dépassée… »). The list is read off the GUI
thread as of ``today`` (given by the caller; the tests give a fixed day). Anonymising asks
first, naming the codes and what is erased and kept, then runs off the GUI thread: one unit of
work for the selection, then the file is rebuilt so that no free page keeps an erased value.
« Exporter… » writes everything stored about the selected candidate (an access request).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.services import privacy
from pacte_desktop.services.privacy import ExpiredCandidate
from pacte_desktop.ui import icons
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.guarded_dialog import dialog_button, report_error
from pacte_desktop.ui.labels import field_label, format_date
from pacte_desktop.ui.table_model import fit_columns

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("code", "worker", "last_activity", "keep_until", "placements")


class ExpiredModel(QAbstractTableModel):
    """The expired candidates, one row each; ``Qt.UserRole`` gives the candidate id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ExpiredCandidate] = []
        self.header_of: Callable[[str], str] = field_label

    def set_rows(self, rows: list[ExpiredCandidate]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(COLUMNS):
            return self.header_of(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if not 0 <= index.column() < len(COLUMNS):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = getattr(row, COLUMNS[index.column()])
        if isinstance(value, dt.date):
            return format_date(value)
        if value is None:
            return "—"
        return str(value)


class ExpiredCandidatesDialog(QDialog):
    """Candidates past their retention: review, export, anonymise."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("expired_candidates")
        self.context = context
        self.today = today or dt.date.today()
        self.busy = False
        self._generation = 0
        # Asks before anonymising (a question box); the tests put their answer here.
        self.confirm: Callable[[str], bool] = self._ask
        # Where to write an export (a file chooser); the tests put their path here.
        self.choose_file: Callable[[str], str] = self._choose_file

        self.intro = QLabel()
        self.intro.setObjectName("expired_intro")
        self.intro.setWordWrap(True)
        self.model = ExpiredModel(self)
        self.model.header_of = self._header
        self.table = QTableView()
        self.table.setObjectName("expired_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.empty = QLabel()
        self.empty.setObjectName("expired_empty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.message = QLabel()
        self.message.setObjectName("expired_message")
        self.message.setWordWrap(True)

        self.export_button = dialog_button("export_button")
        self.export_button.setIcon(icons.icon("export"))
        self.export_button.clicked.connect(self.export_selected)
        self.anonymise_button = dialog_button("anonymise_button")
        self.anonymise_button.setIcon(icons.icon("anonymise"))
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.close_button = dialog_button("close_button", primary=True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.anonymise_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(880, 480)
        self.retranslate()
        self._update()
        self.reload()

    # -- text ------------------------------------------------------------------------------
    def _header(self, key: str) -> str:
        if key == "placements":
            return self.tr("Mises à l'emploi")
        if key == "worker":
            return field_label("worker")
        return field_label(key)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Candidats : conservation dépassée"))
        self.intro.setText(
            self.tr(
                "Ces candidats sont au-delà de leur date de fin de conservation, ou de la durée "
                "prévue après leur dernière activité. Anonymiser efface leurs notes, commune, "
                "compétences, langues et dates de consentement, ainsi que les notes de leurs "
                "mises à l'emploi, sur tous les postes de l'organisation ; le code, le niveau "
                "de qualification, la résidence à Saint-Gilles et les mises à l'emploi restent "
                "pour les rapports."
            )
        )
        self.empty.setText(
            self.tr("Aucun candidat n'a dépassé sa durée de conservation. Rien à revoir.")
        )
        self.export_button.setText(self.tr("&Exporter…"))
        self.export_button.setToolTip(
            self.tr("Tout ce qui est enregistré sur ce candidat, en JSON (demande d'accès)")
        )
        self.anonymise_button.setText(self.tr("&Anonymiser…"))
        self.close_button.setText(self.tr("Fermer"))
        self.table.setAccessibleName(self.windowTitle())
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation

        def arrived(found: list[ExpiredCandidate]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.model.set_rows(found)
            fit_columns(self.table)
            self.empty.setVisible(not found)
            self.table.setVisible(bool(found))
            self._update()

        self.context.fetch(privacy.expired, self.today, on_done=arrived, on_error=self._failed)

    def selected(self) -> list[ExpiredCandidate]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if 0 <= r < len(self.model.rows)]

    def _update(self, *_args: object) -> None:
        chosen = self.selected()
        self.anonymise_button.setEnabled(bool(chosen) and not self.busy)
        self.export_button.setEnabled(len(chosen) == 1 and not self.busy)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if isValid(self):
            self._update()
            report_error(self, exc)

    # -- actions ---------------------------------------------------------------------------
    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _choose_file(self, suggested: str) -> str:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les données du candidat"), suggested, "JSON (*.json)"
        )
        return name

    def anonymise_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self.busy:
            return
        codes = ", ".join(c.code for c in chosen)
        question = (
            self.tr(
                "Anonymiser %n candidat(s) (%1) ? Leurs données personnelles seront effacées "
                "sur tous les postes de l'organisation. Cela ne se défait pas.",
                "",
                len(chosen),
            )
        ).replace("%1", codes)
        if not self.confirm(question):
            return
        self.busy = True
        self._update()
        self.message.setText(self.tr("Anonymisation en cours…"))
        store, today, worker = self.context.store, self.today, self.context.worker_id
        ids = [c.id for c in chosen]

        def done(result: list[Any]) -> None:
            self.context.changed.emit("candidate", None)
            if not isValid(self):
                return
            self.busy = False
            self.message.setText(self.tr("%n candidat(s) anonymisé(s)", "", len(result)))
            self.reload()

        self.context.runner.submit(
            privacy.anonymise_all,
            store,
            ids,
            today,
            worker,
            on_done=done,
            on_error=self._failed,
        )

    def export_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or self.busy:
            return
        candidate = chosen[0]
        name = self.choose_file(f"{candidate.code}.json")
        if not name:
            return
        store, path = self.context.store, Path(name)

        def done(_data: object) -> None:
            if isValid(self):
                self.message.setText(self.tr("Exporté : %1").replace("%1", str(path)))

        self.context.runner.submit(
            privacy.write_export, store, candidate.id, path, on_done=done, on_error=self._failed
        )


__all__ = ["ExpiredCandidatesDialog", "ExpiredModel"]
