"""What we share with the partner network: per table, the fields that leave and how many records.

Shown by the sync setup wizard before the first network sync, and on demand (Synchronisation →
Ce que nous partageons…). The charter in force and the counts are read off the GUI thread
(:func:`pacte_desktop.services.sync_setup.shared_now`); the panel fills itself when they arrive,
and again on a language change (the fields' labels come back in the new language).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain import messages
from pacte_desktop.services.sharing import SharedTable
from pacte_desktop.services.sync_setup import Charter, shared_now
from pacte_desktop.ui.context import AppContext


class SharePanel(QWidget):
    """What we share: per table, the fields that leave and how many records would."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("share_tree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.tables: list[SharedTable] = []
        self.charter: Charter | None = None
        self._asked = 0  # the latest read asked for: an older answer is dropped
        self.refresh()

    def refresh(self) -> None:
        """Read the charter and the counts off the GUI thread; fill the tree when they come."""
        self._asked += 1
        asked = self._asked

        def arrived(answer: tuple[Charter, list[SharedTable]]) -> None:
            if asked == self._asked and isValid(self):
                self.charter, self.tables = answer
                self._fill()

        self.context.runner.submit(
            shared_now, self.context.store, messages.current_language(), on_done=arrived
        )

    def _fill(self) -> None:
        self.tree.clear()
        self.tree.setHeaderLabels([self.tr("Fiches et champs"), self.tr("Ce qui part")])
        grey = QBrush(QColor(128, 128, 128))
        leaving = 0
        for table in self.tables:
            shared = [f for f in table.fields if f.shared]
            if table.aggregate_only:
                count = self.tr("seulement des totaux (moins de 5 : masqués)")
            elif shared:
                count = self.tr("%n fiche(s)", "", table.records)
                leaving += table.records
            else:
                count = self.tr("rien")
            item = QTreeWidgetItem([table.label[:1].upper() + table.label[1:], count])
            for f in table.fields:
                child = QTreeWidgetItem(
                    [
                        f.label[:1].upper() + f.label[1:],
                        self.tr("part") if f.shared else self.tr("reste"),
                    ]
                )
                if not f.shared:
                    child.setForeground(0, grey)
                    child.setForeground(1, grey)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(bool(shared) and not table.aggregate_only)
        self.tree.resizeColumnToContents(0)
        self.summary.setText(
            self.tr(
                "Charte de partage version %1. Ces champs quittent l'organisation vers les "
                "partenaires, chiffrés ; les fiches marquées « ne pas partager » et les fiches "
                "archivées restent ici. Au total : %2."
            )
            .replace("%1", str(self.charter.version if self.charter is not None else ""))
            .replace("%2", self.tr("%n fiche(s)", "", leaving))
        )

    def retranslate(self) -> None:
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WhatWeShareDialog(QDialog):
    """Menu Synchronisation → Ce que nous partageons…: the same panel, on demand."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("what_we_share_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.panel = SharePanel(context)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(640, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ce que nous partageons"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
