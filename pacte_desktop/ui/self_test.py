"""``pacte-desktop --self-test``: does this installation work, end to end, without a screen?

Rule: the self-test touches nothing of the user's. It runs on Qt's offscreen platform, in a new
temporary data folder that it deletes afterwards (its store, its window state, its reports), and
goes through the same parts a caseworker's first hour does: it creates a store (the migrations
run), writes an employer through the services and reads it back from the store, opens the main
window in the chosen language, draws an icon of the interface's icon set (the font found,
its licence beside it), renders the placement report as a PDF (the shipped fonts) and
exports the directory to Excel, reading that file back. Each step prints one line; the first
failure prints what failed and why, and the exit code is 1 (0 when every step passed). It is
what `.ci/run` runs inside the Linux bundle and what a support person can ask a partner office
to run from a terminal.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

EMPLOYER = "Brasserie du Parvis (self-test)"
#: A string of Qt's own file dialog, looked up in Qt's translations (not ours: lupdate must not
#: collect it, hence no literal translate call).
QT_SAMPLE = ("QFileDialog", "Look in:")


def run(lang: str | None = None, out: Callable[[str], None] | None = None) -> int:
    """Run every step; 0 when all passed, 1 at the first failure (which is printed)."""
    if out is None:
        _console()
    say = out or (lambda line: print(line, flush=True))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="pacte-self-test-") as folder:
            _steps(Path(folder), lang or "fr", say)
    except Exception as exc:  # every failure is the answer of a self-test, whatever its kind
        if sys.stderr is not None:
            traceback.print_exc(file=sys.stderr)
        say(f"self-test FAILED after the last line above: {type(exc).__name__}: {exc}")
        return 1
    say(f"self-test passed in {time.perf_counter() - started:.1f} s")
    return 0


def _console() -> None:
    """Windows' bundled pacte-desktop.exe is a windowed program: it has no standard output. Run
    from a terminal, it writes into that terminal's console instead (nothing elsewhere)."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    attach_parent_process = -1
    if ctypes.windll.kernel32.AttachConsole(attach_parent_process):  # type: ignore[attr-defined]
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 (for the process's life)
        sys.stderr = sys.stdout


def _steps(folder: Path, lang: str, say: Callable[[str], None]) -> None:
    from PySide6.QtWidgets import QApplication

    from pacte_desktop import __version__
    from pacte_desktop.domain.entities import Employer
    from pacte_desktop.services import records, workers
    from pacte_desktop.services.stores import HEAD_REVISION, UnitOfWork, open_store

    frozen = "bundle" if getattr(sys, "frozen", False) else "Python environment"
    say(f"pacte-desktop {__version__} ({frozen}, {sys.platform}): data folder {folder}")
    app = QApplication.instance() or QApplication([sys.argv[0]])

    store = open_store(folder / "data")
    try:
        say(f"store created: {store.path.name} at schema revision {HEAD_REVISION}")

        with UnitOfWork(store, worker_id="") as uow:
            workers.init_organisation(
                uow, name="CPAS (self-test)", org_type="cpas", worker="Self-test"
            )
            employer = records.create(
                uow,
                Employer,
                {"name": EMPLOYER, "commune": "Saint-Gilles", "owner_id": uow.worker_id},
            )
            uow.commit()
        with UnitOfWork(store, worker_id=store.local("worker_id")) as uow:
            back = uow.repo.get(Employer, employer.id)
        if back is None or back.name != EMPLOYER:
            raise AssertionError(f"employer {employer.id} read back as {back!r}")
        say(f"employer written and read back: {back.name} ({back.id})")

        _window(app, store, lang, say)
        _icon(say)
        _reports(store, folder, lang, say)
    finally:
        store.close()


def _window(app: object, store: object, lang: str, say: Callable[[str], None]) -> None:
    from PySide6.QtWidgets import QApplication

    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.context import AppContext
    from pacte_desktop.ui.main_window import MainWindow

    assert isinstance(app, QApplication)
    i18n.install(lang)
    context = AppContext(store)  # type: ignore[arg-type]
    window = MainWindow(context)
    window.show()
    app.processEvents()
    if not window.isVisible():
        raise AssertionError("the main window did not show")
    # The menus' titles show that the interface's translation was found (Fichier, Bestand, File)
    # and Qt's own, in the file dialog ("Voir dans :", "Zoeken in:"), that Qt's was found too.
    menus = ", ".join(a.text().replace("&", "") for a in window.menuBar().actions())
    look_in = app.translate(*QT_SAMPLE)
    say(
        f"main window shown ({window.width()}×{window.height()}, language {lang}): {menus}; "
        f"file dialog: {look_in}"
    )
    window.close()
    app.processEvents()
    context.runner.wait()
    context.watch.stop()
    window.deleteLater()
    app.processEvents()


def _icon(say: Callable[[str], None]) -> None:
    from PySide6.QtGui import QPalette

    from pacte_desktop.resources import resource_path
    from pacte_desktop.ui import icons

    if icons.iconic_font() is None:
        raise AssertionError(f"the icon font {icons.FONT_FILE} did not load")
    image = icons.pixmap("employers", 32).toImage()
    inked = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha()
    )
    if not inked:
        raise AssertionError("the employers' icon drew nothing")
    notice = resource_path("icons", icons.LICENCE_FILE)
    if not notice.is_file():
        raise AssertionError(f"the icon set's licence is missing: {notice}")
    text = QPalette().color(QPalette.ColorRole.WindowText).name()
    say(f"icon drawn: {icons.SET_NAME} {icons.SET_VERSION}, {inked} of 32×32 pixels in {text}")


def _reports(store: object, folder: Path, lang: str, say: Callable[[str], None]) -> None:
    from openpyxl import load_workbook

    from pacte_desktop.services.reports import export_directory, report_placements

    today = dt.date.today()
    pdf = folder / "placements.pdf"
    report_placements(store, pdf, start=today.replace(month=1, day=1), end=today, lang=lang)  # type: ignore[arg-type]
    head = pdf.read_bytes()[:5]
    if head != b"%PDF-":
        raise AssertionError(f"the placement report does not start like a PDF: {head!r}")
    say(f"placement report rendered (PDF, {pdf.stat().st_size:,} bytes)")

    xlsx = folder / "directory.xlsx"
    count = export_directory(store, xlsx, lang=lang)  # type: ignore[arg-type]
    workbook = load_workbook(xlsx, read_only=True)
    try:
        cells = {
            cell
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
        }
    finally:
        workbook.close()
    if EMPLOYER not in cells:
        raise AssertionError("the Excel export does not contain the employer written")
    say(f"Excel export written and read back ({count} employer, {xlsx.stat().st_size:,} bytes)")


#: Set in the environment, the application prints the wall-clock time at which its main window
#: was first shown and painted, then quits: how `bench/bundle.py` measures start-to-window.
TIMING_VARIABLE = "PACTE_EXIT_WHEN_SHOWN"


def exit_when_shown(app: object) -> None:
    """When :data:`TIMING_VARIABLE` is set: print ``window shown at <epoch seconds>``, quit."""
    if not os.environ.get(TIMING_VARIABLE):
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    app.processEvents()
    print(f"window shown at {time.time():.6f}", flush=True)
    QTimer.singleShot(0, app.quit)
