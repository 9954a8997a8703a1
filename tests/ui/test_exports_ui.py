"""Reports and imports from the menus, over real stores: each dialog writes a file that an
independent reader (openpyxl, pypdf) reads back; an import is previewed by a dry run, then
imported, shown in the directory and undone from the batches dialog; Cancel leaves no file.

Only the operating system's file chooser is replaced (QFileDialog's static functions)."""

from __future__ import annotations

import datetime as dt
import gc
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui import exports, i18n
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.import_batches import BatchesDialog
from pacte_desktop.ui.import_dialogs import ColumnMappingDialog, ImportPreviewDialog
from pacte_desktop.ui.labels import format_date
from pacte_desktop.ui.main_window import MainWindow

openpyxl = pytest.importorskip("openpyxl")
pypdf = pytest.importorskip("pypdf")

DEMO_TODAY = dt.date(2025, 6, 30)


def _window(qtbot, context: AppContext, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    i18n.install("fr")
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(context, settings)
    win.sync.stop()
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot, context, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    errors: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: errors.append(text))
    )
    win = _window(qtbot, context, tmp_path)
    win.errors = errors  # type: ignore[attr-defined]
    yield win
    win.sync.stop()
    context.runner.wait()
    win.close()
    i18n.install("fr")


@pytest.fixture
def demo_context(qapp, tmp_path):  # type: ignore[no-untyped-def]
    from pacte_desktop.demo.fill import fill_demo

    store = Store.open(tmp_path / "demo", daily_backup=False)
    with UnitOfWork(store) as uow:
        fill_demo(uow, employers=700, today=DEMO_TODAY)
        uow.commit()
    ctx = AppContext(store)
    yield ctx
    ctx.runner.wait()
    store.close()


@pytest.fixture
def demo_window(qtbot, demo_context, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    errors: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: errors.append(text))
    )
    win = _window(qtbot, demo_context, tmp_path)
    win.errors = errors  # type: ignore[attr-defined]
    yield win
    win.sync.stop()
    demo_context.runner.wait()
    win.close()
    i18n.install("fr")


