"""A bar that wraps: its widgets side by side while they fit, on the next row when they do not.

The rule: a bar of filters and buttons shows every item whole at its preferred width (a filter
menu as wide as « Toutes les communes », a button as wide as its words) and, when the window is
narrower than the whole row (a 1366×768 laptop at 150 %), carries the items that no longer fit
onto a second row instead of cutting them or widening the window. Its minimum width is
therefore the widest single item's, never the sum of them all: the views that use it leave the
sidebar its width on a narrow screen. Items keep their order, left to right and top to bottom;
an item wider than the bar (never by more than its own minimum) gets the bar's width. The
height follows the width (``heightForWidth``), so the rows below the bar move down when it
wraps.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items in rows that wrap (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's item list ---------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        if 0 <= index < len(self._items):
            return self._items.pop(index)
        return None

    # -- sizes -----------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """All the items on one row."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, horizontal=True) if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest item's minimum: the others go to the next rows."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    # -- placing ---------------------------------------------------------------------------
    def horizontalSpacing(self) -> int:
        return self._spacing if self._spacing >= 0 else self._style_gap(horizontal=True)

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _style_gap(self, *, horizontal: bool) -> int:
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        gap = parent.style().pixelMetric(metric, None, parent)
        return gap if gap >= 0 else 6

    def _gap(self, item: QLayoutItem, *, horizontal: bool) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        if widget is None:
            return self._style_gap(horizontal=horizontal)
        kind = QSizePolicy.ControlType.PushButton
        orientation = Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical
        gap = widget.style().layoutSpacing(kind, kind, orientation)
        return gap if gap >= 0 else self._style_gap(horizontal=horizontal)

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (when ``move``); the height that takes."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QSize]] = []

        def close_row() -> None:
            if move:
                for item, size in row:
                    # Each item centred in its row's height (a check box beside a menu).
                    top = y + (row_height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(item_x[id(item)], top), size))

        item_x: dict[int, int] = {}
        for item in self._visible():
            hint = item.sizeHint().expandedTo(item.minimumSize())
            size = QSize(
                min(hint.width(), max(area.width(), item.minimumSize().width())), hint.height()
            )
            gap_x = self._gap(item, horizontal=True)
            if row and x + size.width() > area.right() + 1:
                close_row()
                y += row_height + self._gap(item, horizontal=False)
                x, row_height, row = area.x(), 0, []
            item_x[id(item)] = x
            row.append((item, size))
            x += size.width() + gap_x
            row_height = max(row_height, size.height())
        close_row()
        return y + row_height - rect.y() + margins.bottom()
