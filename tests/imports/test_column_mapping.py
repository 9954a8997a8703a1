"""The mapping step: what the import makes of each column, corrected by a person and saved for
the next file of the same shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_employers_import import GARE, HOTES, employers, write_csv_1252

from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.imports.columns import preview_columns
from pacte_desktop.services.imports.employers import import_employers, save_mapping


def test_preview_of_a_messy_file_finds_its_header_below_the_title(tmp_path: Path) -> None:
    preview = preview_columns(write_csv_1252(tmp_path))
    assert preview.recognised and preview.row == 3
    by_header = {c.header: c for c in preview.columns}
    assert list(by_header)[:3] == ["Nom", "N° BCE", "Rue"]
    assert by_header["Nom"].field == "name"
    assert by_header["N° BCE"].field == "bce_number"
    assert by_header["Étiquettes"].field == "tags"
    assert by_header["Nom"].samples == (
        "Brasserie Les Hôtes",
        "Crèche Les Marmots",
        "Boulangerie Ékoé",
    )
    assert by_header["N° BCE"].samples[0] == HOTES


def test_unknown_headers_are_offered_for_mapping_then_imported(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "export.csv"
    path.write_text(f"Raison;Ident;Zone;Divers\nAtelier Vélo;{GARE};1060;n/a\n", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        import_employers(org.store, path)
    assert refused.value.code == "import_no_header"

    preview = preview_columns(path)
    assert not preview.recognised and preview.row == 1
    assert [(c.header, c.field, c.samples) for c in preview.columns] == [
        ("Raison", None, ("Atelier Vélo",)),
        ("Ident", None, (GARE,)),
        ("Zone", None, ("1060",)),
        ("Divers", None, ("n/a",)),
    ]
    chosen = {"Raison": "name", "Ident": "bce_number", "Zone": "postcode", "Divers": None}
    saved = tmp_path / "correspondance.json"
    save_mapping(saved, chosen)
    assert json.loads(saved.read_text(encoding="utf-8")) == chosen
    assert not list(tmp_path.glob(".pacte-*"))
    with pytest.raises(ValidationError) as nowhere:
        save_mapping(tmp_path / "absent" / "c.json", chosen)
    assert nowhere.value.code == "cannot_write"

    # The saved file and the same mapping given directly both work, and the preview agrees.
    assert [c.field for c in preview_columns(path, mapping=saved).columns] == [
        "name",
        "bce_number",
        "postcode",
        None,
    ]
    dry = import_employers(org.store, path, mapping=chosen, dry_run=True)
    assert (dry.created, dry.rejected) == (1, [])
    report = import_employers(org.store, path, mapping=saved)
    assert report.created == 1
    [employer] = employers(org.store).values()
    assert (employer.name, employer.postcode) == ("Atelier Vélo", "1060")


def test_a_bad_mapping_is_refused_and_not_written(tmp_path: Path) -> None:
    target = tmp_path / "correspondance.json"
    with pytest.raises(ValidationError) as bad:
        save_mapping(target, {"Raison": "raison_sociale"})
    assert bad.value.code == "import_mapping" and "raison_sociale" in str(bad.value)
    assert not target.exists()
    with pytest.raises(ValidationError):
        save_mapping(target, {})


def test_preview_of_an_empty_or_missing_file(tmp_path: Path) -> None:
    empty = tmp_path / "vide.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ValidationError) as no_header:
        preview_columns(empty)
    assert no_header.value.code == "import_no_header"
    with pytest.raises(ValidationError) as missing:
        preview_columns(tmp_path / "absent.csv")
    assert missing.value.code == "no_such_file"