def _save_to(monkeypatch, *paths: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """The save-file chooser answers each of ``paths`` in turn; returns the titles it was shown."""
    queue = list(paths)
    titles: list[str] = []

    def chooser(_parent, title, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        titles.append(title)
        return (str(queue.pop(0)), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chooser))
    return titles


def _ok(dialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled()
    button.click()


def _xlsx_texts(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


# -- the menus -------------------------------------------------------------------------------


def test_the_file_menu_offers_reports_and_imports_with_mnemonics(window) -> None:
    texts = [a.text() for a in window.menu_file.actions() if not a.isSeparator()]
    for text in (
        "Exporter l'&annuaire…",
        "Exporter les &relances…",
        "Rapport des &mises à l'emploi…",
        "&Importer des employeurs…",
        "Importer les données &BCE/KBO…",
        "Imports &précédents…",
    ):
        assert text in texts
    mnemonics = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(mnemonics) == len(set(mnemonics)), texts
    window.set_language("nl")
    assert window.reports.act_directory.text() != "Exporter l'&annuaire…"
    window.set_language("fr")


# -- exports ---------------------------------------------------------------------------------


def test_directory_export_to_excel_with_a_commune_filter(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "out" / "annuaire"  # no suffix: the format's is added
    target.parent.mkdir()
    titles = _save_to(monkeypatch, target)
    dialog = window.reports.export_directory()
    assert dialog.isVisible()
    assert dialog.shareable_help.text()  # says what "shareable only" means
    qtbot.waitUntil(lambda: dialog.commune.count() > 1, timeout=5000)
    dialog.commune.setCurrentIndex(dialog.commune.findData("Saint-Gilles"))
    with qtbot.waitSignal(window.reports.finished, timeout=20_000) as blocker:
        _ok(dialog)
    assert titles == ["Exporter l'annuaire"]
    count, path = blocker.args[1]
    assert path == target.with_name("annuaire.xlsx") and count == 2
    cells = _xlsx_texts(path)
    assert "Brasserie du Parvis" in cells and "Société Générale" in cells
    assert "Atelier Vélo" not in cells
    assert sorted(p.name for p in path.parent.iterdir()) == ["annuaire.xlsx"]
    message = window.statusBar().currentMessage()
    assert "2 employeurs" in message and str(path) in message
    assert window.reports.open_button.isVisible()


def test_directory_export_to_pdf(qtbot, window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "annuaire.pdf"
    _save_to(monkeypatch, target)
    dialog = window.reports.export_directory()
    dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
    dialog.shareable.setChecked(True)
    with qtbot.waitSignal(window.reports.finished, timeout=20_000):
        _ok(dialog)
    text = _pdf_text(target)
    assert "Atelier V" in text and "Brasserie du Parvis" in text
    assert not window.errors


def test_followups_export_for_one_worker(qtbot, demo_window, tmp_path, monkeypatch) -> None:
    from pacte_desktop.services import followups

    target = tmp_path / "relances.xlsx"
    _save_to(monkeypatch, target)
    dialog = demo_window.reports.export_followups()
    qtbot.waitUntil(lambda: dialog.worker.count() > 2, timeout=5000)
    name = dialog.worker.itemData(1)
    dialog.worker.setCurrentIndex(1)
    with qtbot.waitSignal(demo_window.reports.finished, timeout=20_000) as blocker:
        _ok(dialog)
    store = demo_window.context.store
    with store.reading() as conn:
        from pacte_desktop.store.repository import Repository

        worker_id = Repository(conn).worker_by_name(name, active_only=False).id
        expected = len(followups.due(conn, worker_id=worker_id, today=dt.date.today()))
    assert blocker.args[1][0] == expected
    book = openpyxl.load_workbook(target)
    assert book.worksheets[0].max_row >= expected  # a header row and one row a follow-up
    assert not demo_window.errors


def test_placements_report_writes_the_pdf_and_the_excel_figures(
    qtbot, demo_window, tmp_path, monkeypatch
) -> None:
    pdf, xlsx = tmp_path / "rapport.pdf", tmp_path / "chiffres.xlsx"
    titles = _save_to(monkeypatch, pdf, xlsx)
    day_before = dt.date.today()
    dialog = demo_window.reports.report_placements()
    day_after = dt.date.today()
    opened_on = dialog.end.date().toPython()  # the period ends on the day it was opened
    assert opened_on in (day_before, day_after)
    assert dialog.start.date() == QDate(opened_on.year, 1, 1)
    assert dialog.start.calendarPopup() and dialog.lang() == "fr"
    # The end before the start is refused in the dialog.
    dialog.start.setDate(QDate(2025, 6, 30))
    dialog.end.setDate(QDate(2025, 1, 1))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "précède" in dialog.problem.text()
    dialog.accept()
    assert dialog.isVisible()
    dialog.start.setDate(QDate(2025, 1, 1))
    dialog.end.setDate(QDate(2025, 6, 30))
    dialog.xlsx.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    with qtbot.waitSignal(demo_window.reports.finished, timeout=30_000) as blocker:
        _ok(dialog)
    assert len(titles) == 2
    count = blocker.args[1][0]
    assert count > 0
    text = _pdf_text(pdf)
    assert "tewerkstellingen" in text.lower()
    cells = _xlsx_texts(xlsx)
    assert cells and str(count) in cells
    assert not demo_window.errors


# openpyxl's write-only sheet, abandoned mid-export, complains when it is collected (the
# exporter does not close it on error): collect it here rather than at a random later moment.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_cancel_during_a_long_export_leaves_no_file(qtbot, demo_window, tmp_path, monkeypatch):
    """Cancel pressed during the export (here: at its first progress report) stops it."""
    real_guard = exports.guard

    def cancelling(report, token):  # type: ignore[no-untyped-def]
        inner = real_guard(report, token)

        def progress(done: int, total: int) -> None:
            token.cancel()  # what the progress dialog's Cancel button does
            inner(done, total)

        return progress

    monkeypatch.setattr(exports, "guard", cancelling)
    folder = tmp_path / "out"
    folder.mkdir()
    _save_to(monkeypatch, folder / "annuaire.xlsx")
    dialog = demo_window.reports.export_directory()
    with qtbot.waitSignal(demo_window.reports.cancelled, timeout=30_000):
        _ok(dialog)
    gc.collect()
    assert list(folder.iterdir()) == []
    assert demo_window.statusBar().currentMessage() == "Opération annulée"
    assert not demo_window.errors


def test_an_export_error_is_shown_and_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    _save_to(monkeypatch, folder / "relances.xlsx")
    dialog = window.reports.export_followups()
    dialog.worker.addItem("Personne Inconnue", "Personne Inconnue")
    dialog.worker.setCurrentIndex(dialog.worker.count() - 1)
    with qtbot.waitSignal(window.reports.failed, timeout=20_000):
        _ok(dialog)
    assert list(folder.iterdir()) == []
    assert window.errors and "Personne Inconnue" in window.errors[0]


def test_a_full_disk_during_an_export_is_named_and_keeps_the_old_file(
    qtbot, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import errno

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "annuaire.xlsx"
    target.write_bytes(b"last month")
    _save_to(monkeypatch, target)

    def full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.writer.excel.ExcelWriter, "save", full)
    dialog = window.reports.export_directory()
    with qtbot.waitSignal(window.reports.failed, timeout=20_000):
        _ok(dialog)
    assert [p.name for p in folder.iterdir()] == ["annuaire.xlsx"]
    assert target.read_bytes() == b"last month"
    assert window.errors and f"Disque plein dans « {folder} »" in window.errors[-1]


# -- imports ---------------------------------------------------------------------------------

MESSY_CSV = (
    "Liste des employeurs partenaires;;;\r\n"
    "Nom;Numéro BCE;Adresse;Code postal;Commune\r\n"
    "Boulangerie Sénéchal;;Rue de la Victoire 12;1060;Saint-Gilles\r\n"
    ";;;;\r\n"
    "Garage Hôtel des Monnaies;;Rue Hôtel des Monnaies 80;1060;Saint-Gilles\r\n"
    "Imprimerie Fautive;0123.456.789;Rue Dethy 3;1060;Saint-Gilles\r\n"
)


def _employer_names(context: AppContext) -> set[str]:
    import sqlalchemy as sa

    with context.store.reading() as conn:
        return set(
            conn.execute(sa.text("SELECT name FROM employer WHERE archived_at IS NULL")).scalars()
        )


def test_employer_import_preview_then_import_then_revert(qtbot, window, context, tmp_path) -> None:
    pytest.importorskip("pacte_desktop.services.imports.employers")
    from pacte_desktop.domain import bce

    assert bce.check_digits("01234567") != "89"  # so line 6 is rejected
    source = tmp_path / "employeurs.csv"
    source.write_bytes(MESSY_CSV.encode("cp1252"))
    before = _employer_names(context)
    view = window.view("employers")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)

    dialog = window.reports.import_employers()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no file yet
    dialog.source.setText(str(source))
    with qtbot.waitSignal(window.reports.finished, timeout=20_000) as blocker:
        _ok(dialog)
    assert blocker.args[0] == "employers-dry-run"
    assert _employer_names(context) == before  # the dry run wrote nothing
    preview = window.reports.dialog
    assert isinstance(preview, ImportPreviewDialog)
    qtbot.waitUntil(preview.isVisible, timeout=2000)
    assert preview.table.rowCount() >= 1
    rows = [
        [preview.table.item(r, c).text() for c in range(3)] for r in range(preview.table.rowCount())
    ]
    assert any(row[0] == "6" for row in rows), rows  # the wrong BCE number, on line 6
    assert "À créer : 2" in preview.summary.text()
    assert preview.import_button.isEnabled()

    with qtbot.waitSignal(window.reports.finished, timeout=20_000) as blocker:
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "employers"
    assert _employer_names(context) == before | {
        "Boulangerie Sénéchal",
        "Garage Hôtel des Monnaies",
    }
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=5000)
    done = window.reports.dialog
    assert isinstance(done, QMessageBox) and "2 créés" in done.text()
    done.accept()

    batches = window.reports.show_batches()
    assert isinstance(batches, BatchesDialog)
    qtbot.waitUntil(lambda: batches.table.rowCount() == 1, timeout=5000)
    assert batches.table.item(0, 2).text() == "employeurs.csv"
    assert batches.revert_button.isEnabled()
    asked: list[str] = []
    batches.confirm = lambda text: asked.append(text) is None and False  # refuse first
    batches.revert_selected()
    assert asked and len(_employer_names(context)) == 5
    batches.confirm = lambda text: True
    with qtbot.waitSignal(batches.reverted, timeout=10_000):
        qtbot.mouseClick(batches.revert_button, Qt.MouseButton.LeftButton)
    assert _employer_names(context) == before
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: batches.table.item(0, 6).text() == "Annulé", timeout=5000)
    assert not batches.revert_button.isEnabled()
    assert not window.errors


def test_kbo_import_dialog_defaults_to_saint_gilles_and_previews(qtbot, window, tmp_path) -> None:
    dialog = window.reports.import_kbo()
    assert dialog.codes() == ("1060",)
    dialog.postcodes.setText("1060, 1190")
    assert dialog.codes() == ("1060", "1190")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    pytest.importorskip("pacte_desktop.services.imports.kbo")
    empty = tmp_path / "kbo"
    empty.mkdir()
    dialog.source.setText(str(empty))
    # An empty folder is not an extract: the error is shown, nothing is written.
    with qtbot.waitSignal(window.reports.failed, timeout=20_000):
        _ok(dialog)
    assert window.errors


def test_preview_dialog_lists_rejected_rows_with_field_labels(qtbot) -> None:
    from types import SimpleNamespace

    i18n.install("fr")
    report = SimpleNamespace(
        batch_id="b1",
        created=3,
        updated=1,
        unchanged=0,
        rejected=[(4, "bce_number", "numéro BCE invalide"), (7, "Nom", "vide")],
        file="x.csv",
    )
    dialog = ImportPreviewDialog(report, "Fichier : x.csv")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "4"
    assert dialog.table.item(0, 1).text() != "bce_number"  # the field's label
    assert dialog.table.item(1, 1).text() == "Nom"
    assert "rejetés : 2" in dialog.summary.text()
    nothing = SimpleNamespace(created=0, updated=0, unchanged=5, rejected=[], file="y.csv")
    empty = ImportPreviewDialog(nothing, "")
    qtbot.addWidget(empty)
    assert not empty.import_button.isEnabled()


def test_kbo_import_from_a_zip_previews_then_imports(qtbot, window, context, tmp_path) -> None:
    pytest.importorskip("pacte_desktop.services.imports.kbo")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "imports"))
    from test_kbo_import import write_extract

    (tmp_path / "kbo").mkdir()
    extract = write_extract(tmp_path / "kbo", as_zip=True)
    view = window.view("employers")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    before = _employer_names(context)
    dialog = window.reports.import_kbo()
    dialog.source.setText(str(extract))
    with qtbot.waitSignal(window.reports.finished, timeout=20_000) as blocker:
        _ok(dialog)
    assert blocker.args[0] == "kbo-dry-run"
    report = blocker.args[1]
    assert report.created > 0 and _employer_names(context) == before
    preview = window.reports.dialog
    assert isinstance(preview, ImportPreviewDialog)
    assert f"À créer : {report.created}" in preview.summary.text()
    with qtbot.waitSignal(window.reports.finished, timeout=20_000) as blocker:
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "kbo"
    expected = 3 + report.created
    assert len(_employer_names(context)) == expected
    qtbot.waitUntil(lambda: view.model.rowCount() == expected, timeout=5000)
    assert not window.errors


