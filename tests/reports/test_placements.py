"""Placement report: figures from a real store, the PDF and the Excel workbook read back."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from pacte_desktop.demo.fill import fill_demo
from pacte_desktop.domain.entities import PLACEMENT_TYPES, Candidate, Employer, Placement
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.domain.placement_checks import add_months
from pacte_desktop.services import records
from pacte_desktop.services.reports import (
    export_placements,
    placement_figures,
    report_placements,
)
from pacte_desktop.store.unit_of_work import UnitOfWork

D = dt.date
START, END = D(2024, 1, 1), D(2024, 12, 31)
SECRET_NAME = "Dupont-Lemaître"  # written in a candidate's notes: must never reach a report


@pytest.fixture
def hand_made(org: Any) -> Any:
    """Four placements in 2024 with known types, sectors, residence and checks, and decoys."""
    farida = org.workers["Farida Aissa"]
    with UnitOfWork(org.store) as uow:

        def employer(name: str, nace_code: str | None) -> str:
            return records.create(uow, Employer, {"name": name, "nace_code": nace_code}).id

        union = employer("Brasserie de l'Union", "56101")
        care = employer("=1+2 Maison médicale", "86210")  # formula-like on purpose
        nosector = employer("Atelier sans code", None)

        def candidate(code: str, commune: str, resident: bool) -> str:
            values = {
                "code": code,
                "commune": commune,
                "saint_gilles_resident": resident,
                "worker_id": farida,
                "notes": f"Nom réel : {SECRET_NAME}",
            }
            return records.create(uow, Candidate, values).id

        c1 = candidate("SG-2024-0001", "Saint-Gilles", True)
        c2 = candidate("SG-2024-0002", "Forest", False)
        c3 = candidate("@SG-2024-0003", "Sint-Gillis", False)  # resident by commune name

        def placement(cand: str, emp: str, kind: str, start: str, **more: str) -> str:
            values = {
                "candidate_id": cand,
                "employer_id": emp,
                "placement_type": kind,
                "start_date": start,
                **more,
            }
            return records.create(uow, Placement, values).id

        placement(c1, union, "internship", "2024-02-01", end_date="2024-05-01",
                  outcome="completed", check_3m="employed", check_6m="not-employed")  # fmt: skip
        placement(c2, union, "article60", "2024-01-01", check_3m="employed", check_6m="employed")
        placement(c3, care, "activa", "2024-06-01", end_date="2024-08-15",
                  outcome="ended-early", check_3m="not-employed")  # fmt: skip
        placement(c1, nosector, "open-ended", "2024-12-31", check_3m="unknown")
        # Outside the period, or archived: not counted.
        placement(c2, care, "fpi", "2023-12-31", check_3m="employed")
        placement(c3, union, "training", "2025-01-01")
        archived = placement(c2, union, "internship", "2024-04-01")
        records.archive(uow, Placement, archived)
        uow.commit()
    return org


def pdftotext(poppler: Callable[[str], str], path: Path) -> str:
    """The PDF's text as poppler lays it out (the test is skipped, saying why, without it)."""
    return subprocess.run(
        [poppler("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def counted_rows(layout_text: str, labels: list[str]) -> dict[str, int]:
    """``label  count  share %`` lines of the PDF's breakdown tables."""
    found: dict[str, int] = {}
    for label in labels:
        m = re.search(rf"^\s*{re.escape(label)}\s+(\d+)\s+[\d,.]+ %", layout_text, re.M)
        if m:
            found[label] = int(m.group(1))
    return found


def test_figures_of_a_hand_made_set(hand_made: Any) -> None:
    f = placement_figures(hand_made.store, START, END, today=D(2025, 9, 1))
    assert f.total == 4
    assert f.organisation == "CPAS de Saint-Gilles"
    assert [code for code, _ in f.by_type] == list(PLACEMENT_TYPES)
    assert dict(f.by_type) == {
        "internship": 1,
        "fpi": 0,
        "article60": 1,
        "article61": 0,
        "activa": 1,
        "fixed-term": 0,
        "open-ended": 1,
        "training": 0,
    }
    assert f.by_sector == (("horeca", 2), ("care", 1), ("unknown-sector", 1))
    assert (f.residents, f.non_residents) == (3, 1)
    c3, c6 = f.check_3m, f.check_6m
    assert (c3.employed, c3.not_employed, c3.unknown, c3.recorded) == (2, 1, 1, 4)
    assert (c3.overdue, c3.not_yet_due) == (0, 0)
    assert (c6.employed, c6.not_employed, c6.unknown, c6.recorded) == (1, 1, 0, 2)
    # The 6-month checks of June and December 2024 are past and still "pending": overdue.
    assert (c6.overdue, c6.not_yet_due) == (2, 0)
    assert c6.rate == 0.5
    assert [r.candidate_code for r in f.rows] == [
        "SG-2024-0002",
        "SG-2024-0001",
        "@SG-2024-0003",
        "SG-2024-0001",
    ]
    assert f.rows[0].start_date == D(2024, 1, 1)


def test_a_check_is_overdue_from_the_same_day_months_later(hand_made: Any) -> None:
    """The 6-month check of a 31 December start falls on 30 June (June has no 31st)."""
    checks = {
        day: placement_figures(hand_made.store, START, END, today=day).check_6m
        for day in (D(2024, 11, 30), D(2024, 12, 1), D(2025, 6, 29), D(2025, 6, 30))
    }
    # The pending ones started on 1 June 2024 and on 31 December 2024.
    assert [(c.overdue, c.not_yet_due) for c in checks.values()] == [
        (0, 2),
        (1, 1),
        (1, 1),
        (2, 0),
    ]


def test_a_narrower_period_counts_only_its_starts(hand_made: Any) -> None:
    f = placement_figures(hand_made.store, D(2024, 2, 1), D(2024, 6, 1))
    assert f.total == 2
    assert {r.placement_type for r in f.rows} == {"internship", "activa"}


def test_end_before_start_is_the_domain_error(org: Any, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        placement_figures(org.store, END, START)
    assert info.value.code == "end_before_start"
    assert isinstance(info.value, PacteError)
    assert "antérieure au début" in str(info.value)
    for writer, name in ((report_placements, "r.pdf"), (export_placements, "r.xlsx")):
        with pytest.raises(ValidationError):
            writer(org.store, tmp_path / name, start=END, end=START)
        assert not (tmp_path / name).exists()


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2024, 11, 30), 3) == D(2025, 2, 28)
    assert add_months(D(2024, 6, 15), 6) == D(2024, 12, 15)


def _fonts(reader: PdfReader) -> list[Any]:
    fonts = []
    for page in reader.pages:
        resources = page["/Resources"]
        for ref in resources.get("/Font", {}).values():
            fonts.append(ref.get_object())
    return fonts


def test_pdf_reads_back_with_totals_footer_and_embedded_fonts(
    hand_made: Any, tmp_path: Path, poppler: Callable[[str], str]
) -> None:
    path = tmp_path / "report.pdf"
    steps: list[tuple[int, int]] = []
    n = report_placements(
        hand_made.store,
        path,
        start=START,
        end=END,
        lang="fr",
        progress=lambda d, t: steps.append((d, t)),
    )
    assert n == 4
    assert steps[-1] == (3, 3)
    reader = PdfReader(path)
    pages = len(reader.pages)
    assert pages >= 2
    first = reader.pages[0].extract_text()
    assert f"1 / {pages}" in first
    assert f"{pages} / {pages}" in reader.pages[-1].extract_text()
    assert "CPAS de Saint-Gilles" in first
    assert "Période : du 01/01/2024 au 31/12/2024" in first
    everything = "\n".join(p.extract_text() for p in reader.pages)
    assert "article 60 §7" in everything
    assert "arrêté" in everything  # "arrêté avant terme", wrapped in its cell
    # Totals per type as in the store, read by poppler, an independent reader.
    layout = pdftotext(poppler, path)
    assert counted_rows(layout, ["stage", "article 60 §7", "Activa", "CDI", "FPI", "Total"]) == {
        "stage": 1,
        "article 60 §7": 1,
        "Activa": 1,
        "CDI": 1,
        "FPI": 0,
        "Total": 4,
    }
    assert counted_rows(layout, ["HORECA", "Santé et action sociale", "Secteur inconnu"]) == {
        "HORECA": 2,
        "Santé et action sociale": 1,
        "Secteur inconnu": 1,
    }
    for code in ("SG-2024-0001", "SG-2024-0002", "@SG-2024-0003"):
        assert code in layout
    assert "SG-2023" not in layout and SECRET_NAME not in layout and "Dupont" not in everything
    # Every font is an embedded TrueType subset (none of the 14 standard, unembedded fonts).
    fonts = _fonts(reader)
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType", font
        assert re.match(r"^/[A-Z]{6}\+", font["/BaseFont"]), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert any("DejaVuSans-Bold" in f["/BaseFont"] for f in fonts)


def test_pdf_in_dutch_prints_dutch_words_and_diacritics(
    hand_made: Any, tmp_path: Path, poppler: Callable[[str], str]
) -> None:
    path = tmp_path / "rapport-nl.pdf"
    report_placements(hand_made.store, path, start=START, end=END, lang="nl")
    layout = pdftotext(poppler, path)
    assert "Rapport over de tewerkstellingen" in layout
    assert "Periode: van 01/01/2024 tot 31/12/2024" in layout
    assert "beëindigd" in layout  # "voortijdig beëindigd", wrapped in its cell
    assert "Inwoners van Sint-Gillis" in layout
    assert "Onbekende sector" in layout
    assert counted_rows(layout, ["stage", "artikel 60 §7", "onbepaalde duur", "Totaal"]) == {
        "stage": 1,
        "artikel 60 §7": 1,
        "onbepaalde duur": 1,
        "Totaal": 4,
    }
    assert "Rapport des mises" not in layout
    # The follow-up table's long Dutch headers keep their words whole.
    for word in ("Werkzaamheidsgraad", "Achterstallig", "Uitgevoerd", "Opvolging", "Onbekend"):
        assert word in layout.split(), word


def test_excel_reads_back_with_tables_dates_and_text(hand_made: Any, tmp_path: Path) -> None:
    path = tmp_path / "placements.xlsx"
    assert export_placements(hand_made.store, path, start=START, end=END, lang="fr") == 4
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Résumé", "Par type", "Par secteur", "Résidence", "Suivis", "Liste"]
    for ws in wb:
        assert len(ws.tables) == 1, ws.title
        assert ws.freeze_panes == "A2"
        assert ws["A1"].font.bold
    by_type = {r[1]: r[2] for r in wb["Par type"].iter_rows(min_row=2, values_only=True)}
    figures = placement_figures(hand_made.store, START, END)
    assert by_type == dict(figures.by_type)
    by_sector = {r[1]: r[2] for r in wb["Par secteur"].iter_rows(min_row=2, values_only=True)}
    assert by_sector == {"horeca": 2, "care": 1, "unknown-sector": 1}
    residence = [r[1] for r in wb["Résidence"].iter_rows(min_row=2, values_only=True)]
    assert residence == [3, 1]
    checks = list(wb["Suivis"].iter_rows(min_row=2, values_only=True))
    assert checks[0][:5] == ("3 mois", 2, 1, 1, 4)
    assert checks[1][:8] == ("6 mois", 1, 1, 0, 2, 0.5, 2, 0)
    summary = {r[0]: r[1] for r in wb["Résumé"].iter_rows(min_row=2, values_only=True)}
    assert summary["Mises à l'emploi"] == 4
    assert summary["Début de la période"] == dt.datetime(2024, 1, 1)
    listing = wb["Liste"]
    assert listing.max_row == 5
    start_cell = listing["E2"]
    assert start_cell.is_date and start_cell.value == dt.datetime(2024, 1, 1)
    assert listing["F2"].value is None  # open-ended: no end date
    assert listing["F3"].is_date
    # Formula-like text is stored as text, not as a formula.
    cells = {c.coordinate: c for row in listing.iter_rows(min_row=2) for c in row}
    formula_like = [c for c in cells.values() if isinstance(c.value, str) and c.value[:1] in "=@"]
    assert {c.value for c in formula_like} == {"=1+2 Maison médicale", "@SG-2024-0003"}
    for cell in formula_like:
        assert cell.data_type == "s"
    raw = openpyxl.load_workbook(path, data_only=False)["Liste"]
    assert all(c.data_type != "f" for row in raw.iter_rows() for c in row)
    everything = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row]
    assert not any("Dupont" in v for v in everything)


def test_pdf_and_excel_agree_with_the_store_on_demo_data(
    org: Any, tmp_path: Path, poppler: Callable[[str], str]
) -> None:
    with UnitOfWork(org.store) as uow:
        fill_demo(uow, employers=240, today=D(2025, 6, 30))
        uow.commit()
    start, end = D(2023, 7, 1), D(2025, 6, 30)
    with org.store.reading() as conn:
        expected = dict(
            conn.execute(
                sa.text(
                    "SELECT placement_type, count(*) FROM placement WHERE archived_at IS NULL "
                    "AND start_date BETWEEN :s AND :e GROUP BY placement_type"
                ),
                {"s": start.isoformat(), "e": end.isoformat()},
            ).all()
        )
        names = list(conn.execute(sa.text("SELECT name FROM worker")).scalars())
    assert sum(expected.values()) > 40
    pdf, xlsx = tmp_path / "demo.pdf", tmp_path / "demo.xlsx"
    n_pdf = report_placements(org.store, pdf, start=start, end=end, lang="en")
    n_xlsx = export_placements(org.store, xlsx, start=start, end=end, lang="en")
    assert n_pdf == n_xlsx == sum(expected.values())
    labels = {
        "internship": "internship",
        "fpi": "FPI (in-company training)",
        "article60": "article 60 §7",
        "article61": "article 61",
        "activa": "Activa",
        "fixed-term": "fixed-term",
        "open-ended": "open-ended",
        "training": "training",
    }
    layout = pdftotext(poppler, pdf)
    in_pdf = counted_rows(layout, list(labels.values()))
    assert in_pdf == {labels[k]: expected.get(k, 0) for k in labels}
    wb = openpyxl.load_workbook(xlsx)
    in_xlsx = {r[1]: r[2] for r in wb["By type"].iter_rows(min_row=2, values_only=True)}
    assert in_xlsx == {k: expected.get(k, 0) for k in labels}
    assert wb["List"].max_row == n_xlsx + 1
    pages = len(PdfReader(pdf).pages)
    assert f"1 / {pages}" in PdfReader(pdf).pages[0].extract_text()
    # Workers' names (who follows whom) are not in the report either.
    for name in names:
        assert name not in layout
