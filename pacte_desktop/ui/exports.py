"""Reports and imports from the menus: a dialog for the options, then the work in the background.

Every export writes to a temporary file beside the chosen one and renames it at the end (see
``reports.output``), so a cancelled or failed export leaves neither a partial file nor a damaged
older one. Every import is first run as a dry run whose result (counts and rejected rows) is
shown before anything is written; the real import is one transaction, so cancelling it rolls it
back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import EMPLOYER_STATUSES, Worker
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import listings
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import Cancelled, CancelToken
from pacte_desktop.ui import i18n
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.labels import choice_label, field_label, format_date

Progress = Callable[[int, int], None]
OPEN_SECONDS = 30


def guard(report: Progress, token: CancelToken) -> Progress:
    """A progress callback that stops the work (raises Cancelled) once Cancel was pressed."""

    def progress(done: int, total: int) -> None:
        token.check()
        report(done, total)

    return progress


def _with_suffix(name: str, suffix: str) -> Path:
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _error_text(error: BaseException) -> str:
    return error.message() if isinstance(error, PacteError) else str(error)


def _field_text(field: str) -> str:
    try:
        return field_label(field) if field else ""
    except Exception:  # a column name of the file rather than a field of the store
        return field


def _fill(combo: QComboBox, pairs: Sequence[tuple[str, str]]) -> None:
    """Replace a combo's choices after its "all" item, keeping the chosen value."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for value, label in pairs:
        combo.addItem(label, value)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class _Dialog(QDialog):
    """A dialog that relabels itself when the language changes."""

    form: QFormLayout
    labels: dict[QWidget, QLabel]

    def _row(self, widget: QWidget) -> None:
        """A form row whose label (set by ``retranslate``) is the widget's buddy."""
        label = QLabel()
        label.setBuddy(widget)
        self.labels[widget] = label
        self.form.addRow(label, widget)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# ------------------------------------------------------------------------------------------
# Export dialogs


class DirectoryExportDialog(_Dialog):
    """Options of the partner directory: format, shareable only, and the listing's filters."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directory_export_dialog")
        self.context = context
        self.format = QComboBox()
        self.format.addItem("", ".xlsx")
        self.format.addItem("", ".pdf")
        self.shareable = QCheckBox()
        self.shareable_help = QLabel()
        self.shareable_help.setWordWrap(True)
        self.shareable_help.setEnabled(False)  # greyed: an explanation, not a control
        self.tag = QComboBox()
        self.commune = QComboBox()
        self.status = QComboBox()
        for combo in (self.tag, self.commune, self.status):
            combo.addItem("", None)
            combo.setMinimumContentsLength(24)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels: dict[QWidget, QLabel] = {}
        self._row(self.format)
        self.form.addRow(self.shareable)
        self.form.addRow(self.shareable_help)
        self._row(self.tag)
        self._row(self.commune)
        self._row(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()
        self._load_options()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exporter l'annuaire"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Exporter…"))
        self.format.setItemText(0, self.tr("Excel (.xlsx)"))
        self.format.setItemText(1, self.tr("PDF imprimable (.pdf)"))
        self.shareable.setText(self.tr("&Partageable uniquement"))
        self.shareable_help.setText(
            self.tr(
                "Pour un partenaire : seulement les employeurs qui peuvent être partagés et "
                "les champs que la charte de partage permet de transmettre."
            )
        )
        self.tag.setItemText(0, self.tr("Toutes les étiquettes"))
        self.commune.setItemText(0, self.tr("Toutes les communes"))
        self.status.setItemText(0, self.tr("Tous les statuts"))
        _fill(self.status, [(s, choice_label(s)) for s in EMPLOYER_STATUSES])
        labels = (
            (self.format, self.tr("&Format :")),
            (self.tag, self.tr("É&tiquette :")),
            (self.commune, self.tr("&Commune :")),
            (self.status, self.tr("&Statut :")),
        )
        for widget, text in labels:
            self.labels[widget].setText(text)
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))

    def _load_options(self) -> None:
        store = self.context.store

        def query() -> tuple[list[str], list[str]]:
            with store.reading() as conn:
                return (
                    listings.distinct_values(conn, "employer", "tag"),
                    listings.distinct_values(conn, "employer", "commune"),
                )

        def arrive(found: tuple[list[str], list[str]]) -> None:
            with contextlib.suppress(RuntimeError):  # the dialog may be gone
                tags, communes = found
                _fill(self.tag, [(t, t) for t in tags])
                _fill(self.commune, [(c, c) for c in communes])

        self.context.runner.submit(query, on_done=arrive, priority=1)

    def options(self) -> dict[str, Any]:
        """The keyword arguments of ``export_directory``."""
        return {
            "shareable_only": self.shareable.isChecked(),
            "tag": self.tag.currentData(),
            "commune": self.commune.currentData(),
            "status": self.status.currentData(),
        }

    def suffix(self) -> str:
        return str(self.format.currentData())


class FollowUpsExportDialog(_Dialog):
    """Which worker's follow-ups: everybody's, or one worker's."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followups_export_dialog")
        self.context = context
        self.worker = QComboBox()
        self.worker.addItem("", None)
        self.worker.setMinimumContentsLength(24)
        self.label = QLabel()
        self.label.setBuddy(self.worker)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.label, self.worker)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        store = context.store

        def query() -> list[str]:
            with store.reading() as conn:
                return [w.name for w in Repository(conn).list(Worker, order_by="name")]

        def arrive(names: list[str]) -> None:
            with contextlib.suppress(RuntimeError):
                _fill(self.worker, [(n, n) for n in names])

        context.runner.submit(query, on_done=arrive, priority=1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exporter les relances"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Exporter…"))
        self.label.setText(self.tr("&Travailleur :"))
        self.worker.setItemText(0, self.tr("Tous les travailleurs"))
        self.worker.setAccessibleName(self.tr("Travailleur"))

    def worker_name(self) -> str | None:
        value = self.worker.currentData()
        return str(value) if value else None


