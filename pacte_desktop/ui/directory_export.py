"""Options of the partner directory export: its format, shareable employers only, and the
employers listing's filters (tag, commune, status), whose choices are read off the GUI thread."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pacte_desktop.domain.entities import EMPLOYER_STATUSES
from pacte_desktop.services import listings
from pacte_desktop.ui.combos import refill
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.labels import choice_label
from pacte_desktop.ui.report_forms import OptionsDialog


class DirectoryExportDialog(OptionsDialog):
    """Options of the partner directory: format, shareable only, and the listing's filters."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directory_export_dialog")
        self.context = context
        self.format = QComboBox()
        self.format.addItem("", ".xlsx")
        self.format.addItem("", ".pdf")
        self.shareable = QCheckBox()
        self.shareable_help = QLabel()
        self.shareable_help.setWordWrap(True)
        self.shareable_help.setEnabled(False)  # greyed: an explanation, not a control
        self.tag = QComboBox()
        self.commune = QComboBox()
        self.status = QComboBox()
        for combo in (self.tag, self.commune, self.status):
            combo.addItem("", None)
            combo.setMinimumContentsLength(24)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels: dict[QWidget, QLabel] = {}
        self._row(self.format)
        self.form.addRow(self.shareable)
        self.form.addRow(self.shareable_help)
        self._row(self.tag)
        self._row(self.commune)
        self._row(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()
        self._load_options()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exporter l'annuaire"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Exporter…"))
        self.format.setItemText(0, self.tr("Excel (.xlsx)"))
        self.format.setItemText(1, self.tr("PDF imprimable (.pdf)"))
        self.shareable.setText(self.tr("&Partageable uniquement"))
        self.shareable_help.setText(
            self.tr(
                "Pour un partenaire : seulement les employeurs qui peuvent être partagés et "
                "les champs que la charte de partage permet de transmettre."
            )
        )
        self.tag.setItemText(0, self.tr("Toutes les étiquettes"))
        self.commune.setItemText(0, self.tr("Toutes les communes"))
        self.status.setItemText(0, self.tr("Tous les statuts"))
        refill(self.status, [(s, choice_label(s)) for s in EMPLOYER_STATUSES])
        labels = (
            (self.format, self.tr("&Format :")),
            (self.tag, self.tr("É&tiquette :")),
            (self.commune, self.tr("&Commune :")),
            (self.status, self.tr("&Statut :")),
        )
        for widget, text in labels:
            self.labels[widget].setText(text)
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))

    def _load_options(self) -> None:
        # The menus fill once, as the dialog opens (ui/combos.py: a choice already made is
        # kept; one that vanished falls back to "all", which the dialog shows before exporting).
        def tags(found: list[str]) -> None:
            with contextlib.suppress(RuntimeError):  # the dialog may be gone
                refill(self.tag, [(t, t) for t in found])

        def communes(found: list[str]) -> None:
            with contextlib.suppress(RuntimeError):
                refill(self.commune, [(c, c) for c in found])

        fetch = self.context.fetch
        fetch(listings.distinct_values, "employer", "tag", on_done=tags, priority=1)
        fetch(listings.distinct_values, "employer", "commune", on_done=communes, priority=1)

    def options(self) -> dict[str, Any]:
        """The keyword arguments of ``export_directory``."""
        return {
            "shareable_only": self.shareable.isChecked(),
            "tag": self.tag.currentData(),
            "commune": self.commune.currentData(),
            "status": self.status.currentData(),
        }

    def suffix(self) -> str:
        return str(self.format.currentData())
