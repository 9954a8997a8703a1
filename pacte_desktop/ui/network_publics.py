"""The Network view's "Publics" tab: each partner's published profile, and "who may have
candidates with…?".

What a partner publishes about its candidates is a set of counts, part by part (languages,
qualification levels, residence in Saint-Gilles, availability, skills), never a combination;
a count under 5 is not published and reads "< 5" here. The table shows one column per partner
and one row per value some partner counts 5 times or more (a value nobody counts that often is
not listed). Above it, the search takes its criteria as choices (languages ticked, a level "or
higher", available by when, living in Saint-Gilles, a skill a partner published) and lists the
partners that may have such candidates: each criterion's count, and "at most" the smallest of
them, since only the marginals are known (``services/publics.py``).

The profiles are read off the GUI thread (``context.runner``); the search runs in memory on
what was read. :func:`profile_lines` also serves the sharing screen's preview of our own
profile (``what_we_share.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain import entities
from pacte_desktop.services import publics
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.inputs.choices import ChoiceBoxes, language_label
from pacte_desktop.ui.labels import choice_label

#: The parts in the order the table and the preview show them (skills last: free words).
SHOWN_PARTS = ("languages", "qualifications", "availability", "residence", "skills")
#: The values of each part in their natural order (None: alphabetical, the skills).
ORDER: Mapping[str, tuple[str, ...] | None] = {
    "languages": entities.LANGUAGE_CODES,
    "qualifications": entities.QUALIFICATIONS,
    "availability": entities.AVAILABILITIES,
    "residence": ("saint-gilles",),
    "skills": None,
}
#: The levels a search offers ("none or higher" would be everyone).
SEARCH_LEVELS = tuple(q for q in entities.QUALIFICATIONS if q != "none")


def value_label(part: str, value: str) -> str:
    """How one value of a profile reads: a language by its name, a code by its label."""
    if part == "languages":
        return language_label(value)
    if part == "skills":
        return value
    return choice_label(value)


def shown_values(part: str, profiles: list[Mapping[str, Mapping[str, int]]]) -> list[str]:
    """The values of ``part`` that at least one of ``profiles`` counts, in their order."""
    found = {value for parts in profiles for value in parts.get(part, {})}
    order = ORDER[part]
    if order is None:
        return sorted(found, key=str.casefold)
    return [value for value in order if value in found]


def count_text(count: int | None) -> str:
    """A published count, or "< 5" for one that is not published."""
    return str(count) if count is not None else f"< {publics.THRESHOLD}"


class PartLabels(QWidget):
    """Only a holder of translated part names (lupdate reads ``self.tr`` in this module)."""

    def part(self, part: str) -> str:
        return {
            "languages": self.tr("Langues"),
            "qualifications": self.tr("Niveau de qualification"),
            "availability": self.tr("Disponibilité"),
            "residence": self.tr("Domicile"),
            "skills": self.tr("Compétences"),
            "total": self.tr("Candidats actifs"),
        }[part]


def profile_lines(profile: Mapping[str, Any], labels: PartLabels) -> list[tuple[str, str, str]]:
    """``(part, value, count)`` lines of one profile as it is published: the total band, then
    every published value of each part (a part with none: one line "< 5")."""
    lines = [(labels.part("total"), "", str(profile.get("total", "")))]
    for part in SHOWN_PARTS:
        cells = profile.get(part) or {}
        values = shown_values(part, [profile])
        if not values:
            lines.append((labels.part(part), "", count_text(None)))
        for value in values:
            lines.append((labels.part(part), value_label(part, value), str(cells[value])))
    return lines


def _bold(item: QTableWidgetItem) -> QTableWidgetItem:
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    return item


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def read_only_table(name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table


class PublicsTab(QWidget):
    """Each partner's public, side by side, and the search across them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("network_publics")
        self.context = context
        self.labels = PartLabels(self)  # its own translation context, shared with the preview
        self.labels.hide()
        self.profiles: list[publics.PartnerProfile] = []
        self.joined: bool | None = None  # in a network? None until the first read
        self.matches: list[publics.Match] = []
        self._generation = 0
        self.loading = False

        self.intro = QLabel()
        self.intro.setObjectName("publics_intro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #555;")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("publics_empty")
        self.empty_label.setWordWrap(True)

        # The search: every criterion a choice.
        self.languages = ChoiceBoxes("who_languages", entities.LANGUAGE_CODES)
        self.languages_label = QLabel()
        self.level = QComboBox()
        self.level.setObjectName("who_qualification")
        self.availability = QComboBox()
        self.availability.setObjectName("who_availability")
        self.skill = QComboBox()
        self.skill.setObjectName("who_skill")
        self.resident = QCheckBox()
        self.resident.setObjectName("who_saint_gilles")
        for tick in self.languages.boxes.values():
            tick.toggled.connect(lambda _on: self.search())
        for combo in (self.level, self.availability, self.skill):
            combo.currentIndexChanged.connect(lambda _i: self.search())
        self.resident.toggled.connect(lambda _on: self.search())
        self.results = read_only_table("who_results")
        self.results.setColumnCount(4)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.setMaximumHeight(170)  # a few partners; the profiles below take the rest
        self.results_hint = QLabel()
        self.results_hint.setObjectName("who_hint")
        self.results_hint.setWordWrap(True)

        criteria = QHBoxLayout()
        criteria.addWidget(self.level)
        criteria.addWidget(self.availability)
        criteria.addWidget(self.skill)
        criteria.addWidget(self.resident)
        criteria.addStretch(1)
        spoken = QHBoxLayout()
        spoken.addWidget(self.languages_label)
        spoken.addWidget(self.languages, 1)
        self.search_box = QGroupBox()
        self.search_box.setObjectName("who_box")
        box = QVBoxLayout(self.search_box)
        box.addLayout(spoken)
        box.addLayout(criteria)
        box.addWidget(self.results_hint)
        box.addWidget(self.results, 1)

        self.table = read_only_table("publics_table")
        self.table_box = QGroupBox()
        self.table_box.setObjectName("publics_box")
        inside = QVBoxLayout(self.table_box)
        inside.addWidget(self.table)

        # In a scroll area: the window keeps its minimum size (a laptop at 150 %); the tables
        # take the room there is.
        inner = QWidget()
        scroll = QScrollArea()
        scroll.setObjectName("publics_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.search_box)
        layout.addWidget(self.table_box, 1)
        context.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    # -- strings ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Le public de chaque partenaire : ses candidats actifs comptés critère par "
                "critère. Un nombre inférieur à 5 n'est pas publié (« < 5 ») et aucune "
                "combinaison de critères ne l'est : personne ne peut être reconnu."
            )
        )
        self.search_box.setTitle(self.tr("Qui peut avoir des candidats…"))
        self.table_box.setTitle(self.tr("Le public des partenaires"))
        self.languages_label.setText(self.tr("Parlant :"))
        self.languages.retranslate()
        self.resident.setText(self.tr("habitant Saint-Gilles"))
        self._fill_combo(
            self.level,
            self.tr("Tout niveau"),
            [(q, self.tr("%1 ou plus").replace("%1", choice_label(q))) for q in SEARCH_LEVELS],
        )
        self.level.setToolTip(self.tr("Niveau de qualification (ce niveau ou un plus élevé)"))
        self.availability.setToolTip(self.tr("Disponibles au plus tard…"))
        self._fill_combo(
            self.availability,
            self.tr("Toute disponibilité"),
            [(a, choice_label(a)) for a in publics.AVAILABLE_BY],
        )
        self._fill_skills()
        self.skill.setToolTip(self.tr("Une compétence publiée par un partenaire"))
        self.results.setHorizontalHeaderLabels(
            [
                self.tr("Partenaire"),
                self.tr("Candidats actifs"),
                self.tr("Par critère"),
                self.tr("Réunissant tous les critères"),
            ]
        )
        self._show()

    def _fill_combo(self, combo: QComboBox, anything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for code, label in items:
            combo.addItem(label, code)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _fill_skills(self) -> None:
        skills = shown_values("skills", [p.parts for p in self.profiles])
        self._fill_combo(self.skill, self.tr("Toute compétence"), [(s, s) for s in skills])

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the partners' profiles in the background; a late answer to an old read is
        dropped."""
        self._generation += 1
        generation = self._generation
        self.loading = True

        def arrive(found: publics.Profiles) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.loading = False
            self.profiles, self.joined = found.profiles, found.joined
            self._fill_skills()
            self._show()

        def failed(_exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.loading = False

        self.context.runner.submit(
            publics.profiles, self.context.store, on_done=arrive, on_error=failed
        )

    def _on_changed(self, what: str, _initiator: object) -> None:
        if what in ("*", "network"):
            self.reload()

    # -- showing ---------------------------------------------------------------------------
    def _show(self) -> None:
        self._show_empty()
        self._fill_table()
        self.search()

    def _show_empty(self) -> None:
        if self.profiles or self.joined is None:
            self.empty_label.hide()
            return
        self.empty_label.setText(
            self.tr("Aucun partenaire n'a encore publié le profil de son public.")
            if self.joined
            else self.tr(
                "Ce poste n'a pas rejoint de réseau de partenaires. Menu Synchronisation → "
                "Configurer… pour le rejoindre."
            )
        )
        self.empty_label.show()

    def _fill_table(self) -> None:
        """One column per partner; a row per value some partner counts 5 times or more."""
        table = self.table
        partners = self.profiles
        table.clear()
        table.setColumnCount(2 + len(partners))
        table.setHorizontalHeaderLabels(["", "", *[p.organisation for p in partners]])
        rows: list[tuple[str, str, list[str]]] = [
            (self.labels.part("total"), "", [p.total for p in partners])
        ]
        for part in SHOWN_PARTS:
            values = shown_values(part, [p.parts for p in partners])
            if part == "residence":
                values = ["saint-gilles"]  # always asked of a pact of Saint-Gilles
            for value in values:
                counts = [count_text(p.count(part, value)) for p in partners]
                rows.append((self.labels.part(part), value_label(part, value), counts))
        table.setRowCount(len(rows))
        previous = ""
        for row, (part, value, counts) in enumerate(rows):
            table.setItem(row, 0, _bold(_item(part if part != previous else "")))
            previous = part
            table.setItem(row, 1, _item(value))
            for column, text in enumerate(counts, start=2):
                table.setItem(row, column, _item(text, right=True))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def criteria(self) -> publics.Criteria:
        skill = self.skill.currentData()
        return publics.Criteria(
            languages=self.languages.values(),
            skills=(skill,) if skill else (),
            qualification=self.level.currentData(),
            resident=self.resident.isChecked(),
            availability=self.availability.currentData(),
        )

    def search(self) -> None:
        """The partners that may have candidates meeting every criterion (in memory)."""
        criteria = self.criteria()
        asked = criteria.asked()
        self.matches = publics.who_among(self.profiles, criteria) if asked else []
        table = self.results
        table.setRowCount(len(self.matches))
        for row, match in enumerate(self.matches):
            counts = " · ".join(
                f"{self._criterion(part, value)} {n}" for part, value, n in match.counts
            )
            at_most = match.at_most
            table.setItem(row, 0, _item(match.profile.organisation))
            table.setItem(row, 1, _item(match.profile.total, right=True))
            table.setItem(row, 2, _item(counts))
            table.setItem(
                row,
                3,
                _item(self.tr("au plus %n (peut-être aucun)", "", at_most or 0)),
            )
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        if not asked:
            hint = self.tr(
                "Choisissez des critères : les partenaires qui comptent 5 candidats ou plus "
                "pour chacun s'affichent ici."
            )
        elif not self.matches:
            hint = self.tr(
                "Aucun partenaire ne compte 5 candidats ou plus pour chacun de ces critères."
            )
        else:
            hint = self.tr(
                "Chaque nombre compte les candidats d'un critère ; au plus le plus petit "
                "réunit tous les critères, peut-être aucun : demandez au partenaire."
            )
        self.results_hint.setText(hint)

    def _criterion(self, part: str, value: str) -> str:
        if part == "qualifications":
            return self.tr("%1 ou plus").replace("%1", choice_label(value))
        return value_label(part, value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
