"""Reports benchmark: Excel export, PDF placement report and CSV import, against baselines.

Run: ``.venv/bin/python bench/reports.py [--employers 10000] [--placements 1000] [--rows 100000]``

Each figure is printed beside a baseline measured in the same run on the same machine, both the
best of ``--repeat`` runs (3 by default: this machine's neighbours make single runs noisy):
- the partner directory of N employers to Excel (``pacte export directory``) against a bare
  openpyxl write-only loop writing the same cells (read back from our file beforehand);
- the PDF placement report for P placements against a bare platypus document holding one table
  of the same rows;
- importing an R-row CSV of employers (``pacte import employers``) against a raw
  ``sqlite3.executemany`` of the parsed rows into a bare table; beside it, the store's own
  write of the same rows (``bulk_insert_tuples``: the employer table and its indexes, the
  journal, the search index) to show the floor any import through the store has;
- importing the employers of 1060 from a synthetic KBO extract of K enterprises (``pacte import
  kbo``; the files in the real extract's format and proportions) against reading the same
  files once with the csv module. No target is set by the issue; it shows the cost of the
  streamed filter and that progress starts at once.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pacte_desktop.demo.fill import employer_rows  # noqa: E402
from pacte_desktop.domain import bce  # noqa: E402
from pacte_desktop.domain.entities import (  # noqa: E402
    PLACEMENT_TYPES,
    Candidate,
    Employer,
    Placement,
)
from pacte_desktop.services import workers  # noqa: E402
from pacte_desktop.store.database import Store  # noqa: E402
from pacte_desktop.store.ids import new_id  # noqa: E402
from pacte_desktop.store.schema import entity_to_row  # noqa: E402
from pacte_desktop.store.unit_of_work import UnitOfWork  # noqa: E402


def _store(folder: Path, name: str) -> tuple[Store, str]:
    store = Store.open(folder / name, daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        _, worker = workers.init_organisation(uow, name="Bench", org_type="cpas", worker="W")
        uow.commit()
    return store, worker.id


def bench_excel(folder: Path, count: int) -> tuple[float, float]:
    from openpyxl import Workbook

    from pacte_desktop.services.reports import export_directory

    store, worker = _store(folder, "excel")
    with UnitOfWork(store, worker_id=worker) as uow:
        uow.bulk_insert(Employer, employer_rows(count, seed=1060, owners=[worker]))
        uow.commit()

    def run_ours() -> float:
        start = time.perf_counter()
        export_directory(store, folder / "directory.xlsx")
        return time.perf_counter() - start

    ours = [run_ours()]

    # The same cells, sheet by sheet, read back from our file (not timed), then written by a
    # bare write-only loop (timed): what formatting, links, styles and tables cost on top.
    from openpyxl import load_workbook

    written = load_workbook(folder / "directory.xlsx", read_only=True)
    sheets = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in written}
    written.close()

    def run_baseline() -> float:
        start = time.perf_counter()
        book = Workbook(write_only=True)
        for title, rows in sheets.items():
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(row)
        book.save(folder / "bare.xlsx")
        return time.perf_counter() - start

    baseline = [run_baseline()]
    for _ in range(REPEAT - 1):
        ours.append(run_ours())
        baseline.append(run_baseline())
    store.close()
    return min(ours), min(baseline)


def bench_pdf(folder: Path, count: int) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from pacte_desktop.services.reports import report_placements

    store, worker = _store(folder, "pdf")
    employers = employer_rows(50, seed=1061, owners=[worker])
    rng = random.Random(1060)
    types = PLACEMENT_TYPES
    with UnitOfWork(store, worker_id=worker) as uow:
        uow.bulk_insert(Employer, employers)
        candidates = []
        for i in range(count):
            candidate = Candidate(
                id=new_id(),
                code=f"SG-2026-{i:05d}",
                worker_id=worker,
                saint_gilles_resident=i % 3 != 0,
            )
            candidates.append(entity_to_row(candidate))
        uow.bulk_insert(Candidate, candidates)
        placements = []
        for i in range(count):
            start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300))
            placement = Placement(
                id=new_id(),
                candidate_id=candidates[i]["id"],
                employer_id=rng.choice(employers)["id"],
                placement_type=rng.choice(types),
                start_date=start,
            )
            placements.append(entity_to_row(placement))
        uow.bulk_insert(Placement, placements)
        uow.commit()

    def run_ours() -> float:
        begin = time.perf_counter()
        report_placements(
            store, folder / "report.pdf", start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31)
        )
        return time.perf_counter() - begin

    def run_baseline() -> float:
        begin = time.perf_counter()
        with store.reading() as conn:
            rows = conn.exec_driver_sql(
                "SELECT c.code, e.name, p.placement_type, p.start_date, p.end_date "
                "FROM placement p JOIN candidate c ON c.id = p.candidate_id "
                "JOIN employer e ON e.id = p.employer_id ORDER BY p.start_date"
            ).all()
        doc = SimpleDocTemplate(str(folder / "bare.pdf"), pagesize=A4)
        doc.build(
            [Table([["code", "employer", "type", "start", "end"], *map(list, rows)], repeatRows=1)]
        )
        return time.perf_counter() - begin

    ours, baseline = [], []
    for _ in range(REPEAT):
        ours.append(run_ours())
        baseline.append(run_baseline())
    store.close()
    return min(ours), min(baseline)


FLOOR: dict[str, float] = {}
#: Each figure is the best of this many runs (``--repeat``), ours and the baseline alike.
REPEAT = 3


def bench_import(folder: Path, count: int) -> tuple[float, float]:
    from pacte_desktop.services.imports.employers import import_employers

    path = folder / "employers.csv"
    rng = random.Random(1062)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nom", "N° BCE", "Rue", "Code postal", "Commune", "Téléphone"])
        firsts = rng.sample(range(2_000_000, 19_999_999), count)  # enterprise numbers: 0 or 1
        for i in range(count):
            number = bce.format_number(f"{firsts[i]:08d}{bce.check_digits(f'{firsts[i]:08d}')}")
            writer.writerow(
                [
                    f"Employeur {i}",
                    number,
                    "Rue de la Victoire",
                    "1060",
                    "Saint-Gilles",
                    f"02 5{i // 10000:02d} {i % 10000:04d}",  # unique, as in a real file
                ]
            )
    ours: list[float] = []
    floor: list[float] = []
    baseline: list[float] = []
    for attempt in range(REPEAT):
        store, worker = _store(folder, f"import-{attempt}")
        start = time.perf_counter()
        report = import_employers(store, path, worker_id=worker)
        ours.append(time.perf_counter() - start)
        assert report.created == count, report

        # Where the floor is: the store's own write of the same parsed rows (employer rows with
        # their indexes, a journal row each, the search documents), no file, no Python per row.
        columns = ("id", "name", "bce_number", "street", "postcode", "commune", "phone", "status")
        with store.reading() as conn:
            parsed = conn.exec_driver_sql(f"SELECT {', '.join(columns)} FROM employer").all()
        store.close()
        floor_store, floor_worker = _store(folder, f"floor-{attempt}")
        rows_parsed = [tuple(row) for row in parsed]
        start = time.perf_counter()
        with UnitOfWork(floor_store, worker_id=floor_worker) as uow:
            uow.bulk_insert_tuples(Employer, columns, rows_parsed)
            uow.commit()
        floor.append(time.perf_counter() - start)
        floor_store.close()

        start = time.perf_counter()
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle, delimiter=";"))[1:]
        raw = sqlite3.connect(folder / f"raw-{attempt}.sqlite")
        raw.execute("CREATE TABLE employer (name, bce_number, street, postcode, commune, phone)")
        with raw:
            raw.executemany("INSERT INTO employer VALUES (?, ?, ?, ?, ?, ?)", rows)
        raw.close()
        baseline.append(time.perf_counter() - start)
    FLOOR["store write of the parsed rows"] = min(floor)
    return min(ours), min(baseline)


def _write_extract(folder: Path, count: int) -> Path:
    """A synthetic KBO extract in the real files' format: ``count`` enterprises of which 1 %
    have their seat in 1060, half with an establishment unit, 1.5 names, 18 activity rows
    (the real extract's ratio) and a third a phone number each."""
    rng = random.Random(1063)
    out = folder / "kbo"
    out.mkdir()

    def q(*values: str) -> str:
        return ",".join(f'"{v}"' for v in values) + "\n"

    numbers = []
    for first in rng.sample(range(2_000_000, 19_999_999), count):
        digits = f"{first:08d}"
        numbers.append(bce.format_number(digits + bce.check_digits(digits)))
    with (out / "enterprise.csv").open("w", encoding="utf-8") as f:
        f.write(
            q(
                "EnterpriseNumber",
                "Status",
                "JuridicalSituation",
                "TypeOfEnterprise",
                "JuridicalForm",
                "JuridicalFormCAC",
                "StartDate",
            )
        )
        for number in numbers:
            f.write(q(number, "AC", "000", "2", "610", "", "09-08-1960"))
    with (out / "address.csv").open("w", encoding="utf-8") as f:
        f.write(
            q(
                "EntityNumber",
                "TypeOfAddress",
                "CountryNL",
                "CountryFR",
                "Zipcode",
                "MunicipalityNL",
                "MunicipalityFR",
                "StreetNL",
                "StreetFR",
                "HouseNumber",
                "Box",
                "ExtraAddressInfo",
                "DateStrikingOff",
            )
        )
        for i, number in enumerate(numbers):
            postcode = "1060" if i % 100 == 0 else rng.choice(["1000", "2000", "9000", "4000"])
            f.write(
                q(
                    number,
                    "REGO",
                    "",
                    "",
                    postcode,
                    "Sint-Gillis",
                    "Saint-Gilles",
                    "Overwinningsstraat",
                    "Rue de la Victoire",
                    str(i % 200),
                    "",
                    "",
                    "",
                )
            )
            if i % 2 == 0:
                f.write(
                    q(
                        "2." + number[1:],
                        "BAET",
                        "",
                        "",
                        postcode,
                        "Gemeente",
                        "Commune",
                        "Straat",
                        "Rue",
                        "1",
                        "",
                        "",
                        "",
                    )
                )
    with (out / "denomination.csv").open("w", encoding="utf-8") as f:
        f.write(q("EntityNumber", "Language", "TypeOfDenomination", "Denomination"))
        for i, number in enumerate(numbers):
            f.write(q(number, "1", "001", f"Entreprise {i}"))
            if i % 2 == 0:
                f.write(q(number, "2", "001", f"Onderneming {i}"))
    with (out / "activity.csv").open("w", encoding="utf-8") as f:
        f.write(q("EntityNumber", "ActivityGroup", "NaceVersion", "NaceCode", "Classification"))
        for number in numbers:
            for k in range(18):
                f.write(
                    q(
                        number,
                        "001" if k < 9 else "003",
                        "2008" if k % 2 else "2025",
                        f"{47110 + k}",
                        "MAIN" if k < 2 else "SECO",
                    )
                )
    with (out / "contact.csv").open("w", encoding="utf-8") as f:
        f.write(q("EntityNumber", "EntityContact", "ContactType", "Value"))
        for i, number in enumerate(numbers):
            if i % 3 == 0:
                f.write(q(number, "ENT", "TEL", f"02 5{i // 10000 % 100:02d} {i % 10000:04d}"))
    return out


def bench_kbo(folder: Path, count: int) -> tuple[float, float]:
    from pacte_desktop.services.imports.kbo import import_kbo

    extract = _write_extract(folder, count)
    ours: list[float] = []
    baseline: list[float] = []
    for attempt in range(REPEAT):
        store, worker = _store(folder, f"kbo-{attempt}")
        start = time.perf_counter()
        report = import_kbo(store, extract, worker_id=worker)
        ours.append(time.perf_counter() - start)
        assert report.created == (count + 99) // 100, report
        store.close()
        # Reading the same files once with the csv module, doing nothing with the rows.
        start = time.perf_counter()
        for name in (
            "address.csv",
            "enterprise.csv",
            "denomination.csv",
            "activity.csv",
            "contact.csv",
        ):
            with (extract / name).open(newline="", encoding="utf-8") as handle:
                for _ in csv.reader(handle):
                    pass
        baseline.append(time.perf_counter() - start)
    return min(ours), min(baseline)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employers", type=int, default=10_000)
    parser.add_argument("--placements", type=int, default=1_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--kbo", type=int, default=100_000, help="enterprises in the synthetic KBO extract"
    )
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    args = parser.parse_args()
    global REPEAT
    REPEAT = max(1, args.repeat)
    folder = Path(tempfile.mkdtemp(prefix="pacte-bench-reports-"))
    try:
        excel = bench_excel(folder, args.employers)
        pdf = bench_pdf(folder, args.placements)
        imported = bench_import(folder, args.rows)
        kbo = bench_kbo(folder, args.kbo)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{'measure':<52} {'ours':>9} {'baseline':>9} {'ratio':>6}  target")
    for label, (ours, base), target in (
        (f"directory of {args.employers:,} employers to Excel", excel, "≤ 1.3"),
        (f"placement report, {args.placements:,} placements, PDF", pdf, "< 3 s"),
        (f"import of a {args.rows:,}-row CSV", imported, "≤ 3"),
    ):
        print(
            f"{label:<52} {ours * 1000:>7.0f}ms {base * 1000:>7.0f}ms {ours / base:>6.2f}  {target}"
        )
    for label, seconds in FLOOR.items():
        base = imported[1]
        print(
            f"  of which, {label:<42} {seconds * 1000:>7.0f}ms {base * 1000:>7.0f}ms "
            f"{seconds / base:>6.2f}  (floor)"
        )
    ours, base = kbo
    label = f"KBO extract of {args.kbo:,} enterprises, seats in 1060"
    print(f"{label:<52} {ours * 1000:>7.0f}ms {base * 1000:>7.0f}ms {ours / base:>6.2f}  (none)")


if __name__ == "__main__":
    main()
