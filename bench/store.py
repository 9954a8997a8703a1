"""Store benchmark: bulk insert, prefix search and ``pacte --version``, against baselines.

Run: ``.venv/bin/python bench/store.py [--employers 100000] [--queries 200]``

Each figure is printed beside a baseline measured in the same run on the same machine:
- bulk insert of N demo employers through the unit of work (journal rows and the FTS5 index
  included) against a raw ``sqlite3.executemany`` of the same rows into a bare table;
- prefix search (``Repository.search_employer_ids``, best 50) over realistic type-ahead prefixes
  against the raw FTS5 query on the same index with the DB-API;
- ``pacte --version`` wall time against ``python -c pass``.
"""

from __future__ import annotations

import argparse
import os
import random
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
from pacte_desktop.store.repository import Repository  # noqa: E402
from pacte_desktop.store.search import fts_query  # noqa: E402
from pacte_desktop.store.unit_of_work import UnitOfWork  # noqa: E402


def bench_insert(folder: Path, count: int) -> tuple[float, float, Store]:
    store = Store.open(folder / "store", daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        _, worker = workers.init_organisation(uow, name="Bench", org_type="cpas", worker="W")
        uow.commit()
    rows = employer_rows(count, seed=1060, owners=[worker.id])
    columns = list(specs(Employer))

    raw = sqlite3.connect(folder / "raw.sqlite")
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute(f"CREATE TABLE employer ({', '.join(columns)})")
    values = [tuple(row[c] for c in columns) for row in rows]
    start = time.perf_counter()
    with raw:
        raw.executemany(f"INSERT INTO employer VALUES ({', '.join('?' * len(columns))})", values)
    baseline = time.perf_counter() - start
    raw.close()

    start = time.perf_counter()
    with UnitOfWork(store, worker_id=worker.id) as uow:
        uow.bulk_insert(Employer, rows)
        uow.commit()
    ours = time.perf_counter() - start
    return ours, baseline, store


def type_ahead_queries(store: Store, count: int) -> list[str]:
    """Prefixes people type: the start of a name word, a street, a commune, two words."""
    rng = random.Random(7)
    with store.reading() as conn:
        sample = conn.exec_driver_sql(
            "SELECT name, street, commune_nl, bce_number FROM employer ORDER BY random() LIMIT ?",
            (count,),
        ).all()
    queries = []
    for i, (name, street, commune_nl, bce_number) in enumerate(sample):
        words = [w for w in (name or "").split() if len(w) >= 3] or ["bra"]
        kind = i % 5
        if kind == 0:
            queries.append(rng.choice(words)[: rng.randint(3, 6)])
        elif kind == 1 and len(words) >= 2:
            queries.append(f"{words[0][:5]} {words[1][:3]}")
        elif kind == 2 and street:
            queries.append(street.split()[-1][:5])
        elif kind == 3 and commune_nl:
            queries.append(commune_nl[:6])
        elif bce_number:
            queries.append(bce_number[:6])
        else:
            queries.append(words[0][:4])
    return queries


def bench_search(store: Store, queries: list[str]) -> tuple[list[float], list[float]]:
    ours, raw_times = [], []
    with store.reading() as conn:
        repo = Repository(conn)
        for q in queries[:10]:  # warm the page cache for both paths alike
            repo.search_employer_ids(q)
        for q in queries:
            start = time.perf_counter()
            repo.search_employer_ids(q, limit=50)
            ours.append(time.perf_counter() - start)
    raw = sqlite3.connect(store.path)
    for q in queries:
        match = fts_query(q)
        start = time.perf_counter()
        raw.execute(
            "SELECT rowid FROM employer_search WHERE employer_search MATCH ? "
            "ORDER BY rank LIMIT 50",
            (match,),
        ).fetchall()
        raw_times.append(time.perf_counter() - start)
    raw.close()
    return ours, raw_times


def wall(argv: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employers", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--runs", type=int, default=20, help="runs of each command timed")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        ours, baseline, store = bench_insert(Path(tmp), args.employers)
        queries = type_ahead_queries(store, args.queries)
        search_ours, search_raw = bench_search(store, queries)
        store.close()

    # An installed application runs from compiled bytecode; this machine may forbid writing it
    # (PYTHONDONTWRITEBYTECODE), which would time the compiler instead of the start-up.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "pacte_desktop")],
        check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": ""},
    )
    pacte = Path(sys.executable).with_name("pacte")
    version_cmd = (
        [str(pacte), "--version"]
        if pacte.exists()
        else [sys.executable, "-m", "pacte_desktop.cli", "--version"]
    )
    version = wall(version_cmd, args.runs)
    bare = wall([sys.executable, "-c", "pass"], args.runs)

    ms = 1000
    rows = [
        (
            "bulk insert",
            f"{args.employers:,} employers, journal + FTS",
            ours * ms,
            "raw executemany, bare table",
            baseline * ms,
            ours / baseline,
            "≤ 3",
        ),
        (
            "search median",
            f"{len(queries)} prefix queries",
            statistics.median(search_ours) * ms,
            "raw FTS5 median",
            statistics.median(search_raw) * ms,
            statistics.median(search_ours) / statistics.median(search_raw),
            "",
        ),
        (
            "search p95",
            "",
            p95(search_ours) * ms,
            "raw FTS5 p95",
            p95(search_raw) * ms,
            p95(search_ours) / p95(search_raw),
            "< 10 ms, ≤ 2",
        ),
        (
            "pacte --version",
            f"median of {args.runs}",
            version * ms,
            "python -c pass",
            bare * ms,
            version / bare,
            "≤ 2",
        ),
    ]
    print(
        f"{'measure':<16} {'what':<32} {'ours ms':>10}  {'baseline':<28} "
        f"{'base ms':>9} {'ratio':>6}  target"
    )
    for name, what, value, base_name, base, ratio, target in rows:
        print(
            f"{name:<16} {what:<32} {value:>10.2f}  {base_name:<28} {base:>9.2f} "
            f"{ratio:>6.2f}  {target}"
        )


if __name__ == "__main__":
    main()
