"""Opportunities, candidates and placements: their lists, filters, dialog, archive and undo."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QStyleOptionViewItem,
    QWidget,
)
from shiboken6 import delete, isValid

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import Candidate, Employer, Entity, Opportunity, Placement
from pacte_desktop.domain.placement_checks import add_months, check_due
from pacte_desktop.services import records
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui.drafts import Draft
from pacte_desktop.ui.employer_chooser import EmployerChooser
from pacte_desktop.ui.labels import format_date
from pacte_desktop.ui.record_dialog import RecordDialog, open_record
from pacte_desktop.ui.records import (
    CandidatesView,
    OpportunitiesView,
    PlacementsView,
    RecordsView,
)

#: The placement checks' day in these tests (the delegate's clock is pinned to it): the last day
#: of a month, where "n months earlier" is clamped.
TODAY = dt.date(2026, 8, 31)


# -- helpers ------------------------------------------------------------------------------------
def employer_id(context, name: str) -> str:
    with context.store.reading() as conn:
        return next(e.id for e in Repository(conn).list(Employer) if e.name == name)


def worker_id(context, name: str) -> str:
    with context.store.reading() as conn:
        return Repository(conn).worker_by_name(name).id


def seed(context, cls: type[Entity], **values: Any) -> Any:
    """Write a record directly (before a view exists, so no change signal is needed)."""
    with UnitOfWork(context.store, context.worker_id) as uow:
        entity = records.create(uow, cls, values)
        uow.commit()
    return entity


def stored(context, cls: type[Entity], **equals: Any) -> list[Any]:
    with context.store.reading() as conn:
        return Repository(conn).list(cls, **equals)


def seed_records(context) -> dict[str, Any]:
    """Two of each: opportunities (one a profile request), candidates, placements."""
    parvis = employer_id(context, "Brasserie du Parvis")
    velo = employer_id(context, "Atelier Vélo")
    igo = worker_id(context, "Igo De Radigues")
    out: dict[str, Any] = {"parvis": parvis, "velo": velo, "igo": igo}
    out["commis"] = seed(
        context, Opportunity, employer_id=parvis, kind="internship", title="Commis de salle"
    )
    out["request"] = seed(
        context,
        Opportunity,
        employer_id=velo,
        kind="profile-request",
        title="Mécaniciens vélo",
        positions=15,
    )
    out["c1"] = seed(context, Candidate, code="SG-001", worker_id=context.worker_id)
    out["c2"] = seed(context, Candidate, code="SG-002", worker_id=igo, commune="Forest")
    out["p1"] = seed(
        context,
        Placement,
        candidate_id=out["c1"].id,
        employer_id=parvis,
        placement_type="internship",
        start_date="2025-01-06",
    )
    out["p2"] = seed(
        context,
        Placement,
        candidate_id=out["c2"].id,
        employer_id=velo,
        placement_type="article60",
        start_date="2025-02-03",
        outcome="hired",
    )
    return out


def make_view(qtbot, cls: type[RecordsView], context) -> RecordsView:
    view = cls(context)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitUntil(lambda: not view.model.loading, timeout=5000)
    return view


def column_texts(view: RecordsView, key: str) -> list[str]:
    column = view.model.keys.index(key)
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


def new_dialog(qtbot, view: RecordsView) -> RecordDialog:
    before = view.dialog
    view.new_record()
    # The form's choices are read off the GUI thread; the dialog opens when they are there.
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog is not before, timeout=5000)
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    return dialog


def opened(qtbot, context, table: str, record_id: str | None = None, **options) -> RecordDialog:
    """Open a record's dialog as the application does (over a host window), once it is read."""
    host = QWidget()  # the employer's page, or the main window, in the application
    qtbot.addWidget(host)
    found: list[RecordDialog] = []
    open_record(context, table, record_id, host, on_open=found.append, **options)
    qtbot.waitUntil(lambda: len(found) == 1, timeout=5000)
    return found[0]


