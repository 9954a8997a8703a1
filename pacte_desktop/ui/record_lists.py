"""Short lists held in memory, as the employer record and the sync dialogs show them.

A :class:`RecordListModel` holds a few dozen rows read at once (one mapping per row, keyed by
column); :func:`make_table` is the read-only, whole-row table every such list sits in. Cells
read through :func:`labels.display_value`, so dates, choices and numbers look as everywhere
else; :func:`label_of` names a reference field after what it points to.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pacte_desktop.ui.labels import display_value, field_label
from pacte_desktop.ui.table_model import ID_ROLE, KeyedTableModel

# Reference fields whose core label is that of the thing they name ("owner_id" → "owner").
REF_LABELS = {"owner_id": "owner", "worker_id": "worker", "employer_id": "employer"}


def label_of(name: str) -> str:
    """A field's label, reference fields named after what they point to."""
    return field_label(REF_LABELS.get(name, name))


Index = QModelIndex | QPersistentModelIndex


class RecordListModel(KeyedTableModel):
    """A short list held in memory (a few dozen rows): one mapping per row, keyed by column.

    For the lists of one employer (contacts, démarches, offers…), which are small enough to read
    at once; the directory itself uses :class:`IdTableModel`. Values are shown through
    :func:`labels.display_value`, so dates, choices and numbers read as everywhere else.
    """

    def __init__(
        self,
        keys: Sequence[str],
        headers: Callable[[], Mapping[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(keys, headers, parent)
        self._rows: list[Mapping[str, Any]] = []

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        if self.keys:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.keys) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.keys) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.get("id")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = self.keys[index.column()]
            return display_value(key, row.get(key))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def id_at(self, row: int) -> str | None:
        return self._rows[row].get("id") if 0 <= row < len(self._rows) else None

    def row(self, row: int) -> Mapping[str, Any]:
        return self._rows[row]


def make_table(model: QAbstractTableModel, name: str, widths: Sequence[int] = ()) -> QTableView:
    """A read-only table of whole-row selection, as every list of the record shows."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(130)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return table
