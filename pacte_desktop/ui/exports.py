"""Reports and imports from the menus: a dialog for the options, then the work in the background.

Every export writes to a temporary file beside the chosen one and renames it at the end (see
``reports.output``), so a cancelled or failed export leaves neither a partial file nor a damaged
older one. Every import is first run as a dry run whose result (counts and rejected rows) is
shown before anything is written; the real import is one transaction, so cancelling it rolls it
back.

The exports are data (:data:`EXPORTS`): each names its options dialog, the files the chosen
options ask for (one writer per file) and what the progress dialog and the status bar say; one
path runs them all. The dialogs live in their own modules: ``directory_export.py``,
``followups_export.py``, ``placements_report.py``, ``import_dialogs.py``, ``import_batches.py``,
with what they share in ``report_forms.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QPushButton, QWidget

from pacte_desktop.domain import messages
from pacte_desktop.domain.progress import Cancelled, CancelToken, Progress, guard
from pacte_desktop.ui import icons
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.directory_export import DirectoryExportDialog
from pacte_desktop.ui.followups_export import FollowUpsExportDialog
from pacte_desktop.ui.import_batches import BatchesDialog
from pacte_desktop.ui.import_dialogs import ColumnMappingDialog, ImportDialog, ImportPreviewDialog
from pacte_desktop.ui.placements_report import PlacementsReportDialog
from pacte_desktop.ui.report_forms import error_text, with_suffix

OPEN_SECONDS = 30
_CONTEXT = "ReportsController"  # the translation context of the texts below


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` (lupdate finds it by this name); it is
    translated where it is shown, by :func:`_text`. Qt's own returns an untyped object."""
    return source


def _text(source: str) -> str:
    """A text of the table below, in the interface's language."""
    return QCoreApplication.translate(_CONTEXT, source)


@dataclass(frozen=True)
class ExportFile:
    """One file an export writes: the save dialog's title (untranslated), the name it proposes,
    the format's suffix, and the writer: ``write(store, path, progress=…, **options)`` returns
    the count the status bar says."""

    title: str
    name: str
    suffix: str
    write: Callable[..., int]
    options: dict[str, Any]


@dataclass(frozen=True)
class Export:
    """One export of the menus: its options dialog, the files the accepted dialog asks for,
    the progress dialog's label and the status bar's sentence (%1 the count, %2 the files)."""

    dialog: Callable[[AppContext, QWidget], QDialog]
    files: Callable[[Any], list[ExportFile]]
    running: str
    done: str


def _directory_files(dialog: DirectoryExportDialog) -> list[ExportFile]:
    from pacte_desktop.services.reports import export_directory

    suffix = dialog.suffix()
    options = {**dialog.options(), "lang": messages.current_language()}
    title = QT_TRANSLATE_NOOP("ReportsController", "Exporter l'annuaire")
    return [ExportFile(title, f"annuaire{suffix}", suffix, export_directory, options)]


def _followups_files(dialog: FollowUpsExportDialog) -> list[ExportFile]:
    from pacte_desktop.services.reports import export_followups

    options = {"worker": dialog.worker_name(), "lang": messages.current_language()}
    title = QT_TRANSLATE_NOOP("ReportsController", "Exporter les relances")
    return [ExportFile(title, "relances.xlsx", ".xlsx", export_followups, options)]


def _placements_files(dialog: PlacementsReportDialog) -> list[ExportFile]:
    """The PDF report, the Excel figures, or both, as ticked."""
    from pacte_desktop.services import reports as placements

    start, end = dialog.period()
    options = {"start": start, "end": end, "lang": dialog.lang()}
    base = f"mises-a-l-emploi-{start:%Y%m%d}-{end:%Y%m%d}"
    wanted = (
        (
            dialog.pdf.isChecked(),
            QT_TRANSLATE_NOOP("ReportsController", "Rapport des mises à l'emploi (PDF)"),
            ".pdf",
            placements.report_placements,
        ),
        (
            dialog.xlsx.isChecked(),
            QT_TRANSLATE_NOOP("ReportsController", "Chiffres des mises à l'emploi (Excel)"),
            ".xlsx",
            placements.export_placements,
        ),
    )
    return [
        ExportFile(title, base + suffix, suffix, write, options)
        for ticked, title, suffix, write in wanted
        if ticked
    ]