def field(dialog: RecordDialog, name: str) -> Any:
    widget = dialog.form.editors[name].input
    assert widget.objectName() == f"field_{name}"
    return widget


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def tick(qtbot, box: QCheckBox) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def choose_employer(qtbot, dialog: RecordDialog, text: str) -> None:
    """Type in the employer chooser, then pick the first suggestion in the pop-up."""
    assert dialog.employer_editor is not None
    chooser = dialog.employer_editor.chooser
    type_into(qtbot, chooser, text)
    qtbot.waitUntil(lambda: chooser.suggestions.rowCount() > 0, timeout=5000)
    popup = chooser.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert chooser.employer_id is not None


def is_open(dialog: RecordDialog) -> bool:
    """Open dialogs delete themselves when closed."""
    return isValid(dialog) and dialog.isVisible()


def save(qtbot, dialog: RecordDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def journal_fields(context, record_id: str) -> dict[str, Any]:
    with context.store.reading() as conn:
        return json.loads(Repository(conn).history(record_id)[-1]["fields"])


# -- opportunities ------------------------------------------------------------------------------
def test_opportunity_created_through_the_dialog_is_stored_and_listed(qtbot, context) -> None:
    view = make_view(qtbot, OpportunitiesView, context)
    counts: list[int] = []
    view.count_changed.connect(counts.append)
    dialog = new_dialog(qtbot, view)
    choose_employer(qtbot, dialog, "parvis")
    assert dialog.employer_editor.chooser.text() == "Brasserie du Parvis"
    choose(field(dialog, "kind"), "profile-request")
    type_into(qtbot, field(dialog, "title"), "Serveurs bilingues")
    spin = field(dialog, "positions")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "15")
    for code in ("fr", "nl"):  # the languages are check boxes
        tick(qtbot, field(dialog, "languages").boxes[code])
    tick(qtbot, field(dialog, "shared"))
    assert dialog.isWindowModified()
    qtbot.keyClick(field(dialog, "title"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: len(stored(context, Opportunity)) == 1, timeout=5000)
    saved = stored(context, Opportunity)[0]
    assert saved.employer_id == employer_id(context, "Brasserie du Parvis")
    assert (saved.kind, saved.title, saved.positions) == (
        "profile-request",
        "Serveurs bilingues",
        15,
    )
    assert saved.languages == ("fr", "nl") and saved.shared
    assert saved.owner_id == context.worker_id  # a new offer is the current worker's
    qtbot.waitUntil(lambda: column_texts(view, "title") == ["Serveurs bilingues"], timeout=5000)
    assert column_texts(view, "employer") == ["Brasserie du Parvis"]
    assert column_texts(view, "kind") == ["demande de profils"]
    assert counts[-1] == 1
    assert not is_open(dialog)


def test_the_shared_flag_is_labelled_for_the_network(qtbot, context) -> None:
    dialog = opened(qtbot, context, "opportunity")
    assert dialog.form.labels["shared"].text() == "Partager avec le réseau"
    assert "jamais les notes" in field(dialog, "shared").toolTip()


def test_opportunity_positions_are_kept_positive_by_the_spin_box(qtbot, context) -> None:
    dialog = opened(
        qtbot, context, "opportunity", preset={"employer_id": employer_id(context, "Atelier Vélo")}
    )
    spin = field(dialog, "positions")
    assert spin.minimum() == 1
    for typed in ("0", "-3"):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, typed)
        qtbot.keyClick(spin, Qt.Key.Key_Tab)
        assert spin.value() >= 1
    type_into(qtbot, field(dialog, "title"), "Apprenti")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(stored(context, Opportunity)) == 1, timeout=5000)
    assert stored(context, Opportunity)[0].positions >= 1


def test_a_preset_employer_is_shown_read_only_and_saved(qtbot, context) -> None:
    velo = employer_id(context, "Atelier Vélo")
    dialog = opened(qtbot, context, "opportunity", preset={"employer_id": velo})
    chooser = dialog.employer_editor.chooser
    assert chooser.text() == "Atelier Vélo" and chooser.isReadOnly()
    assert not dialog.is_dirty()  # the preset is where the dialog starts, not an edit
    type_into(qtbot, field(dialog, "title"), "Stage en atelier")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(stored(context, Opportunity)) == 1, timeout=5000)
    assert stored(context, Opportunity)[0].employer_id == velo


