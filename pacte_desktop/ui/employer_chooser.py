"""The employer field of a form: type part of a name, BCE number or address, pick a suggestion.

A store may hold 100,000 employers, too many for a combo box: the search runs off the GUI thread
once typing pauses (FTS5, at most :data:`EMPLOYER_SUGGESTIONS` answers, through
:func:`services.listings.search_employers`). Editing the text forgets the chosen employer until
one is picked again, so what is saved is never a half-typed name. An employer set by id (a stored
record, a draft) shows its name as soon as it is known; an answer that comes back after another
employer was chosen, or after the dialog closed, is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget
from shiboken6 import isValid

from pacte_desktop.domain.entities import FieldSpec
from pacte_desktop.services import listings, records
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.forms import FieldEditor
from pacte_desktop.ui.table_model import ID_ROLE

EMPLOYER_SEARCH_DELAY_MS = 250
EMPLOYER_SUGGESTIONS = 20
NAME_ROLE = Qt.ItemDataRole.UserRole + 10


class EmployerChooser(QLineEdit):
    """Type part of an employer's name, BCE number or address; pick it in the suggestions.

    The search runs off the GUI thread once typing pauses (FTS5, at most
    :data:`EMPLOYER_SUGGESTIONS` answers). Editing the text forgets the chosen employer until
    one is picked again, so what is saved is never a half-typed name.
    """

    employer_changed = Signal(object)  # the chosen id, or None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.employer_id: str | None = None
        self._name = ""
        self._generation = 0
        self._names: dict[str, str] = {}  # employer names already read, by id
        self.suggestions = QStandardItemModel(self)
        completer = QCompleter(self.suggestions, self)
        # The search already filtered (also on words inside the name): show all its answers.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(NAME_ROLE)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[QModelIndex].connect(self._activated)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EMPLOYER_SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._settle)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Nom, numéro BCE ou adresse de l'employeur…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the chosen employer ---------------------------------------------------------------
    def set_employer(self, employer_id: str | None, name: str | None = None) -> None:
        """Choose an employer by id; its name is shown at once when given (or already known),
        else as soon as it is read (until then the field shows the id)."""
        if employer_id and name:
            self._names[employer_id] = name
        known = self._names.get(employer_id or "")
        self._choose(employer_id or None, known or employer_id or "")
        if employer_id and known is None:
            self.context.fetch(
                records.employer_name,
                employer_id,
                on_done=lambda found: self._named(employer_id, found),
            )

    def remember(self, employer_id: str, name: str) -> None:
        """Know an employer's name already (read with the form): shown without asking."""
        self._names[employer_id] = name

    def _named(self, employer_id: str, name: str | None) -> None:
        if not isValid(self) or name is None:
            return
        self._names[employer_id] = name
        if self.employer_id == employer_id and self.text() == self._name:
            # Still the employer asked about, its id shown: now its name.
            self._name = name
            self.setText(name)

    def _choose(self, employer_id: str | None, name: str) -> None:
        changed = employer_id != self.employer_id
        self.employer_id = employer_id
        self._name = name
        if self.text() != name:
            self.setText(name)
        if changed:
            self.employer_changed.emit(employer_id)

    def _activated(self, index: QModelIndex) -> None:
        self._choose(index.data(ID_ROLE), index.data(NAME_ROLE) or "")

    def choose_suggestion(self, row: int) -> None:
        """Pick the ``row``-th suggestion (what clicking it in the pop-up does)."""
        item = self.suggestions.item(row)
        if item is not None:
            self._choose(item.data(ID_ROLE), item.data(NAME_ROLE))

    # -- searching -------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if self.employer_id is not None and text != self._name:
            # The text no longer names the chosen employer: forget it (keep what is typed).
            self.employer_id = None
            self.employer_changed.emit(None)
        self._timer.start()

    def _settle(self) -> None:
        """Leaving the field: an exact name among the suggestions counts as chosen."""
        if self.employer_id is None:
            self._pick_exact()

    def _pick_exact(self) -> None:
        text = self.text().strip().casefold()
        if not text:
            return
        rows = [
            self.suggestions.item(r)
            for r in range(self.suggestions.rowCount())
            if str(self.suggestions.item(r).data(NAME_ROLE)).casefold() == text
        ]
        if len(rows) == 1:
            self._choose(rows[0].data(ID_ROLE), rows[0].data(NAME_ROLE))

    def _search(self) -> None:
        text = self.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._fill(generation, [])
            return
        self.context.fetch(
            listings.search_employers,
            text,
            EMPLOYER_SUGGESTIONS,
            on_done=lambda found: self._fill(generation, found),
        )

    def _fill(self, generation: int, found: Sequence[tuple[str, str, str]]) -> None:
        if not isValid(self) or generation != self._generation:
            return  # the dialog closed, or a newer search replaced this one
        self.suggestions.clear()
        for employer_id, name, commune in found:
            self._names[employer_id] = name
            item = QStandardItem(f"{name} — {commune}" if commune else name)
            item.setData(employer_id, ID_ROLE)
            item.setData(name, NAME_ROLE)
            self.suggestions.appendRow(item)
        if self.employer_id is None:
            self._pick_exact()
        if found and self.hasFocus() and self.employer_id is None:
            self.completer().complete()


class EmployerEditor(FieldEditor):
    """The ``employer_id`` field of a form, with :class:`EmployerChooser` as its input."""

    def __init__(self, context: AppContext, name: str, spec: FieldSpec) -> None:
        self._context = context  # needed by _make_input, which the base constructor calls
        super().__init__(name, spec)

    def _make_input(self, options: Sequence[tuple[str, str]] | None) -> QWidget:
        chooser = EmployerChooser(self._context)
        chooser.employer_changed.connect(lambda _id: self.edited.emit(self.name))
        return chooser

    @property
    def chooser(self) -> EmployerChooser:
        assert isinstance(self.input, EmployerChooser)
        return self.input

    def raw(self) -> Any:
        return self.chooser.employer_id

    def set_raw(self, value: Any) -> None:
        self.chooser.set_employer(str(value) if value else None)
