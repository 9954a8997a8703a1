"""« Prochaine étape »: the line of the log form that becomes the follow-up's action.

A démarche's summary says what was said; the follow-up it creates says what to do when it falls
due, and « À relancer » shows that (see :mod:`pacte_desktop.services.followups`). The line is
one more editor of the log form (``form.editors["next_step"]``), so the form's values, its reset
after a démarche is noted and the draft kept after a crash carry it with the other fields; an
empty line means no next step was written. Its label is its own: the form labels the fields of
an interaction, and the next step is a follow-up's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from pacte_desktop.domain.entities import FollowUp, specs
from pacte_desktop.ui.forms import EntityForm, FieldEditor

NAME = "next_step"


class NextStepLabel(QLabel):
    """The label of the next step's line, relabelled with the interface's language."""

    def __init__(self, editor: FieldEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setBuddy(editor.input)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Prochaine étape"))
        self.editor.input.setAccessibleName(self.tr("Prochaine étape"))
        placeholder = self.tr("ce qu'il faudra faire à la relance")
        self.editor.input.setProperty("placeholderText", placeholder)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def add_next_step(form: EntityForm, beside: QWidget | None = None) -> FieldEditor:
    """Add the next step's line at the end of a log ``form`` (``values()["next_step"]``),
    with ``beside`` (the form's button) on the same line, which saves the form a row."""
    editor = FieldEditor(NAME, specs(FollowUp)["action"])
    label = NextStepLabel(editor)
    layout = form.layout()
    field: QWidget = editor
    if beside is not None:
        field = QWidget()
        line = QHBoxLayout(field)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        line.addWidget(beside, 0, Qt.AlignmentFlag.AlignTop)
    if isinstance(layout, QFormLayout):
        layout.addRow(label, field)
    else:  # a form laid out otherwise: the label above its line
        assert layout is not None
        layout.addWidget(label)
        layout.addWidget(field)
    form.editors[NAME] = editor
    editor.edited.connect(lambda _n: form.edited.emit())
    return editor