def test_profile_requests_only_filter(qtbot, context) -> None:
    seed_records(context)
    view = make_view(qtbot, OpportunitiesView, context)
    assert sorted(column_texts(view, "title")) == ["Commis de salle", "Mécaniciens vélo"]
    qtbot.mouseClick(view.requests_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: column_texts(view, "title") == ["Mécaniciens vélo"], timeout=5000)
    assert view.requests_only.text() == "Demandes de profils seulement"
    choose(view.kind_filter, "internship")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5000)  # both filters apply
    qtbot.mouseClick(view.requests_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: column_texts(view, "title") == ["Commis de salle"], timeout=5000)


def test_the_list_shows_an_employer_renamed_elsewhere(qtbot, context) -> None:
    seed_records(context)
    view = make_view(qtbot, OpportunitiesView, context)
    velo = employer_id(context, "Atelier Vélo")
    context.write("employer", lambda uow: records.edit(uow, Employer, velo, {"name": "Vélo Cité"}))
    qtbot.waitUntil(lambda: "Vélo Cité" in column_texts(view, "employer"), timeout=5000)


# -- candidates ---------------------------------------------------------------------------------
def test_candidate_banner_says_the_data_stays_private(qtbot, context) -> None:
    view = make_view(qtbot, CandidatesView, context)
    assert view.banner.isVisible()
    assert view.banner.text() == "Données privées de l'organisation : jamais partagées"
    assert view.model.keys[0] == "code"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Code"


def test_candidate_created_through_the_dialog_is_stored_and_listed(qtbot, context) -> None:
    view = make_view(qtbot, CandidatesView, context)
    dialog = new_dialog(qtbot, view)
    assert dialog.privacy.isVisible()
    type_into(qtbot, field(dialog, "code"), "SG-2025-014")
    type_into(qtbot, field(dialog, "skills"), "cuisine, caisse")
    for code in ("fr", "ar"):  # the languages are check boxes
        tick(qtbot, field(dialog, "languages").boxes[code])
    choose(field(dialog, "qualification_level"), "cess")
    tick(qtbot, field(dialog, "saint_gilles_resident"))
    type_into(qtbot, field(dialog, "retention_date"), "2027-12-31")
    save(qtbot, dialog)

    qtbot.waitUntil(lambda: len(stored(context, Candidate)) == 1, timeout=5000)
    saved = stored(context, Candidate)[0]
    assert saved.code == "SG-2025-014" and saved.skills == ("cuisine", "caisse")
    assert saved.languages == ("fr", "ar") and saved.qualification_level == "cess"
    assert saved.saint_gilles_resident and saved.retention_date == dt.date(2027, 12, 31)
    assert saved.worker_id == context.worker_id
    qtbot.waitUntil(lambda: column_texts(view, "code") == ["SG-2025-014"], timeout=5000)
    assert column_texts(view, "worker") == ["Farida Aissa"]
    assert column_texts(view, "saint_gilles_resident") == ["✓"]


def test_candidate_without_code_is_refused_beside_the_code_field(qtbot, context) -> None:
    view = make_view(qtbot, CandidatesView, context)
    dialog = new_dialog(qtbot, view)
    type_into(qtbot, field(dialog, "commune"), "Saint-Gilles")
    save(qtbot, dialog)
    error = dialog.findChild(type(dialog.form.editors["code"].error), "error_code")
    assert error.isVisible() and "obligatoire" in error.text()
    assert is_open(dialog)
    assert field(dialog, "commune").text() == "Saint-Gilles"  # what was typed is kept
    context.runner.wait()
    assert stored(context, Candidate) == []


def test_candidate_worker_filter(qtbot, context) -> None:
    seed_records(context)
    view = make_view(qtbot, CandidatesView, context)
    assert sorted(column_texts(view, "code")) == ["SG-001", "SG-002"]
    choose(view.worker_filter, worker_id(context, "Igo De Radigues"))
    qtbot.waitUntil(lambda: column_texts(view, "code") == ["SG-002"], timeout=5000)


