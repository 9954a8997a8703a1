"""Refilling a combo box whose choices come from the store, without surprising the user.

The rule, the same for every menu whose choices may change under it (communes, tags, workers…):
- the first ``fixed`` items ("all", "none") are the combo's own and stay as they are;
- the choice the user made is kept when the new list still offers it;
- when it is no longer offered (the last employer of that commune was archived, a colleague
  left), the combo falls back to its first entry, and the caller is told which value vanished
  so it can act on it (re-run the query the menu filters, say so in the status bar). A choice
  is never kept as a ghost entry nobody can pick again, and never dropped silently.

Signals are blocked while the items change: the caller decides what a vanished choice means.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox


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
