"""The import dialogs: the file (or the BCE/KBO extract) to import, what each of its columns
holds, and what a dry run found before anything is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.ui.labels import display_value, field_label
from pacte_desktop.ui.report_forms import OptionsDialog, error_text, field_text, with_suffix


class ImportDialog(OptionsDialog):
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


class ColumnMappingDialog(OptionsDialog):
    """What each column of a file holds: the import's own reading, for a person to correct
    (and to save, so that the next file of the same shape needs no correction)."""

    def __init__(self, preview: Any, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from pacte_desktop.services.imports.employers import mappable_fields

        self.setObjectName("column_mapping_dialog")
        self.preview = preview
        self.file_name = file_name
        self.fields = mappable_fields()
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
        path = with_suffix(name, ".json")
        try:
            save_mapping(path, self.mapping())
        except (PacteError, OSError) as error:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), error_text(error))
            return None
        return path


def _shown(field: str, value: object) -> str:
    """A stored value as the preview shows it (empty for nothing; list fields as items; a
    phone, BCE or NACE number written as everywhere else in the interface)."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return value
        if isinstance(items, list):
            return ", ".join(str(i) for i in items)
    return display_value(field, value)


class ImportPreviewDialog(OptionsDialog):
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
            for c, text in enumerate((str(row), field_text(str(field or "")), str(message))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.rejected_label = QLabel()
        self.rejected_label.setBuddy(self.table)
        # Each update named: the employer, then each field that changes, old -> new.
        updates = list(getattr(report, "updates", []) or [])
        self.updates_table = QTableWidget(0, 4)
        self.updates_table.setObjectName("import_updates")
        self.updates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.updates_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.updates_table.verticalHeader().hide()
        self.updates_table.setWordWrap(False)
        updates_header = self.updates_table.horizontalHeader()
        updates_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        updates_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        updates_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        updates_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        lines = [(u.name, c) for u in updates for c in u.changes]
        self.updates_table.setRowCount(len(lines))
        for r, (name, change) in enumerate(lines):
            texts = (
                name,
                field_text(change.field),
                _shown(change.field, change.old),
                _shown(change.field, change.new),
            )
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.updates_table.setItem(r, c, item)
        self.updates_label = QLabel()
        self.updates_label.setBuddy(self.updates_table)
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
        layout.addWidget(self.updates_label)
        layout.addWidget(self.updates_table, 1)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.table.setVisible(bool(rejected))
        self.updates_label.setVisible(bool(lines))
        self.updates_table.setVisible(bool(lines))
        self.resize(760, 460 if rejected or lines else 200)
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
        self.updates_label.setText(self.tr("Employeurs à mettre à &jour :"))
        self.updates_table.setHorizontalHeaderLabels(
            [self.tr("Employeur"), self.tr("Champ"), self.tr("Avant"), self.tr("Après")]
        )
        self.updates_table.setAccessibleName(self.tr("Employeurs à mettre à jour"))
        self.rejected_label.setText(self.tr("Lignes &rejetées :") if rejected else "")
        self.rejected_label.setVisible(bool(rejected))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ligne"), self.tr("Champ"), self.tr("Raison")]
        )
        self.table.setAccessibleName(self.tr("Lignes rejetées"))
        self.import_button.setText(self.tr("&Importer"))
        self.columns_button.setText(self.tr("&Colonnes…"))
