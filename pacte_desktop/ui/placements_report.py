"""Options of the placements report: the period, the report's language, and its formats (the
PDF report, the Excel figures); an empty period or no format is refused on the dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pacte_desktop.domain import messages
from pacte_desktop.ui import i18n
from pacte_desktop.ui.report_forms import OptionsDialog


class PlacementsReportDialog(OptionsDialog):
    """The period, the report's language and its formats (PDF report, Excel figures)."""

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placements_report_dialog")
        today = today or dt.date.today()
        self.start = QDateEdit(QDate(today.year, 1, 1))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._validate)
        self.language = QComboBox()
        for lang in i18n.LANGUAGES:
            self.language.addItem(i18n.language_name(lang), lang)
        self.language.setCurrentIndex(i18n.LANGUAGES.index(messages.current_language()))
        self.pdf = QCheckBox()
        self.pdf.setChecked(True)
        self.xlsx = QCheckBox()
        for box in (self.pdf, self.xlsx):
            box.toggled.connect(self._validate)
        self.problem = QLabel()
        self.problem.setObjectName("placements_problem")
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels: dict[QWidget, QLabel] = {}
        self._row(self.start)
        self._row(self.end)
        self._row(self.language)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.xlsx)
        formats.addStretch(1)
        self.formats_label = QLabel()
        self.form.addRow(self.formats_label, formats)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rapport des mises à l'emploi"))
        for widget, text in (
            (self.start, self.tr("&Du :")),
            (self.end, self.tr("&Au :")),
            (self.language, self.tr("&Langue du rapport :")),
        ):
            self.labels[widget].setText(text)
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
        self.formats_label.setText(self.tr("Formats :"))
        self.pdf.setText(self.tr("Rapport &PDF"))
        self.xlsx.setText(self.tr("Chiffres &Excel"))
        self._validate()

    def _validate(self) -> None:
        problem = ""
        if self.end.date() < self.start.date():
            problem = self.tr("La fin de la période précède son début.")
        elif not (self.pdf.isChecked() or self.xlsx.isChecked()):
            problem = self.tr("Choisissez au moins un format.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def accept(self) -> None:
        self._validate()
        if not self.problem.text():
            super().accept()

    def period(self) -> tuple[dt.date, dt.date]:
        return (self.start.date().toPython(), self.end.date().toPython())  # type: ignore[return-value]

    def lang(self) -> str:
        return str(self.language.currentData())