class PlacementsReportDialog(_Dialog):
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


# ------------------------------------------------------------------------------------------
# Import dialogs


class ImportDialog(_Dialog):
    """The file to import (and its mapping), or the KBO extract and the postcodes."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert kind in ("employers", "kbo")
        self.kind = kind
        self.setObjectName(f"import_{kind}_dialog")
        self.source = QLineEdit()
        self.source.textChanged.connect(self._validate)
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_source)
        self.browse_zip = QPushButton()
        self.browse_zip.clicked.connect(self.choose_zip)
        self.browse_zip.setVisible(kind == "kbo")
        self.mapping = QLineEdit()
        self.browse_mapping = QPushButton()
        self.browse_mapping.clicked.connect(self.choose_mapping)
        self.postcodes = QLineEdit("1060")
        self.postcodes.textChanged.connect(self._validate)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(self.browse)
        row.addWidget(self.browse_zip)
        self.source_label = QLabel()
        self.source_label.setBuddy(self.source)
        self.form.addRow(self.source_label, row)
        self.second_label = QLabel()
        if kind == "employers":
            mapping_row = QHBoxLayout()
            mapping_row.addWidget(self.mapping, 1)
            mapping_row.addWidget(self.browse_mapping)
            self.second_label.setBuddy(self.mapping)
            self.form.addRow(self.second_label, mapping_row)
        else:
            self.second_label.setBuddy(self.postcodes)
            self.form.addRow(self.second_label, self.postcodes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Vérifier…"))
        self.browse.setText(self.tr("Pa&rcourir…"))
        if self.kind == "employers":
            self.setWindowTitle(self.tr("Importer des employeurs"))
            self.explain.setText(
                self.tr(
                    "Un fichier Excel ou CSV, une ligne par employeur. Le fichier est d'abord "
                    "vérifié : rien n'est enregistré avant que vous confirmiez."
                )
            )
            self.source_label.setText(self.tr("&Fichier :"))
            self.second_label.setText(self.tr("&Correspondance des colonnes (facultatif) :"))
            self.browse_mapping.setText(self.tr("P&arcourir…"))
            self.source.setAccessibleName(self.tr("Fichier"))
            self.mapping.setAccessibleName(self.tr("Correspondance des colonnes"))
        else:
            self.setWindowTitle(self.tr("Importer les données BCE/KBO"))
            self.explain.setText(
                self.tr(
                    "L'extrait public de la Banque-Carrefour des Entreprises : le dossier "
                    "décompressé ou le fichier zip. Les données sont d'abord vérifiées : rien "
                    "n'est enregistré avant que vous confirmiez."
                )
            )
            self.browse.setText(self.tr("&Dossier…"))
            self.browse_zip.setText(self.tr("Fichier &zip…"))
            self.source_label.setText(self.tr("&Extrait :"))
            self.second_label.setText(self.tr("Codes &postaux :"))
            self.postcodes.setToolTip(self.tr("Séparés par des espaces ou des virgules"))
            self.source.setAccessibleName(self.tr("Extrait"))
            self.postcodes.setAccessibleName(self.tr("Codes postaux"))
        self._validate()

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(
            bool(self.source.text().strip()) and (self.kind != "kbo" or bool(self.codes()))
        )

    def choose_source(self) -> None:
        if self.kind == "kbo":
            found = QFileDialog.getExistingDirectory(self, self.tr("Dossier de l'extrait BCE/KBO"))
        else:
            found, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Fichier d'employeurs"),
                "",
                self.tr("Tableurs (*.xlsx *.csv);;Tous les fichiers (*)"),
            )
        if found:
            self.source.setText(found)

    def choose_zip(self) -> None:
        found, _ = QFileDialog.getOpenFileName(
            self, self.tr("Extrait BCE/KBO"), "", self.tr("Archives zip (*.zip)")
        )
        if found:
            self.source.setText(found)

    def choose_mapping(self) -> None:
        found, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Correspondance des colonnes"),
            "",
            self.tr("Correspondances JSON (*.json);;Tous les fichiers (*)"),
        )
        if found:
            self.mapping.setText(found)

    def codes(self) -> tuple[str, ...]:
        return tuple(c for c in self.postcodes.text().replace(",", " ").split() if c)

    def arguments(self) -> tuple[Path, dict[str, Any]]:
        """The path and the keyword arguments of the import function."""
        path = Path(self.source.text().strip())
        if self.kind == "employers":
            mapping = self.mapping.text().strip()
            return path, {"mapping": Path(mapping) if mapping else None}
        return path, {"postcodes": self.codes()}


class ColumnMappingDialog(_Dialog):
    """What each column of a file holds: the import's own reading, for a person to correct
    (and to save, so that the next file of the same shape needs no correction)."""

    def __init__(self, preview: Any, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from pacte_desktop.imports.columns import MAPPABLE_FIELDS

        self.setObjectName("column_mapping_dialog")
        self.preview = preview
        self.file_name = file_name
        self.fields = MAPPABLE_FIELDS
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.table = QTableWidget(len(preview.columns), 3)
        self.table.setObjectName("column_mapping")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        for row, column in enumerate(preview.columns):
            self.table.setItem(row, 0, QTableWidgetItem(column.header))
            self.table.setItem(row, 1, QTableWidgetItem(" · ".join(column.samples)))
            combo = QComboBox()
            combo.setObjectName(f"column_field_{row}")
            combo.currentIndexChanged.connect(self._validate)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.problem = QLabel()
        self.problem.setObjectName("column_mapping_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a61b1b")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("column_mapping_save")
        self.save_button.clicked.connect(self.save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(820, 180 + 34 * min(len(preview.columns), 12))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Colonnes du fichier"))
        lines = [
            self.tr("« %1 », ligne d'en-tête %2.")
            .replace("%1", self.file_name)
            .replace("%2", str(self.preview.row))
        ]
        if not self.preview.recognised:
            lines.append(
                self.tr("Les colonnes n'ont pas été reconnues : indiquez ce que contient chacune.")
            )
        lines.append(
            self.tr(
                "Enregistrez la correspondance pour la réutiliser avec le prochain fichier du "
                "même modèle."
            )
        )
        self.explain.setText("\n".join(lines))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Colonne du fichier"), self.tr("Exemples"), self.tr("Champ")]
        )
        self.table.setAccessibleName(self.tr("Colonnes du fichier"))
        labelled = sorted(
            ((field_label(f), f) for f in self.fields), key=lambda pair: pair[0].casefold()
        )
        for row, combo in enumerate(self.combos):
            chosen = combo.currentData() if combo.count() else self.preview.columns[row].field
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— ignorer —"), None)
            for label, field in labelled:
                combo.addItem(label, field)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.setAccessibleName(
                self.tr("Champ de la colonne « %1 »").replace(
                    "%1", self.preview.columns[row].header
                )
            )
            combo.blockSignals(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Vérifier…"))
        self.save_button.setText(self.tr("&Enregistrer la correspondance…"))
        self._validate()

    def mapping(self) -> dict[str, str | None]:
        """``{column header: field or None}``, as a mapping file holds it."""
        return {
            column.header: combo.currentData()
            for column, combo in zip(self.preview.columns, self.combos, strict=True)
        }

    def problem_text(self) -> str:
        chosen = [f for f in self.mapping().values() if f]
        twice = sorted({f for f in chosen if chosen.count(f) > 1})
        if twice:
            return self.tr("« %1 » est choisi pour plusieurs colonnes.").replace(
                "%1", ", ".join(field_label(f) for f in twice)
            )
        if not {"name", "bce_number"} & set(chosen):
            return self.tr("Choisissez au moins la colonne du nom ou celle du numéro BCE.")
        return ""

    def _validate(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        self.save_button.setEnabled(not problem)

    def save(self) -> Path | None:
        from pacte_desktop.services.imports.employers import save_mapping

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer la correspondance"),
            str(Path.home() / "correspondance.json"),
            self.tr("Correspondances JSON (*.json)"),
        )
        if not name:
            return None
        path = _with_suffix(name, ".json")
        try:
            save_mapping(path, self.mapping())
        except (PacteError, OSError) as error:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), _error_text(error))
            return None
        return path


class ImportPreviewDialog(_Dialog):
    """What a dry run found: the counts and every rejected row, before the real import."""

    #: The person asked to correct the columns (the dialog closes; the controller reopens the
    #: mapping step).
    columns_requested = Signal()

    def __init__(
        self, report: Any, title: str, parent: QWidget | None = None, *, columns: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview_dialog")
        self.report = report
        self.title = title
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("import_rejected")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Rejected rows, then what was corrected in kept rows (control characters removed).
        rejected = list(getattr(report, "rejected", []) or [])
        rejected += list(getattr(report, "warnings", []) or [])
        self.table.setRowCount(len(rejected))
        for r, (row, field, message) in enumerate(rejected):
            for c, text in enumerate((str(row), _field_text(str(field or "")), str(message))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.rejected_label = QLabel()
        self.rejected_label.setBuddy(self.table)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_confirm")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.columns_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.columns_button.setObjectName("import_columns")
        self.columns_button.setVisible(columns)
        self.columns_button.clicked.connect(self._columns)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.import_button.setEnabled(self.to_write() > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.table.setVisible(bool(rejected))
        self.resize(760, 460 if rejected else 200)
        self.retranslate()

    def to_write(self) -> int:
        return int(getattr(self.report, "created", 0)) + int(getattr(self.report, "updated", 0))

    def _columns(self) -> None:
        self.reject()
        self.columns_requested.emit()

    def retranslate(self) -> None:
        report = self.report
        self.setWindowTitle(self.tr("Vérification de l'import"))
        rejected = len(getattr(report, "rejected", []) or [])
        lines = [
            self.title,
            self.tr("À créer : %1 — à mettre à jour : %2 — inchangés : %3 — rejetés : %4")
            .replace("%1", str(report.created))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged))
            .replace("%4", str(rejected)),
        ]
        if rejected:
            lines.append(self.tr("Les lignes rejetées ne seront pas importées."))
        ignored = tuple(getattr(report, "ignored_columns", ()) or ())
        if ignored:
            lines.append(self.tr("Colonnes ignorées : %1").replace("%1", ", ".join(ignored)))
        if not self.to_write():
            lines.append(self.tr("Rien à importer."))
        self.summary.setText("\n".join(lines))
        self.rejected_label.setText(self.tr("Lignes &rejetées :") if rejected else "")
        self.rejected_label.setVisible(bool(rejected))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ligne"), self.tr("Champ"), self.tr("Raison")]
        )
        self.table.setAccessibleName(self.tr("Lignes rejetées"))
        self.import_button.setText(self.tr("&Importer"))
        self.columns_button.setText(self.tr("&Colonnes…"))


def _local_time(moment: dt.datetime) -> str:
    """A stored time (aware, or naive and then taken as local) as a local date and hour."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{format_date(moment.date())} {moment:%H:%M}"


