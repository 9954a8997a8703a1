"""Options of the follow-ups export: everybody's follow-ups, or one worker's (the workers' names
read off the GUI thread)."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pacte_desktop.services import workstation
from pacte_desktop.ui.combos import refill
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.report_forms import OptionsDialog


class FollowUpsExportDialog(OptionsDialog):
    """Which worker's follow-ups: everybody's, or one worker's."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followups_export_dialog")
        self.context = context
        self.worker = QComboBox()
        self.worker.addItem("", None)
        self.worker.setMinimumContentsLength(24)
        self.label = QLabel()
        self.label.setBuddy(self.worker)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.label, self.worker)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

        def arrive(names: list[str]) -> None:
            with contextlib.suppress(RuntimeError):
                refill(self.worker, [(n, n) for n in names])

        context.fetch(workstation.worker_names, on_done=arrive, priority=1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exporter les relances"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Exporter…"))
        self.label.setText(self.tr("&Travailleur :"))
        self.worker.setItemText(0, self.tr("Tous les travailleurs"))
        self.worker.setAccessibleName(self.tr("Travailleur"))

    def worker_name(self) -> str | None:
        value = self.worker.currentData()
        return str(value) if value else None