# -- placements ---------------------------------------------------------------------------------
def test_placement_created_through_the_dialog_is_stored_and_listed(qtbot, context) -> None:
    data = seed_records(context)
    view = make_view(qtbot, PlacementsView, context)
    dialog = new_dialog(qtbot, view)
    candidates = field(dialog, "candidate_id")
    assert [candidates.itemText(i) for i in range(candidates.count())] == ["", "SG-001", "SG-002"]
    choose(candidates, data["c2"].id)
    choose_employer(qtbot, dialog, "Brasserie")
    opportunities = field(dialog, "opportunity_id")
    # Only the chosen employer's opportunities are offered (read once it is chosen).
    qtbot.waitUntil(
        lambda: (
            [opportunities.itemData(i) for i in range(opportunities.count())]
            == [None, data["commis"].id]
        ),
        timeout=5000,
    )
    choose(opportunities, data["commis"].id)
    choose(field(dialog, "placement_type"), "fixed-term")
    type_into(qtbot, field(dialog, "start_date"), "2025-03-03")
    type_into(qtbot, field(dialog, "end_date"), "2025-09-02")
    save(qtbot, dialog)

    qtbot.waitUntil(lambda: len(stored(context, Placement)) == 3, timeout=5000)
    saved = stored(context, Placement, candidate_id=data["c2"].id, placement_type="fixed-term")
    assert len(saved) == 1
    assert saved[0].employer_id == data["parvis"] and saved[0].opportunity_id == data["commis"].id
    assert saved[0].start_date == dt.date(2025, 3, 3) and saved[0].outcome == "ongoing"
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    assert column_texts(view, "placement_type")[0] == "CDD"  # latest start first


def test_placement_end_before_start_is_refused_beside_the_end_date(qtbot, context) -> None:
    data = seed_records(context)
    view = make_view(qtbot, PlacementsView, context)
    dialog = new_dialog(qtbot, view)
    choose(field(dialog, "candidate_id"), data["c1"].id)
    choose_employer(qtbot, dialog, "atelier")
    choose(field(dialog, "placement_type"), "activa")
    type_into(qtbot, field(dialog, "start_date"), "2025-06-01")
    type_into(qtbot, field(dialog, "end_date"), "2025-05-01")
    save(qtbot, dialog)
    error = dialog.form.editors["end_date"].error
    assert error.isVisible() and "antérieure au début" in error.text()
    # What was typed stays, shown the interface's way (the locale's date, four-digit year).
    assert is_open(dialog) and field(dialog, "end_date").text() == format_date(dt.date(2025, 5, 1))
    context.runner.wait()
    assert len(stored(context, Placement)) == 2


def test_placement_outcome_filter(qtbot, context) -> None:
    seed_records(context)
    view = make_view(qtbot, PlacementsView, context)
    assert view.model.rowCount() == 2
    choose(view.outcome_filter, "hired")
    qtbot.waitUntil(lambda: column_texts(view, "candidate") == ["SG-002"], timeout=5000)
    choose(view.type_filter, "internship")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5000)


def test_due_placement_checks_are_marked(qtbot, context) -> None:
    data = seed_records(context)
    seven_months_ago = add_months(TODAY, -7)
    four_months_ago = add_months(TODAY, -4)
    seed(
        context,
        Placement,
        candidate_id=data["c1"].id,
        employer_id=data["velo"],
        placement_type="training",
        start_date=seven_months_ago,
        check_6m="employed",
    )
    seed(
        context,
        Placement,
        candidate_id=data["c2"].id,
        employer_id=data["velo"],
        placement_type="fpi",
        start_date=four_months_ago,
    )
    view = make_view(qtbot, PlacementsView, context)
    checks = view.checks
    checks.today = lambda: TODAY
    col3, col6 = view.model.keys.index("check_3m"), view.model.keys.index("check_6m")

    def marked(row: int, column: int) -> bool:
        option = QStyleOptionViewItem()
        checks.initStyleOption(option, view.model.index(row, column))
        return option.text.startswith("⚠")

    types = column_texts(view, "placement_type")
    seven, four = types.index("formation"), types.index("FPI")
    assert marked(seven, col3) and not marked(seven, col6)  # 6-month check already done
    assert marked(four, col3) and not marked(four, col6)  # 6 months not reached yet
    assert checks.due_since(view.model.index(four, col3)) == add_months(four_months_ago, 3)
    # 30 April + 3 months: due since 30 July, still pending on the 31st of August.
    assert (four_months_ago, add_months(four_months_ago, 3)) == (
        dt.date(2026, 4, 30),
        dt.date(2026, 7, 30),
    )
    assert view.table_view.itemDelegateForColumn(col6) is checks


