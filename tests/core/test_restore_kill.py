"""Restores and backups killed with SIGKILL at any moment leave a sound store (issue 11).

A real `pacte restore` (or `pacte backup`) process over a store big enough that it takes a
while is killed without warning at several moments; the store must then pass SQLite's
integrity check, hold either everything it held before or exactly the backup, let the next
restore and the next write through (no lock left held), and leave no half-written backup that
looks complete.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pacte_desktop.store import backup
from pacte_desktop.store.database import STORE_FILE

pytestmark = pytest.mark.slow

#: When the kill lands, in seconds after the start: during the imports, the check of the file
#: to restore, the before-restore backup, the copy into the store.
MOMENTS = (0.3, 0.7, 1.2, 1.8, 2.6)


def cli(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "pacte_desktop.cli", "--data-dir", str(data_dir), *args]


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli(data_dir, *args),
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "PACTE_LANG": "fr"},
    )


def killed_after(seconds: float, data_dir: Path, *args: str) -> bool:
    """Run the command and SIGKILL it after ``seconds``; True if it was still running."""
    child = subprocess.Popen(
        cli(data_dir, *args),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PACTE_LANG": "fr"},
    )
    time.sleep(seconds)
    running = child.poll() is None
    if running:
        os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    return running


def state(path: Path) -> tuple[str, frozenset[str]]:
    """The integrity verdict and the employers' names, read by the sqlite3 module alone."""
    conn = sqlite3.connect(path)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        names = frozenset(r[0] for r in conn.execute("SELECT name FROM employer"))
    finally:
        conn.close()
    return verdict, names


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A store of 20,000 demo employers and a backup of it taken before one more was added."""
    folder = tmp_path_factory.mktemp("kill")
    data_dir = folder / "data"
    done = run(data_dir, "demo", "--employers", "20000")
    assert done.returncode == 0, done.stderr
    good = folder / "good.bak"
    assert run(data_dir, "backup", "-o", str(good)).returncode == 0
    assert run(data_dir, "employer", "add", "--name", "Ajouté après la sauvegarde").returncode == 0
    return data_dir, good


def copy_of(prepared: tuple[Path, Path], tmp_path: Path) -> Path:
    import shutil

    data_dir = tmp_path / "data"
    shutil.copytree(prepared[0], data_dir)
    return data_dir


@pytest.mark.parametrize("moment", MOMENTS)
def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_restored_store(
    prepared: tuple[Path, Path], tmp_path: Path, moment: float
) -> None:
    data_dir = copy_of(prepared, tmp_path)
    good = prepared[1]
    store = data_dir / STORE_FILE
    _, before = state(store)
    _, restored = state(good)
    assert "Ajouté après la sauvegarde" in before - restored

    assert killed_after(moment, data_dir, "restore", str(good)), (
        "the restore ended before the kill: nothing was tried"
    )
    verdict, names = state(store)
    assert verdict == "ok"
    assert names in (before, restored), "the store is neither what it was nor the backup"

    # Nothing is left held or half-done: the next write and the next restore go through.
    added = run(data_dir, "employer", "add", "--name", "Après l'interruption")
    assert added.returncode == 0, added.stderr
    again = run(data_dir, "restore", str(good))
    assert again.returncode == 0, again.stderr
    assert state(store) == ("ok", restored)
    backups = data_dir / backup.BACKUP_DIR
    for _, _, path in backup.listing(backups):  # every backup that looks complete is whole
        assert state(path)[0] == "ok"


@pytest.mark.parametrize("moment", MOMENTS[:2])
def test_a_backup_killed_at_any_moment_leaves_no_backup_that_looks_complete(
    prepared: tuple[Path, Path], tmp_path: Path, moment: float
) -> None:
    data_dir = copy_of(prepared, tmp_path)
    target = tmp_path / "out" / "copie.sqlite"
    _, before = state(data_dir / STORE_FILE)
    assert killed_after(moment, data_dir, "backup", "-o", str(target)), (
        "the backup ended before the kill: nothing was tried"
    )
    assert state(data_dir / STORE_FILE) == ("ok", before)
    if target.exists():  # the kill came after the rename: the backup is whole
        assert state(target) == ("ok", before)
    done = run(data_dir, "backup", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert state(target) == ("ok", before)
    assert not target.with_name(target.name + ".part").exists()


def test_what_a_killed_copy_left_behind_is_swept_once_stale(tmp_path: Path) -> None:
    """A killed backup or restore leaves its ``.part`` or ``restoring-…`` file; pruning removes
    those older than a minute (a copy in progress is younger) and nothing else."""
    folder = tmp_path / backup.BACKUP_DIR
    folder.mkdir()
    old = [
        folder / "pacte-20261201-080000-000000-daily.sqlite.part",
        folder / "restoring-1a2b3c4d.sqlite",
        folder / "restoring-1a2b3c4d.sqlite.part",
    ]
    young = folder / "restoring-99aa88bb.sqlite"
    kept = folder / "notes.txt"
    for path in [*old, young, kept]:
        path.write_bytes(b"x")
    # Stamped by the file system's clock (this process's may be faked by ./dev test --date).
    an_hour_ago = young.stat().st_mtime - 3600
    for path in [*old, kept]:
        os.utime(path, (an_hour_ago, an_hour_ago))
    backup.prune(folder, keep=10)
    assert sorted(p.name for p in folder.iterdir()) == sorted([young.name, kept.name])
