"""The cue of a placement check that is due: the 3- and 6-month columns of the placements list.

The rule (start + months ≤ today, the check still pending) is :mod:`domain.placement_checks`'s,
the same as the placements report's; this delegate only shows it: an amber background, a sign
before the text (colour alone is not enough) and a tool tip naming the day it became due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from pacte_desktop.domain.placement_checks import check_date, check_due
from pacte_desktop.ui.labels import format_date
from pacte_desktop.ui.table_model import SORT_ROLE

DUE_COLOUR = "#ffe0b2"  # amber: a check is due; the text also gets a sign, colour is not enough


class CheckDueDelegate(QStyledItemDelegate):
    """Marks a 3- or 6-month check that is due (start + months ≤ today, still pending).

    Computed from the row's own values (start date and check result), so it costs no SQL.
    """

    def __init__(
        self,
        months: Mapping[int, int],
        start_column: int,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.months = dict(months)  # column -> months after the start
        self.start_column = start_column
        self.today = today

    def due_since(self, index: QModelIndex | QPersistentModelIndex) -> dt.date | None:
        months = self.months.get(index.column())
        if months is None:
            return None
        start = index.siblingAtColumn(self.start_column).data(SORT_ROLE)
        if not check_due(start, index.data(SORT_ROLE), months, self.today()):
            return None
        return check_date(start, months)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self.due_since(index) is not None:
            option.backgroundBrush = QBrush(QColor(DUE_COLOUR))
            option.text = "⚠ " + option.text
            font = QFont(option.font)
            font.setBold(True)
            option.font = font

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        due = self.due_since(index)
        if due is not None and event.type() == QEvent.Type.ToolTip:
            QToolTip.showText(
                event.globalPos(),
                self.tr("Suivi à faire depuis le %1").replace("%1", format_date(due)),
                view,
            )
            return True
        return super().helpEvent(event, view, option, index)
