"""The Network view: partner organisations' employers, read-only, with their provenance; and
the network's members.

What the partners publish under the sharing charter arrives through the network scope of sync
(``services/network.py``, read off the GUI thread); this view lists it with the organisation
that knows each employer and the date of its latest contact. The main window's search field
filters it (name, BCE number, commune, sector, organisation). Nothing here can be edited: a
partner's record belongs to the partner.

Below, every member sees the network's organisations (``services/network.py``): admitted,
waiting for admission, removed. On the coordinator's workstation, an organisation that asked to
join can be admitted and a member removed, each after a confirmation that names it and its key's
fingerprint (to compare with the organisation by phone before admitting it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain import messages, nace
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import network
from pacte_desktop.services.network import ADMITTED, PENDING, REMOVED, Members, PartnerRecords
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.labels import field_label
from pacte_desktop.ui.network_publics import PublicsTab
from pacte_desktop.ui.record_lists import RecordListModel, make_table
from pacte_desktop.ui.table_model import fit_columns
from pacte_desktop.ui.view import View

COLUMNS = (
    "name",
    "bce_number",
    "commune",
    "nace_code",
    "phone",
    "email",
    "organisation",
    "last_contact",
)
# The columns the search field looks into (display text, case-insensitive).
SEARCHED = ("name", "bce_number", "commune", "nace_code", "sector", "organisation", "email")
MEMBER_COLUMNS = ("name", "member_status", "fingerprint", "latest")


class NetworkModel(RecordListModel):
    """The partner employers; the NACE column also names the sector."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if shown and value and self.keys[index.column()] == "nace_code":
            sector = self.row(index.row()).get("sector")
            if sector:
                return f"{value} · {sector}"
        return value


