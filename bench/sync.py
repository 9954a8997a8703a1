"""Sync benchmark: applying incoming changes, and a pass with nothing new, against baselines.

Run: ``.venv/bin/python bench/sync.py [--employers 10000] [--files 10000]``

Each figure is printed beside a baseline measured in the same run on the same machine:
- workstation B receives N changed employers published by workstation A (change files read,
  signatures checked, decrypted, merged, journalled, search index refreshed, cursor recorded),
  against raw SQL upserts (``INSERT … ON CONFLICT DO UPDATE`` through ``executemany``) of the
  same changed rows into a bare table holding the same N employers; each the best of three
  runs on fresh copies;
- a pass with nothing new over a root that already holds F applied change files (target
  under 100 ms: the cost grows with what is new, not with what exists);
- the desktop application on workstation B, directory open, while its background pass
  receives N changed employers: the longest stall of the GUI thread (a 5 ms timer's largest
  gap; the same timer in the same window with no pass running is the baseline).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pacte_desktop.demo.fill import employer_rows  # noqa: E402
from pacte_desktop.domain.entities import Employer, specs  # noqa: E402
from pacte_desktop.services import workers  # noqa: E402
from pacte_desktop.store.database import Store  # noqa: E402
from pacte_desktop.store.unit_of_work import UnitOfWork  # noqa: E402
from pacte_desktop.sync import crypto, engine, feeds, org_scope  # noqa: E402

os.environ.setdefault("PACTE_ORG_PASSPHRASE", "benchmark passphrase")
CHEAP_KDF = crypto.Kdf.argon2id(t=1, m=64, p=1)
#: Each figure is the best of this many runs, its baseline too.
RUNS = 3  # the key derivation is not what is measured


def _first(folder: Path, root: Path) -> tuple[Store, str]:
    store = Store.open(folder / "A", daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        _, worker = workers.init_organisation(uow, name="Bench", org_type="cpas", worker="W")
        uow.commit()
    engine.setup_org(store, engine.Location("folder", str(root)), kdf=CHEAP_KDF)
    return store, worker.id


def _join(folder: Path, name: str, root: Path) -> Store:
    store = Store.open(folder / name, daily_backup=False)
    engine.setup_org(store, engine.Location("folder", str(root)), worker="W", kdf=CHEAP_KDF)
    workers.use_worker(store, "W")
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
    with UnitOfWork(a, worker_id=worker) as uow:
        uow.bulk_insert(Employer, rows)
        uow.commit()
    engine.sync_pass(a)
    b = _join(folder, "B", root)
    engine.sync_pass(b)

    # A changes every employer (two fields each), then publishes.
    with UnitOfWork(a, worker_id=worker) as uow:
        for row in rows:
            uow.update(Employer, row["id"], {"status": "active", "phone": "+3225370000"})
        uow.commit()
    engine.sync_pass(a)

    # Baseline: a bare table with the same N employers, upserted with the same changed rows
    # (best of RUNS, each on a fresh copy of the table).
    columns = list(specs(Employer))
    changed = [
        tuple({**r, "status": "active", "phone": "+3225370000"}[c] for c in columns) for r in rows
    ]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    baselines = []
    for run in range(RUNS):
        raw = sqlite3.connect(folder / f"raw{run}.sqlite")
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute(f"CREATE TABLE employer ({', '.join(columns)}, PRIMARY KEY (id))")
        with raw:
            raw.executemany(
                f"INSERT INTO employer VALUES ({', '.join('?' * len(columns))})",
                [tuple(r[c] for c in columns) for r in rows],
            )
        start = time.perf_counter()
        with raw:
            raw.executemany(
                f"INSERT INTO employer VALUES ({', '.join('?' * len(columns))}) "
                f"ON CONFLICT(id) DO UPDATE SET {updates}",
                changed,
            )
        baselines.append(time.perf_counter() - start)
        raw.close()

    from pacte_desktop.sync import replication
    from pacte_desktop.sync.unlock import unlock

    # Ours: B's pass receiving them (best of RUNS, each on a fresh copy of B's data folder,
    # unlocked before the clock starts as a workstation is after its first pass).
    b.close()
    passes: list[tuple[float, float]] = []
    apply_ops = replication.apply_ops
    for run in range(RUNS):
        copy = folder / f"B{run}"
        shutil.copytree(folder / "B", copy)
        store = Store.open(copy, daily_backup=False)
        unlock(store, "org", os.environ["PACTE_ORG_PASSPHRASE"])
        applying = 0.0

        def timed_apply(*args: object, **kwargs: object) -> replication.ApplyResult:
            nonlocal applying
            start = time.perf_counter()
            try:
                return apply_ops(*args, **kwargs)  # type: ignore[arg-type]
            finally:
                applying += time.perf_counter() - start

        replication.apply_ops = timed_apply  # type: ignore[assignment]
        try:
            ours, summary = _timed_pass(store)
        finally:
            replication.apply_ops = apply_ops  # type: ignore[assignment]
        scope = summary.scopes[0]
        assert scope.received_ops == count, scope
        with store.reading() as conn:
            stored = conn.exec_driver_sql(
                "SELECT count(*) FROM employer WHERE status = 'active' AND phone = '+3225370000'"
            ).scalar_one()
        assert stored == count, stored
        store.close()
        passes.append((ours, applying))
    a.close()
    best = min(passes)
    return {
        "ours": best[0],
        "apply": best[1],
        "baseline": min(baselines),
        "files": scope.received_files,
    }


def bench_nothing_new(folder: Path, files: int) -> dict[str, float]:
    root = folder / "root2"
    root.mkdir()
    a, worker = _first(folder / "n", root)
    rows = employer_rows(files, seed=1061, owners=[worker])
    with UnitOfWork(a, worker_id=worker) as uow:
        uow.bulk_insert(Employer, rows)
        uow.commit()
    saved = feeds.OPS_PER_FILE
    feeds.OPS_PER_FILE = 1  # one file per operation: a root with as many files as changes
    org_scope.SNAPSHOT_EVERY = 10**9  # and no snapshot, so no pruning: the files stay
    try:
        start = time.perf_counter()
        engine.sync_pass(a)
        publish = time.perf_counter() - start
    finally:
        feeds.OPS_PER_FILE = saved
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


def gui_child(data_dir: str) -> dict[str, float]:
    """In a child process: B's main window on the directory, then a background pass."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.context import AppContext
    from pacte_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    store = Store.open(data_dir, daily_backup=False)
    # A new process: the workstation's keys are locked until its passphrase is given (the
    # application's unlock dialog; here, the environment).
    engine.ensure_open(store, engine.asked(prompt=False))
    i18n.install("fr")
    context = AppContext(store)
    window = MainWindow(context)
    window.resize(1366, 768)
    window.show_view("employers")
    window.show()
    model = window.view("employers").model
    while model.loading or model.rowCount() == 0:
        app.processEvents()
        context.runner.wait(5)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    def pump(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    pump(1.0)
    idle = max(gaps)
    gaps.clear()
    last[0] = clock.elapsed()
    started = time.perf_counter()
    assert window.sync.background_pass(), "the pass did not start"
    while window.sync.running:
        pump(0.01)
    passed = time.perf_counter() - started
    pump(1.0)  # the directory reloads after the pass
    timer.stop()
    result = {"idle": idle, "during": max(gaps), "pass": passed, "rows": model.rowCount()}
    window.close()
    context.runner.wait()
    return result


def bench_gui(folder: Path, count: int) -> dict[str, float]:
    root = folder / "root3"
    root.mkdir()
    a, worker = _first(folder / "g", root)
    rows = employer_rows(count, seed=1062, owners=[worker])
    with UnitOfWork(a, worker_id=worker) as uow:
        uow.bulk_insert(Employer, rows)
        uow.commit()
    engine.sync_pass(a)
    b = _join(folder / "g", "B", root)
    b.close()
    with UnitOfWork(a, worker_id=worker) as uow:
        for row in rows:
            uow.update(Employer, row["id"], {"status": "active", "phone": "+3225370000"})
        uow.commit()
    engine.sync_pass(a)
    a.close()
    out = subprocess.run(
        [sys.executable, __file__, "--gui-child", str(folder / "g" / "B")],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employers", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--gui-child", metavar="DATA_DIR")
    args = parser.parse_args()
    if args.gui_child:
        print(json.dumps(gui_child(args.gui_child)), flush=True)
        os._exit(0)  # PySide6 6.12 may abort while tearing Qt objects down at exit
    folder = Path(tempfile.mkdtemp(prefix="pacte-bench-sync-"))
    try:
        applied = bench_apply(folder, args.employers)
        idle = bench_nothing_new(folder, args.files)
        gui = bench_gui(folder, args.employers)
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
    label = f"longest GUI stall, background pass receiving {n:,} changes"
    print(
        f"{label:<58} {gui['during']:>8.0f}ms {gui['idle']:>8.0f}ms "
        f"{gui['during'] / max(gui['idle'], 1):>7.2f}"
    )
    print(
        f"  (baseline = the same 5 ms timer with no pass; the pass took {gui['pass']:.1f} s; "
        f"{gui['rows']:.0f} rows in the directory)"
    )
    print(
        f"  (publishing those {idle['held']:,.0f} one-operation files: {idle['publish']:.1f} s; "
        f"a new workstation joining and receiving them all: {idle['receive']:.1f} s)"
    )


if __name__ == "__main__":
    main()
