"""Sync benchmark: applying incoming changes, and a pass with nothing new, against baselines.

Run: ``.venv/bin/python bench/sync.py [--employers 10000] [--files 10000]``

Each figure is printed beside a baseline measured in the same run on the same machine:
- workstation B receives N changed employers published by workstation A (change files read,
  signatures checked, decrypted, merged, journalled, search index refreshed, cursor recorded),
  against raw SQL upserts (``INSERT … ON CONFLICT DO UPDATE`` through ``executemany``) of the
  same changed rows into a bare table holding the same N employers;
- a pass with nothing new over a root that already holds F applied change files (target
  under 100 ms: the cost grows with what is new, not with what exists).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pacte_desktop.demo import employer_rows  # noqa: E402
from pacte_desktop.domain.entities import Employer, specs  # noqa: E402
from pacte_desktop.services import workers  # noqa: E402
from pacte_desktop.store.database import Store  # noqa: E402
from pacte_desktop.sync import engine  # noqa: E402

os.environ.setdefault("PACTE_ORG_PASSPHRASE", "benchmark passphrase")


def _first(folder: Path, root: Path) -> tuple[Store, str]:
    store = Store.open(folder / "A", daily_backup=False)
    with store.unit_of_work(worker_id="") as uow:
        _, worker = workers.init_organisation(uow, name="Bench", org_type="cpas", worker="W")
        uow.commit()
    engine.setup_org(store, engine.Location("folder", str(root)), scrypt_n=2**10)
    return store, worker.id


def _join(folder: Path, name: str, root: Path) -> Store:
    store = Store.open(folder / name, daily_backup=False)
    engine.setup_org(store, engine.Location("folder", str(root)), worker="W", scrypt_n=2**10)
    return store


def _timed_pass(store: Store) -> tuple[float, engine.PassSummary]:
    start = time.perf_counter()
    summary = engine.sync_pass(store)
    elapsed = time.perf_counter() - start
    assert summary.ok, summary
    return elapsed, summary


def bench_apply(folder: Path, count: int) -> dict[str, float]:
    root = folder / "root"
    root.mkdir()
    a, worker = _first(folder, root)
    rows = employer_rows(count, seed=1060, owners=[worker])
    with a.unit_of_work(worker_id=worker) as uow:
        uow.bulk_insert(Employer, rows)
        uow.commit()
    engine.sync_pass(a)
    b = _join(folder, "B", root)
    engine.sync_pass(b)

    # A changes every employer (two fields each), then publishes.
    with a.unit_of_work(worker_id=worker) as uow:
        for row in rows:
            uow.update(Employer, row["id"], {"status": "active", "phone": "+3225370000"})
        uow.commit()
    engine.sync_pass(a)

    # Baseline: a bare table with the same N employers, upserted with the same changed rows.
    columns = list(specs(Employer))
    raw = sqlite3.connect(folder / "raw.sqlite")
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute(f"CREATE TABLE employer ({', '.join(columns)}, PRIMARY KEY (id))")
    with raw:
        raw.executemany(
            f"INSERT INTO employer VALUES ({', '.join('?' * len(columns))})",
            [tuple(r[c] for c in columns) for r in rows],
        )
    changed = [
        tuple({**r, "status": "active", "phone": "+3225370000"}[c] for c in columns) for r in rows
    ]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    start = time.perf_counter()
    with raw:
        raw.executemany(
            f"INSERT INTO employer VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            changed,
        )
    baseline = time.perf_counter() - start
    raw.close()

    from pacte_desktop.store import replication

    applying = 0.0
    apply_ops = replication.apply_ops

    def timed_apply(*args: object, **kwargs: object) -> replication.ApplyResult:
        nonlocal applying
        start = time.perf_counter()
        try:
            return apply_ops(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            applying += time.perf_counter() - start

    replication.apply_ops = timed_apply  # type: ignore[assignment]
    try:
        ours, summary = _timed_pass(b)
    finally:
        replication.apply_ops = apply_ops  # type: ignore[assignment]
    scope = summary.scopes[0]
    assert scope.received_ops == count, scope
    with b.reading() as conn:
        stored = conn.exec_driver_sql(
            "SELECT count(*) FROM employer WHERE status = 'active' AND phone = '+3225370000'"
        ).scalar_one()
    assert stored == count, stored
    a.close()
    b.close()
    return {
        "ours": ours,
        "apply": applying,
        "baseline": baseline,
        "files": scope.received_files,
    }


def bench_nothing_new(folder: Path, files: int) -> dict[str, float]:
    root = folder / "root2"
    root.mkdir()
    a, worker = _first(folder / "n", root)
    rows = employer_rows(files, seed=1061, owners=[worker])
    with a.unit_of_work(worker_id=worker) as uow:
        uow.bulk_insert(Employer, rows)
        uow.commit()
    saved = engine.OPS_PER_FILE
    engine.OPS_PER_FILE = 1  # one file per operation: a root with as many files as changes
    engine.SNAPSHOT_EVERY = 10**9  # and no snapshot, so no pruning: the files stay
    try:
        start = time.perf_counter()
        engine.sync_pass(a)
        publish = time.perf_counter() - start
    finally:
        engine.OPS_PER_FILE = saved
    start = time.perf_counter()
    b = _join(folder / "n", "B", root)  # joining receives every file
    receive = time.perf_counter() - start
    held = len(list((root / "log").rglob("*.chg")))
    times = [_timed_pass(b)[0] for _ in range(7)]
    # Baseline: listing the same directories (what any pass must do at least).
    start = time.perf_counter()
    for _ in range(7):
        for device in os.listdir(root / "log"):
            os.listdir(root / "log" / device)
    listing = (time.perf_counter() - start) / 7
    a.close()
    b.close()
    return {
        "median": statistics.median(times),
        "max": max(times),
        "held": held,
        "publish": publish,
        "receive": receive,
        "listing": listing,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employers", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="pacte-bench-sync-"))
    try:
        applied = bench_apply(folder, args.employers)
        idle = bench_nothing_new(folder, args.files)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    n = args.employers
    print(f"{'measure':<58} {'ours':>10} {'baseline':>10} {'ratio':>7}")
    label = f"apply {n:,} changed employers ({applied['files']:.0f} files)"
    print(
        f"{label:<58} "
        f"{applied['ours'] * 1000:>8.0f}ms {applied['baseline'] * 1000:>8.0f}ms "
        f"{applied['ours'] / applied['baseline']:>7.2f}"
    )
    label = "  of which merging into the store (apply_ops)"
    print(
        f"{label:<58} "
        f"{applied['apply'] * 1000:>8.0f}ms {applied['baseline'] * 1000:>8.0f}ms "
        f"{applied['apply'] / applied['baseline']:>7.2f}"
    )
    label = f"pass with nothing new, {idle['held']:,.0f} files held (median of 7)"
    print(
        f"{label:<58} "
        f"{idle['median'] * 1000:>8.1f}ms {idle['listing'] * 1000:>8.1f}ms "
        f"{idle['median'] / idle['listing']:>7.2f}"
    )
    print(f"  (max of 7: {idle['max'] * 1000:.1f} ms; baseline = listing the same directories)")
    print(
        f"  (publishing those {idle['held']:,.0f} one-operation files: {idle['publish']:.1f} s; "
        f"a new workstation joining and receiving them all: {idle['receive']:.1f} s)"
    )


if __name__ == "__main__":
    main()
