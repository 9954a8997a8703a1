"""A read-only data folder (issue 11): reading works, writing says the folder is read-only.

As the tester did it, with real ``pacte`` processes. Root ignores permission bits, so as root
the folder is seen through a read-only bind mount (``mount -o remount,ro,bind``); as another
user the folder and its files lose their write permission. A store whose latest changes wait
in a ``-wal`` file that SQLite cannot read without writing beside it gets its own message.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pacte_desktop.store import backup
from pacte_desktop.store.database import STORE_FILE

pytestmark = pytest.mark.slow

PACTE = [sys.executable, "-m", "pacte_desktop.cli"]
READ_ONLY = "est en lecture seule : la base peut être consultée mais rien ne peut y être écrit"


def _pacte(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PACTE_DATA_DIR": str(data_dir), "PACTE_LANG": "fr"}
    return subprocess.run([*PACTE, *args], env=env, capture_output=True, text=True, timeout=120)


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def _make_store(folder: Path) -> None:
    _ok(_pacte(folder, "init", "--org", "CPAS", "--org-type", "cpas", "--worker", "Ann"))
    _ok(_pacte(folder, "employer", "add", "--name", "Alpha Menuiserie"))


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """``(writable folder, the same folder seen read-only)``; the test fills the first."""
    data = tmp_path / "data"
    data.mkdir()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        view = tmp_path / "read-only"
        view.mkdir()
        bound = subprocess.run(["mount", "--bind", str(data), str(view)], capture_output=True)
        if bound.returncode != 0:
            pytest.skip(f"root, but cannot bind-mount here: {bound.stderr.decode().strip()}")
        try:
            subprocess.run(
                ["mount", "-o", "remount,ro,bind", str(view)], check=True, capture_output=True
            )
            yield data, view
        finally:
            subprocess.run(["umount", "-l", str(view)], check=False)
    else:
        yield data, data

        data.chmod(stat.S_IRWXU)
        for path in data.rglob("*"):
            path.chmod(stat.S_IRWXU)


def _lock_down(data: Path, view: Path) -> None:
    """Without root: take the write permission away (with root, the mount is read-only)."""
    if view == data:
        for path in data.rglob("*"):
            path.chmod(path.stat().st_mode & ~0o222)
        data.chmod(0o555)
    assert not os.access(view, os.W_OK)


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return sorted(row[0] for row in conn.execute("SELECT name FROM employer"))
    finally:
        conn.close()


def test_reading_works_in_a_read_only_folder(read_only: tuple[Path, Path], tmp_path: Path) -> None:
    data, view = read_only
    _make_store(data)
    _lock_down(data, view)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    assert "Alpha Menuiserie" in _ok(_pacte(view, "employer", "list"))
    assert "Alpha Menuiserie" in _ok(_pacte(view, "search", "menuis"))
    _ok(_pacte(view, "export", "directory", "-o", str(elsewhere / "annuaire.xlsx")))
    assert (elsewhere / "annuaire.xlsx").stat().st_size > 0
    _ok(_pacte(view, "backup", "-o", str(elsewhere / "copie.sqlite")))
    assert _names(elsewhere / "copie.sqlite") == ["Alpha Menuiserie"]
    # Nothing new beside the store (the daily check's verdict was written before the lock-down).
    assert sorted(p.name for p in view.iterdir()) == sorted(
        ["backups", STORE_FILE, backup.CHECKED_STORE_FILE]
    )


def test_writing_in_a_read_only_folder_says_so_and_changes_nothing(
    read_only: tuple[Path, Path], tmp_path: Path
) -> None:
    data, view = read_only
    _make_store(data)
    _lock_down(data, view)
    source = tmp_path / "employeurs.csv"
    source.write_text("Nom;Commune\nImporté;Saint-Gilles\n", encoding="utf-8")
    before = (data / STORE_FILE).read_bytes()

    for args in (
        ("employer", "add", "--name", "Refusé"),
        ("demo", "--employers", "10"),
        ("import", "employers", str(source)),
        ("settings", "set", "language", "nl"),
        ("backup",),
    ):
        done = _pacte(view, *args)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert READ_ONLY in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr and "not a Pacte store" not in done.stderr
    assert (data / STORE_FILE).read_bytes() == before
    assert _names(data / STORE_FILE) == ["Alpha Menuiserie"]


def test_changes_still_in_the_wal_of_a_read_only_folder(
    read_only: tuple[Path, Path], tmp_path: Path
) -> None:
    """The folder became read-only while the store was open: its -wal holds the last write."""
    data, view = read_only
    source = tmp_path / "open"
    _make_store(source)
    keeper = sqlite3.connect(source / STORE_FILE)  # keeps the -wal from being checkpointed
    try:
        keeper.execute("SELECT count(*) FROM sqlite_master").fetchone()  # joins the WAL
        _ok(_pacte(source, "employer", "add", "--name", "Dans le journal"))
        for name in (STORE_FILE, f"{STORE_FILE}-wal", f"{STORE_FILE}-shm"):
            shutil.copy(source / name, data / name)
    finally:
        keeper.close()
    assert (data / f"{STORE_FILE}-wal").stat().st_size > 0
    _lock_down(data, view)

    listed = _ok(_pacte(view, "employer", "list"))  # with its -shm, SQLite reads the -wal
    assert "Dans le journal" in listed

    if view == data:
        pytest.skip("without root the -shm of a read-only folder cannot be removed")
    (data / f"{STORE_FILE}-shm").unlink()  # through the writable side of the mount
    done = _pacte(view, "employer", "list")
    assert done.returncode == 1
    assert f"les dernières modifications de la base attendent encore dans {STORE_FILE}-wal" in (
        done.stderr
    )
    assert "Traceback" not in done.stderr


def test_a_data_folder_that_is_a_file_is_named_clearly(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("not a folder", encoding="utf-8")
    for target in (afile, afile / "sub"):
        done = _pacte(target, "employer", "list")
        assert done.returncode == 1
        assert f"« {afile} » est un fichier, pas un dossier" in done.stderr
        assert "File exists" not in done.stderr and "Traceback" not in done.stderr
    assert afile.read_text(encoding="utf-8") == "not a folder"
