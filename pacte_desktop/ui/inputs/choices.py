"""Several choices at once (the languages spoken, what an employer accepts) as check boxes.

The rule: each choice is a check box labelled in the interface's language (a language by its
name: ``arabe``, ``Arabisch``); the value is the
tuple of the codes ticked, in the order of the choices, as the records store it. A short list
is one row; a longer one a grid of :data:`COLUMNS` columns, so that every choice is one click
and none is typed. The twelve languages are two rows of six, each shown by its code (FR, NL,
AR…) with its name in the tooltip and for screen readers, so that the fiche fits a laptop at
150 %.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import LANGUAGE_CODES
from pacte_desktop.ui.labels import choice_label

COLUMNS = 4
ONE_ROW_MAX = 6
LANGUAGE_COLUMNS = 6


def language_label(code: str) -> str:
    """A language's name in the interface's language (``ar`` → ``arabe``)."""
    return messages.pick(messages.LANGUAGE_NAMES, code) if code in messages.LANGUAGE_NAMES else code


def label_for(choices: Sequence[str]) -> Callable[[str], str]:
    """How the choices of a field are named: languages by their name, others by their label."""
    return language_label if tuple(choices) == LANGUAGE_CODES else choice_label


class ChoiceBoxes(QWidget):
    """Check boxes for the choices of a list field (see the module's docstring)."""

    def __init__(self, name: str, choices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.languages = tuple(choices) == LANGUAGE_CODES
        if self.languages:
            grid.setHorizontalSpacing(6)
            columns = LANGUAGE_COLUMNS
        else:
            columns = len(choices) if len(choices) <= ONE_ROW_MAX else COLUMNS
        self.label = label_for(choices)
        self.boxes: dict[str, QCheckBox] = {}
        for index, value in enumerate(choices):
            box = QCheckBox()
            box.setObjectName(f"field_{name}_{value}")
            grid.addWidget(box, index // columns, index % columns)
            self.boxes[value] = box
        grid.setColumnStretch(columns, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for value, box in self.boxes.items():
            name = self.label(value)
            # A language by its code, as Brussels writes them (FR, NL, AR…), its name in the
            # tooltip and for screen readers: the twelve fit two short rows of the fiche.
            short = value.upper() if self.languages and value != "other" else name
            box.setText(short)
            box.setToolTip(name)
            box.setAccessibleName(name)

    def values(self) -> tuple[str, ...]:
        return tuple(value for value, box in self.boxes.items() if box.isChecked())

    def set_values(self, values: Iterable[str] | str | None) -> None:
        """Tick ``values`` (codes; a draft's comma-separated text too), untick the others."""
        if isinstance(values, str):
            values = values.split(",")
        chosen = {str(v).strip().lower() for v in values or ()}
        for value, box in self.boxes.items():
            box.setChecked(value in chosen)
