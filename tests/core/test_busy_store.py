"""A write while long work holds the store: it says that it waits, then goes through (issue 11).

As the tester did it: a real ``pacte demo`` or ``pacte import`` process, and a real
``pacte employer add`` process started while it writes. The demo lets the waiting writer
through between two steps; an import (all or nothing) keeps its one transaction and the writer
waits for its end, or, past its bound (``PACTE_BUSY_WAIT``), fails with a clear message.
"""

from __future__ import annotations

import csv
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pacte_desktop.store import busy
from pacte_desktop.store.database import STORE_FILE

pytestmark = pytest.mark.slow

PACTE = [sys.executable, "-m", "pacte_desktop.cli"]


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "PACTE_DATA_DIR": str(data_dir), "PACTE_LANG": "fr"}
    env.pop("PACTE_BUSY_WAIT", None)
    env.update(extra)
    return env


def _pacte(data_dir: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PACTE, *args], env=_env(data_dir, **extra), capture_output=True, text=True, timeout=300
    )


def _start(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*PACTE, *args],
        env=_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_until_holding(data_dir: Path, process: subprocess.Popen[str]) -> None:
    """Until the long work has announced itself and holds the store's write lock."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        if (data_dir / busy.HOLDER_FILE).exists():
            probe = sqlite3.connect(data_dir / STORE_FILE, timeout=0)
            try:
                probe.execute("BEGIN IMMEDIATE")
                probe.execute("ROLLBACK")
            except sqlite3.OperationalError:
                return  # locked: the long work is writing
            finally:
                probe.close()
        time.sleep(0.05)
    raise AssertionError("the long work never took the store")


def _names(data_dir: Path) -> list[str]:
    conn = sqlite3.connect(data_dir / STORE_FILE)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [row[0] for row in conn.execute("SELECT name FROM employer")]
    finally:
        conn.close()


def _init(data_dir: Path) -> None:
    done = _pacte(data_dir, "init", "--org", "CPAS", "--org-type", "cpas", "--worker", "Ann")
    assert done.returncode == 0, done.stderr


def _big_csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nom", "Commune", "Code postal"])
        for i in range(rows):
            writer.writerow([f"Employeur importé {i}", "Saint-Gilles", "1060"])
    return path


def test_an_add_during_a_demo_waits_says_so_and_goes_through(tmp_path: Path) -> None:
    _init(tmp_path)
    demo = _start(tmp_path, "demo", "--employers", "40000")
    try:
        _wait_until_holding(tmp_path, demo)
        added = _pacte(tmp_path, "employer", "add", "--name", "Pendant la démo")
        still_running = demo.poll() is None
    finally:
        out, err = demo.communicate(timeout=300)
    assert demo.returncode == 0, err
    assert "Traceback" not in err
    assert added.returncode == 0, added.stderr
    assert "Traceback" not in added.stderr
    assert "La base est occupée par la création des données de démonstration" in added.stderr
    assert "attente" in added.stderr
    # It went through between two steps of the demo, not after its end.
    assert still_running
    names = _names(tmp_path)
    assert "Pendant la démo" in names
    assert "employers: 40000" in out
    assert len(names) == 40001
    assert not busy.waiters(tmp_path)
    assert not (tmp_path / busy.HOLDER_FILE).exists()


def test_an_add_during_an_import_waits_for_its_end(tmp_path: Path) -> None:
    _init(tmp_path)
    source = _big_csv(tmp_path / "gros.csv", 60_000)
    job = _start(tmp_path, "import", "employers", str(source))
    try:
        _wait_until_holding(tmp_path, job)
        added = _pacte(tmp_path, "employer", "add", "--name", "Pendant l'import")
    finally:
        out, err = job.communicate(timeout=300)
    assert job.returncode == 0, err
    assert "créés 60000" in out
    assert added.returncode == 0, added.stderr
    assert "Traceback" not in added.stderr
    assert "La base est occupée par l'import de « gros.csv »" in added.stderr
    names = _names(tmp_path)
    assert "Pendant l'import" in names and len(names) == 60_001


def test_an_add_that_waits_past_its_bound_fails_clearly_and_writes_nothing(
    tmp_path: Path,
) -> None:
    _init(tmp_path)
    source = _big_csv(tmp_path / "gros.csv", 60_000)
    job = _start(tmp_path, "import", "employers", str(source))
    try:
        _wait_until_holding(tmp_path, job)
        added = _pacte(tmp_path, "employer", "add", "--name", "Trop tard", PACTE_BUSY_WAIT="1")
        still_running = job.poll() is None
    finally:
        job.communicate(timeout=300)
    assert still_running, "the import ended before the bound: the test proves nothing"
    assert job.returncode == 0
    assert added.returncode == 1
    assert "Traceback" not in added.stderr
    assert "database is locked" not in added.stderr
    assert "La base est toujours occupée par l'import de « gros.csv »" in added.stderr
    assert "rien n'a été écrit" in added.stderr
    assert "Trop tard" not in _names(tmp_path)
    assert not busy.waiters(tmp_path)


def test_a_demo_interrupted_after_letting_a_writer_through_says_what_stays(
    tmp_path: Path,
) -> None:
    _init(tmp_path)
    before = _journal_rows(tmp_path)
    demo = _start(tmp_path, "demo", "--employers", "60000")
    try:
        _wait_until_holding(tmp_path, demo)
        added = _pacte(tmp_path, "employer", "add", "--name", "Pendant la démo")
        assert added.returncode == 0, added.stderr
        assert demo.poll() is None, "the demo ended before the interruption"
        demo.send_signal(signal.SIGINT)
    finally:
        _out, err = demo.communicate(timeout=300)
    assert demo.returncode == 130, err
    assert "Traceback" not in err
    found = re.search(r"interrompu ; (\d+) enregistrements? de démonstration", err)
    assert found, err
    names = _names(tmp_path)  # integrity checked
    assert "Pendant la démo" in names
    # What the message counts is what stayed: every journalled record but the add's.
    assert int(found.group(1)) == _journal_rows(tmp_path) - before - 1 > 0


def _journal_rows(data_dir: Path) -> int:
    conn = sqlite3.connect(data_dir / STORE_FILE)
    try:
        return int(conn.execute("SELECT count(*) FROM journal").fetchone()[0])
    finally:
        conn.close()


def test_a_holder_killed_without_cleaning_up_is_not_named(tmp_path: Path) -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    with busy.announced(tmp_path, "busy_import", file="vieux.csv"):
        assert "l'import de « vieux.csv »" in busy.holder(tmp_path, "fr")
        record = (tmp_path / busy.HOLDER_FILE).read_text(encoding="utf-8")
    assert not (tmp_path / busy.HOLDER_FILE).exists()
    # The same file left by a process that was killed: the waiter does not blame it.
    stale = record.replace(f'"pid": {os.getpid()}', f'"pid": {int(gone.stdout)}')
    (tmp_path / busy.HOLDER_FILE).write_text(stale, encoding="utf-8")
    assert busy.holder(tmp_path, "fr").startswith("un autre programme")
