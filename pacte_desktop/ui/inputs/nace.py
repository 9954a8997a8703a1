"""The NACE-BEL field: type a code or words of an activity, pick it in the suggestions.

The rule: the field holds a code, as before (any valid code may still be typed: the domain
checks it). While the person types, suggestions come from :mod:`pacte_desktop.domain.
nace_labels` — codes starting with the digits typed (dots or not), or labels holding every word
typed, without regard to case or accents, in the interface's language — and picking one puts
its code in the field (``56.111``). :meth:`NaceInput.description` tells what the code in the
field means, for the form to show under it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from pacte_desktop.domain import contact_rules, messages, nace_labels
from pacte_desktop.domain.errors import PacteError

CODE_ROLE = Qt.ItemDataRole.UserRole + 20
SUGGESTIONS = 30


def _digits(text: str) -> str | None:
    try:
        return contact_rules.nace(text)
    except PacteError:
        return None


class NaceInput(QLineEdit):
    """A line edit for a NACE-BEL code with suggestions by code and by label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestions = QStandardItemModel(self)
        completer = QCompleter(self.suggestions, self)
        # The domain already chose the suggestions (also on words inside labels): show them all.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(CODE_ROLE)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._activated)
        self.setCompleter(completer)
        self.textEdited.connect(self._typed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("code ou activité (ex. 56.111, boulangerie)"))

    # -- the code ----------------------------------------------------------------------------
    def description(self) -> str:
        """What the code in the field means in the interface's language ("" when unknown)."""
        digits = _digits(self.text())
        return (nace_labels.label(digits, messages.current_language()) or "") if digits else ""

    def set_code(self, value: object) -> None:
        """Show stored digits as people write them (``56.111``); a draft's text as typed."""
        text = "" if value is None else str(value)
        digits = _digits(text)
        self.setText(contact_rules.format_nace(digits) if digits else text)

    # -- suggestions -------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self.suggestions.clear()
        for code, label in nace_labels.search(text, messages.current_language(), SUGGESTIONS):
            shown = contact_rules.format_nace(code)
            item = QStandardItem(f"{shown} – {label}")
            item.setData(shown, CODE_ROLE)
            item.setToolTip(label)
            self.suggestions.appendRow(item)
        completer = self.completer()
        if self.suggestions.rowCount() and self.hasFocus():
            completer.complete()
        else:
            completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        self._choose(str(index.data(CODE_ROLE) or ""))

    def choose_suggestion(self, row: int) -> None:
        """Pick the ``row``-th suggestion (what clicking it in the pop-up does)."""
        item = self.suggestions.item(row)
        if item is not None:
            self._choose(str(item.data(CODE_ROLE)))

    def _choose(self, code: str) -> None:
        if code and self.text() != code:
            self.setText(code)
        self.completer().popup().hide()
        self.editingFinished.emit()