class BatchesDialog(_Dialog):
    """Previous imports, newest last, each of which can be undone completely."""

    reverted = Signal(str)

    COLUMNS = ("date", "kind", "file", "created", "updated", "rejected", "state")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batches_dialog")
        self.context = context
        self.batches: list[dict[str, Any]] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("batches_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.revert_button = QPushButton()
        self.revert_button.setObjectName("revert_batch")
        self.revert_button.clicked.connect(self.revert_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 420)
        # Replaced in tests; asks the user before undoing an import.
        self.confirm: Callable[[str], bool] = self._ask
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Imports précédents"))
        self.explain.setText(
            self.tr(
                "Chaque import peut être annulé : les employeurs qu'il a créés sont retirés et "
                "ceux qu'il a modifiés retrouvent leurs valeurs d'avant."
            )
        )
        self.revert_button.setText(self.tr("A&nnuler cet import…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Fichier"),
                self.tr("Créés"),
                self.tr("Mis à jour"),
                self.tr("Rejetés"),
                self.tr("État"),
            ]
        )
        self.table.setAccessibleName(self.tr("Imports précédents"))
        self._show()

    def _kind(self, kind: str) -> str:
        return {"employers": self.tr("Employeurs"), "kbo": self.tr("BCE/KBO")}.get(kind, kind)

    def _date(self, value: Any) -> str:
        """An import's time as the user's clock reads it: stored in UTC, shown in local time
        (an import at 00:30 in Brussels was made on the 1st, not at 23:30 on the 31st)."""
        if isinstance(value, dt.datetime):
            return _local_time(value)
        if isinstance(value, dt.date):
            return format_date(value)
        text = str(value or "")
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        return _local_time(moment) if "T" in text or " " in text else format_date(moment.date())

    def reload(self) -> None:
        from pacte_desktop.services.imports import batches

        store = self.context.store

        def arrive(found: list[dict[str, Any]]) -> None:
            with contextlib.suppress(RuntimeError):
                self.batches = list(found)
                self._show()
                if self.batches:
                    self.table.selectRow(len(self.batches) - 1)
                    self.table.scrollToBottom()

        self.context.runner.submit(
            lambda: batches.list_batches(store), on_done=arrive, on_error=self.show_error
        )

    def _show(self) -> None:
        self.table.setRowCount(len(self.batches))
        for r, batch in enumerate(self.batches):
            cells = (
                self._date(batch.get("date")),
                self._kind(str(batch.get("kind", ""))),
                Path(str(batch.get("file") or "")).name,
                str(batch.get("created", "")),
                str(batch.get("updated", "")),
                str(batch.get("rejected", "")),
                self.tr("Annulé") if batch.get("reverted") else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setToolTip(str(batch.get("file") or ""))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._update_button()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.batches[row] if 0 <= row < len(self.batches) else None

    def _update_button(self) -> None:
        batch = self.selected()
        self.revert_button.setEnabled(batch is not None and not batch.get("reverted"))

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Annuler cet import"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, error: BaseException) -> None:
        QMessageBox.critical(self, self.tr("Imports précédents"), _error_text(error))

    def revert_selected(self) -> None:
        from pacte_desktop.services.imports import batches

        batch = self.selected()
        if batch is None or batch.get("reverted"):
            return
        name = Path(str(batch.get("file") or "")).name
        if not self.confirm(
            self.tr(
                "Annuler l'import de « %1 » ? Les %2 employeurs créés seront retirés et les %3 "
                "mis à jour retrouveront leurs valeurs d'avant."
            )
            .replace("%1", name)
            .replace("%2", str(batch.get("created", 0)))
            .replace("%3", str(batch.get("updated", 0)))
        ):
            return
        store = self.context.store
        worker_id = self.context.worker_id
        batch_id = str(batch["id"])
        self.revert_button.setEnabled(False)

        def done(_count: Any) -> None:
            self.context.changed.emit("*", self)
            with contextlib.suppress(RuntimeError):
                self.reverted.emit(batch_id)
                self.reload()

        def failed(error: BaseException) -> None:
            with contextlib.suppress(RuntimeError):
                self._update_button()
                self.show_error(error)

        self.context.runner.submit(
            lambda: batches.revert_batch(store, batch_id, worker_id=worker_id),
            on_done=done,
            on_error=failed,
        )


# ------------------------------------------------------------------------------------------
# The controller: menu actions, dialogs, background work, status bar


class ReportsController(QObject):
    """The report and import actions of the main window's menus.

    Each action opens its dialog without blocking (``open()``) and returns it, so tests can
    fill it in; the file choosers are Qt's static ``QFileDialog`` functions. ``finished(kind,
    result)`` and ``failed(kind, error)`` announce the end of the background work.
    """

    finished = Signal(str, object)
    failed = Signal(str, object)
    cancelled = Signal(str)

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.last_path: Path | None = None
        self.dialog: QDialog | None = None
        from PySide6.QtGui import QAction

        self.act_directory = QAction(self)
        self.act_directory.triggered.connect(self.export_directory)
        self.act_followups = QAction(self)
        self.act_followups.triggered.connect(self.export_followups)
        self.act_placements = QAction(self)
        self.act_placements.triggered.connect(self.report_placements)
        self.act_import_employers = QAction(self)
        self.act_import_employers.triggered.connect(self.import_employers)
        self.act_import_kbo = QAction(self)
        self.act_import_kbo.triggered.connect(self.import_kbo)
        self.act_batches = QAction(self)
        self.act_batches.triggered.connect(self.show_batches)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_export_button")
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_last)
        self.open_timer = QTimer(self)
        self.open_timer.setSingleShot(True)
        self.open_timer.timeout.connect(self.open_button.hide)
        window.statusBar().addPermanentWidget(self.open_button)
        self.retranslate()

    def export_actions(self) -> list[Any]:
        return [self.act_directory, self.act_followups, self.act_placements]

    def import_actions(self) -> list[Any]:
        return [self.act_import_employers, self.act_import_kbo, self.act_batches]

    def retranslate(self) -> None:
        self.act_directory.setText(self.tr("Exporter l'&annuaire…"))
        self.act_followups.setText(self.tr("Exporter les &relances…"))
        self.act_placements.setText(self.tr("Rapport des &mises à l'emploi…"))
        self.act_import_employers.setText(self.tr("&Importer des employeurs…"))
        self.act_import_kbo.setText(self.tr("Importer les données &BCE/KBO…"))
        self.act_batches.setText(self.tr("Imports &précédents…"))
        self.open_button.setText(self.tr("Ouvrir"))
        self.open_button.setAccessibleName(self.tr("Ouvrir le fichier exporté"))

    # -- plumbing --------------------------------------------------------------------------
    def _message(self, text: str, seconds: int = 10) -> None:
        self.window.statusBar().showMessage(text, seconds * 1000)

    def show_error(self, error: BaseException) -> None:
        QMessageBox.critical(self.window, self.tr("Pacte Desktop"), _error_text(error))

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save_path(self, title: str, default: str, suffix: str) -> Path | None:
        filters = {
            ".xlsx": self.tr("Classeur Excel (*.xlsx)"),
            ".pdf": self.tr("Document PDF (*.pdf)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self.window, title, str(Path.home() / default), filters[suffix]
        )
        return _with_suffix(name, suffix) if name else None

    def _run_export(
        self,
        kind: str,
        label: str,
        jobs: Sequence[tuple[Path, Callable[[Path, Progress], int]]],
        describe: Callable[[int, Path], str],
    ) -> None:
        """Write each (path, write) in turn in the background, each one atomically."""

        def work(report: Progress, token: CancelToken) -> tuple[int, Path]:
            progress = guard(report, token)
            count = 0
            for path, write in jobs:
                # Each report writes through a temporary file and makes its last progress report
                # before the rename: a Cancel up to then leaves the old file.
                count = write(path, progress)
            return count, jobs[-1][0]

        def done(result: tuple[int, Path]) -> None:
            count, path = result
            self.last_path = path
            self._message(describe(count, path), OPEN_SECONDS)
            self.open_button.show()
            self.open_timer.start(OPEN_SECONDS * 1000)
            self.finished.emit(kind, result)

        self.context.runner.run_long(
            self.window, label, work, on_done=done, on_error=lambda e: self._failed(kind, e)
        )

    def _failed(self, kind: str, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._message(self.tr("Opération annulée"), 8)
            self.cancelled.emit(kind)
            return
        self.failed.emit(kind, error)
        self.show_error(error)

    def open_last(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    # -- exports ---------------------------------------------------------------------------
    def export_directory(self) -> QDialog:
        dialog = DirectoryExportDialog(self.context, self.window)
        return self._open(dialog, lambda: self._directory_chosen(dialog))

    def _directory_chosen(self, dialog: DirectoryExportDialog) -> None:
        suffix = dialog.suffix()
        options = dialog.options()
        path = self._save_path(self.tr("Exporter l'annuaire"), f"annuaire{suffix}", suffix)
        if path is None:
            return
        from pacte_desktop.services.reports import export_directory

        store, lang = self.context.store, messages.current_language()

        def write(target: Path, progress: Progress) -> int:
            return export_directory(store, target, lang=lang, progress=progress, **options)

        self._run_export(
            "directory",
            self.tr("Export de l'annuaire…"),
            [(path, write)],
            lambda n, p: (
                self.tr("Annuaire exporté : %1 employeurs dans %2")
                .replace("%1", str(n))
                .replace("%2", str(p))
            ),
        )

    def export_followups(self) -> QDialog:
        dialog = FollowUpsExportDialog(self.context, self.window)
        return self._open(dialog, lambda: self._followups_chosen(dialog))

    def _followups_chosen(self, dialog: FollowUpsExportDialog) -> None:
        worker = dialog.worker_name()
        path = self._save_path(self.tr("Exporter les relances"), "relances.xlsx", ".xlsx")
        if path is None:
            return
        from pacte_desktop.services.reports import export_followups

        store, lang = self.context.store, messages.current_language()

        def write(target: Path, progress: Progress) -> int:
            return export_followups(store, target, worker=worker, lang=lang, progress=progress)

        self._run_export(
            "followups",
            self.tr("Export des relances…"),
            [(path, write)],
            lambda n, p: (
                self.tr("Relances exportées : %1 dans %2")
                .replace("%1", str(n))
                .replace("%2", str(p))
            ),
        )

    def report_placements(self) -> QDialog:
        dialog = PlacementsReportDialog(self.window)
        return self._open(dialog, lambda: self._placements_chosen(dialog))

    def _placements_chosen(self, dialog: PlacementsReportDialog) -> None:
        from pacte_desktop.services import reports as placements

        start, end = dialog.period()
        lang = dialog.lang()
        store = self.context.store
        base = f"mises-a-l-emploi-{start:%Y%m%d}-{end:%Y%m%d}"
        jobs: list[tuple[Path, Callable[[Path, Progress], int]]] = []
        wanted = (
            (
                dialog.pdf,
                self.tr("Rapport des mises à l'emploi (PDF)"),
                ".pdf",
                placements.report_placements,
            ),
            (
                dialog.xlsx,
                self.tr("Chiffres des mises à l'emploi (Excel)"),
                ".xlsx",
                placements.export_placements,
            ),
        )
        for box, title, suffix, write in wanted:
            if not box.isChecked():
                continue
            path = self._save_path(title, base + suffix, suffix)
            if path is None:
                return
            job = functools.partial(write, store, start=start, end=end, lang=lang)
            jobs.append((path, lambda target, progress, job=job: job(target, progress=progress)))
        self._run_export(
            "placements",
            self.tr("Rapport des mises à l'emploi…"),
            jobs,
            lambda n, p: (
                self.tr("Rapport établi : %1 mises à l'emploi, %2")
                .replace("%1", str(n))
                .replace("%2", ", ".join(str(path) for path, _ in jobs))
            ),
        )

    # -- imports ---------------------------------------------------------------------------
    def import_employers(self) -> QDialog:
        dialog = ImportDialog("employers", self.window)
        return self._open(dialog, lambda: self._dry_run(dialog))

    def import_kbo(self) -> QDialog:
        dialog = ImportDialog("kbo", self.window)
        return self._open(dialog, lambda: self._dry_run(dialog))

    def _import_function(self, kind: str) -> Callable[..., Any]:
        if kind == "employers":
            from pacte_desktop.services.imports.employers import import_employers

            return import_employers
        from pacte_desktop.services.imports.kbo import import_kbo

        return import_kbo

    def _dry_run(self, dialog: ImportDialog) -> None:
        path, options = dialog.arguments()
        self._check(dialog.kind, path, options)

    def _check(self, kind: str, path: Path, options: dict[str, Any]) -> None:
        run = self._import_function(kind)
        store, worker_id = self.context.store, self.context.worker_id

        def work(report: Progress, token: CancelToken) -> Any:
            return run(
                store,
                path,
                dry_run=True,
                worker_id=worker_id,
                progress=guard(report, token),
                **options,
            )

        self.context.runner.run_long(
            self.window,
            self.tr("Vérification de « %1 »…").replace("%1", path.name),
            work,
            on_done=lambda report: self._preview(kind, path, options, report),
            on_error=lambda e: self._check_failed(kind, path, options, e),
        )

    def _check_failed(
        self, kind: str, path: Path, options: dict[str, Any], error: BaseException
    ) -> None:
        # Columns the import does not recognise: ask what they hold instead of giving up.
        if kind == "employers" and getattr(error, "code", None) == "import_no_header":
            self._map_columns(path, options)
            return
        self._failed(f"{kind}-dry-run", error)

    def _preview(self, kind: str, path: Path, options: dict[str, Any], report: Any) -> None:
        title = self.tr("Fichier : %1").replace("%1", str(path))
        dialog = ImportPreviewDialog(report, title, self.window, columns=kind == "employers")
        dialog.columns_requested.connect(lambda: self._map_columns(path, options))
        self.finished.emit(f"{kind}-dry-run", report)
        self._open(dialog, lambda: self._import(kind, path, options))

    def _map_columns(self, path: Path, options: dict[str, Any]) -> None:
        """The mapping step: read the file's header row, let the person correct it, check
        the file again with the corrected mapping."""
        from pacte_desktop.imports.columns import preview_columns

        mapping = options.get("mapping")

        def shown(preview: Any) -> None:
            dialog = ColumnMappingDialog(preview, path.name, self.window)
            self.finished.emit("employers-columns", preview)
            self._open(
                dialog, lambda: self._check("employers", path, {"mapping": dialog.mapping()})
            )

        self.context.runner.submit(
            lambda: preview_columns(path, mapping=mapping),
            on_done=shown,
            on_error=lambda e: self._failed("employers-columns", e),
        )

    def _import(self, kind: str, path: Path, options: dict[str, Any]) -> None:
        run = self._import_function(kind)
        store, worker_id = self.context.store, self.context.worker_id

        def work(report: Progress, token: CancelToken) -> Any:
            return run(
                store,
                path,
                dry_run=False,
                worker_id=worker_id,
                progress=guard(report, token),
                **options,
            )

        def done(report: Any) -> None:
            self.context.changed.emit("employer", self)
            self.context.changed.emit("contact_person", self)
            # A box rather than a status message, which the refreshed views would replace.
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Import terminé"),
                self.tr("Import terminé : %1 créés, %2 mis à jour, %3 rejetés")
                .replace("%1", str(report.created))
                .replace("%2", str(report.updated))
                .replace("%3", str(len(report.rejected))),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setInformativeText(self.tr("« Fichier › Imports précédents » permet de l'annuler."))
            self.dialog = box
            box.finished.connect(box.deleteLater)
            box.open()
            self.finished.emit(kind, report)

        self.context.runner.run_long(
            self.window,
            self.tr("Import de « %1 »…").replace("%1", path.name),
            work,
            on_done=done,
            on_error=lambda e: self._failed(kind, e),
        )

    def show_batches(self) -> QDialog:
        dialog = BatchesDialog(self.context, self.window)
        self.dialog = dialog
        dialog.reverted.connect(lambda _id: self._message(self.tr("Import annulé"), 8))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
