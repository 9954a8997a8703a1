"""Importing employers from messy spreadsheets: encodings, delimiters, title rows, merged cells,
duplicates, bad values; dry run, real run, re-import and revert, all on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from import_helpers import bad_checksum, bce_number, journal_ops, replicated, snapshot

from pacte_desktop.domain.entities import ContactPerson, Employer
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.services import records
from pacte_desktop.services.imports import batches
from pacte_desktop.services.imports.batches import list_batches, revert_batch
from pacte_desktop.services.imports.employers import import_employers
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork

HOTES = bce_number("04030192")
EKOE = bce_number("08765432")
MARMOTS_BAD = bad_checksum("04123456")
GARE = bce_number("04555555")

CSV_1252 = (
    "Liste des employeurs partenaires — Saint-Gilles;;;;;;;;;\r\n"
    "\r\n"
    "Nom;N° BCE;Rue;N°;Code postal;Commune;Téléphone;E-mail;Site web;Étiquettes\r\n"
    f"Brasserie Les Hôtes;{HOTES};Chaussée de Waterloo;12;1060;Saint-Gilles;02 536 12 34;"
    "info@leshotes.be;leshotes.be;HORECA\r\n"
    f"Crèche Les Marmots;{MARMOTS_BAD};Rue de la Victoire;3;1060;Saint-Gilles;;;;\r\n"
    f"Boulangerie Ékoé;{EKOE};Parvis de Saint-Gilles;7;1060;Saint-Gilles;;pas-un-email;;\r\n"
    ";;;;;;;;;\r\n"
    "\r\n"
    f"Brasserie Les Hôtes;{HOTES};Chaussée de Waterloo;12;1060;Saint-Gilles;02 536 12 34;"
    "info@leshotes.be;leshotes.be;HORECA\r\n"
    "Garage Moderne;;Rue de Mérode;80;1060;Saint-Gilles;;;;\r\n"
    f";{GARE};;;1060;;;;;\r\n"
    "Épicerie Méridienne;;Rue Théodore Verhaegen;5;106;Saint-Gilles;;;;\r\n"
)


def write_csv_1252(folder: Path) -> Path:
    path = folder / "employeurs.csv"
    path.write_bytes(CSV_1252.encode("cp1252"))
    return path


def employers(store) -> dict[str, Employer]:  # type: ignore[no-untyped-def]
    with store.reading() as conn:
        return {e.name: e for e in Repository(conn).list(Employer, include_archived=True)}


def test_cp1252_semicolon_csv_dry_run_reports_every_problem_and_writes_nothing(
    org, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write_csv_1252(tmp_path)
    assert b"\xc9picerie" in path.read_bytes()  # really Windows-1252, not UTF-8
    before = snapshot(org.store.path)
    files = {p.name: p.read_bytes() for p in org.store.data_dir.glob("pacte.sqlite*")}

    report = import_employers(org.store, path, dry_run=True)

    assert report.batch_id is None and report.dry_run
    assert (report.created, report.updated, report.unchanged) == (2, 0, 1)
    by_row = {(row, field): text for row, field, text in report.rejected}
    assert set(by_row) == {(5, "bce_number"), (6, "email"), (11, "name"), (12, "postcode")}
    assert "chiffres de contrôle" in by_row[5, "bce_number"]
    assert MARMOTS_BAD in by_row[5, "bce_number"]
    assert "pas-un-email" in by_row[6, "email"]
    assert "obligatoire" in by_row[11, "name"]
    assert "« 106 »" in by_row[12, "postcode"]
    assert report.rejected_rows == 4
    # Nothing was written: no row of any table, not a byte of the store's files.
    assert snapshot(org.store.path) == before
    assert {p.name: p.read_bytes() for p in org.store.data_dir.glob("pacte.sqlite*")} == files
    assert list_batches(org.store) == []


def test_cp1252_csv_real_run_imports_the_good_rows_only(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv_1252(tmp_path)
    report = import_employers(org.store, path, worker_id=org.workers["Julie Buelens"])

    assert report.batch_id is not None
    assert (report.created, report.updated, report.unchanged) == (2, 0, 1)
    stored = employers(org.store)
    assert sorted(stored) == ["Brasserie Les Hôtes", "Garage Moderne"]
    hotes = stored["Brasserie Les Hôtes"]
    assert hotes.bce_number == HOTES.replace(".", "")
    assert (hotes.street, hotes.number, hotes.postcode) == ("Chaussée de Waterloo", "12", "1060")
    assert hotes.phone == "+3225361234"
    assert hotes.website == "https://leshotes.be"
    assert hotes.tags == ("HORECA",)
    # One journalled insert per created employer, by the importing worker (they sync).
    with org.store.reading() as conn:
        rows = conn.execute(
            sa.text("SELECT row_id, op, worker_id FROM journal WHERE table_name = 'employer'")
        ).all()
    assert sorted((r.row_id, r.op) for r in rows) == sorted(
        (e.id, "insert") for e in stored.values()
    )
    assert {r.worker_id for r in rows} == {org.workers["Julie Buelens"]}
    [batch] = list_batches(org.store)
    assert batch["id"] == report.batch_id
    assert (batch["created"], batch["updated"], batch["rejected"]) == (2, 0, 4)
    assert batch["kind"] == "employers" and batch["file"] == str(path)
    assert batch["reverted"] is False


def test_reimport_updates_instead_of_duplicating(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv_1252(tmp_path)
    import_employers(org.store, path)
    again = import_employers(org.store, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert len(employers(org.store)) == 2

    # The same employers, one with a new phone, one found by name and postcode (no BCE),
    # in another spelling of the name (case, accents, spaces).
    changed = tmp_path / "changed.csv"
    changed.write_text(
        "Nom;N° BCE;Code postal;Téléphone;Commune\n"
        f"Brasserie Les Hôtes;{HOTES};1060;02 537 00 00;\n"
        "GARAGE  moderne;;1060;;Sint-Gillis\n",
        encoding="utf-8",
    )
    before = employers(org.store)
    report = import_employers(org.store, changed)
    assert (report.created, report.updated, report.unchanged) == (0, 2, 0)
    after = employers(org.store)
    assert after["Brasserie Les Hôtes"].phone == "+3225370000"
    # Only the changed field was written: the empty cells erased nothing.
    assert after["Brasserie Les Hôtes"].street == "Chaussée de Waterloo"
    assert after["Garage Moderne"].commune == "Sint-Gillis"
    assert after["Garage Moderne"].id == before["Garage Moderne"].id
    with org.store.reading() as conn:
        history = Repository(conn).history(after["Brasserie Les Hôtes"].id)
    assert [(h["op"], json.loads(h["fields"])) for h in history][-1] == (
        "update",
        {"phone": "+3225370000"},
    )


def test_revert_leaves_the_replicated_tables_exactly_as_before(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(org.store) as uow:
        garage = records.create(
            uow, Employer, {"name": "Garage Moderne", "postcode": "1060", "street": "Rue X"}
        )
        uow.commit()
    before = replicated(org.store.path)
    report = import_employers(org.store, write_csv_1252(tmp_path))
    assert (report.created, report.updated) == (1, 1)
    assert replicated(org.store.path) != before
    created = {e.id for e in employers(org.store).values()} - {garage.id}

    count = revert_batch(org.store, report.batch_id[:10], worker_id=org.workers["Igo De Radigues"])

    assert count == 2
    assert replicated(org.store.path) == before
    # The revert is journalled like any edit: a delete per created record, an update setting
    # the garage's fields back.
    ops = journal_ops(org.store.path, created | {garage.id})
    assert [op for rid, op in ops if rid in created][-1] == "delete"
    assert [op for rid, op in ops if rid == garage.id] == ["insert", "update", "update"]
    [batch] = list_batches(org.store)
    assert batch["reverted"] is True
    with pytest.raises(ValidationError) as refused:
        revert_batch(org.store, report.batch_id)
    assert refused.value.code == "import_reverted"


def test_revert_refused_when_a_record_changed_since(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = import_employers(org.store, write_csv_1252(tmp_path))
    with UnitOfWork(org.store, worker_id=org.workers["Igo De Radigues"]) as uow:
        garage = uow.repo.list(Employer, name="Garage Moderne")[0]
        records.edit(uow, Employer, garage.id, {"phone": "02 536 00 00"})
        uow.commit()
    before = snapshot(org.store.path)
    with pytest.raises(ValidationError) as refused:
        revert_batch(org.store, report.batch_id)
    assert refused.value.code == "import_changed_since"
    assert "Garage Moderne" in str(refused.value)
    assert "Igo De Radigues" in str(refused.value)
    assert snapshot(org.store.path) == before


def test_revert_refused_when_an_imported_employer_is_referred_to(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = import_employers(org.store, write_csv_1252(tmp_path))
    garage = employers(org.store)["Garage Moderne"]
    with UnitOfWork(org.store) as uow:
        records.create(uow, ContactPerson, {"employer_id": garage.id, "name": "Anne"})
        uow.commit()
    # The contact person's insert is not on an imported record: the reference check refuses.
    with pytest.raises(ValidationError) as refused:
        revert_batch(org.store, report.batch_id)
    assert refused.value.code == "referenced"
    assert "Garage Moderne" in str(refused.value)


def test_utf8_bom_comma_csv_with_dutch_headers(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "werkgevers.csv"
    path.write_text(
        "Naam,KBO-nummer,Straat,Huisnummer,Postcode,Gemeente,Telefoon,Website,Onbekend\n"
        f'"Bakkerij Ekoe, bvba",{EKOE},Sint-Gillisvoorplein,7,1060,Sint-Gillis,'
        '"+32 2 536 12 34",ekoe.be,x\n'
        f"Bakkerij Ekoe (bis),{EKOE},,,,,,,\n",
        encoding="utf-8-sig",
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    report = import_employers(org.store, path)
    assert report.rejected == []
    assert (report.created, report.updated) == (1, 1)  # the second row renames the first
    assert report.ignored_columns == ("Onbekend",)
    [ekoe] = employers(org.store).values()
    assert ekoe.name == "Bakkerij Ekoe (bis)"
    assert (ekoe.street, ekoe.commune, ekoe.website) == (
        "Sint-Gillisvoorplein",
        "Sint-Gillis",
        "https://ekoe.be",
    )


def test_bilingual_columns_fill_the_dutch_forms(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bilingue.csv"
    path.write_text(
        "Nom\tNaam\tRue\tStraat\tCommune\tGemeente\tStatut\tAccepte\n"
        "Maison médicale\tMedisch huis\tRue Haute\tHoogstraat\tSaint-Gilles\tSint-Gillis"
        "\tActif\tStages, Article 60\n",
        encoding="utf-8",
    )
    report = import_employers(org.store, path)
    assert report.rejected == []
    [e] = employers(org.store).values()
    assert (e.name, e.name_nl, e.street, e.street_nl, e.commune, e.commune_nl) == (
        "Maison médicale",
        "Medisch huis",
        "Rue Haute",
        "Hoogstraat",
        "Saint-Gilles",
        "Sint-Gillis",
    )
    assert e.status == "active" and e.accepts == ("internships", "article60")


def write_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Employeurs du pacte — export du 3 mars"
    ws.merge_cells("A1:F1")
    ws.append([])  # row 2 empty
    ws.append(["Nom", "Numéro d'entreprise", "Code postal", "Commune", "Téléphone", "E-mail"])
    ws.append(
        [
            "Brasserie Les Hôtes",
            int(HOTES.replace(".", "")),
            1060,
            "Saint-Gilles",
            25361234,
            "info@leshotes.be",
        ]
    )
    ws.append(["Boulangerie Ékoé", EKOE, 1060, None, None, "contact@ekoe.be"])
    ws.append(["Crèche Les Marmots", MARMOTS_BAD, 1060, None, None, "creche@@marmots"])
    ws.merge_cells("D4:D6")  # "Saint-Gilles" spans the three rows, as the user sees it
    ws.append([None, None, None, None, None, None])
    ws.append(["Brasserie Les Hôtes", HOTES, "1060", "Saint-Gilles", None, None])
    wb.save(path)
    return path


def test_excel_with_title_row_and_merged_cells(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "employeurs.xlsx")
    before = snapshot(org.store.path)
    dry = import_employers(org.store, path, dry_run=True)
    assert snapshot(org.store.path) == before
    fields = {(row, field) for row, field, _ in dry.rejected}
    assert fields == {(6, "bce_number"), (6, "email")}
    assert (dry.created, dry.updated, dry.unchanged) == (2, 0, 1)

    report = import_employers(org.store, path)
    assert (report.created, report.updated, report.unchanged) == (2, 0, 1)
    stored = employers(org.store)
    assert sorted(stored) == ["Boulangerie Ékoé", "Brasserie Les Hôtes"]
    assert stored["Boulangerie Ékoé"].commune == "Saint-Gilles"  # from the merged cell
    assert stored["Brasserie Les Hôtes"].bce_number == HOTES.replace(".", "")  # 9-digit number
    assert stored["Brasserie Les Hôtes"].phone == "+3225361234"  # leading 0 restored


def test_mapping_file(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "export.csv"
    path.write_text(f"Raison;Ident;Zone;Divers\nAtelier Vélo;{GARE};1060;n/a\n", encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"Raison": "name", "Ident": "bce_number", "Zone": "postcode", "Divers": None})
    )
    with pytest.raises(ValidationError) as refused:
        import_employers(org.store, path)  # no known column without the mapping
    assert refused.value.code == "import_no_header"
    report = import_employers(org.store, path, mapping=mapping)
    assert report.created == 1 and report.rejected == []
    [e] = employers(org.store).values()
    assert (e.name, e.bce_number, e.postcode) == ("Atelier Vélo", GARE.replace(".", ""), "1060")

    mapping.write_text(json.dumps({"Raison": "nom_inconnu"}))
    with pytest.raises(ValidationError) as bad:
        import_employers(org.store, path, mapping=mapping)
    assert bad.value.code == "import_mapping"


def test_a_failure_during_the_write_leaves_nothing(org, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(org.store.path)
    original = batches.BatchWriter.finish

    def failing(self, **kwargs):  # type: ignore[no-untyped-def]
        original(self, **kwargs)
        raise RuntimeError("disk full")

    monkeypatch.setattr(batches.BatchWriter, "finish", failing)
    with pytest.raises(RuntimeError):
        import_employers(org.store, write_csv_1252(tmp_path))
    assert snapshot(org.store.path) == before


def test_large_file_in_chunks_with_a_duplicate_after_a_flush(
    org, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(batches, "CHUNK", 4)
    lines = ["Nom;Code postal;Téléphone"]
    lines += [f"Employeur {i:03d};1060;" for i in range(10)]
    lines.append("EMPLOYEUR 001;1060;02 536 12 34")  # written in the first chunk already
    path = tmp_path / "grand.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = replicated(org.store.path)
    seen: list[tuple[int, int]] = []
    report = import_employers(org.store, path, progress=lambda d, t: seen.append((d, t)))
    assert (report.created, report.updated) == (10, 1)
    stored = employers(org.store)
    assert len(stored) == 10
    assert stored["Employeur 001"].phone == "+3225361234"
    assert seen and seen[-1][0] == seen[-1][1] > 0
    revert_batch(org.store, report.batch_id)
    assert replicated(org.store.path) == before


def test_unreadable_inputs(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PacteError) as missing:
        import_employers(org.store, tmp_path / "absent.csv")
    assert missing.value.code == "no_such_file"
    odd = tmp_path / "employeurs.ods"
    odd.write_bytes(b"PK")
    with pytest.raises(PacteError) as fmt:
        import_employers(org.store, odd)
    assert fmt.value.code == "import_format"
    with pytest.raises(PacteError) as unknown:
        revert_batch(org.store, "0000000000")
    assert unknown.value.code == "not_found"
