"""Refilling a combo box whose choices come from the store, without surprising the user.

The rule, the same for every menu whose choices may change under it (communes, tags, workers…):
- the first ``fixed`` items ("all", "none") are the combo's own and stay as they are;
- the choice the user made is kept when the new list still offers it;
- when it is no longer offered (the last employer of that commune was archived, a colleague
  left), the combo falls back to its first entry, and the caller is told which value vanished
  so it can act on it (re-run the query the menu filters, say so in the status bar). A choice
  is never kept as a ghost entry nobody can pick again, and never dropped silently.

Signals are blocked while the items change: the caller decides what a vanished choice means.

A filter menu (:class:`FilterCombo`) is as wide as the text it shows (« Toutes les communes »,
« Alle verantwoordelijken », the choice made), never cut, up to its maximum width; its list
opens as wide as its longest item. Menus in a bar share a narrow window without each being as
wide as its longest choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget


def refill(combo: QComboBox, pairs: Sequence[tuple[Any, str]], *, fixed: int = 1) -> Any | None:
    """Replace the items after the first ``fixed`` ones by ``pairs`` of (value, label).

    Returns the value that was chosen and is no longer offered (the combo now shows its first
    entry), or None when the choice was kept.
    """
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        while combo.count() > fixed:
            combo.removeItem(fixed)
        for value, label in pairs:
            combo.addItem(label, value)
        index = combo.findData(chosen) if chosen is not None else -1
        if chosen is None or index < 0:
            # Nothing chosen (an "all" item), or the choice vanished: the first entry.
            index = 0 if combo.count() else -1
        combo.setCurrentIndex(index)
    finally:
        combo.blockSignals(False)
    if chosen is not None and combo.currentData() != chosen:
        return chosen
    return None


class FilterCombo(QComboBox):
    """A filter menu sized to the text it shows (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(lambda _i: self.updateGeometry())
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(lambda *_: self.updateGeometry())

    def _fitting(self, text: str) -> QSize:
        """The size that shows ``text`` whole, in the style's frame and with its arrow."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        contents = QSize(self.fontMetrics().horizontalAdvance(text), self.fontMetrics().height())
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, contents, self
        )
        return size.boundedTo(self.maximumSize())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return hint.expandedTo(self._fitting(self.currentText()))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return hint.expandedTo(self._fitting(self.currentText()))

    def showPopup(self) -> None:
        longest = max(
            (self.fontMetrics().horizontalAdvance(self.itemText(n)) for n in range(self.count())),
            default=0,
        )
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.view().setMinimumWidth(longest + scroll + 24)
        super().showPopup()