def test_check_dates() -> None:
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 11, 30), 3) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2025, 3, 15), -4) == dt.date(2024, 11, 15)
    today = dt.date(2025, 7, 1)
    assert check_due("2025-04-01", "pending", 3, today)
    assert not check_due("2025-04-02", "pending", 3, today)
    assert not check_due("2025-01-01", "employed", 3, today)
    assert not check_due(None, "pending", 3, today)


# -- the three views alike ------------------------------------------------------------------------
VIEWS = {
    "opportunity": (OpportunitiesView, Opportunity, "commis", "Commis"),
    "candidate": (CandidatesView, Candidate, "c2", "SG-002"),
    "placement": (PlacementsView, Placement, "p1", "SG-001"),
}


@pytest.mark.parametrize("table", list(VIEWS))
def test_archive_then_undo(qtbot, context, table: str) -> None:
    view_cls, cls, name, _text = VIEWS[table]
    target = seed_records(context)[name]
    view = make_view(qtbot, view_cls, context)
    assert view.model.rowCount() == 2
    view.table_view.selectRow(view.model.row_of(target.id))
    with qtbot.waitSignal(context.undo_offered, timeout=5000) as offered:
        qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    text, undo = offered.args
    assert "archivé" in text
    assert target.id not in [r.id for r in stored(context, cls)]
    qtbot.waitUntil(lambda: view.model.row_of(target.id) == -1, timeout=5000)
    assert view.model.rowCount() == 1

    undo()
    qtbot.waitUntil(lambda: view.model.row_of(target.id) >= 0, timeout=5000)
    assert target.id in [r.id for r in stored(context, cls)]
    assert view.current_id() == target.id  # the restored record is selected again


@pytest.mark.parametrize("table", list(VIEWS))
def test_search_filters_the_list(qtbot, context, table: str) -> None:
    view_cls, _cls, name, text = VIEWS[table]
    target = seed_records(context)[name]
    view = make_view(qtbot, view_cls, context)
    assert view.model.rowCount() == 2
    view.set_search(text.lower())
    qtbot.waitUntil(lambda: view.model.ids == [target.id], timeout=5000)
    view.set_search("")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)


EDITS = {
    "opportunity": ("title", "Commis de cuisine"),
    "candidate": ("commune", "Anderlecht"),
    "placement": ("outcome", "completed"),
}


@pytest.mark.parametrize("table", list(VIEWS))
def test_double_click_or_enter_opens_the_record_to_edit_one_field(
    qtbot, context, monkeypatch, table: str
) -> None:
    sent: list[dict[str, Any]] = []
    edit = records.edit

    def spy(uow: Any, cls: Any, ref: str, changes: dict[str, Any]) -> Any:
        sent.append(dict(changes))
        return edit(uow, cls, ref, changes)

    monkeypatch.setattr(records, "edit", spy)
    view_cls, cls, name, _text = VIEWS[table]
    target = seed_records(context)[name]
    view = make_view(qtbot, view_cls, context)
    index = view.model.index(view.model.row_of(target.id), 0)
    if table == "placement":  # Enter on the selected row
        view.table_view.setFocus()
        view.table_view.setCurrentIndex(index)
        qtbot.keyClick(view.table_view, Qt.Key.Key_Return)
    else:  # a double click (the press first, as a real one)
        centre = view.table_view.visualRect(index).center()
        viewport = view.table_view.viewport()
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=5000)
    dialog = view.dialog
    assert dialog.record.id == target.id
    assert not dialog.is_dirty()
    name_of_field, value = EDITS[table]
    widget = field(dialog, name_of_field)
    if isinstance(widget, QComboBox):
        choose(widget, value)
    else:
        type_into(qtbot, widget, value)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not is_open(dialog), timeout=5000)
    after = next(r for r in stored(context, cls) if r.id == target.id)
    assert getattr(after, name_of_field) == value
    assert sent == [{name_of_field: value}]  # only the changed field is sent
    assert journal_fields(context, target.id) == {name_of_field: value}


