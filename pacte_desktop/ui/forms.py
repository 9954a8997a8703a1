"""A form built from an entity's field specs, with the validation message beside each field.

Each field is checked by the domain's own parser as soon as the user leaves it, so a wrong BCE
number or a bad e-mail address is flagged at once, in the user's language; errors the services
raise on save land beside their field too. Nothing typed is ever cleared by an error.

A long form is laid out in titled groups (:class:`FieldGroup`) set in columns, a row holding one
field or a few short ones side by side, so that it reads at a glance and fits a laptop's screen
without scrolling; the keyboard goes through the groups in the order given, row by row. Every
field of the form is in exactly one group, or the form refuses to be built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pacte_desktop.domain import contact_rules
from pacte_desktop.domain.dates import as_date
from pacte_desktop.domain.entities import MAX_COUNT, Entity, FieldSpec, parse_value, specs
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.ui.date_input import DateInput
from pacte_desktop.ui.inputs.choices import ChoiceBoxes, label_for
from pacte_desktop.ui.inputs.communes import fill_communes
from pacte_desktop.ui.inputs.legal_form import LegalFormInput
from pacte_desktop.ui.inputs.nace import NaceInput
from pacte_desktop.ui.inputs.phone import PhoneInput
from pacte_desktop.ui.inputs.tags import TagsInput
from pacte_desktop.ui.labels import display_value, field_label

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: palette(placeholder-text);"
# How many characters a drop-down sharing a row of a grouped form shows at least.
NARROW_CHOICE_CHARS = 4


class FieldEditor(QWidget):
    """One field: its input widget and the error line under it."""

    edited = Signal(str)

    def __init__(
        self, name: str, spec: FieldSpec, options: Sequence[tuple[str, str]] | None = None
    ) -> None:
        super().__init__()
        self.name = name
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)  # a tall row: the box level with its label
        self.input = self._make_input(options)
        self.input.setAccessibleName(field_label(name))
        self.input.setObjectName(f"field_{name}")
        layout.addWidget(self.input)
        # What the value means, under the field (a NACE code's activity).
        self.hint = QLabel()
        self.hint.setObjectName(f"hint_{name}")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout.addWidget(self.hint)
        if isinstance(self.input, NaceInput):
            self.input.textChanged.connect(self._describe)
        self.error = QLabel()
        self.error.setObjectName(f"error_{name}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

    def _make_input(self, options: Sequence[tuple[str, str]] | None) -> QWidget:
        spec = self.spec
        special = self._special_input()
        if special is not None:
            return special
        if spec.kind == "longtext":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMaximumHeight(90)
            text.textChanged.connect(lambda: self.edited.emit(self.name))
            return text
        if spec.kind in ("choice", "ref") or (options is not None and spec.kind == "text"):
            # A text chosen among given values (a placement's partner organisation) too.
            combo = QComboBox()
            if not spec.required or spec.kind == "ref":
                combo.addItem("", None)
            name_of = label_for(spec.choices)
            pairs = options if options is not None else [(c, name_of(c)) for c in spec.choices]
            for value, label in pairs:
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(lambda _i: self._check())
            return combo
        if spec.kind == "bool":
            box = QCheckBox()
            box.toggled.connect(lambda _v: self.edited.emit(self.name))
            return box
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(1, MAX_COUNT)  # what the domain accepts
            spin.valueChanged.connect(lambda _v: self.edited.emit(self.name))
            return spin
        if spec.kind == "list" and spec.choices:
            boxes = ChoiceBoxes(self.name, spec.choices)
            for box in boxes.boxes.values():
                box.toggled.connect(lambda _v: self.edited.emit(self.name))
            return boxes
        if spec.kind == "date":
            dated = DateInput()
            dated.setObjectName(f"field_{self.name}_date")
            dated.editingFinished.connect(self._check)
            dated.textEdited.connect(lambda _t: self.edited.emit(self.name))
            dated.picked.connect(self._check)
            return dated
        line = QLineEdit()
        if spec.kind == "list":
            line.setPlaceholderText(self.tr("séparés par des virgules"))
        line.editingFinished.connect(self._check)
        line.textEdited.connect(lambda _t: self.edited.emit(self.name))
        return line

    def _special_input(self) -> QWidget | None:
        """The input of a field people type in their own way (see ui/inputs/), or None."""
        spec = self.spec
        widget: QWidget
        if self.name == "legal_form" and spec.kind == "text":
            widget = LegalFormInput()
            widget.currentIndexChanged.connect(self._index_changed)
            widget.lineEdit().textEdited.connect(lambda _t: self.edited.emit(self.name))
            widget.lineEdit().editingFinished.connect(self._check)
            return widget
        if self.name == "tags" and spec.kind == "list" and not spec.choices:
            widget = TagsInput()
            widget.changed.connect(self._changed)
            widget.line.textEdited.connect(lambda _t: self.edited.emit(self.name))
            widget.left.connect(self._check)
            return widget
        line: QLineEdit
        if spec.check is contact_rules.nace:
            line = NaceInput()
        elif spec.check is contact_rules.phone:
            line = PhoneInput()  # lays the number out on leaving, before the check below
        else:
            return None
        line.editingFinished.connect(self._check)
        line.textEdited.connect(lambda _t: self.edited.emit(self.name))
        return line

    def _changed(self) -> None:
        self.edited.emit(self.name)

    def _index_changed(self, _index: int) -> None:
        # A combo destroyed with its window empties its list, which changes the index: no one
        # chose anything then (and the form it would tell is being destroyed too).
        if self.isVisible():
            self.edited.emit(self.name)

    def _describe(self, _text: str = "") -> None:
        """Show what the NACE code in the field means, under it."""
        if isinstance(self.input, NaceInput):
            meaning = self.input.description()
            self.hint.setText(meaning)
            self.hint.setVisible(bool(meaning))

    def retranslate(self) -> None:
        """Relabel choices in the current language (their values stay selected)."""
        self.input.setAccessibleName(field_label(self.name))
        if isinstance(self.input, LegalFormInput | NaceInput | PhoneInput | TagsInput):
            self.input.retranslate()
            self._describe()
        if isinstance(self.input, ChoiceBoxes):
            self.input.retranslate()
        if isinstance(self.input, DateInput):
            self.input.retranslate()
            self.input.tidy()  # a day understood is shown the new language's way
        if isinstance(self.input, QComboBox) and self.spec.kind == "choice":
            for index in range(self.input.count()):
                value = self.input.itemData(index)
                if value:
                    self.input.setItemText(index, label_for(self.spec.choices)(value))

    # -- values ----------------------------------------------------------------------------
    def raw(self) -> Any:
        widget = self.input
        if isinstance(widget, LegalFormInput):
            return widget.value()
        if isinstance(widget, TagsInput | ChoiceBoxes):
            return widget.values()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QLineEdit):
            return widget.text()
        raise TypeError(type(widget))

    def set_raw(self, value: Any) -> None:
        widget = self.input
        if isinstance(widget, LegalFormInput):
            widget.set_value(value)
        elif isinstance(widget, TagsInput | ChoiceBoxes):
            widget.set_values(value)
        elif isinstance(widget, PhoneInput):
            widget.set_number(value)
        elif isinstance(widget, NaceInput):
            widget.set_code(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value or 1))
        elif isinstance(widget, QLineEdit):
            if isinstance(value, tuple | list):
                widget.setText(", ".join(value))
            elif isinstance(widget, DateInput):
                # A stored day (a date or its ISO text) is shown the interface's way; a draft's
                # text, typed by the person, comes back as typed.
                day = as_date(value)
                if day is not None:
                    widget.set_day(day)
                else:
                    widget.setText("" if value is None else str(value))
            elif isinstance(value, dt.date):
                widget.setText(value.isoformat())
            else:
                widget.setText("" if value is None else str(value))
            # a value longer than its field shows its beginning (« Aide à domicile de la… »)
            widget.setCursorPosition(0)

    # -- errors ----------------------------------------------------------------------------
    def show_error(self, message: str | None) -> None:
        if message:
            self.error.setText(message)
            self.error.show()
            self.input.setAccessibleDescription(message)
        else:
            self.error.clear()
            self.error.hide()
            self.input.setAccessibleDescription("")

    def _check(self) -> None:
        """Parse the value with the domain's rules and say at once what is wrong."""
        if not self.isVisible():
            # No one left the field: its window is being built (choices set) or closed and
            # destroyed (the focused field loses the focus with it, while the form that would
            # hear of the edit is already half gone).
            return
        try:
            parse_value(self.name, self.spec, self.raw())
        except PacteError as exc:
            self.show_error(exc.message())
        else:
            self.show_error(None)
        self.edited.emit(self.name)