def test_long_work_progress_beyond_two_gibibytes(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    """A KBO extract's files count in bytes: totals beyond a Qt int still move the bar."""
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    done: list[object] = []

    def work(report, token):  # type: ignore[no-untyped-def]
        report(3_000_000_000, 6_000_000_000)
        release.wait(5)
        return "fini"

    dialog = context.runner.run_long(parent, "Lecture…", work, on_done=done.append)
    qtbot.waitUntil(lambda: dialog.maximum() == 10_000 and dialog.value() == 5_000, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: done == ["fini"], timeout=5000)


def test_unrecognised_columns_open_the_mapping_step_which_saves_and_imports(
    qtbot, window, context, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import json

    source = tmp_path / "export-logiciel.csv"
    source.write_text(
        "Raison;Ident;Zone;Divers\nAtelier Vélo;0403.019.261;1060;n/a\nCafé Verhaegen;;1060;x\n",
        encoding="utf-8",
    )
    before = _employer_names(context)
    dialog = window.reports.import_employers()
    dialog.source.setText(str(source))
    with qtbot.waitSignal(window.reports.finished, timeout=20_000) as blocker:
        _ok(dialog)
    assert blocker.args[0] == "employers-columns"  # not an error: the mapping step
    assert not window.errors
    mapping = window.reports.dialog
    assert isinstance(mapping, ColumnMappingDialog)
    qtbot.waitUntil(mapping.isVisible, timeout=2000)
    assert [mapping.table.item(r, 0).text() for r in range(4)] == [
        "Raison",
        "Ident",
        "Zone",
        "Divers",
    ]
    assert mapping.table.item(0, 1).text() == "Atelier Vélo · Café Verhaegen"
    ok = mapping.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "nom" in mapping.problem.text()

    def choose(row: int, field: str | None) -> None:
        combo = mapping.combos[row]
        combo.setCurrentIndex(combo.findData(field))

    choose(0, "name")
    choose(2, "name")
    assert not ok.isEnabled() and "plusieurs colonnes" in mapping.problem.text()
    choose(1, "bce_number")
    choose(2, "postcode")
    assert ok.isEnabled() and mapping.problem.isHidden()

    saved = tmp_path / "correspondance"
    _save_to(monkeypatch, saved)
    mapping.save_button.click()
    written = json.loads((tmp_path / "correspondance.json").read_text(encoding="utf-8"))
    assert written == {"Raison": "name", "Ident": "bce_number", "Zone": "postcode", "Divers": None}

    with qtbot.waitSignal(window.reports.finished, timeout=20_000) as blocker:
        ok.click()
    assert blocker.args[0] == "employers-dry-run"
    preview = window.reports.dialog
    assert isinstance(preview, ImportPreviewDialog)
    assert "À créer : 2" in preview.summary.text()
    assert preview.columns_button.isVisible()
    with qtbot.waitSignal(window.reports.finished, timeout=20_000):
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert _employer_names(context) == before | {"Atelier Vélo", "Café Verhaegen"}
    assert not window.errors


def test_the_preview_offers_to_correct_recognised_columns(qtbot, window, context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "employeurs.csv"
    source.write_text(
        "Nom;Code postal;Remarque interne\nBoulangerie Sénéchal;1060;à rappeler\n",
        encoding="utf-8",
    )
    dialog = window.reports.import_employers()
    dialog.source.setText(str(source))
    with qtbot.waitSignal(window.reports.finished, timeout=20_000):
        _ok(dialog)
    preview = window.reports.dialog
    assert isinstance(preview, ImportPreviewDialog)
    assert "Colonnes ignorées : Remarque interne" in preview.summary.text()
    with qtbot.waitSignal(window.reports.finished, timeout=20_000) as blocker:
        preview.columns_button.click()
    assert blocker.args[0] == "employers-columns"
    mapping = window.reports.dialog
    assert isinstance(mapping, ColumnMappingDialog)
    assert [c.currentData() for c in mapping.combos] == ["name", "postcode", None]
    mapping.combos[2].setCurrentIndex(mapping.combos[2].findData("notes"))
    with qtbot.waitSignal(window.reports.finished, timeout=20_000) as blocker:
        _ok(mapping)
    assert blocker.args[0] == "employers-dry-run"
    assert "Colonnes ignorées" not in window.reports.dialog.summary.text()
    with qtbot.waitSignal(window.reports.finished, timeout=20_000):
        qtbot.mouseClick(window.reports.dialog.import_button, Qt.MouseButton.LeftButton)
    import sqlalchemy as sa

    with context.store.reading() as conn:
        notes = conn.execute(
            sa.text("SELECT notes FROM employer WHERE name = 'Boulangerie Sénéchal'")
        ).scalar_one()
    assert notes == "à rappeler"


@pytest.fixture
def in_brussels(monkeypatch):  # type: ignore[no-untyped-def]
    """This process's local time zone is Brussels for the test (TZ, POSIX only)."""
    if not hasattr(time, "tzset"):
        pytest.skip("the local time zone is set through TZ on POSIX systems only")
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_import_times_are_shown_in_local_time(qtbot, context, in_brussels) -> None:
    """Imports are stamped in UTC; 23:30 UTC on New Year's Eve is 00:30 on 1 January here."""
    dialog = BatchesDialog(context)
    qtbot.addWidget(dialog)
    assert dialog._date("2026-12-31T23:30:00+00:00") == f"{format_date(dt.date(2027, 1, 1))} 00:30"
    assert dialog._date("2026-07-01T08:15:00+00:00") == f"{format_date(dt.date(2026, 7, 1))} 10:15"
    assert dialog._date("2026-12-31") == format_date(dt.date(2026, 12, 31))


def test_import_preview_names_each_update_old_and_new(qtbot, tmp_path) -> None:
    """Issue 14, point 5: a row renaming « Boulangerie Test Parvis » (same BCE number) to
    « Snack du Parvis » shows the employer and both names before anything is imported."""
    from pacte_desktop.domain import bce
    from pacte_desktop.domain.entities import Employer
    from pacte_desktop.services import records, workers
    from pacte_desktop.services.imports.employers import import_employers

    first_eight = "04123456"
    number = first_eight + bce.check_digits(first_eight)
    store = Store.open(tmp_path / "store", daily_backup=False)
    try:
        with UnitOfWork(store, worker_id="") as uow:
            workers.init_organisation(uow, name="CPAS", org_type="cpas", worker="Farida Aissa")
            records.create(
                uow,
                Employer,
                {"name": "Boulangerie Test Parvis", "bce_number": number, "postcode": "1060"},
            )
            uow.commit()
        source = tmp_path / "employeurs.csv"
        source.write_text(
            f"Nom;Numéro BCE;Code postal;Téléphone\r\nSnack du Parvis;{number};1060;025361234\r\n",
            encoding="utf-8",
        )
        report = import_employers(store, source, dry_run=True)
    finally:
        store.close()
    assert report.updated == 1
    i18n.install("fr")
    dialog = ImportPreviewDialog(report, "Fichier : employeurs.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.updates_table
    assert table.isVisible()
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert ["Boulangerie Test Parvis", "Nom", "Boulangerie Test Parvis", "Snack du Parvis"] in [
        [row[0], row[1].capitalize(), row[2], row[3]] for row in rows
    ], rows
    assert all(row[0] == "Boulangerie Test Parvis" for row in rows)
    # each value written as the interface writes it elsewhere (not the stored +3225361234)
    assert ["", "02 536 12 34"] in [[row[2], row[3]] for row in rows], rows
