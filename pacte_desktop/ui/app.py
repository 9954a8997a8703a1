"""Starting the desktop application: the store, the language, the first-run wizard, the window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWizard

from pacte_desktop import __version__
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import stores
from pacte_desktop.services.stores import Store
from pacte_desktop.ui import i18n, look
from pacte_desktop.ui.closing import confirm_open_windows
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.operations import Runner


def settle_heap() -> None:
    """Put what start-up built out of the cyclic collector's sight (``gc.freeze``).

    The modules, the postcode and NACE tables, the translations and the window live as long as
    the process; left in the collector's oldest generation, each full collection walks them
    all, and on a 100,000-employer directory that is a 75 ms stall of the window at a random
    moment of scrolling (bench/ui.py). Objects made afterwards are collected as usual."""
    gc.freeze()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pacte-desktop", description="Pacte Desktop")
    parser.add_argument("--version", action="version", version=f"pacte-desktop {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the store (default: PACTE_DATA_DIR, else the user data directory)",
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="interface language")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen on a temporary data folder, then exit",
    )
    return parser.parse_known_args(argv)[0]


def start_daily_backup(
    context: AppContext, on_error: Callable[[BaseException], None] | None = None
) -> None:
    """The day's automatic backup, in the background: a large store takes seconds to copy.
    None in a store that cannot be written; a store the copy finds damaged stays readable and
    refuses writes (services/stores.py); ``on_error`` hears why one failed (a full disk)."""
    context.runner.submit(stores.take_daily_backup, context.store, on_error=on_error)


def offer_restore(store_path: Path, problem: str) -> bool:
    """The backups dialog over a damaged store; True when a backup was restored."""
    from pacte_desktop.ui.restore import RestoreDialog

    dialog = RestoreDialog(store_path, problem)
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_store(args: argparse.Namespace) -> Store | None:
    """Open the store; a damaged one offers its backups first (it stays readable when it can
    be opened at all). None when there is nothing to show.

    This runs before the event loop starts, and is the one place the interface reads the store
    on the GUI thread: the language, whether an organisation exists, the backups' list."""
    try:
        store = stores.open_store(args.data_dir)
    except PacteError as exc:
        if exc.code not in stores.DAMAGED:
            QMessageBox.critical(None, "Pacte Desktop", exc.message())
            return None
        i18n.install(args.lang or "fr")
        path = stores.store_file(args.data_dir)
        if not offer_restore(path, str(exc.params.get("reason", ""))):
            return None
        return stores.open_store(args.data_dir)
    damaged = stores.damage(store)
    if damaged is not None:
        i18n.install(args.lang or str(store.setting("language")))
        if offer_restore(store.path, str(damaged.params.get("reason", ""))):
            store.close()
            return stores.open_store(args.data_dir)
    return store


def no_display() -> bool:
    """True on a Linux or BSD machine with no screen to open a window on."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.self_test:
        from pacte_desktop.ui import self_test

        return self_test.run(args.lang)
    if no_display():
        # Qt would abort with a core dump; say what is missing instead.
        print(
            "pacte-desktop: no display (DISPLAY and WAYLAND_DISPLAY are not set). Run it in a "
            "desktop session, under xvfb-run, or use the `pacte` command line.",
            file=sys.stderr,
        )
        return 1
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Pacte Desktop")
    app.setOrganizationName("Pacte")
    app.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        look.apply(app)  # Fusion, light or dark as the system is, the icon on every window
    opened = open_store(args)
    if opened is None:
        return 1
    store = opened
    # From here an unexpected error is logged and told calmly, never the end (ui/crash.py).
    from pacte_desktop.ui.crash import CrashHandler

    crash = CrashHandler(store.data_dir, parent=QApplication.activeWindow)
    crash.install()
    i18n.install(args.lang or str(store.setting("language")))
    runner = Runner(app)
    if not store.local("organisation_id"):
        from pacte_desktop.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(store, runner)
        if wizard.exec() != QWizard.DialogCode.Accepted or not store.local("organisation_id"):
            store.close()
            return 0
    context = AppContext(store, runner)
    from pacte_desktop.ui.main_window import MainWindow

    window = MainWindow(context)

    def commit_data(manager: QSessionManager) -> None:
        # The session ends (log out, shut down): forms with unsaved edits ask first, and the
        # user who keeps editing cancels the shutdown where the system allows it.
        if manager.allowsInteraction():
            if not confirm_open_windows(exclude=window):
                manager.cancel()
            manager.release()

    if isinstance(app, QApplication):
        app.commitDataRequest.connect(commit_data)
    window.show()
    settle_heap()
    window.offer_drafts()  # forms a crash interrupted (ui/drafts.py)
    from pacte_desktop.ui.self_test import exit_when_shown

    exit_when_shown(app)
    start_daily_backup(context, lambda exc: window.statusBar().showMessage(str(exc), 60_000))
    code = app.exec()
    runner.wait()
    crash.uninstall()
    store.close()
    return code
