"""The Network view: partner organisations' employers, read-only, with their provenance.

What the partners publish under the sharing charter arrives through the network scope of sync
(:func:`engine.network_records`); this view lists it with the organisation that knows each
employer and the date of its latest contact. The main window's search field filters it (name,
BCE number, commune, sector, organisation). Nothing here can be edited: a partner's record
belongs to the partner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout
from shiboken6 import isValid

from pacte_desktop.domain import messages, nace
from pacte_desktop.sync import engine
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.employer_record import RecordListModel, make_table
from pacte_desktop.ui.labels import field_label
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
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        context.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

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

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the partner records in the background; a late answer to an old read is dropped."""
        self._generation += 1
        generation = self._generation
        store = self.context.store
        self.loading = True

        def arrive(found: list[dict[str, Any]]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.loading = False
            self.records = found
            self._fill_organisations()
            self._apply()

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.loading = False
                self.message.emit(str(exc))

        self.context.runner.submit(
            lambda: engine.network_records(store), on_done=arrive, on_error=failed
        )

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
        configured = engine.LocalState(self.context.store).configured("network")
        if self.records:
            self.empty_label.hide()
            return
        self.empty_label.setText(
            self.tr("Aucune fiche partenaire reçue pour l'instant.")
            if configured
            else self.tr(
                "Ce poste n'a pas rejoint de réseau de partenaires. Menu Synchronisation → "
                "Configurer… pour le rejoindre."
            )
        )
        self.empty_label.show()

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
