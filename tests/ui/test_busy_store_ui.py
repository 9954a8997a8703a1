"""The window while another program holds the store (issue 11): a save waits, the status bar
says what it waits for, the window stays responsive, and the save goes through; a store that
cannot be written gives the user's sentence, not a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pacte_desktop.domain.entities import Employer
from pacte_desktop.domain.errors import StoreError
from pacte_desktop.services import records
from pacte_desktop.store import busy
from pacte_desktop.store.database import STORE_FILE
from pacte_desktop.store.repository import Repository
from pacte_desktop.ui import i18n
from pacte_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.slow


@pytest.fixture
def window(qtbot, context, tmp_path):
    i18n.install("fr")
    win = MainWindow(context, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _holding(folder: Path) -> bool:
    probe = sqlite3.connect(folder / STORE_FILE, timeout=0)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def test_a_save_during_an_import_waits_and_the_status_bar_says_so(
    qtbot, context, window, tmp_path: Path
) -> None:
    folder = context.store.data_dir
    source = tmp_path / "gros.csv"
    with source.open("w", encoding="utf-8") as handle:
        handle.write("Nom;Commune;Code postal\n")
        for i in range(60_000):
            handle.write(f"Employeur importé {i};Saint-Gilles;1060\n")
    env = {**os.environ, "PACTE_DATA_DIR": str(folder), "PACTE_LANG": "fr"}
    env.pop("PACTE_BUSY_WAIT", None)
    job = subprocess.Popen(
        [sys.executable, "-m", "pacte_desktop.cli", "import", "employers", str(source)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not ((folder / busy.HOLDER_FILE).exists() and _holding(folder)):
            assert job.poll() is None and time.monotonic() < deadline, job.communicate()
            time.sleep(0.05)
        saved: list[object] = []
        failed: list[BaseException] = []
        context.write(
            "employer",
            lambda uow: records.create(uow, Employer, {"name": "Pendant l'import"}),
            on_done=saved.append,
            on_error=failed.append,
        )
        qtbot.waitUntil(
            lambda: (
                "La base est occupée par l'import de « gros.csv »"
                in window.statusBar().currentMessage()
            ),
            timeout=20_000,
        )
        assert not saved and job.poll() is None  # still waiting, and the window repaints
        qtbot.waitUntil(lambda: bool(saved or failed), timeout=120_000)
    finally:
        job.communicate(timeout=300)
    assert failed == [] and job.returncode == 0
    assert window.statusBar().currentMessage() == ""  # the wait is over: the message goes
    with context.store.reading() as conn:
        names = {e.name for e in Repository(conn).list(Employer)}
    assert "Pendant l'import" in names and len(names) == 60_004


def test_a_refused_write_reaches_the_window_as_the_users_sentence(
    qtbot, context, tmp_path: Path
) -> None:
    """A real read-only folder (a read-only bind mount: root ignores permission bits)."""
    from pacte_desktop.store.database import Store
    from pacte_desktop.ui.context import AppContext

    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root: not root here")
    view = tmp_path / "read-only"
    view.mkdir()
    source = context.store.data_dir
    context.store.close()
    if subprocess.run(["mount", "--bind", str(source), str(view)]).returncode != 0:
        pytest.skip("cannot bind-mount here")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        store = Store.open(view, daily_backup=False)
        ctx = AppContext(store)
        failed: list[BaseException] = []
        # Through the unit of work (refused before writing) and a raw SQLite write (refused
        # by SQLite, translated on its way to the window).
        ctx.write(
            "employer",
            lambda uow: records.create(uow, Employer, {"name": "Refusé"}),
            on_error=failed.append,
        )
        ctx.runner.submit(lambda: store.set_local("probe", "1"), on_error=failed.append)
        qtbot.waitUntil(lambda: len(failed) == 2, timeout=10_000)
        ctx.runner.wait()
        store.close()
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)
    for error in failed:
        assert isinstance(error, StoreError), repr(error)
        assert f"Le dossier « {view} » est en lecture seule" in str(error)