class NetworkView(View):
    """Partner employers from the network, with a search filter and an organisation filter."""

    key = "network"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.records: list[dict[str, Any]] = []
        self.joined: bool | None = None  # in a network? None until the first read
        self.search_text = ""
        self._generation = 0
        self.loading = False
        self.model = NetworkModel(COLUMNS, self._headers, self)
        self.table = make_table(self.model, "network_table")
        self._fitted = False  # columns fit the first rows once; then they are the user's
        self.table.setSortingEnabled(False)
        self.organisation_filter = QComboBox()
        self.organisation_filter.setObjectName("filter_organisation")
        self.organisation_filter.addItem("", None)
        self.organisation_filter.currentIndexChanged.connect(lambda _i: self._apply())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("network_empty")
        self.empty_label.setWordWrap(True)
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("network_read_only")
        self.read_only_label.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        bar.addWidget(self.organisation_filter)
        bar.addStretch(1)
        bar.addWidget(self.read_only_label)
        employers = QWidget()
        layout = QVBoxLayout(employers)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 3)
        layout.addWidget(self._members_box(), 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("network_tabs")
        self.tabs.addTab(employers, "")
        self.publics = PublicsTab(context)
        self.tabs.addTab(self.publics, "")
        QVBoxLayout(self).addWidget(self.tabs)
        context.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    def _members_box(self) -> QGroupBox:
        self.members: list[Any] = []
        self.coordinator = False
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
        self.members_box = QGroupBox()
        self.members_box.setObjectName("network_members")
        box = QVBoxLayout(self.members_box)
        box.addWidget(self.member_table)
        box.addLayout(buttons)
        self.members_box.hide()
        return self.members_box

    # -- strings ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Réseau")

    def _headers(self) -> dict[str, str]:
        headers = {key: field_label(key) for key in COLUMNS}
        headers["bce_number"] = self.tr("N° BCE")
        headers["nace_code"] = self.tr("Secteur (NACE)")
        headers["organisation"] = self.tr("Organisation")
        headers["last_contact"] = self.tr("Dernier contact")
        return headers

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Employeurs"))
        self.tabs.setTabText(1, self.tr("Publics"))
        self.organisation_filter.setItemText(0, self.tr("Toutes les organisations"))
        self.organisation_filter.setToolTip(self.tr("Organisation partenaire"))
        self.organisation_filter.setAccessibleName(self.tr("Organisation partenaire"))
        self.read_only_label.setText(
            self.tr("Fiches des partenaires, en lecture seule : elles leur appartiennent.")
        )
        self.model.retranslate()
        if self.records:
            self._apply()  # the sector names follow the language
        self._show_empty()
        self.members_box.setTitle(self.tr("Membres du réseau"))
        self.admit_button.setText(self.tr("Admettre…"))
        self.admit_button.setToolTip(
            self.tr("Admettre l'organisation choisie : ses partenaires liront ses fiches")
        )
        self.remove_button.setText(self.tr("Retirer du réseau…"))
        self.remove_button.setToolTip(
            self.tr("Retirer l'organisation choisie : ses partenaires effacent ses fiches")
        )
        self._show_members()

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
        """Read the partner records in the background; a late answer to an old read is dropped."""
        self._generation += 1
        generation = self._generation
        store = self.context.store
        self.loading = True

        def arrive(found: PartnerRecords) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.loading = False
            self.records = found.records
            self.joined = found.joined
            self._fill_organisations()
            self._apply()

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.loading = False
                self.message.emit(str(exc))

        self.context.runner.submit(network.partner_records, store, on_done=arrive, on_error=failed)

        def members_arrive(found: Members) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.members, self.coordinator = found.members, found.coordinator
            self._show_members()

        self.context.runner.submit(network.members, store, on_done=members_arrive, on_error=failed)

    def _fill_organisations(self) -> None:
        combo = self.organisation_filter
        current = combo.currentData()
        names = sorted({(r["organisation_id"], str(r["organisation"])) for r in self.records})
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for org_id, name in sorted(names, key=lambda p: p[1].casefold()):
            combo.addItem(name, org_id)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _apply(self) -> None:
        """Filter by the search text and the organisation, in memory (a few thousand rows)."""
        lang = messages.current_language()
        organisation = self.organisation_filter.currentData()
        words = self.search_text.casefold().split()
        rows = []
        for record in self.records:
            if organisation is not None and record["organisation_id"] != organisation:
                continue
            row = dict(record)
            row["last_contact"] = record.get("latest_contact")
            sector = nace.sector_of(record.get("nace_code"))
            row["sector"] = nace.sector_label(sector, lang) if sector else ""
            if words:
                haystack = " ".join(str(row.get(k) or "") for k in SEARCHED).casefold()
                haystack += " " + "".join(
                    ch for ch in str(row.get("bce_number") or "") if ch.isdigit()
                )
                if not all(word in haystack for word in words):
                    continue
            rows.append(row)
        self.model.set_rows(rows)
        if rows and not self._fitted:
            fit_columns(self.table, 260)
            self._fitted = True
        self.count_changed.emit(len(rows) if self.records else -1)
        self._show_empty()

    def _show_empty(self) -> None:
        if self.records or self.joined is None:  # rows, or not read yet
            self.empty_label.hide()
            return
        self.empty_label.setText(
            self.tr("Aucune fiche partenaire reçue pour l'instant.")
            if self.joined
            else self.tr(
                "Ce poste n'a pas rejoint de réseau de partenaires. Menu Synchronisation → "
                "Configurer… pour le rejoindre."
            )
        )
        self.empty_label.show()

    # -- members ---------------------------------------------------------------------------
    def _show_members(self) -> None:
        if not self.members:
            self.members_box.hide()
            return
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
        waiting = sum(1 for m in self.members if m.status == PENDING and not m.this_organisation)
        if self.coordinator and waiting:
            self.members_hint.setText(
                self.tr("%n organisation(s) attendent votre admission.", "", waiting)
            )
        elif not self.coordinator:
            self.members_hint.setText(
                self.tr("La coordination du réseau admet et retire les organisations membres.")
            )
        else:
            self.members_hint.setText("")
        self.admit_button.setVisible(self.coordinator)
        self.remove_button.setVisible(self.coordinator)
        self._member_buttons()
        self.members_box.show()

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

    def _on_changed(self, what: str, _initiator: object) -> None:
        if what in ("*", "network"):
            self.reload()

    # -- the View interface ----------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self.search_text = text
        if self.records:
            self._apply()

    def save_state(self, settings: QSettings) -> None:
        if self._fitted:  # widths worth keeping: fitted to rows, or the user's
            settings.setValue(f"{self.key}/columns", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(f"{self.key}/columns")
        if state is not None and self.table.horizontalHeader().restoreState(state):
            self._fitted = True
