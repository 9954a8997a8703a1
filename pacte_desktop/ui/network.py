"""The Network view: what the partner organisations share, in tabs.

A tab is a widget of its own module, added with :meth:`NetworkView.add_tab` and placed in the
order of :data:`TAB_ORDER` whoever adds it: « Employeurs » (here), « Publics »
(``ui/network_publics.py``), « Demandes » (``ui/network_requests.py``), « Membres »
(``ui/network_members.py``). Each tab reads through the context off the GUI thread and refreshes
itself from ``context.changed``; the view forwards the main window's search to the tab shown and
remembers which tab was shown.

« Employeurs »: what the partners publish under the sharing charter arrives through the network
scope of sync; ``services/network_groups.py`` groups it (read off the GUI thread) so that one
employer known by several organisations is one row, naming every organisation that knows it
with the date of its latest contact — ours too ("Nous") when one of our employers is that
employer (the same BCE number or name, or a link a colleague made in the duplicates review).
The main window's search field filters it (name, BCE number, commune, sector, organisations);
the organisation filter keeps the employers that organisation knows. Nothing here can be edited:
a partner's record belongs to the partner; a row we know too opens our own record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain import messages, nace
from pacte_desktop.services import network
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.labels import display_value, field_label
from pacte_desktop.ui.network_members import MembersTab
from pacte_desktop.ui.network_publics import PublicsTab
from pacte_desktop.ui.network_requests import RequestsTab
from pacte_desktop.ui.record_lists import RecordListModel, make_table
from pacte_desktop.ui.table_model import fit_columns
from pacte_desktop.ui.view import View

if TYPE_CHECKING:
    from pacte_desktop.services.network_groups import NetworkEmployer, NetworkEmployers

# The tabs' places, whichever module adds them and in whatever order.
TAB_ORDER = ("employers", "publics", "requests", "members")
COLUMNS = (
    "name",
    "known_by",
    "last_contact",
    "bce_number",
    "commune",
    "nace_code",
    "phone",
    "email",
)
KNOWN_BY_WIDTH = 480  # px at most: every organisation and its date, read whole
# The columns the search field looks into (display text, case-insensitive).
SEARCHED = ("name", "bce_number", "commune", "nace_code", "sector", "known_by", "email")
# Taken from the partners' records, the one contacted last first.
FROM_RECORDS = ("nace_code", "phone", "email")


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


class TitledTab(QWidget):
    """A tab made of the view's own widgets, titled by one of the view's methods."""

    def __init__(self, title: Callable[[], str]) -> None:
        super().__init__()
        self._title = title

    def title(self) -> str:
        return self._title()


class NetworkView(View):
    """What the partners share, in tabs; the first lists their employers."""

    key = "network"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.records: list[NetworkEmployer] = []
        self.shown: list[NetworkEmployer] = []  # the rows of the table, filtered
        self.joined: bool | None = None  # in a network? None until the first read
        self.search_text = ""
        self._generation = 0
        self.loading = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("network_tabs")
        self.tabs.setDocumentMode(True)
        self._tabs: dict[str, QWidget] = {}
        self._titles: dict[str, Callable[[], str]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.add_tab("employers", self._employers_tab())
        self.publics = PublicsTab(context)  # ui/network_publics.py
        self.add_tab("publics", self.publics, lambda: self.tr("Publics"))
        self.requests_tab = RequestsTab(context)  # ui/network_requests.py
        self.add_tab("requests", self.requests_tab, lambda: self.tr("Demandes"))
        self.members_tab = MembersTab(context)
        self.add_tab("members", self.members_tab)
        context.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    # -- tabs ------------------------------------------------------------------------------
    def add_tab(self, key: str, tab: QWidget, title: Callable[[], str] | None = None) -> None:
        """Add a tab at its place in :data:`TAB_ORDER`, e.g. in ``__init__``::

            self.publics = PublicsTab(context)
            self.add_tab("publics", self.publics, lambda: self.tr("Publics"))

        ``title`` gives the tab's title (called again when the language changes), else the
        widget's own ``title() -> str``. The widget may have a ``title_changed`` signal (its
        title shows a count that changed), a ``message`` signal (a line for the status bar),
        ``set_search(text)`` (the main window's search field), ``reload()``, and
        ``save_state(settings)`` / ``restore_state(settings)`` (under keys of its own). A tab
        whose title is empty is not shown (nothing to show yet: no members outside a network)."""
        place = TAB_ORDER.index(key)
        index = sum(1 for k in self._tabs if TAB_ORDER.index(k) < place)
        self._tabs[key] = tab
        self._titles[key] = title or getattr(tab, "title")  # noqa: B009 - one or the other
        tab.setProperty("network_tab", key)
        self.tabs.insertTab(index, tab, "")
        for signal, slot in (
            ("title_changed", lambda: self._title_tab(key)),
            ("message", self.message.emit),
        ):
            found = getattr(tab, signal, None)
            if found is not None:
                found.connect(slot)
        self._title_tab(key)
        searched = getattr(tab, "set_search", None)
        if callable(searched) and self.search_text:
            searched(self.search_text)

    def tab(self, key: str) -> QWidget:
        return self._tabs[key]

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._tabs[key])

    def current_tab(self) -> str:
        widget = self.tabs.currentWidget()
        return str(widget.property("network_tab")) if widget is not None else "employers"

    def _title_tab(self, key: str) -> None:
        tab = self._tabs[key]
        title = str(self._titles[key]())
        index = self.tabs.indexOf(tab)
        self.tabs.setTabText(index, title)
        self.tabs.setTabVisible(index, bool(title) or key == "employers")

    def _employers_tab(self) -> QWidget:
        self.model = NetworkModel(COLUMNS, self._headers, self)
        self.table = make_table(self.model, "network_table")
        self._fitted = False  # columns fit the first rows once; then they are the user's
        self.table.setSortingEnabled(False)
        self.table.activated.connect(self._open_ours)  # Enter or double-click
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
        self.employers_tab = TitledTab(self._employers_title)
        self.employers_tab.setObjectName("network_employers")
        layout = QVBoxLayout(self.employers_tab)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        return self.employers_tab

    # -- strings ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Réseau")

    def _employers_title(self) -> str:
        return str(self.tr("Employeurs"))

    def _headers(self) -> dict[str, str]:
        headers = {key: field_label(key) for key in COLUMNS}
        headers["bce_number"] = self.tr("N° BCE")
        headers["nace_code"] = self.tr("Secteur (NACE)")
        headers["known_by"] = self.tr("Connu de")
        headers["last_contact"] = self.tr("Dernier contact d'un partenaire")
        return headers

    def retranslate(self) -> None:
        self.organisation_filter.setItemText(0, self.tr("Toutes les organisations"))
        self.organisation_filter.setToolTip(self.tr("Organisation partenaire"))
        self.organisation_filter.setAccessibleName(self.tr("Organisation partenaire"))
        self.read_only_label.setText(
            self.tr("Fiches des partenaires, en lecture seule : elles leur appartiennent.")
        )
        self.table.setToolTip(
            self.tr("Un employeur que nous connaissons aussi s'ouvre sur notre fiche (Entrée)")
        )
        self.model.retranslate()
        if self.records:
            self._apply()  # the sector names follow the language
        self._show_empty()
        # The tabs retranslate themselves (their LanguageChange); their titles are set here.
        for key in self._tabs:
            self._title_tab(key)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Every tab reads again (the language changed, or the view was just built)."""
        self._load_employers()
        for key, tab in self._tabs.items():
            again = getattr(tab, "reload", None)
            if key != "employers" and callable(again):
                again()

    def _load_employers(self) -> None:
        """Read the partner records in the background; a late answer to an old read is
        dropped."""
        self._generation += 1
        generation = self._generation
        store = self.context.store
        self.loading = True

        def arrive(found: NetworkEmployers) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.loading = False
            self.records = found.employers
            self.joined = found.joined
            self._fill_organisations()
            self._apply()

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.loading = False
                self.message.emit(str(exc))

        self.context.runner.submit(
            network.partner_employers, store, on_done=arrive, on_error=failed
        )

    def _fill_organisations(self) -> None:
        combo = self.organisation_filter
        current = combo.currentData()
        names = {
            (k.organisation_id, k.organisation)
            for employer in self.records
            for k in employer.knowers
            if not k.own
        }
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for org_id, name in sorted(names, key=lambda p: p[1].casefold()):
            combo.addItem(name, org_id)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _known_by(self, employer: NetworkEmployer) -> str:
        """Every organisation that knows the employer, each with its latest contact."""
        parts = []
        for knower in employer.knowers:
            name = self.tr("Nous") if knower.own else knower.organisation
            when = display_value("last_contact", knower.latest_contact)
            parts.append(f"{name} ({when})" if when else str(name))
        return " · ".join(parts)

    def row_of(self, employer: NetworkEmployer) -> dict[str, Any]:
        """One table row: our record's name and place when we know the employer, the other
        columns from the partners' records (the one contacted last first)."""
        records = sorted(
            employer.records, key=lambda r: str(r.get("latest_contact") or ""), reverse=True
        )
        row: dict[str, Any] = {
            "id": employer.key,
            "own_id": employer.own_ids[0] if employer.own_ids else None,
            "name": employer.name,
            "bce_number": employer.bce_number,
            "commune": employer.commune,
            "known_by": self._known_by(employer),
            "last_contact": max(
                (k.latest_contact for k in employer.knowers if not k.own and k.latest_contact),
                default=None,
            ),
        }
        for key in FROM_RECORDS:
            row[key] = next((r[key] for r in records if r.get(key)), None)
        sector = nace.sector_of(row.get("nace_code"))
        row["sector"] = nace.sector_label(sector, messages.current_language()) if sector else ""
        return row

    def _apply(self) -> None:
        """Filter by the search text and the organisation, in memory (a few thousand rows)."""
        organisation = self.organisation_filter.currentData()
        words = self.search_text.casefold().split()
        rows = []
        self.shown = []
        for employer in self.records:
            if organisation is not None and not any(
                k.organisation_id == organisation and not k.own for k in employer.knowers
            ):
                continue
            row = self.row_of(employer)
            if words:
                haystack = " ".join(str(row.get(k) or "") for k in SEARCHED).casefold()
                haystack += " " + "".join(
                    ch for ch in str(row.get("bce_number") or "") if ch.isdigit()
                )
                if not all(word in haystack for word in words):
                    continue
            rows.append(row)
            self.shown.append(employer)
        self.model.set_rows(rows)
        if rows and not self._fitted:
            fit_columns(self.table, 260)
            column = COLUMNS.index("known_by")
            self.table.resizeColumnToContents(column)
            width = min(self.table.columnWidth(column), KNOWN_BY_WIDTH)
            self.table.setColumnWidth(column, width)
            self._fitted = True
        self.count_changed.emit(len(rows) if self.records else -1)
        self._show_empty()

    def _open_ours(self, index: Any) -> None:
        """Enter or a double-click on an employer we know too: our record opens."""
        if not index.isValid() or not (0 <= index.row() < len(self.shown)):
            return
        own = self.shown[index.row()].own_ids
        if own:
            from pacte_desktop.ui.employer_record import open_employer

            open_employer(self.context, own[0], self)
        else:
            self.message.emit(
                self.tr("Fiche d'un partenaire : nous ne connaissons pas cet employeur.")
            )

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

    def _on_changed(self, what: str, _initiator: object) -> None:
        # The other tabs listen for themselves. A link or a merge regroups the employers.
        if what in ("*", "network", "dedupe"):
            self._load_employers()

    # -- the View interface ----------------------------------------------------------------
    def set_search(self, text: str) -> None:
        """The search field filters every tab that can be searched: switching tabs keeps the
        text shown in the field true of the tab shown."""
        self.search_text = text
        if self.records:
            self._apply()
        for key, tab in self._tabs.items():
            searched = getattr(tab, "set_search", None)
            if key != "employers" and callable(searched):
                searched(text)

    def save_state(self, settings: QSettings) -> None:
        if self._fitted:  # widths worth keeping: fitted to rows, or the user's
            settings.setValue(f"{self.key}/columns", self.table.horizontalHeader().saveState())
        settings.setValue(f"{self.key}/tab", self.current_tab())
        for key, tab in self._tabs.items():
            keep = getattr(tab, "save_state", None)
            if key != "employers" and callable(keep):
                keep(settings)

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(f"{self.key}/columns")
        if state is not None and self.table.horizontalHeader().restoreState(state):
            self._fitted = True
        shown = settings.value(f"{self.key}/tab")
        if isinstance(shown, str) and shown in self._tabs:
            self.show_tab(shown)
        for key, tab in self._tabs.items():
            again = getattr(tab, "restore_state", None)
            if key != "employers" and callable(again):
                again(settings)
