"""Importing the KBO/BCE open-data extract: small files in the extract's exact format, from a
folder and from a zip; postcode filter, FR/NL names, NACE 2025 over 2008, contacts, enrichment
of an employer matched by BCE number, dry run and revert."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from import_helpers import bce_number, replicated, snapshot

from pacte_desktop.domain.entities import Employer
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.services import records
from pacte_desktop.services.imports.batches import list_batches, revert_batch
from pacte_desktop.services.imports.kbo import import_kbo
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork

A = bce_number("04030192")  # 1060, active, FR + NL names, NACE 2008 and 2025, contacts
B = bce_number("04111111")  # 1000: outside the default filter
C = bce_number("04222222")  # 1060 but stopped
D = bce_number("04333333")  # 1060, already in the store: enriched
E = bce_number("04444444")  # 1060 address struck off
F = bce_number("04555555")  # 1060, a bad email in contact.csv
H = bce_number("07666666")  # 1060, natural person: no denomination
UNIT = bce_number("21000000")  # establishment unit at 1060: not an enterprise


def q(*values: str) -> str:
    return ",".join(f'"{v}"' for v in values) + "\n"


FILES = {
    "enterprise.csv": q(
        "EnterpriseNumber",
        "Status",
        "JuridicalSituation",
        "TypeOfEnterprise",
        "JuridicalForm",
        "JuridicalFormCAC",
        "StartDate",
    )
    + q(A, "AC", "000", "2", "610", "", "09-08-1960")
    + q(B, "AC", "000", "2", "014", "", "01-01-1990")
    + q(C, "ST", "012", "2", "610", "", "01-01-1980")
    + q(D, "AC", "000", "2", "017", "", "15-03-2001")
    + q(E, "AC", "000", "2", "610", "", "15-03-2001")
    + q(F, "AC", "000", "2", "610", "", "15-03-2001")
    + q(H, "AC", "000", "1", "", "", "01-06-2015"),
    "denomination.csv": q("EntityNumber", "Language", "TypeOfDenomination", "Denomination")
    + q(A, "2", "001", "Brouwerij De Gasten")
    + q(A, "1", "003", "Les Hôtes (commercial)")
    + q(A, "1", "001", "Brasserie Les Hôtes")
    + q(B, "1", "001", "Banque Centrale")
    + q(C, "1", "001", "Arrêtée SA")
    + q(D, "2", "001", "Bakkerij Ekoe")
    + q(E, "1", "001", "Radiée SRL")
    + q(F, "1", "001", "Fleuriste Flore"),
    "address.csv": q(
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
    + q(
        A,
        "REGO",
        "",
        "",
        "1060",
        "Sint-Gillis",
        "Saint-Gilles",
        "Waterloosesteenweg",
        "Chaussée de Waterloo",
        "12",
        "3",
        "",
        "",
    )
    + q(
        B,
        "REGO",
        "",
        "",
        "1000",
        "Brussel",
        "Bruxelles",
        "Kunstberg",
        "Mont des Arts",
        "1",
        "",
        "",
        "",
    )
    + q(
        C,
        "REGO",
        "",
        "",
        "1060",
        "Sint-Gillis",
        "Saint-Gilles",
        "Hoogstraat",
        "Rue Haute",
        "2",
        "",
        "",
        "",
    )
    + q(
        D,
        "REGO",
        "",
        "",
        "1060",
        "Sint-Gillis",
        "Saint-Gilles",
        "Sint-Gillisvoorplein",
        "Parvis de Saint-Gilles",
        "7",
        "",
        "",
        "",
    )
    + q(
        E,
        "REGO",
        "",
        "",
        "1060",
        "Sint-Gillis",
        "Saint-Gilles",
        "Munthofstraat",
        "Rue de la Monnaie",
        "4",
        "",
        "",
        "01-02-2020",
    )
    + q(
        F,
        "REGO",
        "",
        "",
        "1060",
        "Sint-Gillis",
        "Saint-Gilles",
        "Jourdanstraat",
        "Rue Jourdan",
        "9",
        "",
        "",
        "",
    )
    + q(
        H,
        "REGO",
        "",
        "",
        "1060",
        "Sint-Gillis",
        "Saint-Gilles",
        "Jourdanstraat",
        "Rue Jourdan",
        "11",
        "",
        "",
        "",
    )
    + q(
        UNIT,
        "BAET",
        "",
        "",
        "1060",
        "Sint-Gillis",
        "Saint-Gilles",
        "Jourdanstraat",
        "Rue Jourdan",
        "13",
        "",
        "",
        "",
    ),
    "contact.csv": q("EntityNumber", "EntityContact", "ContactType", "Value")
    + q(A, "ENT", "TEL", "02/536.12.34")
    + q(A, "ENT", "EMAIL", "info@leshotes.be")
    + q(A, "ENT", "WEB", "www.leshotes.be")
    + q(D, "ENT", "EMAIL", "bakkerij@ekoe.be")
    + q(D, "ENT", "TEL", "02 537 00 00")
    + q(F, "ENT", "EMAIL", "flore@@fleurs"),
    "activity.csv": q("EntityNumber", "ActivityGroup", "NaceVersion", "NaceCode", "Classification")
    + q(A, "001", "2008", "56101", "MAIN")
    + q(A, "001", "2025", "56110", "MAIN")
    + q(A, "001", "2025", "47110", "SECO")
    + q(D, "001", "2008", "10711", "MAIN")
    + q(F, "003", "2003", "52480", "MAIN")
    + q(F, "003", "2008", "47761", "MAIN"),
    "code.csv": q("Category", "Code", "Language", "Description")
    + q("JuridicalForm", "610", "FR", "Société à responsabilité limitée")
    + q("JuridicalForm", "610", "NL", "Besloten vennootschap")
    + q("JuridicalForm", "017", "FR", "Association sans but lucratif"),
}


def write_extract(tmp_path: Path, as_zip: bool) -> Path:
    folder = tmp_path / "KboOpenData_0140_2026_11_Full"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    if not as_zip:
        return folder
    archive = tmp_path / "KboOpenData_0140_2026_11_Full.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for name in FILES:
            z.write(folder / name, name)
    return archive


def by_bce(store) -> dict[str, Employer]:  # type: ignore[no-untyped-def]
    with store.reading() as conn:
        return {e.bce_number: e for e in Repository(conn).list(Employer) if e.bce_number}


def digits(number: str) -> str:
    return number.replace(".", "")


@pytest.fixture
def existing(org):  # type: ignore[no-untyped-def]
    """The bakery, typed by hand with its own name, a phone, and an old address."""
    with UnitOfWork(org.store) as uow:
        bakery = records.create(
            uow,
            Employer,
            {
                "name": "Boulangerie Ékoé",
                "bce_number": D,
                "phone": "02 536 99 99",
                "street": "Rue de l'Ancien Siège",
                "number": "1",
                "box": "B",
                "postcode": "1060",
                "tags": ["horeca"],
            },
        )
        uow.commit()
    return bakery


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
def test_kbo_import_creates_and_enriches(org, existing, tmp_path: Path, as_zip: bool) -> None:  # type: ignore[no-untyped-def]
    path = write_extract(tmp_path, as_zip)
    before_all = snapshot(org.store.path)
    dry = import_kbo(org.store, path, dry_run=True)
    assert snapshot(org.store.path) == before_all
    assert (dry.created, dry.updated, dry.unchanged, dry.skipped) == (2, 1, 0, 1)

    before = replicated(org.store.path)
    report = import_kbo(org.store, path, worker_id=org.workers["Farida Aissa"])
    assert (report.created, report.updated, report.unchanged, report.skipped) == (2, 1, 0, 1)
    # The bad email is reported with its line in contact.csv; the florist is imported without it.
    assert [(r[0], r[1]) for r in report.rejected] == [(7, "email")]
    assert F in report.rejected[0][2]

    stored = by_bce(org.store)
    assert set(stored) == {digits(A), digits(D), digits(F)}  # not B (1000), C, E, H, the unit
    hotes = stored[digits(A)]
    assert (hotes.name, hotes.name_nl) == ("Brasserie Les Hôtes", "Brouwerij De Gasten")
    assert (hotes.street, hotes.street_nl, hotes.number, hotes.box) == (
        "Chaussée de Waterloo",
        "Waterloosesteenweg",
        "12",
        "3",
    )
    assert (hotes.postcode, hotes.commune, hotes.commune_nl) == (
        "1060",
        "Saint-Gilles",
        "Sint-Gillis",
    )
    assert (hotes.nace_code, hotes.nace_version) == ("56110", "2025")  # 2025 over 2008
    assert (hotes.phone, hotes.email, hotes.website) == (
        "+3225361234",
        "info@leshotes.be",
        "https://www.leshotes.be",
    )
    assert hotes.legal_form == "Société à responsabilité limitée"
    florist = stored[digits(F)]
    assert (florist.nace_code, florist.nace_version, florist.email) == ("47761", "2008", None)

    bakery = stored[digits(D)]
    assert bakery.id == existing.id
    assert bakery.name == "Boulangerie Ékoé"  # the partners' name is kept
    assert bakery.name_nl == "Bakkerij Ekoe"
    assert bakery.phone == "+3225369999"  # kept
    assert bakery.email == "bakkerij@ekoe.be"  # filled
    assert (bakery.street, bakery.number, bakery.box) == ("Parvis de Saint-Gilles", "7", None)
    assert (bakery.nace_code, bakery.nace_version) == ("10711", "2008")
    assert bakery.tags == ("horeca",)
    assert bakery.legal_form == "Association sans but lucratif"

    again = import_kbo(org.store, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    revert_batch(org.store, again.batch_id)

    batch = next(b for b in list_batches(org.store) if b["id"] == report.batch_id)
    assert batch["kind"] == "kbo" and (batch["created"], batch["updated"]) == (2, 1)
    assert revert_batch(org.store, report.batch_id) == 3
    assert replicated(org.store.path) == before


def test_postcode_filter(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_extract(tmp_path, as_zip=True)
    report = import_kbo(org.store, path, postcodes=["1000"])
    assert report.created == 1
    assert set(by_bce(org.store)) == {digits(B)}
    both = import_kbo(org.store, path, postcodes=["1000", "1060"], dry_run=True)
    assert (both.created, both.unchanged) == (3, 1)
    with pytest.raises(ValidationError):
        import_kbo(org.store, path, postcodes=["10600"])


def test_missing_file_or_column_is_refused(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = write_extract(tmp_path, as_zip=False)
    (folder / "activity.csv").unlink()
    with pytest.raises(ValidationError) as missing:
        import_kbo(org.store, folder)
    assert missing.value.code == "kbo_missing_file" and "activity.csv" in str(missing.value)
    (folder / "activity.csv").write_text(q("EntityNumber", "NaceCode"), encoding="utf-8")
    with pytest.raises(ValidationError) as bad:
        import_kbo(org.store, folder)
    assert bad.value.code == "kbo_format" and "Classification" in str(bad.value)
    not_extract = tmp_path / "employeurs.csv"
    not_extract.write_text("Nom;Code postal\n", encoding="utf-8")
    with pytest.raises(ValidationError) as wrong:
        import_kbo(org.store, not_extract)
    assert wrong.value.code == "kbo_not_extract" and "zip" in str(wrong.value)
    with pytest.raises(ValidationError) as absent:
        import_kbo(org.store, tmp_path / "absent.zip")
    assert absent.value.code == "no_such_file"
    assert by_bce(org.store) == {}


def test_progress_while_reading_then_writing_and_cancel_while_reading(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pacte_desktop.domain.progress import Cancelled

    folder = write_extract(tmp_path, as_zip=False)
    read = sum((folder / name).stat().st_size for name in FILES)
    seen: list[tuple[int, int]] = []
    report = import_kbo(org.store, folder, progress=lambda d, t: seen.append((d, t)))
    # Bytes of the files while reading (one report per file at least), then enterprises.
    reading = [p for p in seen if p[1] == read]
    assert len(reading) >= 6 and reading[-1] == (read, read)
    assert seen.index(reading[-1]) < len(seen) - 1
    assert seen[-1] == (report.created + report.unchanged + report.updated + report.skipped,) * 2

    before = snapshot(org.store.path)

    def cancel(done: int, total: int) -> None:
        if done >= folder.joinpath("address.csv").stat().st_size:
            raise Cancelled

    (tmp_path / "again").mkdir()
    with pytest.raises(Cancelled):
        import_kbo(org.store, write_extract(tmp_path / "again", as_zip=True), progress=cancel)
    assert snapshot(org.store.path) == before


def test_entity_numbers_written_as_bare_digits_are_recognised(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = write_extract(tmp_path, as_zip=False)
    for name in ("enterprise.csv", "denomination.csv", "activity.csv", "contact.csv"):
        path = folder / name
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(A, digits(A)), encoding="utf-8")
    import_kbo(org.store, folder)
    hotes = by_bce(org.store)[digits(A)]
    assert (hotes.name, hotes.name_nl) == ("Brasserie Les Hôtes", "Brouwerij De Gasten")
    assert (hotes.nace_code, hotes.nace_version) == ("56110", "2025")
    assert hotes.email == "info@leshotes.be"
