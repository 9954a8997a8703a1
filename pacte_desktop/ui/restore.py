"""The backups dialog shown when the store is damaged: pick a backup, restore it in one click.

Shown at start when the store cannot be opened (a truncated file, a zeroed header) or opens
damaged (its daily check failed: reading works, writing is refused). It lists the backups beside
the store, newest first, with their date, their reason and what they hold (employers, contacts,
interactions — from the check recorded when they were taken, else read from the file); the
newest one whose check passed is selected. "Restaurer" (or a double click) restores it through
``services/stores.py`` — the damaged store is moved aside, never deleted — and accepts the dialog;
"Fermer" leaves everything as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import stores
from pacte_desktop.ui.forms import ERROR_STYLE


class RestoreDialog(QDialog):
    """The store's backups, newest first; restore the chosen one."""

    COLUMNS = 6

    def __init__(self, store_path: Path, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.store_path = store_path
        self.problem = problem
        self.restored: stores.Restored | None = None
        # Shown at start, before the event loop: the backups' sidecars are read here, once
        # (the table is filled again on a language change).
        self.backups = stores.backups(store_path)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), self.COLUMNS)
        self.table.setObjectName("restore_backups")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.error = QLabel()
        self.error.setObjectName("restore_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_button")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        good = stores.latest_good_backup(store_path)
        rows = [i for i, found in enumerate(self.backups) if found.path == good]
        if rows:
            self.table.selectRow(rows[0])
        self.restore_button.setEnabled(bool(self.backups))
        self.resize(820, 420)

    def reason_text(self, reason: str) -> str:
        if reason == "daily":
            return self.tr("quotidienne")
        if reason == "before-restore":
            return self.tr("avant une restauration")
        if reason.startswith("before-migration"):
            return self.tr("avant une mise à jour")
        if reason == "manual":
            return self.tr("à la demande")
        return reason

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Base de données endommagée"))
        if self.backups:
            text = self.tr(
                "La base de données de ce poste est endommagée ({problem}). Choisissez une "
                "sauvegarde à restaurer : la base endommagée est mise de côté, pas effacée."
            )
        else:
            text = self.tr(
                "La base de données de ce poste est endommagée ({problem}) et aucune "
                "sauvegarde n'a été trouvée dans {folder}."
            )
        self.intro.setText(
            text.format(problem=self.problem, folder=stores.backup_folder(self.store_path))
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Raison"),
                self.tr("Employeurs"),
                self.tr("Contacts"),
                self.tr("Interactions"),
                self.tr("Vérifiée"),
            ]
        )
        for row, found in enumerate(self.backups):
            counts = found.counts
            cells: list[Any] = [
                found.taken.strftime("%d/%m/%Y %H:%M"),
                self.reason_text(found.reason),
                counts.get("employer", "—"),
                counts.get("contact_person", "—"),
                counts.get("interaction", "—"),
                self.tr("oui") if found.checked else self.tr("non"),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.restore_button.setText(self.tr("&Restaurer cette sauvegarde"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def restore_selected(self) -> None:
        path = self.chosen()
        if path is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.restored = stores.restore_backup(self.store_path, path)
        except (PacteError, OSError) as exc:
            self.error.setText(exc.message() if isinstance(exc, PacteError) else str(exc))
            self.error.show()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()