@dataclass(frozen=True)
class FieldGroup:
    """A titled group of an :class:`EntityForm`: its rows, each one field or a few side by side
    (``weights`` share a row's width, 1 each unless said), in the column ``column``. The group
    box is named ``group_<key>``; whoever builds the form gives it its title."""

    key: str
    rows: tuple[tuple[str, ...], ...]
    column: int = 0
    weights: Mapping[str, int] = field(default_factory=dict)


class EntityForm(QWidget):
    """Fields of one entity laid out as a form; ``values()`` gives what the user typed.

    Without ``groups`` the fields make one column; with them, titled groups in columns
    (:class:`FieldGroup`), the boxes in :attr:`groups` by key."""

    edited = Signal()

    def __init__(
        self,
        cls: type[Entity],
        fields: Sequence[str],
        *,
        options: Mapping[str, Sequence[tuple[str, str]]] | None = None,
        groups: Sequence[FieldGroup] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cls = cls
        field_specs = specs(cls)
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        for name in fields:
            editor = FieldEditor(name, field_specs[name], (options or {}).get(name))
            editor.edited.connect(lambda _n: self.edited.emit())
            label = QLabel()
            label.setBuddy(editor.input)
            self.editors[name] = editor
            self.labels[name] = label
        if groups:
            self._lay_out_groups(groups)
        else:
            layout = QFormLayout(self)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name in fields:
                layout.addRow(self.labels[name], self.editors[name])
        self.commune_filler = fill_communes(self, self.editors)  # the postcode fills the commune
        self.retranslate()

    def _lay_out_groups(self, groups: Sequence[FieldGroup]) -> None:
        placed = [name for group in groups for row in group.rows for name in row]
        if sorted(placed) != sorted(self.editors):
            missing = sorted(set(self.editors) - set(placed))
            twice = sorted({name for name in placed if placed.count(name) > 1})
            extra = sorted(set(placed) - set(self.editors))
            raise ValueError(f"fields not in one group each: {missing=} {twice=} {extra=}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        columns: dict[int, QVBoxLayout] = {}
        for number in sorted({group.column for group in groups}):
            columns[number] = QVBoxLayout()
            layout.addLayout(columns[number], 1)
        for group in groups:
            box = QGroupBox()
            box.setObjectName(f"group_{group.key}")
            rows = QFormLayout(box)
            rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            rows.setContentsMargins(6, 4, 6, 6)
            rows.setVerticalSpacing(3)
            for first, *others in group.rows:
                if not others:
                    rows.addRow(self.labels[first], self.editors[first])
                    continue
                for name in (first, *others):
                    self._narrow(self.editors[name].input)
                line = QHBoxLayout()
                line.addWidget(self.editors[first], group.weights.get(first, 1))
                for name in others:
                    line.addSpacing(6)
                    line.addWidget(self.labels[name])
                    line.addWidget(self.editors[name], group.weights.get(name, 1))
                rows.addRow(self.labels[first], line)
            columns[group.column].addWidget(box)
            self.groups[group.key] = box
        for column in columns.values():
            column.addStretch(1)
        # The keyboard follows the groups as given, row by row, whatever the columns.
        inputs = [self.editors[name].input for name in placed]
        for before, after in pairwise(inputs):
            QWidget.setTabOrder(before, after)

    @staticmethod
    def _narrow(widget: QWidget) -> None:
        """A drop-down sharing a row asks no more room than a few characters (a long worker's
        name shows whole in its list), so that the row fits a narrow screen."""
        if isinstance(widget, QComboBox):
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(NARROW_CHOICE_CHARS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for name, label in self.labels.items():
            required = specs(self.cls)[name].required
            label.setText(field_label(name) + (" *" if required else ""))
            self.editors[name].retranslate()

    def set_entity(self, entity: Entity | Mapping[str, Any]) -> None:
        for name, editor in self.editors.items():
            value = entity.get(name) if isinstance(entity, Mapping) else getattr(entity, name)
            editor.set_raw(value)
            editor.show_error(None)

    def values(self) -> dict[str, Any]:
        return {name: editor.raw() for name, editor in self.editors.items()}

    def show_error(self, error: PacteError) -> bool:
        """Put a service's error beside its field; False when the form has no such field."""
        editor = self.editors.get(error.field)
        if editor is None:
            return False
        editor.show_error(error.message())
        editor.input.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear_errors(self) -> None:
        for editor in self.editors.values():
            editor.show_error(None)

    def has_errors(self) -> bool:
        return any(not editor.error.isHidden() for editor in self.editors.values())

    def first_input(self) -> QWidget | None:
        return next(iter(self.editors.values())).input if self.editors else None


def run_checks(form: EntityForm, check: Callable[[dict[str, Any]], None]) -> bool:
    """Run a pure validation on the form's values; show its error beside the field."""
    form.clear_errors()
    try:
        check(form.values())
    except PacteError as exc:
        form.show_error(exc)
        return False
    return True


def show_formatted(form: EntityForm) -> None:
    """Show numbers as people write them (0403.019.261, +32 2 …); they parse back the same."""
    for key in ("bce_number", "phone", "nace_code"):
        editor = form.editors.get(key)
        if editor is not None and isinstance(editor.input, QLineEdit) and editor.input.text():
            editor.input.setText(display_value(key, editor.input.text()))
