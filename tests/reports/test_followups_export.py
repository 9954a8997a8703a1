"""Open follow-ups in Excel, read back with openpyxl and checked against the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from pacte_desktop.demo.fill import fill_demo
from pacte_desktop.domain.entities import Employer
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.services import records
from pacte_desktop.services.followups import complete, due, log_interaction
from pacte_desktop.services.reports import export_followups
from pacte_desktop.store.unit_of_work import UnitOfWork

#: The day of these tests: the demo data are spread around it, the export judges by it.
TODAY = dt.date(2027, 3, 1)


@pytest.fixture
def filled(org: Any) -> Any:
    with UnitOfWork(org.store) as uow:
        fill_demo(uow, employers=120, today=TODAY)
        uow.commit()
    return org


def test_open_followups_match_the_store(filled: Any, tmp_path: Path) -> None:
    with filled.store.reading() as conn:
        expected = due(conn, today=TODAY)
    assert any(f.overdue for f in expected) and any(not f.overdue for f in expected)
    out = tmp_path / "relances.xlsx"
    calls: list[tuple[int, int]] = []
    written = export_followups(
        filled.store, out, progress=lambda d, t: calls.append((d, t)), today=TODAY
    )
    assert written == len(expected)
    assert calls[-1] == (len(expected), len(expected))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Relances"]
    ws = wb["Relances"]
    assert [c.value for c in ws[1]] == [
        "échéance",
        "employeur",
        "action",
        "travailleur",
        "statut",
        "en retard",
    ]
    assert ws.freeze_panes == "A2"
    table = ws.tables["FollowUps"]
    assert table.ref == f"A1:F{len(expected) + 1}"
    assert table.autoFilter.ref == table.ref
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == len(expected)
    for row, item in zip(rows, expected, strict=True):
        assert row[0].is_date and row[0].value.date() == item.due_date
        assert row[1].value == item.employer_name
        assert row[3].value == item.worker_name
        assert row[4].value == "ouvert"
        assert row[5].value == ("oui" if item.overdue else "non")
    dates = [r[0].value for r in rows]
    assert dates == sorted(dates)


def test_worker_filter_and_unknown_worker(filled: Any, tmp_path: Path) -> None:
    with filled.store.reading() as conn:
        everyone = due(conn, today=TODAY)
    worker_id, worker_name = everyone[0].worker_id, everyone[0].worker_name
    mine = [f for f in everyone if f.worker_id == worker_id]
    out = tmp_path / "mes-relances.xlsx"
    assert export_followups(filled.store, out, worker=worker_name.upper()) == len(mine)
    ws = openpyxl.load_workbook(out).active
    assert {r[3] for r in ws.iter_rows(min_row=2, values_only=True)} == {worker_name}
    with pytest.raises(ValidationError) as exc:
        export_followups(filled.store, tmp_path / "x.xlsx", worker="Personne Inconnue")
    assert exc.value.code == "unknown_worker"
    assert not (tmp_path / "x.xlsx").exists()


def test_done_followups_and_formula_actions(org: Any, tmp_path: Path) -> None:
    with UnitOfWork(org.store) as uow:
        employer = records.create(uow, Employer, {"name": "+Brasserie Ĳsselmeer"})
        kept = log_interaction(
            uow,
            employer=employer.id,
            channel="phone",
            summary="=1+1 rappeler le gérant",
            next_action_date=TODAY - dt.timedelta(days=2),
        )
        gone = log_interaction(
            uow,
            employer=employer.id,
            channel="visit",
            summary="visite faite",
            next_action_date=TODAY + dt.timedelta(days=5),
        )
        assert kept.follow_up is not None and gone.follow_up is not None
        complete(uow, gone.follow_up.id)
        uow.commit()
    out = tmp_path / "relances.xlsx"
    assert export_followups(org.store, out, lang="en", today=TODAY) == 1
    ws = openpyxl.load_workbook(out)["Follow-ups"]
    row = next(ws.iter_rows(min_row=2))
    assert row[1].value == "+Brasserie Ĳsselmeer" and row[1].data_type == "s"
    assert row[2].value == "=1+1 rappeler le gérant" and row[2].data_type == "s"
    assert row[5].value == "yes"
    assert ws.max_row == 2


def test_empty_list_is_still_a_valid_table(org: Any, tmp_path: Path) -> None:
    out = tmp_path / "vide.xlsx"
    assert export_followups(org.store, out) == 0
    ws = openpyxl.load_workbook(out).active
    assert ws.tables["FollowUps"].ref == "A1:F2"  # Excel needs a row under the header
    with pytest.raises(ValidationError):
        export_followups(org.store, tmp_path / "relances.pdf")