@pytest.mark.parametrize("table", list(VIEWS))
def test_model_after_loading_passes_the_model_tester(qtbot, qtmodeltester, context, table) -> None:
    seed_records(context)
    view = make_view(qtbot, VIEWS[table][0], context)
    assert view.model.rowCount() == 2
    qtmodeltester.check(view.model)


def test_escape_with_unsaved_edits_asks_first(qtbot, context, monkeypatch) -> None:
    view = make_view(qtbot, CandidatesView, context)
    answers: list[QMessageBox.StandardButton] = []

    def ask(*_args: Any) -> QMessageBox.StandardButton:
        answers.append(QMessageBox.StandardButton.Cancel)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    answer = QMessageBox.StandardButton.Cancel
    dialog = new_dialog(qtbot, view)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not is_open(dialog) and answers == []

    dialog = new_dialog(qtbot, view)
    type_into(qtbot, field(dialog, "code"), "SG-9")
    qtbot.keyClick(field(dialog, "code"), Qt.Key.Key_Escape)
    assert is_open(dialog) and len(answers) == 1
    assert field(dialog, "code").text() == "SG-9"
    answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(field(dialog, "code"), Qt.Key.Key_Escape)
    assert not is_open(dialog) and len(answers) == 2
    assert stored(context, Candidate) == []


def test_header_state_is_saved_and_restored(qtbot, context, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "view.ini"), QSettings.Format.IniFormat)
    view = make_view(qtbot, OpportunitiesView, context)
    view.table_view.horizontalHeader().resizeSection(0, 321)
    view.save_state(settings)
    again = make_view(qtbot, OpportunitiesView, context)
    assert again.table_view.horizontalHeader().sectionSize(0) != 321
    again.restore_state(settings)
    assert again.table_view.horizontalHeader().sectionSize(0) == 321


class FakeDutch(QTranslator):
    """A few Dutch strings, filed under the context pyside6-lupdate would give them."""

    WORDS: ClassVar[dict[tuple[str, str], str]] = {
        ("RecordsView", "Ouvrir"): "Openen",
        ("CandidatesView", "Données privées de l'organisation : jamais partagées"): (
            "Privégegevens van de organisatie: nooit gedeeld"
        ),
        ("RecordDialog", "Enregistrer"): "Opslaan",
    }

    def translate(
        self, context: str, source: str, disambiguation: Any = None, n: int = -1
    ) -> str | None:
        return self.WORDS.get((context, source))  # None: no translation, as a .qm file says

    def isEmpty(self) -> bool:
        return False


def test_a_language_change_relabels_view_and_dialog_keeping_what_was_typed(qtbot, context) -> None:
    view = make_view(qtbot, CandidatesView, context)
    dialog = new_dialog(qtbot, view)
    type_into(qtbot, field(dialog, "code"), "SG-7")
    translator = FakeDutch()
    messages.set_language("nl")
    QCoreApplication.installTranslator(translator)
    try:
        # Strings written in the shared base class are found for the subclass too.
        qtbot.waitUntil(lambda: view.open_button.text() == "Openen", timeout=2000)
        assert view.banner.text() == "Privégegevens van de organisatie: nooit gedeeld"
        assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Kwalificatieniveau"
        assert dialog.save_button.text() == "Opslaan"
        assert dialog.cancel_button.text() == "Annuler"  # not translated: the source stays
        assert dialog.form.labels["skills"].text() == "Vaardigheden"
        assert field(dialog, "code").text() == "SG-7"
    finally:
        QCoreApplication.removeTranslator(translator)
        messages.set_language("fr")
    qtbot.waitUntil(lambda: view.open_button.text() == "Ouvrir", timeout=2000)


