"""What we share with the partner network: per table, the fields that leave and how many records.

Shown by the sync setup wizard before the first network sync, and on demand (Synchronisation →
Ce que nous partageons…). The charter in force and the counts are read off the GUI thread
(:func:`pacte_desktop.services.sync_setup.shared_now`); the panel fills itself when they arrive,
and again on a language change (the fields' labels come back in the new language).

Below, the profile of our public exactly as partners will hold it after the next network pass
(:func:`pacte_desktop.services.publics.own_profile`): the total band and every count of 5 or
more; while fewer than 5 candidates joined, left or changed since the last profile published,
that one stays, and the panel says how many more changes a new one waits for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain import messages
from pacte_desktop.services import publics
from pacte_desktop.services.sharing import SharedTable
from pacte_desktop.services.sync_setup import Charter, shared_now
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.network_publics import PartLabels, profile_lines, read_only_table


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
        self.profile_box = QGroupBox()
        self.profile_box.setObjectName("own_profile_box")
        self.profile_note = QLabel()
        self.profile_note.setObjectName("own_profile_note")
        self.profile_note.setWordWrap(True)
        self.profile_table = read_only_table("own_profile_table")
        self.profile_table.setColumnCount(3)
        self.part_labels = PartLabels(self)
        self.part_labels.hide()
        inside = QVBoxLayout(self.profile_box)
        inside.addWidget(self.profile_note)
        inside.addWidget(self.profile_table, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.profile_box, 1)
        self.tables: list[SharedTable] = []
        self.charter: Charter | None = None
        self.own: publics.OwnProfile | None = None
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

        def profile_arrived(own: publics.OwnProfile) -> None:
            if asked == self._asked and isValid(self):
                self.own = own
                self._fill_profile()

        self.context.runner.submit(publics.own_profile, self.context.store, on_done=profile_arrived)

    def _fill_profile(self) -> None:
        """Our public's profile as partners will hold it, line by line."""
        self.profile_box.setTitle(self.tr("Le profil de notre public, tel qu'il sera publié"))
        if self.own is None:
            return
        lines = profile_lines(self.own.outgoing, self.part_labels)
        table = self.profile_table
        table.setHorizontalHeaderLabels(
            [self.tr("Critère"), self.tr("Valeur"), self.tr("Candidats actifs")]
        )
        table.setRowCount(len(lines))
        previous = ""
        for row, (part, value, count) in enumerate(lines):
            for column, text in enumerate((part if part != previous else "", value, count)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
            previous = part
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rule = self.tr(
            "Seulement des nombres de candidats actifs, critère par critère, jamais croisés ; "
            "moins de 5 : non publié (« < 5 »)."
        )
        if self.own.waiting:
            when = self.tr(
                "Ce profil reste publié tant que moins de 5 candidats sont arrivés, partis ou "
                "ont changé depuis : encore %n changement(s) avant le suivant.",
                "",
                self.own.waiting,
            )
        elif self.own.sent:
            when = self.tr("C'est le profil que nos partenaires ont reçu.")
        else:
            when = self.tr("Ce profil partira au prochain passage de la synchronisation.")
        self.profile_note.setText(f"{rule} {when}")

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
