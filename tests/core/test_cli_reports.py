"""`pacte export …`, `pacte report placements` and `pacte import …` as scripts call them:
files written where asked, counts printed, bad input refused with exit 1 and nothing written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader


def _demo(pacte) -> None:  # type: ignore[no-untyped-def]
    assert pacte("demo", "--employers", "40").code == 0


def test_export_directory_excel_and_pdf(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _demo(pacte)
    xlsx, pdf = tmp_path / "annuaire.xlsx", tmp_path / "annuaire.pdf"
    result = pacte("export", "directory", "-o", str(xlsx), "--shareable-only")
    assert result.code == 0, result.err
    written = int(result.out.split("\t")[1])
    assert written > 0
    book = load_workbook(xlsx)
    assert len(book.sheetnames) >= 2
    assert pacte("export", "directory", "-o", str(pdf)).code == 0
    assert PdfReader(str(pdf)).pages
    wrong = pacte("export", "directory", "-o", str(tmp_path / "annuaire.docx"))
    assert wrong.code == 1 and not (tmp_path / "annuaire.docx").exists()


def test_export_followups_and_placements_and_the_report(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _demo(pacte)
    assert pacte("export", "followups", "-o", str(tmp_path / "f.xlsx")).code == 0
    assert load_workbook(tmp_path / "f.xlsx").sheetnames
    # `pacte demo` spreads its placements around the day it runs: a period wide around it.
    today = dt.date.today()
    period = (
        "--from",
        str(today - dt.timedelta(days=1000)),
        "--to",
        str(today + dt.timedelta(days=1000)),
    )
    assert pacte("export", "placements", "-o", str(tmp_path / "p.xlsx"), *period).code == 0
    result = pacte("report", "placements", "-o", str(tmp_path / "p.pdf"), *period)
    assert result.code == 0, result.err
    assert int(result.out.split("\t")[1]) > 0
    backwards = pacte(
        "report",
        "placements",
        "-o",
        str(tmp_path / "x.pdf"),
        "--from",
        "2026-12-31",
        "--to",
        "2026-01-01",
    )
    assert backwards.code == 1 and "2026-01-01" in backwards.err
    assert not (tmp_path / "x.pdf").exists()


def test_import_dry_run_real_run_list_and_revert(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert pacte("init", "--org", "CPAS", "--org-type", "cpas", "--worker", "Farida").code == 0
    path = tmp_path / "employeurs.csv"
    path.write_bytes(
        "Nom;N° BCE;Code postal\r\nBoulangerie Léon;0403.019.261;1060\r\n"
        "Mauvais numéro;0403.019.262;1060\r\n".encode("cp1252")
    )
    dry = pacte("import", "employers", str(path), "--dry-run")
    assert dry.code == 0, dry.err
    assert "3" in dry.err and "BCE" in dry.err  # row 3 (after the header), the field, why
    assert pacte("employer", "list", "--json").out.strip() == "[]"
    real = pacte("import", "employers", str(path))
    assert real.code == 0, real.err
    batch = real.out.split("\t")[0]
    assert "Boulangerie Léon" in pacte("employer", "list").out
    listed = pacte("import", "list").out.strip().split("\t")
    assert listed[0] == batch and listed[1] == str(path)
    assert listed[3:] == ["1", "0", "1", "-", "0"]  # created, updated, rejected, reverted, same
    assert pacte("import", "revert", batch).code == 0
    assert pacte("employer", "list", "--json").out.strip() == "[]"
    reverted = pacte("import", "list").out.strip().split("\t")
    assert reverted[6].startswith("20")  # the date of the revert


def test_import_columns_shows_and_saves_a_mapping_to_edit(pacte, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    path = tmp_path / "export.csv"
    path.write_text("Raison;Ident;Tél.\nAtelier Vélo;0403.019.261;02 538 12 34\n", encoding="utf-8")
    shown = pacte("import", "columns", str(path))
    assert shown.code == 0, shown.err
    assert shown.out.splitlines() == [
        "Raison\t-\tAtelier Vélo",
        "Ident\t-\t0403.019.261",
        "Tél.\tphone\t02 538 12 34",
    ]
    mapping = tmp_path / "correspondance.json"
    assert pacte("import", "columns", str(path), "--save-mapping", str(mapping)).code == 0
    edited = {**json.loads(mapping.read_text(encoding="utf-8")), "Raison": "name"}
    mapping.write_text(json.dumps(edited), encoding="utf-8")
    as_json = json.loads(
        pacte("import", "columns", str(path), "--mapping", str(mapping), "--json").out
    )
    assert as_json["row"] == 1
    assert [c["field"] for c in as_json["columns"]] == ["name", None, "phone"]
    missing = pacte("import", "columns", str(tmp_path / "absent.csv"))
    assert missing.code == 1 and "absent.csv" in missing.err
