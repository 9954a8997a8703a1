"""The legal form as a choice that still takes, and keeps, any text.

The rule (see :mod:`pacte_desktop.domain.legal_forms`): picking a form stores its key (``SRL``,
``ASBL``…), the text the records already hold, whatever the interface's language. The list is
labelled in the interface's language (``BV – besloten vennootschap`` in Dutch), and typing finds
a form by either language's abbreviation or name (``bv``, ``vzw``, ``S.R.L.``): leaving the field
selects it. A stored text that is no key (``Régie communale autonome``, a KBO label) is shown as
written and read back unchanged, so saving the record never rewrites it; only a form the person
picks or types replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from pacte_desktop.domain import legal_forms, messages


class LegalFormInput(QComboBox):
    """An editable combo of the Belgian legal forms (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for form in legal_forms.FORMS:
            self.addItem(form.label(messages.current_language()), form.key)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self._typed = False  # the person typed since the value was set
        line = self.lineEdit()
        line.setMaxLength(40)  # what the field stores
        line.textEdited.connect(self._edited)
        line.editingFinished.connect(self.tidy)
        self.retranslate()

    def retranslate(self) -> None:
        lang = messages.current_language()
        text, chosen = self.currentText(), self._chosen_key()
        for index in range(1, self.count()):
            self.setItemText(index, legal_forms.BY_KEY[str(self.itemData(index))].label(lang))
        if chosen is None and text:
            self.setEditText(text)  # a free text stays as it was
            self.lineEdit().setCursorPosition(0)
        self.lineEdit().setPlaceholderText(self.tr("choisir ou taper (SRL, ASBL…)"))

    def _edited(self, _text: str) -> None:
        self._typed = True

    def _chosen_key(self) -> str | None:
        """The key of the item the field shows, or None (nothing, or a free text)."""
        index = self.currentIndex()
        if index > 0 and self.itemText(index) == self.currentText():
            return str(self.itemData(index))
        return None

    # -- the value ---------------------------------------------------------------------------
    def value(self) -> str:
        """What the record stores: a form's key, a free text as written, or ""."""
        key = self._chosen_key()
        if key is not None:
            return key
        text = self.currentText().strip()
        if self._typed:
            found = legal_forms.find(text)
            if found is not None:
                return found.key
        return text

    def set_value(self, value: object) -> None:
        """Show a stored value: its form when it is a key, else the text as written."""
        text = "" if value is None else str(value)
        index = self.findData(text) if text in legal_forms.BY_KEY else -1
        self.blockSignals(True)
        if index > 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(0 if not text else -1)
            self.setEditText(text)
        self.blockSignals(False)
        line = self.lineEdit()
        if line is not None:  # a long form's beginning shows (« Association sans but… »)
            line.setCursorPosition(0)
        self._typed = False

    def tidy(self) -> None:
        """Leaving the field: a form typed by an abbreviation or a name is selected."""
        if not self._typed or self._chosen_key() is not None:
            return
        found = legal_forms.find(self.currentText())
        if found is not None:
            self.setCurrentIndex(self.findData(found.key))