#: The exports of the menus, by kind (the kind names them in ``finished``/``failed`` too).
EXPORTS: dict[str, Export] = {
    "directory": Export(
        DirectoryExportDialog,
        _directory_files,
        QT_TRANSLATE_NOOP("ReportsController", "Export de l'annuaire…"),
        QT_TRANSLATE_NOOP("ReportsController", "Annuaire exporté : %1 employeurs dans %2"),
    ),
    "followups": Export(
        FollowUpsExportDialog,
        _followups_files,
        QT_TRANSLATE_NOOP("ReportsController", "Export des relances…"),
        QT_TRANSLATE_NOOP("ReportsController", "Relances exportées : %1 dans %2"),
    ),
    "placements": Export(
        lambda _context, parent: PlacementsReportDialog(parent),
        _placements_files,
        QT_TRANSLATE_NOOP("ReportsController", "Rapport des mises à l'emploi…"),
        QT_TRANSLATE_NOOP("ReportsController", "Rapport établi : %1 mises à l'emploi, %2"),
    ),
}


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
        for action, meaning in (
            (self.act_directory, "export"),
            (self.act_followups, "export_followups"),
            (self.act_placements, "report"),
            (self.act_import_employers, "import"),
            (self.act_import_kbo, "import_kbo"),
            (self.act_batches, "import_batches"),
        ):
            action.setIcon(icons.icon(meaning))  # as the window's other menus (ui/icons.py)
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
        QMessageBox.critical(self.window, self.tr("Pacte Desktop"), error_text(error))

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
        return with_suffix(name, suffix) if name else None

    def _run_export(
        self, kind: str, label: str, jobs: Sequence[tuple[Path, ExportFile]], done_text: str
    ) -> None:
        """Write each file in turn in the background, each one atomically; ``done_text`` says
        the count (%1) and the files (%2) once they are all written."""
        store = self.context.store

        def work(report: Progress, token: CancelToken) -> tuple[int, Path]:
            progress = guard(report, token)
            count = 0
            for path, file in jobs:
                # Each report writes through a temporary file and makes its last progress report
                # before the rename: a Cancel up to then leaves the old file.
                count = file.write(store, path, progress=progress, **file.options)
            return count, jobs[-1][0]

        def done(result: tuple[int, Path]) -> None:
            count, path = result
            self.last_path = path
            files = ", ".join(str(written) for written, _file in jobs)
            self._message(done_text.replace("%1", str(count)).replace("%2", files), OPEN_SECONDS)
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
        return self.start_export("directory")

    def export_followups(self) -> QDialog:
        return self.start_export("followups")

    def report_placements(self) -> QDialog:
        return self.start_export("placements")

    def start_export(self, kind: str) -> QDialog:
        """Open the options dialog of the export ``kind`` (a key of :data:`EXPORTS`)."""
        dialog = EXPORTS[kind].dialog(self.context, self.window)
        return self._open(dialog, lambda: self._export_chosen(kind, dialog))

    def _export_chosen(self, kind: str, dialog: QDialog) -> None:
        """The options are chosen: ask where each file goes (Cancel on any: nothing is
        written), then write them in the background."""
        export = EXPORTS[kind]
        jobs: list[tuple[Path, ExportFile]] = []
        for file in export.files(dialog):
            path = self._save_path(_text(file.title), file.name, file.suffix)
            if path is None:
                return
            jobs.append((path, file))
        if jobs:
            self._run_export(kind, _text(export.running), jobs, _text(export.done))

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

    def _import_work(
        self, kind: str, path: Path, options: dict[str, Any], *, dry_run: bool
    ) -> Callable[[Progress, CancelToken], Any]:
        """The import of ``path`` as long work: checked only (``dry_run``) or written."""
        run = self._import_function(kind)
        store, worker_id = self.context.store, self.context.worker_id

        def work(report: Progress, token: CancelToken) -> Any:
            return run(
                store,
                path,
                dry_run=dry_run,
                worker_id=worker_id,
                progress=guard(report, token),
                **options,
            )

        return work

    def _dry_run(self, dialog: ImportDialog) -> None:
        path, options = dialog.arguments()
        self._check(dialog.kind, path, options)

    def _check(self, kind: str, path: Path, options: dict[str, Any]) -> None:
        work = self._import_work(kind, path, options, dry_run=True)
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
        from pacte_desktop.services.imports.employers import columns_of

        mapping = options.get("mapping")

        def shown(preview: Any) -> None:
            dialog = ColumnMappingDialog(preview, path.name, self.window)
            self.finished.emit("employers-columns", preview)
            self._open(
                dialog, lambda: self._check("employers", path, {"mapping": dialog.mapping()})
            )

        self.context.runner.submit(
            lambda: columns_of(path, mapping=mapping),
            on_done=shown,
            on_error=lambda e: self._failed("employers-columns", e),
        )

    def _import(self, kind: str, path: Path, options: dict[str, Any]) -> None:
        work = self._import_work(kind, path, options, dry_run=False)

        def done(report: Any) -> None:
            self.context.changed.emit("employer", self)
            self.context.changed.emit("contact_person", self)
            # A box rather than a status message, which the refreshed views would replace.
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Import terminé"),
                self.tr("Import terminé : %1, %2, %3")
                .replace("%1", self.tr("%n créé(s)", "", report.created))
                .replace("%2", self.tr("%n mis à jour", "", report.updated))
                .replace("%3", self.tr("%n rejeté(s)", "", len(report.rejected))),
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
