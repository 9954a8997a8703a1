"""A table model over SQL: the ordered ids from one query, rows fetched on demand.

The id list comes from :func:`pacte_desktop.services.listings.ids`, run off the GUI thread;
each answer carries a generation number so a late answer to an old query is dropped. Rows are
fetched in blocks of :data:`BLOCK` through :func:`listings.rows` when a view first asks for them
and kept in a bounded cache. Sorting asks SQL for a new id list; no proxy model is used.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyle, QTableView
from shiboken6 import isValid

from pacte_desktop.services import listings
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.labels import display_value, format_date

BLOCK = 50
CACHE_ROWS = 5_000
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
ARCHIVED_COLOR = QColor(128, 128, 128)
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, _FOREGROUND, ID_ROLE, SORT_ROLE}
)


class KeyedTableModel(QAbstractTableModel):
    """A table whose columns are named by keys, with headers translated on demand."""

    def __init__(
        self,
        keys: Sequence[str],
        headers: Callable[[], Mapping[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.keys = list(keys)
        self.headers = headers  # key -> translated header, called again on language change

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(self.keys):
            key = self.keys[section]
            return self.headers().get(key, key)
        return None


class IdTableModel(KeyedTableModel):
    """Rows of one table of the store, as a :class:`listings.Listing` selects them."""

    loaded = Signal(int)  # emitted with the row count when a new id list is in place

    def __init__(
        self,
        context: AppContext,
        table: str,
        headers: Callable[[], dict[str, str]],
        keys: Sequence[str] | None = None,
    ) -> None:
        super().__init__(keys or [c.key for c in listings.columns(table)], headers)
        self.context = context
        self.table = table
        self.listing = listings.Listing(sort=self.keys[0])
        self._ids: list[str] = []
        self._cache: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._generation = 0
        self._epoch = 0  # changes whenever cached rows may be stale
        self._pending: set[int] = set()
        self.loading = False
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._query)

    # -- loading ---------------------------------------------------------------------------
    def set_listing(self, listing: listings.Listing) -> None:
        self.listing = listing
        self.reload()

    def reload(self) -> None:
        """Ask SQL for the ids again (in the background); the old rows stay until it answers.

        Calls made in one burst (enabling sorting, restoring a header, restoring filters) make
        one query: it starts when control returns to the event loop.
        """
        self._generation += 1
        self.loading = True
        if not self._reload_timer.isActive():
            self._reload_timer.start()

    def _query(self) -> None:
        generation = self._generation
        # The first rows come with the ids, so the view can paint without a query of its own.
        self.context.fetch(
            listings.first_rows,
            self.table,
            self.listing,
            BLOCK,
            on_done=lambda found: self._arrive(generation, *found),
            priority=10,
        )

    def _arrive(
        self, generation: int, ids: list[str], first: dict[str, dict[str, Any]] | None = None
    ) -> None:
        if not isValid(self) or generation != self._generation:
            return  # the view is gone, or an answer to a query that has since been replaced
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self._epoch += 1
        self._pending.clear()
        for key in ids[:BLOCK]:
            if first and key in first:
                self._store_row(key, first[key])
        self.endResetModel()
        self.loading = False
        self.loaded.emit(len(ids))

    def invalidate_rows(self) -> None:
        """Forget cached rows (after a write) and repaint what is visible."""
        self._cache.clear()
        self._epoch += 1
        self._pending.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.keys) - 1)
            )

    def _store_row(self, key: str, values: dict[str, Any]) -> None:
        # Cells are formatted once per fetch, not on every repaint.
        values["_display"] = [self.display(k, values) for k in self.keys]
        self._cache[key] = values

    def _row(self, row: int) -> dict[str, Any] | None:
        """The cached row, or None while its block is being read in the background."""
        record_id = self._ids[row]
        found = self._cache.get(record_id)
        if found is not None:
            self._cache.move_to_end(record_id)
            return found
        self._request_block(row // BLOCK)
        return None

    def _request_block(self, block: int) -> None:
        # Reading rows on the GUI thread made every jump of the scroll bar wait for SQL; the
        # cells of a block not yet read stay blank for the few milliseconds it takes.
        if block in self._pending:
            return
        ids = [i for i in self._ids[block * BLOCK : (block + 1) * BLOCK] if i not in self._cache]
        if not ids:
            return
        self._pending.add(block)
        epoch = self._epoch
        self.context.fetch(
            listings.rows,
            self.table,
            ids,
            on_done=lambda rows: self._block_arrived(epoch, block, ids, rows),
            on_error=lambda _exc: self._pending.discard(block),
            priority=5,
        )

    def _block_arrived(
        self, epoch: int, block: int, ids: list[str], rows: dict[str, dict[str, Any]]
    ) -> None:
        if not isValid(self):
            return
        self._pending.discard(block)
        if epoch != self._epoch:
            return  # the list or the rows changed since: a newer read will come
        for key in ids:
            self._store_row(key, rows.get(key, {"id": key, "archived_at": "gone"}))
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        first = block * BLOCK
        last = min(first + BLOCK, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.keys) - 1))

    # -- the model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def display(self, key: str, row: dict[str, Any]) -> str:
        """The text of one cell; subclasses may say more (a sector beside its NACE code)."""
        return display_value(key, row.get(key))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask every visible cell for about ten roles on each repaint: answer the roles
        # this model does not serve before any other work.
        if role not in _ROLES:
            return None
        number = index.row()
        if not index.isValid() or not (0 <= number < len(self._ids)):
            return None
        if role == ID_ROLE:
            return self._ids[number]
        row = self._row(number)
        if row is None:
            return None
        if role == _FOREGROUND:
            return ARCHIVED_COLOR if row.get("archived_at") else None
        if role == SORT_ROLE:
            return row.get(self.keys[index.column()])
        return row["_display"][index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.keys):
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_listing(replace(self.listing, sort=self.keys[column], descending=descending))

    # -- helpers for views -----------------------------------------------------------------
    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    @property
    def ids(self) -> list[str]:
        return list(self._ids)


#: A day with two-digit day and month: the widest a date column must show (« 29/12/2026 »).
WIDEST_DAY = dt.date(2026, 12, 29)
CELL_PADDING = 12  # px beside a cell's text (the style's margins, a little air)


def fit_columns(view: QTableView, max_width: int = 320) -> None:
    """Size columns to what the first rows hold (not all 100,000), none wider than ``max_width``
    — but never narrower than their header (with its sort arrow) nor, for a date column (its
    key names a date), than a day with a four-digit year: rows arrive after the first fit,
    and a header or a date cut in the middle (« pvolging na 3 maande », « 29/11/20… ») reads
    as nothing."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(40)
    view.resizeColumnsToContents()
    model = view.model()
    keys: Sequence[str] = getattr(model, "keys", ())
    header_metrics = header.fontMetrics()
    arrow = view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    day_width = view.fontMetrics().horizontalAdvance(format_date(WIDEST_DAY)) + CELL_PADDING
    for column in range(header.count()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = header_metrics.horizontalAdvance(title) + arrow + 4 * margin + CELL_PADDING
        if column < len(keys) and "date" in keys[column]:
            needed = max(needed, day_width)
        fitted = min(header.sectionSize(column) + CELL_PADDING, max_width)
        header.resizeSection(column, max(fitted, needed))
