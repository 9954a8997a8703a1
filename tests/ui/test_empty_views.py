"""Empty views say what to do next, with a button that does it (ui/empty_state.py,
ui/followups_empty.py): offers, candidates and placements offer « Nouveau… »; « À relancer »
with no open follow-up offers « Noter une démarche » through the directory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from pacte_desktop.domain.entities import Candidate, Employer, Worker
from pacte_desktop.services import records
from pacte_desktop.store.repository import Repository
from pacte_desktop.ui import guarded_dialog
from pacte_desktop.ui.followups import FollowUpsView
from pacte_desktop.ui.main_window import MainWindow
from pacte_desktop.ui.records import CandidatesView, OpportunitiesView, PlacementsView

SENTENCES = {
    OpportunitiesView: ("Aucune offre ni demande", "&Nouvelle offre…"),
    CandidatesView: ("Aucun candidat", "&Nouveau candidat…"),
    PlacementsView: ("Aucune mise à l'emploi", "&Nouvelle mise à l'emploi…"),
}


@pytest.fixture(autouse=True)
def no_confirmation(monkeypatch):
    monkeypatch.setattr(guarded_dialog, "confirm_discard", lambda parent: True)


@pytest.mark.parametrize("cls", list(SENTENCES), ids=lambda c: c.key)
def test_an_empty_list_of_records_says_what_to_do_and_new_opens_the_form(
    qtbot, context, cls
) -> None:
    view = cls(context)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitUntil(lambda: view.empty.isVisible(), timeout=5000)
    sentence, button = SENTENCES[cls]
    assert not view.table_view.isVisible()
    assert view.empty.text.text().startswith(sentence)
    assert view.empty_new.text() == button and view.empty_new.isVisible()
    assert not view.empty_new.icon().isNull()
    qtbot.mouseClick(view.empty_new, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=5000)
    dialog = view.dialog
    assert dialog.isVisible() and dialog.record is None  # a new record's form
    dialog.reject()


def test_a_search_that_finds_nothing_is_not_an_empty_list(qtbot, context) -> None:
    with context.store.reading() as conn:
        (farida,) = [w.id for w in Repository(conn).list(Worker) if w.name == "Farida Aissa"]
    view = CandidatesView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.empty.isVisible(), timeout=5000)
    with qtbot.waitSignal(view.count_changed, timeout=5000):
        context.write(
            "candidate",
            lambda uow: records.create(uow, Candidate, {"code": "SG-001", "worker_id": farida}),
        )
    qtbot.waitUntil(lambda: view.table_view.isVisible(), timeout=5000)
    assert not view.empty.isVisible()
    view.set_search("personne de ce nom")
    qtbot.waitUntil(lambda: view.model.listing.text == "personne de ce nom", timeout=5000)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and not view.model.loading, timeout=5000)
    assert view.table_view.isVisible() and not view.empty.isVisible()


def test_a_relancer_with_nothing_open_offers_to_note_a_demarche_through_the_directory(
    qtbot, context, tmp_path
) -> None:
    window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    try:
        window.show_view("followups")
        view = window.view("followups")
        assert isinstance(view, FollowUpsView)
        qtbot.waitUntil(lambda: not view.loading and view.empty.isVisible(), timeout=5000)
        # An empty period: every follow-up is one click away, no démarche asked for yet.
        assert view.scope == "today"
        assert view.show_all_button.isVisible() and not view.empty.log_button.isVisible()
        qtbot.mouseClick(view.show_all_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not view.loading and view.scope == "all", timeout=5000)
        # Nothing open at all: where follow-ups come from, and the way to make one.
        assert "Aucune relance ouverte" in view.empty_label.text()
        assert view.empty.log_button.isVisible() and not view.show_all_button.isVisible()
        qtbot.mouseClick(view.empty.log_button, Qt.MouseButton.LeftButton)
        assert window.current_view().key == "employers"
        assert "Ctrl+L" in window.statusBar().currentMessage()
        # A search that finds nothing says only that.
        window.show_view("followups")
        window.search.setText("zzz")
        qtbot.waitUntil(lambda: "recherche" in view.empty_label.text(), timeout=5000)
        assert not view.empty.log_button.isVisible() and not view.show_all_button.isVisible()
    finally:
        window.sync.stop()
        window.close()
        context.runner.wait()


def test_a_relancer_hides_the_sentence_once_a_follow_up_is_open(qtbot, context) -> None:
    from pacte_desktop.services import followups

    with context.store.reading() as conn:
        (velo,) = Repository(conn).list(Employer, name="Atelier Vélo")
    view = FollowUpsView(context)
    qtbot.addWidget(view)
    view.show()
    view.set_scope("all")
    qtbot.waitUntil(lambda: not view.loading and view.empty.log_button.isVisible(), timeout=5000)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        context.write(
            "interaction",
            lambda uow: followups.log_interaction(
                uow,
                employer=velo.id,
                channel="phone",
                summary="Appel",
                next_action_date="2030-01-01",
            ),
        )
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert not view.empty.isVisible()
