"""The import's row path (memoised parsing, stored-form rows of the file's columns only, the
bulk insert) stores and journals exactly what the domain's own path does for the same values."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest
from import_helpers import bce_number

from pacte_desktop.domain.entities import Employer, Organisation, Worker, build_values, normalise
from pacte_desktop.services.imports.employers import import_employers
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.schema import row_to_entity, values_to_row
from pacte_desktop.store.unit_of_work import UnitOfWork

HEADER = {
    "name": "Nom",
    "name_nl": "Naam",
    "legal_form": "Forme juridique",
    "bce_number": "N° BCE",
    "nace_code": "Code NACE",
    "street": "Rue",
    "street_nl": "Straat",
    "number": "Numéro",
    "box": "Boîte",
    "postcode": "Code postal",
    "commune": "Commune",
    "commune_nl": "Gemeente",
    "phone": "Téléphone",
    "email": "E-mail",
    "website": "Site web",
    "languages": "Langues",
    "size_band": "Taille",
    "tags": "Étiquettes",
    "accepts": "Accepte",
    "status": "Statut",
    "owner": "Responsable",
    "do_not_share": "Ne pas partager",
    "notes": "Notes",
}


def _cells(rng: random.Random, i: int) -> dict[str, str]:
    def maybe(value: str) -> str:
        return value if rng.random() < 0.7 else ""

    return {
        "name": f"Entreprise {i} {rng.choice(['SPRL', 'Café', 'Ébénisterie'])}",
        "name_nl": maybe(f"Onderneming {i}"),
        "legal_form": maybe(rng.choice(["SRL", "ASBL", "SA"])),
        "bce_number": maybe(bce_number(f"0{rng.randrange(2_000_000, 9_999_999):07d}")),
        "nace_code": maybe(rng.choice(["56101", "4711", "88.91", "4321"])),
        "street": maybe(rng.choice(["Rue de la Victoire", "Chaussée de Waterloo"])),
        "street_nl": maybe("Overwinningsstraat"),
        "number": maybe(str(rng.randrange(1, 200))),
        "box": maybe(rng.choice(["", "A", "3"])),
        "postcode": maybe(rng.choice(["1060", "1190", "1050"])),
        "commune": maybe(rng.choice(["Saint-Gilles", "Forest"])),
        "commune_nl": maybe(rng.choice(["Sint-Gillis", "Vorst"])),
        "phone": maybe(rng.choice([f"02 5{i % 100:02d} {i:04d}", f"0470 12 {i % 100:02d} 56"])),
        "email": maybe(f"contact{i}@exemple.example"),
        "website": maybe(f"www.site{i}.example"),
        "languages": maybe(rng.choice(["fr", "fr,nl", "nl,en"])),
        "size_band": maybe(rng.choice(["1-9", "10-49"])),
        "tags": maybe(rng.choice(["HORECA", "HORECA, Titres-services", "Club"])),
        "accepts": maybe(rng.choice(["internships", "article60,hires"])),
        "status": maybe(rng.choice(["active", "prospect", "dormant"])),
        "owner": maybe(rng.choice(["Farida Aissa", "Igo De Radigues"])),
        "do_not_share": maybe(rng.choice(["oui", "non"])),
        "notes": maybe(rng.choice(["=SOMME(A1)", "Rappeler en mars", "+32 pas un numéro"])),
    }


def _stored(store: Store) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with store.reading() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM employer ORDER BY id").all()
        journal = conn.exec_driver_sql(
            "SELECT row_id, op, fields FROM journal WHERE table_name = 'employer' "
            "ORDER BY row_id, seq"
        ).all()
    # The bulk path writes the JSON with SQLite, single inserts with Python: the same object.
    return [tuple(r) for r in rows], [(r[0], r[1], json.loads(r[2])) for r in journal]


def test_imported_rows_equal_the_domain_path(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(5060)
    fields = list(HEADER)
    cells = [_cells(rng, i) for i in range(300)]
    path = tmp_path / "tout.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([HEADER[f] for f in fields])
        writer.writerows([row[f] for f in fields] for row in cells)

    report = import_employers(org.store, path)
    assert report.rejected == [], report.rejected[:5]
    assert report.created == 300

    # The same employers through the domain: parse every cell, build, insert one by one.
    with org.store.reading() as conn:
        repo = Repository(conn)
        organisations = repo.list(Organisation, include_archived=True)
        workers = repo.list(Worker, include_archived=True)
        ids = conn.exec_driver_sql("SELECT id FROM employer ORDER BY rowid").scalars().all()
    other = Store.open(tmp_path / "domain")
    with UnitOfWork(other, worker_id="") as uow:
        for entity in (*organisations, *workers):
            uow.insert(entity)
        uow.commit()
    owner_ids = {w.name: w.id for w in workers}
    with UnitOfWork(other, worker_id=org.workers["Farida Aissa"]) as uow:
        for record_id, row in zip(ids, cells, strict=True):
            raw = {f: v for f, v in row.items() if v and f != "owner"}
            values = normalise(Employer, raw)
            if row["owner"]:
                values["owner_id"] = owner_ids[row["owner"]]
            full = values_to_row(Employer, build_values(Employer, {**values, "id": record_id}))
            uow.insert(row_to_entity(Employer, full))
        uow.commit()
    ours, theirs = _stored(org.store), _stored(other)
    assert ours[0] == theirs[0]
    assert ours[1] == theirs[1]
    other.close()


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_change_beyond_the_written_columns_widens_them(org, dry_run: bool) -> None:  # type: ignore[no-untyped-def]
    """A pending record changed in a field the file's columns do not cover is still written."""
    from pacte_desktop.services.imports.batches import BatchWriter
    from pacte_desktop.store.ids import new_id

    def run(conn, uow):  # type: ignore[no-untyped-def]
        writer = BatchWriter(conn, uow, Employer, chunk=10, columns=("name", "postcode"))
        first, second = new_id(), new_id()
        writer.create({"id": first, "name": "Atelier Vélo", "postcode": "1060"})
        writer.create({"id": second, "name": "Café Verhaegen"})
        writer.change(first, {"phone": "+3225381234"})
        assert writer.current(first)["phone"] == "+3225381234"
        assert writer.current(second)["postcode"] is None
        writer.create({"id": new_id(), "name": "Troisième", "email": "a@b.example"})
        return writer

    if dry_run:
        with org.store.reading() as conn:
            run(conn, None)
        with org.store.reading() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM employer").scalar() == 0
        return
    with UnitOfWork(org.store) as uow:
        writer = run(uow.connection, uow)
        writer.finish(kind="employers", file="x", created=3, updated=0, unchanged=0, rejected=0)
        uow.commit()
    with org.store.reading() as conn:
        stored = {
            r.name: (r.postcode, r.phone, r.email, r.status)
            for r in conn.exec_driver_sql(
                "SELECT name, postcode, phone, email, status FROM employer"
            )
        }
    assert stored == {
        "Atelier Vélo": ("1060", "+3225381234", None, "prospect"),
        "Café Verhaegen": (None, None, None, "prospect"),
        "Troisième": (None, None, "a@b.example", "prospect"),
    }