def test_a_placement_of_an_archived_candidate_can_still_be_edited(qtbot, context) -> None:
    data = seed_records(context)
    with UnitOfWork(context.store, context.worker_id) as uow:
        records.archive(uow, Candidate, data["c1"].id)
        uow.commit()
    dialog = opened(qtbot, context, "placement", data["p1"].id)
    candidates = field(dialog, "candidate_id")
    assert candidates.currentData() == data["c1"].id
    assert candidates.currentText() == "SG-001 (archivé)"
    choose(field(dialog, "outcome"), "completed")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not is_open(dialog), timeout=5000)
    after = next(p for p in stored(context, Placement) if p.id == data["p1"].id)
    assert (after.candidate_id, after.outcome) == (data["c1"].id, "completed")


def test_a_half_typed_employer_is_not_taken_for_one(qtbot, context) -> None:
    view = make_view(qtbot, OpportunitiesView, context)
    dialog = new_dialog(qtbot, view)
    chooser = dialog.employer_editor.chooser
    type_into(qtbot, chooser, "Parv")
    qtbot.waitUntil(lambda: chooser.suggestions.rowCount() == 1, timeout=5000)
    type_into(qtbot, field(dialog, "title"), "Plongeur")
    save(qtbot, dialog)
    error = dialog.form.editors["employer_id"].error
    assert error.isVisible() and "obligatoire" in error.text()
    assert chooser.text() == "Parv" and is_open(dialog)
    context.runner.wait()
    assert stored(context, Opportunity) == []


# -- reads off the GUI thread: answers that come too late -----------------------------------------
def settle(context) -> None:
    """Let every read in flight finish and deliver its answer (queued to this thread)."""
    context.runner.wait()
    QCoreApplication.processEvents()


def offered(combo: QComboBox) -> list[Any]:
    return [combo.itemData(i) for i in range(combo.count())]


def test_the_offers_of_an_employer_no_longer_chosen_are_dropped(qtbot, context) -> None:
    data = seed_records(context)
    dialog = opened(qtbot, context, "placement", preset={"employer_id": data["velo"]})
    opportunities = field(dialog, "opportunity_id")
    # The first employer's offers came with the form, before the dialog opened.
    assert offered(opportunities) == [None, data["request"].id]
    choose(opportunities, data["request"].id)

    chooser = dialog.employer_editor.chooser
    chooser.set_employer(data["parvis"])  # another employer: its offers are asked for
    qtbot.waitUntil(lambda: offered(opportunities) == [None, data["commis"].id], timeout=5000)
    # The chosen offer was Atelier Vélo's: let go, and the form says it changed.
    assert opportunities.currentIndex() == 0 and dialog.is_dirty()

    # An answer about Atelier Vélo arriving now (a slower read) changes nothing.
    dialog._opportunities_arrived(data["velo"], [(data["request"].id, "Mécaniciens vélo")])
    assert offered(opportunities) == [None, data["commis"].id]


def test_a_record_read_after_its_window_closed_opens_nothing(qtbot, context) -> None:
    data = seed_records(context)
    host = QWidget()
    found: list[RecordDialog] = []
    open_record(context, "opportunity", data["commis"].id, host, on_open=found.append)
    delete(host)  # the page that asked is gone before the answer
    settle(context)
    assert found == []


