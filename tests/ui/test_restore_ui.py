"""A damaged store at start offers its backups and restores one in one click; an open
application notices a restore done from a terminal and reloads its views (issue 11)."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget

from pacte_desktop.domain.entities import Employer
from pacte_desktop.services import records
from pacte_desktop.store import backup
from pacte_desktop.store.database import STORE_FILE, Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui import app as application
from pacte_desktop.ui.employers import EmployersView
from pacte_desktop.ui.restore import RestoreDialog


def names_in(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM employer")}


def names(view: EmployersView) -> set[str]:
    model = view.model
    return {model.data(model.index(row, 0)) for row in range(model.rowCount())}


def add_employer(store: Store, name: str) -> None:
    with UnitOfWork(store) as uow:
        records.create(uow, Employer, {"name": name})
        uow.commit()


def damage(store_path: Path, how: str) -> None:
    with sqlite3.connect(store_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = store_path.read_bytes()
    if how == "header zeroed":
        store_path.write_bytes(b"\0" * 100 + raw[100:])
    elif how == "truncated":
        store_path.write_bytes(raw[: len(raw) // 3])
    else:  # random bytes all over the file, after its first pages: it opens, damaged
        with open(store_path, "r+b") as handle:
            for k in range(1, 30):
                handle.seek((len(raw) * k // 30) // 4096 * 4096 + 100)
                handle.write(random.Random(k).randbytes(2000))
        store_path.with_name("store-check.json").unlink(missing_ok=True)


def click_restore_when_shown(qtbot, seen: list[RestoreDialog]) -> None:
    """Click "Restaurer" in the dialog once it is up (it runs its own event loop)."""

    tries = [0]

    def click() -> None:
        tries[0] += 1
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, RestoreDialog) and w.isVisible()
        ]
        if not dialogs:
            if tries[0] < 400:
                QTimer.singleShot(50, click)
            return
        seen.append(dialogs[0])
        dialogs[0].findChild(QPushButton, "restore_button").click()

    QTimer.singleShot(50, click)


def test_the_dialog_lists_backups_with_their_counts_and_restores_the_chosen_one(
    context, qtbot
) -> None:
    store = context.store
    folder = store.data_dir / backup.BACKUP_DIR
    first = backup.take(store.path, folder, "daily")
    add_employer(store, "Boulangerie Après")
    second = backup.take(store.path, folder, "manual")
    store.close()
    damage(store.path, "truncated")

    dialog = RestoreDialog(store.path, "database disk image is malformed")
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "restore_backups")
    assert table.rowCount() == 2
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)]
    assert rows[0][1:4] == ["à la demande", "4", "0"] and rows[0][5] == "oui"
    assert rows[1][1:4] == ["quotidienne", "3", "0"]
    assert dialog.chosen() == second  # the newest that passed its check
    table.selectRow(1)
    assert dialog.chosen() == first
    dialog.findChild(QPushButton, "restore_button").click()
    assert dialog.result() == RestoreDialog.DialogCode.Accepted
    assert dialog.restored is not None and dialog.restored.moved_aside is not None
    assert dialog.restored.moved_aside.exists()
    assert "Boulangerie Après" not in names_in(store.path)
    assert "Société Générale" in names_in(store.path)


@pytest.mark.parametrize("how", ["header zeroed", "truncated", "random bytes"])
def test_the_application_on_a_damaged_store_offers_the_backups_and_restores_in_one_click(
    context, qtbot, how: str
) -> None:
    store = context.store
    backup.take(store.path, store.data_dir / backup.BACKUP_DIR, "daily")
    store.close()
    damage(store.path, how)

    seen: list[RestoreDialog] = []
    click_restore_when_shown(qtbot, seen)
    opened = application.open_store(application.parse_args(["--data-dir", str(store.data_dir)]))
    assert seen, "the backups dialog was not shown"
    assert opened is not None
    try:
        with opened.reading() as conn:
            rows = conn.exec_driver_sql("SELECT name FROM employer").fetchall()
        assert {r[0] for r in rows} >= {"Société Générale", "Atelier Vélo"}
        add_employer(opened, "Écrit après la restauration")  # writes work again
    finally:
        opened.close()
    assert list(store.data_dir.glob(f"{STORE_FILE}.corrupt-*")) or how == "random bytes"


def test_an_open_window_reloads_when_a_terminal_restores_its_store(context, qtbot) -> None:
    store = context.store
    saved = backup.take(store.path, store.data_dir / backup.BACKUP_DIR, "manual")
    view = EmployersView(context)
    qtbot.addWidget(view)
    add_employer(store, "Ajouté avant la restauration")
    context.changed.emit("employer", None)
    qtbot.waitUntil(lambda: "Ajouté avant la restauration" in names(view), timeout=5000)

    env = {**os.environ, "PACTE_LANG": "fr"}
    result = subprocess.run(
        [
            sys.executable, "-m", "pacte_desktop.cli", "--data-dir", str(store.data_dir),
            "restore", str(saved),
        ],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with qtbot.waitSignal(context.store_replaced, timeout=10000):
        pass
    qtbot.waitUntil(lambda: "Ajouté avant la restauration" not in names(view), timeout=5000)
    assert names(view) == {"Société Générale", "Brasserie du Parvis", "Atelier Vélo"}
    again: list[bool] = []
    context.store_replaced.connect(lambda: again.append(True))
    context.check_replaced()
    context.runner.drain()
    assert again == []  # once only
