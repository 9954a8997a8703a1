"""The Network view's « Membres » tab: the network's organisations, and the coordinator's
decisions.

Every member sees the network's organisations (``services/network.py``): admitted, waiting for
admission, removed. On the coordinator's workstation, an organisation that asked to join can be
admitted and a member removed, each after a confirmation that names it and its key's
fingerprint (to compare with the organisation by phone before admitting it). The tab's title
counts the organisations waiting for the coordinator, so the request is seen from the other
tabs; a workstation in no network has no members and the tab is not shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import network
from pacte_desktop.services.network import ADMITTED, PENDING, REMOVED, Members
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.record_lists import RecordListModel, make_table

MEMBER_COLUMNS = ("name", "member_status", "fingerprint", "latest")


class MembersTab(QWidget):
    """The network's organisations; admit and remove on the coordinator's workstation."""

    title_changed = Signal()  # the count of organisations waiting changed
    message = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("network_members")
        self.members: list[Any] = []
        self.coordinator = False
        self._generation = 0
        self.member_model = RecordListModel(MEMBER_COLUMNS, self._member_headers, self)
        self.member_table = make_table(self.member_model, "network_members_table")
        self.member_table.selectionModel().selectionChanged.connect(
            lambda *_: self._member_buttons()
        )
        self.members_hint = QLabel()
        self.members_hint.setObjectName("network_members_hint")
        self.members_hint.setWordWrap(True)
        self.admit_button = QPushButton()
        self.admit_button.setObjectName("admit_member")
        self.admit_button.clicked.connect(lambda: self.act_on_selected("admit"))
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_member")
        self.remove_button.clicked.connect(lambda: self.act_on_selected("remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.members_hint, 1)
        buttons.addWidget(self.admit_button)
        buttons.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.addWidget(self.member_table)
        box.addLayout(buttons)
        context.changed.connect(self._on_changed)
        self.retranslate()

    # -- strings ---------------------------------------------------------------------------
    def title(self) -> str:
        """The tab's title, empty (the tab hidden) while there are no members to show."""
        if not self.members:
            return ""
        if self.coordinator:
            waiting = self.waiting()
            if waiting:
                return str(self.tr("Membres (%n en attente)", "", waiting))
        return str(self.tr("Membres"))

    def waiting(self) -> int:
        """Organisations that asked to join and wait for this (coordinating) workstation."""
        return sum(1 for m in self.members if m.status == PENDING and not m.this_organisation)

    def retranslate(self) -> None:
        self.admit_button.setText(self.tr("Admettre…"))
        self.admit_button.setToolTip(
            self.tr("Admettre l'organisation choisie : ses partenaires liront ses fiches")
        )
        self.remove_button.setText(self.tr("Retirer du réseau…"))
        self.remove_button.setToolTip(
            self.tr("Retirer l'organisation choisie : ses partenaires effacent ses fiches")
        )
        self.member_model.retranslate()
        self._show_members()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _member_headers(self) -> dict[str, str]:
        return {
            "name": self.tr("Organisation"),
            "member_status": self.tr("Statut"),
            "fingerprint": self.tr("Empreinte de clé"),
            "latest": self.tr("Dernier fichier reçu"),
        }

    def _status_label(self, member: Any) -> str:
        text = {
            ADMITTED: self.tr("admise"),
            PENDING: self.tr("en attente d'admission"),
            REMOVED: self.tr("retirée"),
        }[member.status]
        if member.coordinator:
            text += self.tr(" · coordination")
        if member.this_organisation:
            text += self.tr(" · notre organisation")
        return str(text)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the members in the background; a late answer to an old read is dropped."""
        self._generation += 1
        generation = self._generation

        def arrive(found: Members) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.members, self.coordinator = found.members, found.coordinator
            self._show_members()
            self.title_changed.emit()

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.message.emit(str(exc))

        self.context.runner.submit(
            network.members, self.context.store, on_done=arrive, on_error=failed
        )

    def _on_changed(self, what: str, _initiator: object) -> None:
        if what in ("*", "network"):
            self.reload()

    def _show_members(self) -> None:
        rows = [
            {
                "id": m.org_id,
                "name": m.name,
                "member_status": self._status_label(m),
                "fingerprint": m.fingerprint,
                "latest": (m.latest_at or "")[:10],
            }
            for m in self.members
        ]
        selected = self.selected_member()
        self.member_model.set_rows(rows)
        # Names, statuses and fingerprints read whole; the last column takes what is left.
        for column in range(len(MEMBER_COLUMNS) - 1):
            self.member_table.resizeColumnToContents(column)
        if selected is not None:
            for row, member in enumerate(self.members):
                if member.org_id == selected.org_id:
                    self.member_table.selectRow(row)
        waiting = self.waiting()
        if self.coordinator and waiting:
            self.members_hint.setText(
                self.tr("%n organisation(s) attendent votre admission.", "", waiting)
            )
        elif not self.coordinator and self.members:
            self.members_hint.setText(
                self.tr("La coordination du réseau admet et retire les organisations membres.")
            )
        else:
            self.members_hint.setText("")
        self.admit_button.setVisible(self.coordinator)
        self.remove_button.setVisible(self.coordinator)
        self._member_buttons()

    def selected_member(self) -> Any | None:
        rows = self.member_table.selectionModel().selectedRows()
        if not rows or not (0 <= rows[0].row() < len(self.members)):
            return None
        return self.members[rows[0].row()]

    def _member_buttons(self) -> None:
        member = self.selected_member()
        self.admit_button.setEnabled(
            member is not None and member.status != ADMITTED and bool(member.fingerprint)
        )
        self.remove_button.setEnabled(
            member is not None and member.status != REMOVED and not member.this_organisation
        )

    # -- the coordinator's decisions -------------------------------------------------------
    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Membres du réseau"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def act_on_selected(self, action: str) -> None:
        """Admit or remove the selected organisation, once confirmed, off the GUI thread."""
        member = self.selected_member()
        if member is None:
            return
        if action == "admit":
            text = self.tr(
                "Admettre « %1 » dans le réseau ? Ses partenaires liront les fiches qu'elle "
                "publie.\n\nVérifiez d'abord avec elle l'empreinte de sa clé : %2"
            )
        else:
            text = self.tr(
                "Retirer « %1 » du réseau ? Ses partenaires ne liront plus ses fiches et "
                "effaceront celles qu'ils ont reçues. (Empreinte de sa clé : %2)"
            )
        if not self.confirm(text.replace("%1", member.name).replace("%2", member.fingerprint)):
            return
        store = self.context.store
        org, shown = member.org_id, member.fingerprint
        self.admit_button.setEnabled(False)
        self.remove_button.setEnabled(False)

        def done(_member: Any) -> None:
            if isValid(self):
                self.context.changed.emit("network", self)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._member_buttons()
            text = exc.message() if isinstance(exc, PacteError) else str(exc)
            QMessageBox.warning(self, self.tr("Membres du réseau"), text)

        def act() -> Any:
            if action == "admit":  # the key the coordinator was shown and checked
                return network.admit(store, org, shown)
            return network.remove(store, org)

        self.context.runner.submit(act, on_done=done, on_error=failed)
