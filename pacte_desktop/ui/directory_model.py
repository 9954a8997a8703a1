"""The directory's table model: the employers' rows as the directory shows them.

An :class:`IdTableModel` over the ``employer`` listing (ids from SQL, rows read block by block);
the NACE column also names the sector, archived rows are grey, and a column says how many
partner organisations know each employer too (« 2 partenaires » under « Également connu de »),
from a map employer id -> count the directory reads in the background
(``services/network_groups.partner_counts``). Sorting by that column reorders the id list SQL
gave (in name order) by count, stably, in memory.
"""

from __future__ import annotations

from typing import Any

from pacte_desktop.domain import messages, nace
from pacte_desktop.ui.table_model import IdTableModel


class EmployerTableModel(IdTableModel):
    """The directory's rows: the NACE column also names the sector; archived rows are grey;
    « Également connu de » counts the partners who know the employer too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.partner_counts: dict[str, int] = {}

    def set_partner_counts(self, counts: dict[str, int]) -> None:
        """New counts: the rows held show them (no SQL); a list sorted by them is sorted again."""
        if counts == self.partner_counts:
            return
        self.partner_counts = counts
        if self.listing.sort == "partners":
            self.reload()
            return
        for values in self._cache.values():
            values["_display"] = [self.display(k, values) for k in self.keys]
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(self.keys) - 1)
            )

    def _arrive(
        self, generation: int, ids: list[str], first: dict[str, dict[str, Any]] | None = None
    ) -> None:
        if self.listing.sort == "partners":  # SQL gave the name order: by count, stably
            counts = self.partner_counts
            ids = sorted(ids, key=lambda i: counts.get(i, 0), reverse=self.listing.descending)
        super()._arrive(generation, ids, first)

    def partners_text(self, count: int) -> str:
        """« 2 partenaires »: under the header « Également connu de »; empty for none."""
        return str(self.tr("%n partenaire(s)", "", count)) if count > 0 else ""

    def display(self, key: str, row: dict[str, Any]) -> str:
        if key == "partners":
            return self.partners_text(self.partner_counts.get(str(row.get("id")), 0))
        text = super().display(key, row)
        if key == "nace_code" and text:
            sector = nace.sector_of(row.get("nace_code"))
            if sector is not None:
                return f"{text} · {nace.sector_label(sector, messages.current_language())}"
        return text
