"""Erasure benchmark: what anonymising one candidate costs on a store of the region's size.

Run: ``.venv/bin/python bench/privacy.py [--employers 100000] [--candidates 5000]``

A store of N demo employers (bulk insert, journal and search index included) and M candidates,
each with a placement and three edits of its notes, then:
- the expired listing (``services.privacy.expired``) over the M candidates;
- anonymising one candidate: the unit of work with the scrub of its journal entries, parked
  operations and conflicts (``store/erasure.py``);
- rebuilding the file afterwards (``forget_freed_pages``: VACUUM and emptying the log), against
  the baseline of copying the same file once (``shutil.copyfile``): VACUUM reads and writes the
  whole file, so it cannot cost less than a copy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pacte_desktop.demo.fill import employer_rows  # noqa: E402
from pacte_desktop.domain.entities import Candidate, Employer, Placement  # noqa: E402
from pacte_desktop.services import privacy, workers  # noqa: E402
from pacte_desktop.store.database import Store  # noqa: E402
from pacte_desktop.store.ids import new_id  # noqa: E402
from pacte_desktop.store.schema import stored_defaults  # noqa: E402
from pacte_desktop.store.unit_of_work import UnitOfWork  # noqa: E402


def build(folder: Path, employers: int, candidates: int) -> tuple[Store, list[str]]:
    store = Store.open(folder / "store", daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        _, worker = workers.init_organisation(uow, name="Bench", org_type="cpas", worker="W")
        uow.commit()
    rows = employer_rows(employers, seed=1060, owners=[worker.id])
    with UnitOfWork(store, worker_id=worker.id) as uow:
        uow.bulk_insert(Employer, rows)
        uow.commit()
    employer_ids = [str(r["id"]) for r in rows[:candidates]]
    base = stored_defaults(Candidate)
    people = [
        {
            **base,
            "id": new_id(),
            "code": f"SG-{i:05d}",
            "worker_id": worker.id,
            "notes": f"Notes du candidat {i} " + "x" * 400,
            "commune": "Saint-Gilles",
        }
        for i in range(candidates)
    ]
    placed = [
        {
            **stored_defaults(Placement),
            "id": new_id(),
            "candidate_id": p["id"],
            "employer_id": employer_ids[i % len(employer_ids)],
            "placement_type": "article60",
            "start_date": "2026-02-01",
            "notes": f"Suivi {i}",
        }
        for i, p in enumerate(people)
    ]
    with UnitOfWork(store, worker_id=worker.id) as uow:
        uow.bulk_insert(Candidate, people)
        uow.bulk_insert(Placement, placed)
        uow.commit()
    ids = [str(p["id"]) for p in people]
    for round_ in range(3):  # edits leave old values in free space and in the journal
        with UnitOfWork(store, worker_id=worker.id) as uow:
            for i, cid in enumerate(ids[:500]):
                uow.update(Candidate, cid, {"notes": f"Note {round_} de {i}"})
            uow.commit()
    return store, ids


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employers", type=int, default=100_000)
    parser.add_argument("--candidates", type=int, default=5_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        store, ids = build(folder, args.employers, args.candidates)
        print(f"store built in {time.perf_counter() - started:.1f} s")
        size = store.path.stat().st_size / 1e6
        today = dt.date(2030, 1, 1)

        def listing() -> None:
            with store.reading() as conn:
                assert len(privacy.expired(conn, today)) == args.candidates

        def anonymise() -> None:
            with UnitOfWork(store) as uow:
                privacy.anonymise(uow, ids[0], today=today)
                uow.commit()

        expired_s = timed(listing)
        anonymise_s = timed(anonymise)
        vacuum_s = timed(lambda: privacy.forget_freed_pages(store))
        copy_s = timed(lambda: shutil.copyfile(store.path, folder / "copy.sqlite"))
        store.close()
    rows = [
        (f"expired listing ({args.candidates} candidates)", expired_s, None),
        ("anonymise one candidate (with the scrub)", anonymise_s, None),
        (f"rebuild the file ({size:.0f} MB: VACUUM, log emptied)", vacuum_s, copy_s),
    ]
    print(f"{'step':<52} {'seconds':>8} {'copy (s)':>9} {'ratio':>6}")
    for name, seconds, baseline in rows:
        ratio = f"{seconds / baseline:6.1f}" if baseline else "     –"
        base = f"{baseline:9.2f}" if baseline else "        –"
        print(f"{name:<52} {seconds:8.2f} {base} {ratio}")


if __name__ == "__main__":
    main()
