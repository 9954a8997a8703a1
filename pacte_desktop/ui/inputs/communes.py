"""The postcode filling the commune in French and Dutch.

The rule: when the person leaves the postcode field, a postcode of the shipped list
(:func:`pacte_desktop.domain.postcodes.communes`, Statbel's) fills ``commune`` with the
municipality's French name and ``commune_nl`` with its Dutch name — each only when it is empty
or still holds what this filler put there, so a commune the person typed is never overwritten.
A postcode shared by several municipalities (1050: Brussels or Ixelles) offers them in a menu
under the field; nothing is filled until one is chosen. An unknown postcode fills nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from pacte_desktop.domain import postcodes


def _line(editors: Mapping[str, Any], name: str) -> QLineEdit | None:
    widget = getattr(editors.get(name), "input", None)
    return widget if isinstance(widget, QLineEdit) else None


class CommuneFiller(QObject):
    """Fills the commune fields of a form from its postcode field (see the module's docstring)."""

    def __init__(
        self,
        postcode: QLineEdit,
        commune: QLineEdit,
        commune_nl: QLineEdit | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.postcode = postcode
        self.commune = commune
        self.commune_nl = commune_nl
        self.menu: QMenu | None = None
        self._filled: dict[QLineEdit, str] = {}  # the text this filler put in each field
        postcode.editingFinished.connect(self.fill)

    def fill(self) -> None:
        """Fill the communes of the postcode typed, or offer the choice between several."""
        found = postcodes.communes(self.postcode.text())
        if len(found) == 1:
            self.choose(*found[0])
        elif len(found) > 1 and self._fillable():
            self._offer(found)

    def _fillable(self) -> bool:
        fields = [f for f in (self.commune, self.commune_nl) if f is not None]
        return any(not f.text().strip() or self._filled.get(f) == f.text() for f in fields)

    def _offer(self, found: tuple[tuple[str, str], ...]) -> None:
        if self.menu is None:
            self.menu = QMenu(self.postcode)
            self.menu.setObjectName("commune_choice")
        self.menu.clear()
        for french, dutch in found:
            text = french if french == dutch else f"{french} / {dutch}"
            action = self.menu.addAction(text)
            action.triggered.connect(lambda _c=False, f=french, d=dutch: self.choose(f, d))
        self.menu.popup(self.postcode.mapToGlobal(QPoint(0, self.postcode.height())))

    def choose(self, french: str, dutch: str) -> None:
        """Put the municipality's names in the commune fields that may take them."""
        for field, name in ((self.commune, french), (self.commune_nl, dutch)):
            if field is None:
                continue
            if field.text().strip() and self._filled.get(field) != field.text():
                continue  # typed by the person: left alone
            if field.text() != name:
                field.setText(name)
                field.textEdited.emit(name)  # the form counts it as an edit
                field.editingFinished.emit()  # and checks it
            self._filled[field] = name


def fill_communes(parent: QWidget, editors: Mapping[str, Any]) -> CommuneFiller | None:
    """A :class:`CommuneFiller` for a form with ``postcode`` and ``commune`` fields, else None."""
    postcode, commune = _line(editors, "postcode"), _line(editors, "commune")
    if postcode is None or commune is None:
        return None
    return CommuneFiller(postcode, commune, _line(editors, "commune_nl"), parent)
