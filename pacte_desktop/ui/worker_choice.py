"""Choosing one of the organisation's active workers: to reassign work, or to sit at this desk."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pacte_desktop.domain.entities import Worker


class WorkerChoiceDialog(QDialog):
    """Choose one of the given workers; :meth:`chosen_id` is the choice.

    Used as it is to reassign follow-ups; :class:`~pacte_desktop.ui.wizard.SwitchWorkerDialog`
    extends it to choose who works at this workstation.
    """

    def __init__(self, choices: Sequence[Worker], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("worker_list")
        for worker in choices:
            item = QListWidgetItem(worker.name)
            item.setData(Qt.ItemDataRole.UserRole, worker.id)
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.label = QLabel()
        self.label.setBuddy(self.list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(lambda *_: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Réassigner la relance"))
        self.label.setText(self.tr("Confier à :"))
        self.list.setAccessibleName(self.tr("Travailleurs"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.list.currentItem() is not None)

    def select_worker(self, worker_id: str) -> None:
        for n in range(self.list.count()):
            if self.list.item(n).data(Qt.ItemDataRole.UserRole) == worker_id:
                self.list.setCurrentRow(n)
                return
        raise KeyError(worker_id)

    def chosen_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def accept(self) -> None:
        if self.chosen_id() is not None:  # Enter on an empty choice does nothing
            super().accept()
