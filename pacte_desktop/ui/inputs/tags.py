"""Tags as chips, completed from the tags already in use.

The rule: each tag is a chip with a button that removes it; a tag is added by typing it and
pressing Enter or a comma, by picking one of the suggestions (the tags of the organisation's
live employers, read off the GUI thread by :func:`suggest_tags`, matched anywhere in the tag
without regard to case), or by leaving the field with text typed (nothing typed is lost).
Backspace in the empty box removes the last chip. Chips sit in rows of :data:`CHIPS_PER_ROW`
above the box, so the field grows downwards, not wider. A tag already there (in any case) is
not added twice. The value is the tuple of tags in the order they were added, as the records store
it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.services import listings
from pacte_desktop.ui.context import AppContext

#: Chips a row holds: the field grows downwards, never wider than the form.
CHIPS_PER_ROW = 3
CHIP_STYLE = (
    "QFrame#tag_chip { background: palette(midlight); border: 1px solid palette(mid);"
    " border-radius: 9px; }"
    "QToolButton { border: none; padding: 0 2px; }"
)


class TagChip(QFrame):
    """One tag: its text and a button that removes it."""

    remove_requested = Signal(str)

    def __init__(self, tag: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = tag
        self.setObjectName("tag_chip")
        self.setStyleSheet(CHIP_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 1, 2, 1)
        row.setSpacing(2)
        self.label = QLabel(tag)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("tag_remove")
        self.remove_button.setText("×")
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove_button.clicked.connect(self._remove_clicked)
        row.addWidget(self.remove_button)
        self.retranslate()

    def _remove_clicked(self) -> None:
        self.remove_requested.emit(self.tag)

    def retranslate(self) -> None:
        text = self.tr("Retirer l'étiquette « %1 »").replace("%1", self.tag)
        self.remove_button.setToolTip(text)
        self.remove_button.setAccessibleName(text)


class TagEntry(QLineEdit):
    """The box a tag is typed in: Enter or a comma turns the text into a chip (Enter does not
    press the dialog's default button), Backspace in the empty box asks to remove the last
    chip."""

    entered = Signal()
    backspace_in_empty = Signal()
    completer_popup: QWidget | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        popup = self.completer_popup
        if popup is not None and popup.isVisible():
            super().keyPressEvent(event)  # the suggestions' pop-up takes Enter: a pick
            return
        if key == Qt.Key.Key_Backspace and not self.text():
            self.backspace_in_empty.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.entered.emit()
            return
        if event.text() == ",":  # a comma ends the tag; it is not part of it
            self.entered.emit()
            return
        super().keyPressEvent(event)


class TagsInput(QWidget):
    """Chips for the tags chosen and a box to type more (see the module's docstring)."""

    changed = Signal()  # a chip was added or removed
    left = Signal()  # the person left the box (what was typed is a chip now)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: list[TagChip] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(4)
        self.grid.setColumnStretch(CHIPS_PER_ROW, 1)
        self.line = TagEntry()
        self.line.setObjectName("tag_entry")
        self.line.setMinimumWidth(140)
        self.grid.addWidget(self.line, 0, 0, 1, CHIPS_PER_ROW + 1)
        self.setFocusProxy(self.line)
        self.suggestions = QStringListModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setWidget(self.line)  # not setCompleter: a pick adds a chip instead
        self.completer.activated[str].connect(self._picked)
        self.line.completer_popup = self.completer.popup()
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._left)
        self.line.entered.connect(self.commit)
        self.line.backspace_in_empty.connect(self._backspace)
        self.retranslate()

    def retranslate(self) -> None:
        self.line.setPlaceholderText(self.tr("ajouter une étiquette…"))
        self.line.setAccessibleName(self.tr("Nouvelle étiquette"))
        for chip in self.chips:
            chip.retranslate()

    # -- the value ---------------------------------------------------------------------------
    def values(self) -> tuple[str, ...]:
        """The tags chosen, with the text still typed in the box as the last one."""
        pending = self.line.text().strip()
        tags = [chip.tag for chip in self.chips]
        if pending and not self._has(pending):
            tags.append(pending)
        return tuple(tags)

    def set_values(self, values: Iterable[str] | str | None) -> None:
        """Show ``values`` as chips (a draft's comma-separated text too); the box is emptied."""
        if isinstance(values, str):
            values = values.split(",")
        for chip in self.chips:
            self.grid.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        self.line.clear()
        for tag in values or ():
            self._add(str(tag), announce=False)
        self._lay_out()

    def set_suggestions(self, tags: Iterable[str]) -> None:
        """The tags to complete from (those already in use)."""
        self.suggestions.setStringList(list(tags))

    # -- adding and removing -----------------------------------------------------------------
    def add_tag(self, tag: str) -> bool:
        """Add ``tag`` as a chip; False when it is empty or already there."""
        return self._add(tag, announce=True)

    def remove_tag(self, tag: str) -> None:
        for chip in self.chips:
            if chip.tag == tag:
                self.chips.remove(chip)
                self.grid.removeWidget(chip)
                chip.deleteLater()
                self._lay_out()
                self.changed.emit()
                return

    def commit(self) -> None:
        """Turn what is typed in the box into a chip."""
        text = self.line.text()
        self.line.clear()
        self.completer.popup().hide()
        for part in text.split(","):
            self._add(part, announce=True)

    def _has(self, tag: str) -> bool:
        folded = tag.casefold()
        return any(chip.tag.casefold() == folded for chip in self.chips)

    def _add(self, tag: str, *, announce: bool) -> bool:
        tag = " ".join(tag.split())
        if not tag or self._has(tag):
            return False
        chip = TagChip(tag)
        chip.remove_requested.connect(self.remove_tag)
        self.chips.append(chip)
        self._lay_out()
        if announce:
            self.changed.emit()
        return True

    def _lay_out(self) -> None:
        """Chips in rows of :data:`CHIPS_PER_ROW`, in the order added; the box under them."""
        for index, chip in enumerate(self.chips):
            self.grid.removeWidget(chip)
            self.grid.addWidget(chip, index // CHIPS_PER_ROW, index % CHIPS_PER_ROW)
        self.grid.removeWidget(self.line)
        rows = (len(self.chips) + CHIPS_PER_ROW - 1) // CHIPS_PER_ROW
        self.grid.addWidget(self.line, rows, 0, 1, CHIPS_PER_ROW + 1)

    def _typed(self, text: str) -> None:
        if "," in text:
            self.commit()
            return
        self.completer.setCompletionPrefix(text.strip())
        if text.strip() and self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()
        # The form hears of the typing from the box's own textEdited, as for any line edit.

    def _picked(self, tag: str) -> None:
        self.line.clear()
        self._add(tag, announce=True)

    def _left(self) -> None:
        # A box hidden or destroyed with its window (closing the record) loses the focus too:
        # that is no one leaving it.
        if self.isVisible() and not self.completer.popup().isVisible():
            self.commit()
            self.left.emit()

    def _backspace(self) -> None:
        if self.chips:
            self.remove_tag(self.chips[-1].tag)


def suggest_tags(context: AppContext, editors: Mapping[str, Any]) -> None:
    """Ask, off the GUI thread, for the tags in use, for the ``tags`` editor of a form."""
    editor = editors.get("tags")
    tags_input = getattr(editor, "input", None)
    if not isinstance(tags_input, TagsInput):
        return

    def done(tags: list[str]) -> None:
        if isValid(tags_input):
            tags_input.set_suggestions(tags)

    context.fetch(listings.distinct_values, "employer", "tag", on_done=done)
