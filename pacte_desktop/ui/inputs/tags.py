"""Tags as chips, completed from the tags already in use.

The rule: each tag is a chip with a button that removes it; a tag is added by typing it and
pressing Enter or a comma, by picking one of the suggestions (the tags of the organisation's
live employers, read off the GUI thread by :func:`suggest_tags`, matched anywhere in the tag
without regard to case), or by leaving the field with text typed (nothing typed is lost).
Backspace in the empty box removes the last chip. A tag already there (in any case) is not
added twice. The value is the tuple of tags in the order they were added, as the records store
it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.services import listings
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.inputs.flow import FlowLayout

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
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.tag))
        row.addWidget(self.remove_button)
        self.retranslate()

    def retranslate(self) -> None:
        text = self.tr("Retirer l'étiquette « %1 »").replace("%1", self.tag)
        self.remove_button.setToolTip(text)
        self.remove_button.setAccessibleName(text)


class TagsInput(QWidget):
    """Chips for the tags chosen and a box to type more (see the module's docstring)."""

    changed = Signal()
    left = Signal()  # the person left the box (what was typed is a chip now)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: list[TagChip] = []
        self.flow = FlowLayout(self)
        self.line = QLineEdit()
        self.line.setObjectName("tag_entry")
        self.line.setMinimumWidth(140)
        self.flow.addWidget(self.line)
        self.setFocusProxy(self.line)
        self.suggestions = QStringListModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setWidget(self.line)  # not setCompleter: a pick adds a chip instead
        self.completer.activated[str].connect(self._picked)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._left)
        self.line.installEventFilter(self)
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
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        self.line.clear()
        for tag in values or ():
            self._add(str(tag), announce=False)

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
                self.flow.removeWidget(chip)
                chip.deleteLater()
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
        self.flow.insertWidget(len(self.chips), chip)
        self.chips.append(chip)
        if announce:
            self.changed.emit()
        return True

    def _typed(self, text: str) -> None:
        if "," in text:
            self.commit()
            return
        self.completer.setCompletionPrefix(text.strip())
        if text.strip() and self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()
        self.changed.emit()

    def _picked(self, tag: str) -> None:
        self.line.clear()
        self._add(tag, announce=True)

    def _left(self) -> None:
        # A box hidden or destroyed with its window (closing the record) loses the focus too:
        # that is no one leaving it.
        if self.isVisible() and not self.completer.popup().isVisible():
            self.commit()
            self.left.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            if event.key() == Qt.Key.Key_Backspace and not self.line.text() and self.chips:
                self.remove_tag(self.chips[-1].tag)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.line.text().strip():
                self.commit()  # Enter adds the tag; it does not press the dialog's button
                return True
        return super().eventFilter(watched, event)


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
