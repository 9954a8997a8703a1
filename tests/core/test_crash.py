"""A process killed in the middle of a bulk write leaves a sound store: all or nothing.

A child Python process writes employers in one unit of work, in batches, telling the parent on
standard output after each batch; the parent kills it with SIGKILL (no clean-up, no rollback, no
checkpoint) and then looks at the file.
"""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pacte_desktop.domain.entities import Employer
from pacte_desktop.services import records, workers
from pacte_desktop.store.database import STORE_FILE, Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
BATCH = 5000
TIMEOUT = 60.0

CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from pacte_desktop.domain.entities import Employer
from pacte_desktop.store.database import Store
from pacte_desktop.store.ids import new_id
from pacte_desktop.store.schema import stored_defaults
from pacte_desktop.store.unit_of_work import UnitOfWork

data_dir, count, batch = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
store = Store.open(data_dir, daily_backup=False)
with UnitOfWork(store) as uow:
    base = stored_defaults(Employer)
    rows = ({**base, "id": new_id(), "name": f"Employeur massif {i}", "tags": '["massif"]',
             "owner_id": uow.worker_id, "commune": "Saint-Gilles"} for i in range(count))
    print("started", flush=True)
    uow.bulk_insert(Employer, rows, batch=batch, total=count,
                    progress=lambda done, total: print(f"batch {done // batch}", flush=True))
    uow.commit()
print("committed", flush=True)
time.sleep(600)  # wait to be killed
"""


def _counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        employers = conn.execute("SELECT count(*) FROM employer").fetchone()[0]
        journal = conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    conn.close()
    return employers, journal


def _initialised_store(data_dir: Path) -> tuple[int, int]:
    store = Store.open(data_dir, daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        workers.init_organisation(
            uow, name="CPAS de Saint-Gilles", org_type="cpas", worker="Farida Aissa"
        )
        for name in ("Boulangerie Ékoé", "Garage Moderne"):
            records.create(uow, Employer, {"name": name})
        uow.commit()
    store.close()
    return _counts(data_dir / STORE_FILE)


class Child:
    """The writing process, its output lines read on a thread (so waits can time out)."""

    def __init__(self, data_dir: Path, count: int) -> None:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p
            ),
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(REPO), str(data_dir), str(count), str(BATCH)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put(None)

    def wait_for(self, wanted: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                line = None
            if line is None:
                self.kill()
                stderr = self.proc.stderr.read() if self.proc.stderr else ""
                pytest.fail(f"child never printed {wanted!r}; saw {self.seen}\n{stderr}")
            self.seen.append(line)
            if line == wanted:
                return

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=TIMEOUT)
        if self.proc.stdout:
            self.proc.stdout.close()
        if self.proc.stderr:
            self.proc.stderr.close()


def _assert_sound_and_writable(data_dir: Path, expected: tuple[int, int]) -> None:
    path = data_dir / STORE_FILE
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # The search index agrees with its rows (FTS5's own consistency check raises if not).
        conn.execute("INSERT INTO employer_search (employer_search) VALUES ('integrity-check')")
        indexed = conn.execute("SELECT count(*) FROM employer_search").fetchone()[0]
    conn.close()
    assert _counts(path) == expected
    assert indexed == expected[0]

    store = Store.open(data_dir)
    try:
        with UnitOfWork(store) as uow:
            created = records.create(uow, Employer, {"name": "Épicerie d'après la panne"})
            uow.commit()
        with store.reading() as conn:
            repo = Repository(conn)
            assert repo.search_employer_ids("epicerie apres") == [created.id]
            assert len(repo.history(created.id)) == 1
    finally:
        store.close()
    assert _counts(path) == (expected[0] + 1, expected[1] + 1)


def test_bulk_write_killed_part_way_leaves_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "store"
    before = _initialised_store(data_dir)
    wal = data_dir / f"{STORE_FILE}-wal"
    wal_before = wal.stat().st_size if wal.exists() else 0
    count = 200_000

    child = Child(data_dir, count)
    try:
        child.wait_for("batch 3")
        wal_during = wal.stat().st_size if wal.exists() else 0
    finally:
        child.kill()

    assert child.proc.returncode == -signal.SIGKILL
    assert "committed" not in child.seen  # it died with most of its batches still to write
    # The uncommitted transaction had spilled pages into the WAL: the kill interrupted a write
    # that had reached the disk, not one still only in memory.
    assert wal_during > wal_before + 1_000_000

    after = _counts(data_dir / STORE_FILE)
    assert after in (before, (before[0] + count, before[1] + count))  # all or nothing
    assert after == before  # ... and, killed at batch 3 of 40, nothing
    _assert_sound_and_writable(data_dir, before)
    with sqlite3.connect(data_dir / STORE_FILE) as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM employer WHERE name LIKE 'Employeur massif%'"
            ).fetchone()[0]
            == 0
        )
    conn.close()


def test_bulk_write_killed_after_commit_keeps_everything(tmp_path: Path) -> None:
    data_dir = tmp_path / "store"
    before = _initialised_store(data_dir)
    count = 20_000

    child = Child(data_dir, count)
    try:
        child.wait_for("committed")
    finally:
        child.kill()

    assert child.proc.returncode == -signal.SIGKILL
    assert child.seen == [
        "started",
        *(f"batch {n}" for n in range(1, count // BATCH + 1)),
        "committed",
    ]
    expected = (before[0] + count, before[1] + count)
    assert _counts(data_dir / STORE_FILE) == expected
    _assert_sound_and_writable(data_dir, expected)
    with sqlite3.connect(data_dir / STORE_FILE) as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM employer WHERE name LIKE 'Employeur massif%'"
            ).fetchone()[0]
            == count
        )
        assert (
            conn.execute(
                "SELECT count(DISTINCT row_id) FROM journal WHERE fields LIKE '%Employeur massif%'"
            ).fetchone()[0]
            == count
        )
    conn.close()
