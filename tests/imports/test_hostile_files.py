"""Import files as the tester made them (issue 11): UTF-16, a huge cell, formulas without a
computed value, an unclosed quote, control characters. Real files on a real store."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from import_helpers import snapshot

from pacte_desktop.domain.entities import Employer
from pacte_desktop.services.imports.employers import import_employers
from pacte_desktop.store.operations import MAX_TEXT
from pacte_desktop.store.repository import Repository

ROWS = "Nom;Commune;Code postal;Notes\r\nAlpha Été;Saint-Gilles;1060;x\r\nBêta;Ixelles;1050;y\r\n"


def _names(store) -> list[str]:  # type: ignore[no-untyped-def]
    with store.reading() as conn:
        return sorted(e.name for e in Repository(conn).list(Employer, include_archived=True))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_csv_is_read_with_or_without_its_bom(org, tmp_path: Path, encoding: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "unicode.csv"
    path.write_bytes(ROWS.encode(encoding))
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff") or encoding != "utf-16"
    report = import_employers(org.store, path)
    assert (report.created, report.rejected) == (2, [])
    assert _names(org.store) == ["Alpha Été", "Bêta"]


def test_a_million_character_cell_rejects_its_row_only(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "enorme.csv"
    huge = "x" * 1_000_000
    path.write_text(
        f"Nom;Commune;Notes\nAlpha;Saint-Gilles;ok\nGrand;Forest;{huge}\nGamma;Ixelles;ok\n",
        encoding="utf-8",
    )
    report = import_employers(org.store, path)
    assert report.created == 2
    assert [(row, field) for row, field, _ in report.rejected] == [(3, "notes")]
    assert f"1000000 caractères, au plus {MAX_TEXT} permis" in report.rejected[0][2]
    assert _names(org.store) == ["Alpha", "Gamma"]


def _with_cached_value(path: Path, cell: str, value: str) -> None:
    """Give one formula cell of a workbook openpyxl wrote the value Excel would have cached."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    text = parts[sheet].decode("utf-8")
    pattern = re.compile(rf'(<c r="{cell}"[^>]*?)(?: t="\w+")?>(<f>[^<]*</f>)(?:<v\s*/>|<v></v>)?')
    text, count = pattern.subn(rf'\1 t="str">\2<v>{value}</v>', text)
    assert count == 1, text
    parts[sheet] = text.encode("utf-8")
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_formula_cells_read_their_computed_value_or_say_they_have_none(
    org,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    path = tmp_path / "formules.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nom", "Commune"])
    sheet.append(['="Garage"&" Moderne"', "Saint-Gilles"])  # saved by Excel: a cached value
    sheet.append(['="Boulangerie"&" Dupont"', "Forest"])  # written by a program: none
    sheet.append(["Épicerie", '=UPPER("ixelles")'])
    workbook.save(path)
    _with_cached_value(path, "A2", "Garage Moderne")

    report = import_employers(org.store, path, dry_run=True)
    assert report.created == 1
    by_row = {(row, field): text for row, field, text in report.rejected}
    assert set(by_row) == {(3, "name"), (4, "commune")}
    assert "formule sans valeur calculée" in by_row[3, "name"]
    assert "obligatoire" not in by_row[3, "name"]

    import_employers(org.store, path)
    assert _names(org.store) == ["Garage Moderne"]


def test_an_unclosed_quote_is_reported_with_its_line_by_the_dry_run(
    org,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    path = tmp_path / "guillemet.csv"
    path.write_text(
        'Nom;Commune\nAlpha;Saint-Gilles\n"Beta;Ixelles\nGamma;Forest\nDelta;Uccle\n',
        encoding="utf-8",
    )
    before = snapshot(org.store.path)
    env = {**os.environ, "PACTE_DATA_DIR": str(org.store.data_dir), "PACTE_LANG": "fr"}
    done = subprocess.run(
        [sys.executable, "-m", "pacte_desktop.cli", "import", "employers", "--dry-run", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "créés 1" in done.stdout and "rejetés 1" in done.stdout
    assert "guillemet ouvert à la ligne 3 et jamais refermé" in done.stderr
    assert "les lignes 3 à 5 ont été lues comme une seule" in done.stderr
    assert snapshot(org.store.path) == before


def test_a_quoted_multi_line_note_is_not_taken_for_an_unclosed_quote(
    org,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    path = tmp_path / "notes.csv"
    path.write_text(
        'Nom;Commune;Notes\nAlpha;Saint-Gilles;"Sonner deux fois\nentrée par la cour"\n',
        encoding="utf-8",
    )
    report = import_employers(org.store, path)
    assert (report.created, report.rejected) == (1, [])


def test_control_characters_are_stripped_and_reported(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "controles.csv"
    path.write_text(
        "Nom;Commune;Notes\n"
        'Nul\x00Firm;Saint-Gilles;"ligne 1\r\nligne 2\tfin\x07"\n'
        "\x1b[31mRouge;Forest;ok\n"
        "Propre;Ixelles;ok\n",
        encoding="utf-8",
    )
    dry = import_employers(org.store, path, dry_run=True)
    assert (dry.created, dry.rejected) == (3, [])
    warned = {(row, field): text for row, field, text in dry.warnings}
    assert set(warned) == {(2, "name"), (2, "notes"), (4, "name")}  # lines, as an editor shows
    assert "1 caractère de contrôle invisible retiré" in warned[2, "name"]

    import_employers(org.store, path)
    with org.store.reading() as conn:
        stored = {e.name: e for e in Repository(conn).list(Employer)}
    assert sorted(stored) == ["NulFirm", "Propre", "[31mRouge"]
    assert stored["NulFirm"].notes == "ligne 1\nligne 2\tfin"