def test_a_record_that_is_gone_is_said_and_opens_nothing(qtbot, context, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    view = make_view(qtbot, OpportunitiesView, context)
    view.open("0190e4b2-0000-7000-8000-000000000000")
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert view.dialog is None and not view._opening  # may be asked for again


def test_the_employer_chooser_names_the_employer_last_chosen(qtbot, context) -> None:
    velo = employer_id(context, "Atelier Vélo")
    parvis = employer_id(context, "Brasserie du Parvis")
    host = QWidget()
    qtbot.addWidget(host)
    chooser = EmployerChooser(context, host)
    chooser.set_employer(velo)  # by id: its name is read in the background
    assert chooser.text() == velo
    chooser.set_employer(parvis)
    qtbot.waitUntil(lambda: chooser.text() == "Brasserie du Parvis", timeout=5000)
    settle(context)  # Atelier Vélo's name, wherever it is, does not come back over it
    assert (chooser.employer_id, chooser.text()) == (parvis, "Brasserie du Parvis")


def test_a_draft_with_another_employer_gets_its_offer_back(qtbot, context, tmp_path) -> None:
    """The draft names another employer than the record's, and one of that employer's offers:
    the offer is chosen once that employer's offers have been read."""
    data = seed_records(context)
    typed = {"employer_id": data["velo"], "opportunity_id": data["request"].id}
    draft = Draft(tmp_path / "draft.json", "placement", data["p1"].id, {"fiche": typed}, "", "")
    dialog = opened(qtbot, context, "placement", data["p1"].id, draft=draft)
    opportunities = field(dialog, "opportunity_id")
    qtbot.waitUntil(lambda: opportunities.currentData() == data["request"].id, timeout=5000)
    assert offered(opportunities) == [None, data["request"].id]
    assert dialog.employer_editor.chooser.employer_id == data["velo"]
    qtbot.waitUntil(lambda: dialog.employer_editor.chooser.text() == "Atelier Vélo", timeout=5000)
    assert dialog.is_dirty()


# -- issue 14, point 5: labels never cut ------------------------------------------------------


def _edit_field_width(combo: QComboBox) -> int:
    """The width a combo box gives its text (its frame and arrow excluded)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    option.rect = combo.rect()
    rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return rect.width()


@pytest.mark.parametrize(
    "text", ["Toutes les communes", "Tous les responsables", "Alle verantwoordelijken"]
)
def test_a_filter_menu_at_its_smallest_shows_its_text_whole(qtbot, text) -> None:
    """« Toutes les commun », « Alle verantwoordel »: a filter menu squeezed to its minimum
    (a laptop at 150 %) still shows what it says, and its list opens as wide as its longest
    item; the records views' filters are such menus."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from pacte_desktop.ui.combos import FilterCombo

    host = QWidget()
    qtbot.addWidget(host)
    bar = QHBoxLayout(host)
    combo = FilterCombo()
    combo.setMinimumContentsLength(6)
    combo.setMaximumWidth(260)
    combo.addItem(text, None)
    combo.addItem("Sint-Agatha-Berchem en omliggende gemeenten", "x")
    bar.addWidget(combo, 1)
    host.resize(host.minimumSizeHint().width(), 60)
    host.show()
    qtbot.waitExposed(host)
    assert _edit_field_width(combo) >= combo.fontMetrics().horizontalAdvance(text)
    combo.setCurrentIndex(1)  # a longer choice: the menu widens, up to its maximum
    QApplication.processEvents()
    host.resize(host.minimumSizeHint().width(), 60)
    QApplication.processEvents()
    assert combo.width() == 260 or _edit_field_width(
        combo
    ) >= combo.fontMetrics().horizontalAdvance(combo.currentText())
    combo.showPopup()
    longest = combo.fontMetrics().horizontalAdvance(combo.itemText(1))
    assert combo.view().width() >= longest
    combo.hidePopup()


def test_dutch_placement_headers_and_dates_are_not_cut(qtbot, context) -> None:
    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.labels import format_date

    seed_records(context)
    i18n.install("nl")
    try:
        view = make_view(qtbot, PlacementsView, context)
        qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
        header = view.table_view.horizontalHeader()
        metrics = header.fontMetrics()
        for column, key in enumerate(view.model.keys):
            title = view.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 16, title
            if "date" in key:
                day = format_date(dt.date(2026, 11, 29))
                width = view.table_view.fontMetrics().horizontalAdvance(day)
                assert header.sectionSize(column) >= width + 8, key
    finally:
        i18n.install("fr")


def test_a_tall_fields_label_is_level_with_its_box(qtbot) -> None:
    """The Notes label stood 60 px above its box: a tall row keeps the box at its top."""
    from PySide6.QtCore import QPoint

    from pacte_desktop.ui.forms import EntityForm

    form = EntityForm(Opportunity, ("title", "notes", "positions"))
    qtbot.addWidget(form)
    form.resize(600, 500)
    form.show()
    qtbot.waitExposed(form)
    label, box = form.labels["notes"], form.editors["notes"].input
    box_top = box.mapTo(form, QPoint(0, 0)).y()
    assert abs(label.geometry().top() - box_top) <= 4, (label.geometry(), box_top)
