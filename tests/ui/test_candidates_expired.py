"""The review of candidates past their retention (ui/candidates_expired.py): listed as of a
fixed day, exported, anonymised after the question, opened from the Candidates view."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from pacte_desktop.domain.entities import Candidate
from pacte_desktop.services import records
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui import drafts
from pacte_desktop.ui.candidates_expired import ExpiredCandidatesDialog
from pacte_desktop.ui.labels import format_date
from pacte_desktop.ui.records import CandidatesView

TODAY = dt.date(2029, 3, 1)


def seed(context: Any) -> dict[str, str]:
    """Two candidates past their own retention date, one kept until after ``TODAY``."""
    with UnitOfWork(context.store, context.worker_id) as uow:
        worker = context.worker_id
        made = {
            code: records.create(
                uow,
                Candidate,
                {
                    "code": code,
                    "worker_id": worker,
                    "notes": f"Notes de {code}",
                    "commune": "Forest",
                    "retention_date": retention,
                },
            ).id
            for code, retention in (
                ("SG-1", "2028-12-31"),
                ("SG-2", "2029-02-28"),
                ("SG-3", "2029-03-01"),  # kept through TODAY
            )
        }
        uow.commit()
    return made


def open_dialog(qtbot: Any, context: Any) -> ExpiredCandidatesDialog:
    dialog = ExpiredCandidatesDialog(context, today=TODAY)
    qtbot.addWidget(dialog)
    context.runner.drain()
    return dialog


def codes(dialog: ExpiredCandidatesDialog) -> list[str]:
    return [row.code for row in dialog.model.rows]


def test_the_review_lists_the_expired_candidates_only(qtbot, qtmodeltester, context) -> None:
    seed(context)
    dialog = open_dialog(qtbot, context)
    assert codes(dialog) == ["SG-1", "SG-2"]  # the longest overdue first
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, 3).data() == format_date(dt.date(2028, 12, 31))
    assert not dialog.anonymise_button.isEnabled() and not dialog.export_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.anonymise_button.isEnabled() and dialog.export_button.isEnabled()


def test_anonymise_asks_then_erases_and_the_list_empties(qtbot, context) -> None:
    ids = seed(context)
    dialog = open_dialog(qtbot, context)
    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or False  # Cancel: nothing happens
    dialog.table.selectAll()
    dialog.anonymise_button.click()
    context.runner.drain()
    assert len(asked) == 1 and "SG-1" in asked[0] and "SG-2" in asked[0]
    assert codes(dialog) == ["SG-1", "SG-2"]
    # Crash drafts of forms about them (ui/drafts.py): SG-1's record, a new placement of SG-2's;
    # SG-3's stays.
    folder = drafts.drafts_dir(context.store.data_dir)
    folder.mkdir()
    for name, table, record, values in (
        ("a", "candidate", ids["SG-1"], {"notes": "Jean Dupont"}),
        ("b", "placement", None, {"candidate_id": ids["SG-2"], "notes": "Marie"}),
        ("c", "candidate", ids["SG-3"], {"notes": "garder"}),
    ):
        data = {"table": table, "record_id": record, "values": values, "saved_at": name}
        (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    assert len(drafts.list_drafts(context.store.data_dir)) == 3
    dialog.confirm = lambda text: True
    dialog.anonymise_button.click()
    context.runner.drain()
    assert [d.path.name for d in drafts.list_drafts(context.store.data_dir)] == ["c.json"]
    assert codes(dialog) == []
    assert dialog.empty.isVisibleTo(dialog)
    assert "2" in dialog.message.text()
    with context.store.reading() as conn:
        repo = Repository(conn)
        for code in ("SG-1", "SG-2"):
            found = repo.get(Candidate, ids[code])
            assert found is not None
            assert found.anonymised_at == TODAY and found.notes is None and found.commune is None
        kept = repo.get(Candidate, ids["SG-3"])
        assert kept is not None and kept.notes == "Notes de SG-3"


def test_export_writes_the_selected_candidate(qtbot, context, tmp_path: Path) -> None:
    seed(context)
    dialog = open_dialog(qtbot, context)
    target = tmp_path / "SG-1.json"
    offered: list[str] = []
    dialog.choose_file = lambda suggested: offered.append(suggested) or str(target)
    dialog.table.selectRow(0)
    dialog.export_button.click()
    context.runner.drain()
    assert offered == ["SG-1.json"]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["candidate"]["code"] == "SG-1"
    assert data["candidate"]["notes"] == "Notes de SG-1"
    assert str(target) in dialog.message.text()


def test_the_candidates_view_opens_the_review(qtbot, context) -> None:
    seed(context)
    view = CandidatesView(context)
    qtbot.addWidget(view)
    context.runner.drain()
    assert view.review_button.text() == "Conservation dépassée…"
    view.review_button.click()
    context.runner.drain()
    assert isinstance(view.review, ExpiredCandidatesDialog)
    assert view.review.isVisible()
    view.review.close()
