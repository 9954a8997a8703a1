"""Partner directory: the Excel workbook and the printable PDF, read back independently."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from pacte_desktop.demo.fill import fill_demo
from pacte_desktop.domain.entities import ContactPerson, Employer
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.services import records
from pacte_desktop.services.followups import log_interaction
from pacte_desktop.services.reports import export_directory
from pacte_desktop.settings import SETTINGS
from pacte_desktop.store.unit_of_work import UnitOfWork

ACCENTED = "Épicerie Ĳzerwaren Œuvre"  # French accents, the Dutch ĳ digraph, a ligature
FORMULA_NAME = '=HYPERLINK("http://evil.example","clic")'
FORMULA_TAG = "-2+3"
FORMULA_ROLE = "@SUM(A1:A2)"
HIDDEN = "Cabinet Confidentiel"
ARCHIVED = "Ancienne Brasserie"


def _contact(wb: Any, name: str) -> tuple[Any, ...]:
    found = [r for r in wb["Personnes de contact"].iter_rows(min_row=2) if r[1].value == name]
    assert len(found) == 1
    return found[0]


def _header_map(ws: Any) -> dict[str, int]:
    return {cell.value: cell.column for cell in ws[1]}


def _rows_by_name(ws: Any) -> dict[str, tuple[Any, ...]]:
    return {row[0].value: row for row in ws.iter_rows(min_row=2) if row[0].value}


@pytest.fixture
def small(org: Any) -> Any:
    """Four employers with every awkward case, two contacts and interactions."""
    farida = org.workers["Farida Aissa"]
    with UnitOfWork(org.store) as uow:
        epicerie = records.create(
            uow,
            Employer,
            {
                "name": ACCENTED,
                "bce_number": "0403019261",
                "nace_code": "47110",
                "street": "Chaussée de Waterloo",
                "number": "12",
                "box": "3",
                "postcode": "1060",
                "commune": "Saint-Gilles",
                "commune_nl": "Sint-Gillis",
                "phone": "+3225441234",
                "email": "info@epicerie.example",
                "website": "epicerie.example",
                "languages": "fr,nl",
                "accepts": "internships,article60",
                "tags": "HORECA,Club des entrepreneurs",
                "status": "active",
                "owner_id": farida,
                "notes": "NOTE-PRIVEE",
            },
        )
        formula = records.create(
            uow,
            Employer,
            {
                "name": FORMULA_NAME,
                "nace_code": "56101",
                "postcode": "1060",
                "commune": "Saint-Gilles",
                "tags": FORMULA_TAG,
                "status": "prospect",
            },
        )
        records.create(
            uow,
            Employer,
            {
                "name": HIDDEN,
                "nace_code": "69101",
                "commune": "Forest",
                "do_not_share": True,
                "status": "active",
            },
        )
        old = records.create(uow, Employer, {"name": ARCHIVED, "commune": "Saint-Gilles"})
        records.archive(uow, Employer, old.id)
        records.create(
            uow,
            ContactPerson,
            {
                "employer_id": epicerie.id,
                "name": "Anneke Dewaele",
                "role": FORMULA_ROLE,
                "email": "anneke@epicerie.example",
                "phone": "+32470123456",
                "preferred_language": "nl",
            },
        )
        records.create(uow, ContactPerson, {"employer_id": formula.id, "name": "Karim Benali"})
        log_interaction(
            uow, employer=epicerie.id, channel="visit", summary="visite", date="2024-03-01"
        )
        log_interaction(
            uow, employer=epicerie.id, channel="phone", summary="appel", date="2024-05-17"
        )
        uow.commit()
    return org


def test_excel_employers_sheet_reads_back_typed(small: Any, tmp_path: Path) -> None:
    out = tmp_path / "annuaire.xlsx"
    calls: list[tuple[int, int]] = []
    assert export_directory(small.store, out, progress=lambda d, t: calls.append((d, t))) == 3
    assert calls[-1] == (3, 3)

    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Employeurs", "Personnes de contact", "À propos"]
    ws = wb["Employeurs"]
    cols = _header_map(ws)
    for header in (
        "nom",
        "numéro BCE",
        "code NACE-BEL",
        "secteur",
        "adresse",
        "e-mail",
        "site web",
        "langues",
        "accepte",
        "étiquettes",
        "statut",
        "responsable",
        "dernier contact",
    ):
        assert header in cols, header
    rows = _rows_by_name(ws)
    # Archived never listed; do-not-share listed in the full (internal) directory.
    assert set(rows) == {ACCENTED, FORMULA_NAME, HIDDEN}
    epicerie = rows[ACCENTED]

    def cell(name: str) -> Any:
        return epicerie[cols[name] - 1]

    assert cell("numéro BCE").value == "0403.019.261"
    assert cell("code NACE-BEL").value == "47.110"
    assert cell("secteur").value == "Commerce"
    assert cell("adresse").value == "Chaussée de Waterloo 12 bte 3"
    assert cell("téléphone").value == "02 544 12 34"
    assert cell("accepte").value == "stages, article 60 §7"
    assert cell("langues").value == "FR, NL"
    assert cell("responsable").value == "Farida Aissa"
    assert cell("statut").value == "actif"
    # A real date cell: the latest interaction, not the first.
    last = cell("dernier contact")
    assert last.is_date and last.value.date() == dt.date(2024, 5, 17)
    assert last.number_format == "DD/MM/YYYY"
    # Clickable links.
    assert cell("e-mail").hyperlink.target == "mailto:info@epicerie.example"
    assert cell("site web").hyperlink.target == "https://epicerie.example"
    # Notes never appear in the directory.
    assert all("NOTE-PRIVEE" not in str(c.value) for row in ws.iter_rows() for c in row)
    # No interaction: the last-contact cell is empty.
    assert rows[FORMULA_NAME][cols["dernier contact"] - 1].value is None


def test_excel_table_freeze_and_filter(small: Any, tmp_path: Path) -> None:
    out = tmp_path / "annuaire.xlsx"
    export_directory(small.store, out)
    wb = openpyxl.load_workbook(out)
    for sheet, name, ncols, nrows in (
        ("Employeurs", "Employers", 16, 3),
        ("Personnes de contact", "Contacts", 6, 2),
    ):
        ws = wb[sheet]
        assert ws.freeze_panes == "A2"
        table = ws.tables[name]
        last_col = openpyxl.utils.get_column_letter(ncols)
        assert table.ref == f"A1:{last_col}{nrows + 1}"
        assert table.autoFilter.ref == table.ref
        assert [c.name for c in table.tableColumns] == [c.value for c in ws[1]]
        assert all(c.font.b for c in ws[1])
        assert ws.column_dimensions["A"].width >= 26
    anneke = _contact(wb, "Anneke Dewaele")
    assert anneke[0].value == ACCENTED
    assert anneke[3].value == "0470 12 34 56"
    assert anneke[4].hyperlink.target == "mailto:anneke@epicerie.example"
    assert anneke[5].value == "NL"


def test_formula_like_text_stays_text(small: Any, tmp_path: Path) -> None:
    out = tmp_path / "annuaire.xlsx"
    export_directory(small.store, out)
    wb = openpyxl.load_workbook(out)
    ws = wb["Employeurs"]
    cols = _header_map(ws)
    row = _rows_by_name(ws)[FORMULA_NAME]
    name_cell, tag_cell = row[0], row[cols["étiquettes"] - 1]
    assert name_cell.value == FORMULA_NAME and name_cell.data_type == "s"
    assert tag_cell.value == FORMULA_TAG and tag_cell.data_type == "s"
    role = _contact(wb, "Anneke Dewaele")[2]
    assert role.value == FORMULA_ROLE and role.data_type == "s"
    # Nowhere in the workbook is there a formula.
    for sheet in wb:
        assert all(c.data_type != "f" for r in sheet.iter_rows() for c in r)
    # And the raw XML holds no <f> element at all.
    import zipfile

    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in z.read(name).decode()


def test_about_sheet_and_filters(small: Any, tmp_path: Path) -> None:
    out = tmp_path / "filtré.xlsx"
    day_before = dt.date.today()
    count = export_directory(small.store, out, tag="horeca", commune="sint-gillis", status="active")
    day_after = dt.date.today()
    assert count == 1
    wb = openpyxl.load_workbook(out)
    assert list(_rows_by_name(wb["Employeurs"])) == [ACCENTED]
    about = {r[0].value: r[1] for r in wb["À propos"].iter_rows()}
    assert about["organisation"].value == "CPAS de Saint-Gilles"
    assert about["date"].is_date and about["date"].value.date() in (day_before, day_after)
    filters = about["filtres"].value
    assert "étiquettes = horeca" in filters and "commune = sint-gillis" in filters
    assert "statut = actif" in filters
    assert about["seulement ce que la charte permet de partager"].value == "non"
    assert "version de la charte" not in about
    assert about["employeurs"].value == 1
    assert about["personnes de contact"].value == 1


def test_shareable_only_follows_the_charter(small: Any, tmp_path: Path) -> None:
    out = tmp_path / "partage.xlsx"
    assert export_directory(small.store, out, shareable_only=True) == 2
    wb = openpyxl.load_workbook(out)
    ws = wb["Employeurs"]
    cols = _header_map(ws)
    assert set(_rows_by_name(ws)) == {ACCENTED, FORMULA_NAME}  # do-not-share left out
    assert "responsable" not in cols  # the owner never leaves
    assert "dernier contact" in cols  # the charter publishes the latest contact date
    assert "Farida Aissa" not in [c.value for r in ws.iter_rows() for c in r]
    # Default charter: no contact person field may leave; the sheet says so, with no table.
    contacts = wb["Personnes de contact"]
    assert "ne permet de partager aucun champ" in contacts["A1"].value
    assert not contacts.tables
    assert all("Anneke" not in str(c.value) for r in contacts.iter_rows() for c in r)
    about = {r[0].value: r[1].value for r in wb["À propos"].iter_rows()}
    assert about["seulement ce que la charte permet de partager"] == "oui"
    assert about["version de la charte"] == 1
    assert "personnes de contact" not in about

    # A field the organisation withholds disappears from the export too.
    with UnitOfWork(small.store) as uow:
        SETTINGS.set(uow.connection, "sharing.withhold", "employer.phone,employer.bce_number")
        uow.commit()
    export_directory(small.store, out, shareable_only=True)
    cols = _header_map(openpyxl.load_workbook(out)["Employeurs"])
    assert "téléphone" not in cols and "numéro BCE" not in cols and "e-mail" in cols


def test_shareable_contacts_when_the_charter_allows_them(
    small: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from pacte_desktop.sync import charter as charters
    from pacte_desktop.sync import engine

    wider = charters.Charter(
        version=3,
        issued_at="2025-01-01T00:00:00Z",
        issuer="coordination",
        fields={**charters.DEFAULT_FIELDS, "contact_person": {"name", "role"}},
    )
    # The charter in force, as a network pass records it when it receives a new version.
    engine.LocalState(small.store).set(
        "network.charter", json.dumps(charters.to_document(wider), sort_keys=True)
    )
    out = tmp_path / "partage.xlsx"
    export_directory(small.store, out, shareable_only=True)
    wb = openpyxl.load_workbook(out)
    contacts = wb["Personnes de contact"]
    assert [c.value for c in contacts[1]] == ["employeur", "nom", "fonction"]
    assert contacts.tables["Contacts"].ref == "A1:C3"
    about = {r[0].value: r[1].value for r in wb["À propos"].iter_rows()}
    assert about["version de la charte"] == 3


def test_headers_follow_the_language(small: Any, tmp_path: Path) -> None:
    out = tmp_path / "gids.xlsx"
    export_directory(small.store, out, lang="nl")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Werkgevers", "Contactpersonen", "Over"]
    headers = [c.value for c in wb["Werkgevers"][1]]
    assert headers[:3] == ["naam", "KBO-nummer", "NACE-BEL-code"]
    assert "laatste contact" in headers
    cols = _header_map(wb["Werkgevers"])
    row = _rows_by_name(wb["Werkgevers"])[ACCENTED]
    assert row[cols["gemeente"] - 1].value == "Sint-Gillis"  # the Dutch form, in Dutch
    assert row[cols["aanvaardt"] - 1].value == "stages, artikel 60 §7"


def test_a_dutch_document_names_the_organisation_in_dutch(small: Any, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from pacte_desktop.domain.entities import Organisation
    from pacte_desktop.services import records

    with UnitOfWork(small.store) as uow:
        records.edit(uow, Organisation, small.organisation_id, {"name_nl": "OCMW van Sint-Gillis"})
        uow.commit()
    export_directory(small.store, tmp_path / "gids.xlsx", lang="nl")
    about = {
        r[0].value: r[1].value
        for r in openpyxl.load_workbook(tmp_path / "gids.xlsx")["Over"].iter_rows()
    }
    assert "OCMW van Sint-Gillis" in about.values()
    export_directory(small.store, tmp_path / "gids.pdf", lang="nl")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "gids.pdf").pages)
    assert "OCMW van Sint-Gillis" in text and "CPAS de Saint-Gilles" not in text
    export_directory(small.store, tmp_path / "annuaire.pdf", lang="fr")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "annuaire.pdf").pages)
    assert "CPAS de Saint-Gilles" in text and "OCMW" not in text


def test_unsupported_format_is_refused(small: Any, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as exc:
        export_directory(small.store, tmp_path / "annuaire.csv")
    assert exc.value.code == "export_format"
    assert ".csv" in str(exc.value) and ".xlsx" in str(exc.value)
    assert not (tmp_path / "annuaire.csv").exists()
    with pytest.raises(PacteError):
        export_directory(small.store, tmp_path / "a.xlsx", status="nope")


def test_volume_matches_the_store(org: Any, tmp_path: Path) -> None:
    with UnitOfWork(org.store) as uow:
        fill_demo(uow, employers=400)
        uow.commit()
    with org.store.reading() as conn:
        expected = conn.execute(
            sa.text("SELECT count(*) FROM employer WHERE archived_at IS NULL")
        ).scalar_one()
        shareable = conn.execute(
            sa.text("SELECT count(*) FROM employer WHERE archived_at IS NULL AND do_not_share = 0")
        ).scalar_one()
        contacts = conn.execute(
            sa.text(
                "SELECT count(*) FROM contact_person c JOIN employer e ON e.id = c.employer_id "
                "WHERE c.archived_at IS NULL AND e.archived_at IS NULL"
            )
        ).scalar_one()
    assert shareable < expected  # the demo marks some employers "do not share"
    out = tmp_path / "tout.xlsx"
    calls: list[tuple[int, int]] = []
    assert export_directory(org.store, out, progress=lambda d, t: calls.append((d, t))) == expected
    assert len(calls) > 1 and calls[-1] == (expected, expected)
    wb = openpyxl.load_workbook(out, read_only=False)
    assert wb["Employeurs"].max_row == expected + 1
    assert wb["Employeurs"].tables["Employers"].ref.endswith(str(expected + 1))
    assert wb["Personnes de contact"].max_row == contacts + 1
    names = [r[0] for r in wb["Employeurs"].iter_rows(min_row=2, values_only=True)]
    assert names == sorted(names, key=_fold)  # "Épicerie" among the E's
    assert export_directory(org.store, tmp_path / "p.xlsx", shareable_only=True) == shareable


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_libreoffice_reads_the_workbook(small: Any, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (libreoffice-calc-nogui) is not installed")
    out = tmp_path / "annuaire.xlsx"
    export_directory(small.store, out)
    subprocess.run(
        [soffice, "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(out)],
        check=True,
        capture_output=True,
        timeout=120,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    with (tmp_path / "annuaire.csv").open(encoding="utf-8", errors="replace") as f:
        rows = list(csv.reader(f))
    names = {r[0] for r in rows[1:]}
    assert ACCENTED in names or any("picerie" in n for n in names)
    assert FORMULA_NAME in names  # still the text, not the formula's result


# -- PDF ---------------------------------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_pdf_groups_by_sector_with_page_numbers(small: Any, tmp_path: Path) -> None:
    out = tmp_path / "annuaire.pdf"
    assert export_directory(small.store, out) == 3
    reader = PdfReader(out)
    text = _pdf_text(out)
    assert "Répertoire des employeurs" in text
    assert "Commerce (1)" in text and "HORECA (1)" in text
    assert "Services aux entreprises (1)" in text
    assert ACCENTED in text
    assert "0403.019.261" in text and "02 544 12 34" in text
    assert ARCHIVED not in text and "NOTE-PRIVEE" not in text
    n = len(reader.pages)
    assert f"1 / {n}" in text
    # Fonts are embedded TrueType subsets (so accents print anywhere).
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = [f.get_object() for f in fonts.values()]
    # reportlab always lists Helvetica (F1) as a page resource; the text uses the DejaVu fonts.
    embedded = [f for f in embedded if f["/BaseFont"] != "/Helvetica"]
    assert len(embedded) >= 2  # regular and bold
    for font in embedded:
        assert "DejaVuSans" in font["/BaseFont"]
        descendant = font.get("/DescendantFonts")
        desc = (descendant[0].get_object() if descendant else font)["/FontDescriptor"]
        assert any(k in desc for k in ("/FontFile2", "/FontFile", "/FontFile3"))


def test_pdf_shareable_only_hides_what_may_not_leave(small: Any, tmp_path: Path) -> None:
    out = tmp_path / "partage.pdf"
    assert export_directory(small.store, out, shareable_only=True) == 2
    text = _pdf_text(out)
    assert HIDDEN not in text and ACCENTED in text


def test_pdf_of_a_demo_store_and_screenshot(
    org: Any, tmp_path: Path, poppler: Callable[[str], str]
) -> None:
    with UnitOfWork(org.store) as uow:
        fill_demo(uow, employers=300)
        uow.commit()
    out = tmp_path / "annuaire.pdf"
    count = export_directory(org.store, out, lang="fr")
    reader = PdfReader(out)
    pages = len(reader.pages)
    assert pages > 3
    text = _pdf_text(out)
    assert f"{pages} / {pages}" in text
    # Every sector heading carries its count; together they add up to the employers written.
    counts = [int(m) for m in re.findall(r"^[^\n]*\((\d+)\)$", text, flags=re.M)]
    assert sum(counts) == count
    # Then poppler, an independent reader (the test is skipped here, saying why, without it).
    plain = subprocess.run(
        [poppler("pdftotext"), "-layout", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Santé et action sociale" in plain
    # The first page as an image, as a user would look at it (docs/screenshots/take.py makes the
    # one in the documentation; a test never writes into the checkout).
    shots = tmp_path / "shots"
    shots.mkdir()
    subprocess.run(
        [
            poppler("pdftoppm"),
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(out),
            str(shots / "directory-pdf-fr"),
        ],
        check=True,
    )
    assert (shots / "directory-pdf-fr.png").stat().st_size > 10_000


def test_fast_row_writing_gives_the_very_sheets_openpyxl_writes(
    small: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Data rows are written as raw XML for speed (excel_common.TableSheet); the sheets must be
    byte for byte those openpyxl writes itself, so an openpyxl upgrade that changes its
    internals shows up here rather than as a broken file."""
    import zipfile

    from pacte_desktop.reports import excel_common

    store = small.store
    with UnitOfWork(store) as uow:
        fill_demo(uow, employers=60)
        uow.commit()
    fast, slow = tmp_path / "fast.xlsx", tmp_path / "slow.xlsx"
    export_directory(store, fast)
    monkeypatch.setattr(excel_common.TableSheet, "_install_fast_rows", lambda self: None)
    export_directory(store, slow)

    def parts(path: Path) -> dict[str, bytes]:
        with zipfile.ZipFile(path) as archive:
            return {n: archive.read(n) for n in archive.namelist() if n != "docProps/core.xml"}

    fast_parts, slow_parts = parts(fast), parts(slow)
    assert fast_parts.keys() == slow_parts.keys()
    sheets = [n for n in fast_parts if n.startswith("xl/worksheets/")]
    assert sheets
    for name in fast_parts:
        if name != "xl/styles.xml":  # the same styles, registered in another order: see below
            assert fast_parts[name] == slow_parts[name], name

    def styles(path: Path) -> list[tuple[object, ...]]:
        book = openpyxl.load_workbook(path)
        formats = book._number_formats
        return [
            (
                x.numFmtId if x.numFmtId < 164 else formats[x.numFmtId - 164],
                x.fontId,
                x.fillId,
                x.borderId,
                x.quotePrefix,
            )
            for x in book._cell_styles
        ]

    assert styles(fast) == styles(slow)  # every style index a sheet uses means the same
