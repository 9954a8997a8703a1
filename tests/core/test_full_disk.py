"""A full disk (issue 11): a clear message naming the folder, exit 1, nothing half-written.

As the tester did it: the data folder on a real 5 MB tmpfs (mounted for the test, which needs
root; skipped otherwise, saying why), real ``pacte`` processes. Every refused command says
"disque plein dans « folder »", leaves no ``.part`` or temporary file, and the store passes
its integrity check with the refused write absent; reading still works.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pacte_desktop.store import backup
from pacte_desktop.store.database import STORE_FILE

pytestmark = pytest.mark.slow

PACTE = [sys.executable, "-m", "pacte_desktop.cli"]
STORE_FILES = {STORE_FILE, f"{STORE_FILE}-wal", f"{STORE_FILE}-shm"}


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 5 MB tmpfs mounted on a fresh folder, unmounted afterwards."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a 5 MB tmpfs needs root (mount -t tmpfs): not root here")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=5m", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _pacte(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PACTE_DATA_DIR": str(data_dir), "PACTE_LANG": "fr"}
    return subprocess.run([*PACTE, *args], env=env, capture_output=True, text=True, timeout=300)


def _fill(disk: Path) -> None:
    """Fill the disk to its last byte."""
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)


def _employers(data_dir: Path, file: str = STORE_FILE) -> list[str]:
    """The employers' names of a store file, after its integrity check (read as it is)."""
    conn = sqlite3.connect(f"file:{data_dir / file}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return sorted(row[0] for row in conn.execute("SELECT name FROM employer"))
    finally:
        conn.close()


def _left_behind(disk: Path) -> list[str]:
    """Files that are neither the store, its backups, the test's filler nor its inputs."""
    found = []
    for path in disk.rglob("*"):
        if path.is_dir() or path.name in STORE_FILES or path.name == "filler":
            continue
        if path.parent.name == "backups" and path.name.endswith(
            ("-daily.sqlite", "-daily.sqlite" + backup.CHECK_SUFFIX)
        ):
            continue
        if path.name == backup.CHECKED_STORE_FILE:  # the daily check's verdict
            continue
        found.append(str(path.relative_to(disk)))
    return found


def _refused(done: subprocess.CompletedProcess[str], folder: Path) -> None:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert f"Disque plein dans « {folder} »" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert "Exception ignored" not in done.stderr
    assert "disk is full" not in done.stderr


def test_every_write_on_a_full_disk_is_refused_clearly_and_reading_still_works(
    small_disk: Path, tmp_path: Path
) -> None:
    data = small_disk / "data"
    assert (
        _pacte(data, "init", "--org", "CPAS", "--org-type", "cpas", "--worker", "Ann").returncode
        == 0
    )
    assert _pacte(data, "employer", "add", "--name", "Avant").returncode == 0
    source = tmp_path / "employeurs.csv"  # the file to import lives elsewhere
    source.write_text("Nom;Commune\nImporté;Saint-Gilles\n", encoding="utf-8")
    _fill(small_disk)

    _refused(_pacte(data, "employer", "add", "--name", "Refusé"), data)
    _refused(_pacte(data, "demo", "--employers", "50"), data)
    _refused(_pacte(data, "import", "employers", str(source)), data)
    _refused(_pacte(data, "backup"), data / "backups")
    _refused(_pacte(data, "backup", "-o", str(small_disk / "copie.sqlite")), small_disk)
    _refused(
        _pacte(data, "export", "directory", "-o", str(small_disk / "annuaire.xlsx")), small_disk
    )
    assert _left_behind(small_disk) == []
    assert _employers(data) == ["Avant"]

    listed = _pacte(data, "employer", "list")
    assert listed.returncode == 0, listed.stderr
    assert "Avant" in listed.stdout
    elsewhere = tmp_path / "copie.sqlite"
    saved = _pacte(data, "backup", "-o", str(elsewhere))
    assert saved.returncode == 0, saved.stderr
    assert _employers(tmp_path, "copie.sqlite") == ["Avant"]


def test_a_disk_that_fills_up_during_a_demo_loses_nothing(small_disk: Path) -> None:
    data = small_disk / "data"
    assert (
        _pacte(data, "init", "--org", "CPAS", "--org-type", "cpas", "--worker", "Ann").returncode
        == 0
    )
    assert _pacte(data, "employer", "add", "--name", "Avant").returncode == 0

    _refused(_pacte(data, "demo", "--employers", "5000"), data)
    assert _employers(data) == ["Avant"]
    assert _left_behind(small_disk) == []
    after = _pacte(data, "employer", "add", "--name", "Après")
    assert "Traceback" not in after.stderr
    if after.returncode == 0:
        assert _employers(data) == ["Après", "Avant"]
    else:
        _refused(after, data)
        assert _employers(data) == ["Avant"]
