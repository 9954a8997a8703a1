"""Writing exports: a folder that does not exist, a full disk, a folder in place of the file —
each named in the user's language; the file already there is kept whole and nothing is left
behind."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import openpyxl
import openpyxl.writer.excel
import pytest
from test_placements import END, START, hand_made  # noqa: F401  (the fixture)

from pacte_desktop.domain import messages
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.services.reports import (
    export_directory,
    export_followups,
    export_placements,
    report_placements,
)


def _writers(store: Any) -> dict[str, Any]:
    return {
        "annuaire.xlsx": lambda p: export_directory(store, p),
        "annuaire.pdf": lambda p: export_directory(store, p),
        "relances.xlsx": lambda p: export_followups(store, p),
        "mises.xlsx": lambda p: export_placements(store, p, start=START, end=END),
        "rapport.pdf": lambda p: report_placements(store, p, start=START, end=END),
    }


def test_a_missing_folder_is_named(hand_made: Any, tmp_path: Path) -> None:  # noqa: F811
    for name, write in _writers(hand_made.store).items():
        target = tmp_path / "absent" / name
        with pytest.raises(ValidationError) as refused:
            write(target)
        assert refused.value.code == "cannot_write"
        assert str(target) in str(refused.value)
        assert "le dossier n'existe pas" in str(refused.value)
    with pytest.raises(ValidationError) as folder:
        export_directory(hand_made.store, tmp_path)
    assert "c'est un dossier" in str(folder.value) and str(tmp_path) in str(folder.value)
    messages.set_language("nl")
    with pytest.raises(ValidationError) as dutch:
        export_directory(hand_made.store, tmp_path / "absent" / "gids.xlsx")
    assert "kan niet geschreven worden (de map bestaat niet)" in str(dutch.value)


def test_a_full_disk_keeps_the_old_file_and_leaves_nothing(
    hand_made: Any,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reportlab.pdfgen.canvas

    out = tmp_path / "exports"
    out.mkdir()
    for name, write in _writers(hand_made.store).items():
        target = out / name
        target.write_bytes(b"the export of last month")

        def full(*_args: Any, **_kwargs: Any) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        with monkeypatch.context() as patch:
            # Whatever writes the bytes: openpyxl's writer or reportlab's canvas.
            patch.setattr(openpyxl.writer.excel.ExcelWriter, "save", full)
            patch.setattr(reportlab.pdfgen.canvas.Canvas, "save", full)
            with pytest.raises(PacteError) as refused:
                write(target)
        assert f"Disque plein dans « {out} »" in str(refused.value), name
        assert target.read_bytes() == b"the export of last month"
        assert [p.name for p in out.iterdir()] == [name]  # no temporary file left
        target.unlink()


def test_a_cancel_at_the_last_report_keeps_the_old_file(hand_made: Any, tmp_path: Path) -> None:  # noqa: F811
    from pacte_desktop.domain.progress import Cancelled

    def cancel_at_the_end(done: int, total: int) -> None:
        if done >= total:
            raise Cancelled

    out = tmp_path / "exports"
    out.mkdir()
    for name in _writers(hand_made.store):
        target = out / name
        target.write_bytes(b"the export of last month")
        with pytest.raises(Cancelled):
            _with_progress(name, hand_made.store, target, cancel_at_the_end)
        assert target.read_bytes() == b"the export of last month", name
        assert [p.name for p in out.iterdir()] == [name]
        target.unlink()


def _with_progress(name: str, store: Any, target: Path, progress: Any) -> None:
    if name.startswith("annuaire"):
        export_directory(store, target, progress=progress)
    elif name.startswith("relances"):
        export_followups(store, target, progress=progress)
    elif name == "mises.xlsx":
        export_placements(store, target, start=START, end=END, progress=progress)
    else:
        report_placements(store, target, start=START, end=END, progress=progress)
