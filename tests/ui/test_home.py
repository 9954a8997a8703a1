"""« Ma journée » (ui/home.py) over real stores: my follow-ups due with done / postpone / log the
call, the placement checks due for my candidates, the employers I opened, the month's figures,
partners' open requests through a real network folder, the empty sections, the refresh."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import (
    Candidate,
    Employer,
    FollowUp,
    Interaction,
    Opportunity,
    Placement,
    Worker,
)
from pacte_desktop.domain.placement_checks import add_months
from pacte_desktop.services import followups, records, workers
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import engine
from pacte_desktop.ui import i18n
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.employer_record import TAB_TIMELINE, EmployerDialog, open_employer
from pacte_desktop.ui.home import SECTIONS, HomeView
from pacte_desktop.ui.labels import choice_label

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from workstations import CHEAP_KDF, PASSPHRASE, Workstation

#: The view's day in these tests (HomeView.today is pinned to it), but for the month's figures,
#: whose new employers are counted from ids made on the real day.
TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    monkeypatch.setattr(HomeView, "today", lambda self: TODAY)
    return TODAY


def _ids(context) -> tuple[dict[str, str], dict[str, str]]:
    with context.store.reading() as conn:
        repo = Repository(conn)
        return (
            {w.name: w.id for w in repo.list(Worker)},
            {e.name: e.id for e in repo.list(Employer)},
        )


def _follow_up(context, employer: str, worker: str, due: dt.date, action: str) -> str:
    worker_ids, employer_ids = _ids(context)
    with UnitOfWork(context.store) as uow:
        logged = followups.log_interaction(
            uow,
            employer=employer_ids[employer],
            channel="phone",
            summary=action,
            date=due - dt.timedelta(days=20),
            next_action_date=due,
            worker_id=worker_ids[worker],
        )
        uow.commit()
    assert logged.follow_up is not None
    return logged.follow_up.id


def _create(context, cls, **values) -> str:
    with UnitOfWork(context.store) as uow:
        made = records.create(uow, cls, values)
        uow.commit()
    return made.id


def _stored(context, cls, record_id: str):
    with context.store.reading() as conn:
        found = Repository(conn).get(cls, record_id)
    assert found is not None
    return found


def _home(qtbot, context) -> HomeView:
    view = HomeView(context)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.ready, timeout=5000)
    return view


def _settle(qtbot, context, view: HomeView) -> None:
    context.runner.drain()
    qtbot.waitUntil(lambda: not view.pending, timeout=5000)


def _row_ids(view: HomeView, name: str, prop: str) -> list[str]:
    return [row.property(prop) for row in getattr(view, name).rows()]


def _child(row, name: str, kind=QPushButton):
    found = row.findChild(kind, name)
    assert found is not None, name
    return found


def _dialogs() -> list[EmployerDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, EmployerDialog)]


def test_my_follow_ups_overdue_and_due_today_then_done_in_one_click_with_undo(
    qtbot, context, today
) -> None:
    overdue = _follow_up(
        context, "Société Générale", "Farida Aissa", today - dt.timedelta(2), "DRH"
    )
    due = _follow_up(context, "Brasserie du Parvis", "Farida Aissa", today, "Envoyer les profils")
    _follow_up(context, "Atelier Vélo", "Farida Aissa", today + dt.timedelta(1), "Demain")
    _follow_up(context, "Atelier Vélo", "Igo De Radigues", today, "Pas pour moi")
    view = _home(qtbot, context)
    assert _row_ids(view, "followups", "follow_up_id") == [overdue, due]
    assert view.followups.title() == "À relancer aujourd'hui (2)"
    late, now = view.followups.rows()
    assert _child(late, "due_label", QLabel).text().startswith("⚠ ")
    assert _child(late, "due_label", QLabel).toolTip() == "En retard"
    assert _child(now, "due_label", QLabel).text() == "aujourd'hui"
    assert _child(now, "employer_link").text() == "Brasserie du Parvis"
    assert _child(now, "action_label", QLabel).full_text() == "Envoyer les profils"

    offered = []
    context.undo_offered.connect(lambda text, fn: offered.append((text, fn)))
    qtbot.mouseClick(_child(now, "done_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _stored(context, FollowUp, due).status == "done", timeout=5000)
    assert _stored(context, FollowUp, due).done_on == today
    qtbot.waitUntil(lambda: _row_ids(view, "followups", "follow_up_id") == [overdue], timeout=5000)
    assert offered and offered[-1][0] == "Relance marquée comme faite"
    offered[-1][1]()  # the status bar's Undo button
    qtbot.waitUntil(
        lambda: _row_ids(view, "followups", "follow_up_id") == [overdue, due], timeout=5000
    )
    assert _stored(context, FollowUp, due).status == "open"


def test_long_names_and_actions_never_widen_the_page(qtbot, context, today) -> None:
    long_name = "Association des commerçants et artisans du quartier du Parvis de Saint-Gilles"
    context.write(
        "employer",
        lambda uow: records.edit(
            uow, Employer, _ids(context)[1]["Atelier Vélo"], {"name": long_name}
        ),
    )
    context.runner.drain()
    action = "Rappeler la responsable des ressources humaines pour " * 4
    _follow_up(context, long_name, "Farida Aissa", today, action.strip())
    view = _home(qtbot, context)
    view.resize(700, 600)  # what a 1366 px screen at 150 % leaves beside the sidebar
    qtbot.waitUntil(lambda: view.followups.rows() != [], timeout=5000)
    content = view.scroll_area.widget()
    assert content.minimumSizeHint().width() <= view.scroll_area.viewport().width()
    (row,) = view.followups.rows()
    link = _child(row, "employer_link")
    assert link.text().endswith("…") and link.toolTip() == long_name
    label = _child(row, "action_label", QLabel)
    assert label.full_text() == action.strip() and label.toolTip() == action.strip()


def test_a_language_change_relabels_every_section_without_reading_again(
    qtbot, context, today
) -> None:
    _follow_up(context, "Atelier Vélo", "Farida Aissa", today, "Confirmer le stage")
    view = _home(qtbot, context)
    asked = dict(view._asked)
    try:
        i18n.install("nl")
        (row,) = view.followups.rows()
        assert view.title() == "Mijn dag"
        assert view.followups.title() == "Vandaag op te volgen (1)"
        assert _child(row, "done_button").text() == "Gedaan"
        assert _child(row, "due_label", QLabel).text() == "vandaag"
        assert view.heading.text() == "Mijn dag — donderdag 3 december 2026"
        assert view._asked == asked
    finally:
        i18n.install("fr")
    assert view.followups.title() == "À relancer aujourd'hui (1)"


def test_postpone_from_ma_journee_with_the_postpone_dialog(qtbot, context, today) -> None:
    due = _follow_up(context, "Atelier Vélo", "Farida Aissa", today, "Confirmer le stage")
    view = _home(qtbot, context)
    (row,) = view.followups.rows()
    qtbot.mouseClick(_child(row, "postpone_button"), Qt.MouseButton.LeftButton)
    dialog = view.postpone_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen_date() == today + dt.timedelta(days=7)
    dialog.set_date(today + dt.timedelta(days=3))
    dialog.accept()
    target = today + dt.timedelta(days=3)
    qtbot.waitUntil(lambda: _stored(context, FollowUp, due).due_date == target, timeout=5000)
    qtbot.waitUntil(lambda: view.followups.rows() == [], timeout=5000)
    assert "Rien à relancer aujourd'hui" in view.followups.empty_label.text()
    assert view.followups.empty_label.isVisible()


def test_log_the_call_opens_the_timeline_and_the_follow_up_is_done_once_noted(
    qtbot, context, today
) -> None:
    due = _follow_up(context, "Atelier Vélo", "Farida Aissa", today, "Rappeler le gérant")
    view = _home(qtbot, context)
    (row,) = view.followups.rows()
    qtbot.mouseClick(_child(row, "log_call_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=5000)
    (dialog,) = _dialogs()
    assert dialog.tabs.currentIndex() == TAB_TIMELINE
    assert _stored(context, FollowUp, due).status == "open"  # nothing noted yet
    dialog.log_form.editors["summary"].set_raw("Appelé : stage confirmé pour janvier")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _stored(context, FollowUp, due).status == "done", timeout=5000)
    with context.store.reading() as conn:
        summaries = [i.summary for i in Repository(conn).list(Interaction)]
    assert "Appelé : stage confirmé pour janvier" in summaries
    qtbot.waitUntil(lambda: view.followups.rows() == [], timeout=5000)
    dialog.close()


def test_placement_checks_due_for_the_candidates_i_follow(qtbot, context, today) -> None:
    worker_ids, employer_ids = _ids(context)
    mine = _create(context, Candidate, code="SG-001", worker_id=worker_ids["Farida Aissa"])
    theirs = _create(context, Candidate, code="SG-002", worker_id=worker_ids["Igo De Radigues"])
    velo = employer_ids["Atelier Vélo"]

    def placement(candidate: str, start: dt.date) -> str:
        return _create(
            context,
            Placement,
            employer_id=velo,
            candidate_id=candidate,
            placement_type="article60",
            start_date=start,
        )

    due_today = placement(mine, add_months(today, -3))
    placement(mine, today)  # its checks are months away
    placement(theirs, add_months(today, -6))  # Igo's candidate
    view = _home(qtbot, context)
    assert _row_ids(view, "checks", "placement_id") == [due_today]
    (row,) = view.checks.rows()
    assert _child(row, "candidate_label", QLabel).text() == "SG-001"
    assert _child(row, "check_label", QLabel).text() == "suivi à 3 mois"
    assert _child(row, "employer_link").text() == "Atelier Vélo"

    # The result recorded (from the placement's form, elsewhere): the check leaves the list.
    context.write(
        "placement",
        lambda uow: records.edit(uow, Placement, due_today, {"check_3m": "employed"}),
    )
    qtbot.waitUntil(lambda: view.checks.rows() == [], timeout=5000)
    assert "suivis à 3 et 6 mois" in view.checks.empty_label.text()


def test_recent_employers_are_the_ones_i_opened_newest_first_and_a_click_opens(
    qtbot, context, today
) -> None:
    _, employer_ids = _ids(context)
    view = _home(qtbot, context)
    assert view.recent.rows() == []
    assert "Les employeurs que vous ouvrez" in view.recent.empty_label.text()
    for name in ("Atelier Vélo", "Société Générale"):
        opened: list[EmployerDialog] = []
        open_employer(context, employer_ids[name], None, on_open=opened.append)
        qtbot.waitUntil(lambda opened=opened: bool(opened), timeout=5000)
        opened[0].close()
    qtbot.waitUntil(
        lambda: (
            [b.text() for b in view.recent.rows()]
            == ["Société Générale — Saint-Gilles", "Atelier Vélo — Forest"]
        ),
        timeout=5000,
    )
    qtbot.mouseClick(view.recent.rows()[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=5000)
    (dialog,) = _dialogs()
    assert dialog.employer_id == employer_ids["Atelier Vélo"]
    dialog.close()
    # Opened again: first once more.
    qtbot.waitUntil(lambda: view.recent.rows()[0].text() == "Atelier Vélo — Forest", timeout=5000)

    # Another worker at this workstation has their own list.
    worker_ids, _ = _ids(context)
    context.set_worker(worker_ids["Igo De Radigues"])
    qtbot.waitUntil(lambda: view.recent.rows() == [], timeout=5000)
    _settle(qtbot, context, view)
    assert view.recent.empty_label.isVisible()


def test_recent_employers_in_dutch_show_the_dutch_names(qtbot, context, today) -> None:
    _, employer_ids = _ids(context)
    velo = employer_ids["Atelier Vélo"]
    context.write(
        "employer",
        lambda uow: records.edit(
            uow, Employer, velo, {"name_nl": "Fietsatelier", "commune_nl": "Vorst"}
        ),
    )
    context.runner.drain()
    opened: list[EmployerDialog] = []
    open_employer(context, velo, None, on_open=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    opened[0].close()
    context.runner.drain()
    try:
        i18n.install("nl")
        view = _home(qtbot, context)
        assert [b.text() for b in view.recent.rows()] == ["Fietsatelier — Vorst"]
    finally:
        i18n.install("fr")


def test_the_organisations_figures_this_month_with_a_bar_chart(qtbot, context) -> None:
    today = dt.date.today()  # new employers are counted from ids made now (the code's day)
    worker_ids, employer_ids = _ids(context)
    farida = worker_ids["Farida Aissa"]
    candidate = _create(context, Candidate, code="SG-001", worker_id=farida)
    for when in (today, today.replace(day=1), today.replace(day=1) - dt.timedelta(days=1)):
        _create(
            context,
            Interaction,
            employer_id=employer_ids["Atelier Vélo"],
            worker_id=farida,
            date=when,
            channel="visit",
            summary="Visite",
        )
    for kind in ("article60", "article60", "internship"):
        _create(
            context,
            Placement,
            employer_id=employer_ids["Atelier Vélo"],
            candidate_id=candidate,
            placement_type=kind,
            start_date=today,
        )
    view = _home(qtbot, context)

    def figure(name: str) -> str:
        box = view.figures.findChild(QWidget, f"figure_{name}")
        assert box is not None
        return box.findChild(QLabel, "figure_value").text()

    assert figure("contacts") == "2"
    assert figure("new_employers") == "3"  # the fixture's three, made today
    assert figure("placements") == "3"
    assert view.chart.isVisible()
    assert view.chart.bars() == [(choice_label("internship"), 1), (choice_label("article60"), 2)]
    assert f"{choice_label('article60')}: 2" in view.chart.accessibleDescription()


def test_every_section_says_what_to_do_when_it_is_empty(qtbot, context, today) -> None:
    view = _home(qtbot, context)
    texts = {name: getattr(view, name).empty_label.text() for name in SECTIONS}
    assert "notant une démarche avec une date de prochaine action" in texts["followups"]
    assert "apparaissent ici le jour venu" in texts["checks"]
    assert "Synchronisation → Configurer" in texts["partners"]  # not in any network
    assert "Les employeurs que vous ouvrez apparaîtront ici" in texts["recent"]
    assert not view.chart.isVisible()
    assert "Aucune mise à l'emploi commencée ce mois-ci" in view.chart_caption.text()
    for name in ("followups", "checks", "partners", "recent"):
        assert getattr(view, name).empty_label.isVisible(), name


def test_no_current_worker_shows_nobodys_follow_ups_not_everybodys(qtbot, context, today) -> None:
    _follow_up(context, "Atelier Vélo", "Igo De Radigues", today, "Pas pour moi")
    context.worker_id = None
    view = _home(qtbot, context)
    assert view.followups.rows() == []
    assert "Changer de travailleur" in view.followups.empty_label.text()


def test_a_hidden_home_reads_nothing_until_it_is_shown_again(qtbot, context, today) -> None:
    view = _home(qtbot, context)
    asked = dict(view._asked)
    view.hide()
    due = _follow_up(context, "Atelier Vélo", "Farida Aissa", today, "Appeler")
    context.changed.emit("follow_up", None)  # as after a write made elsewhere
    context.runner.drain()
    assert view._asked == asked and view.followups.rows() == []
    view.show()
    qtbot.waitUntil(lambda: _row_ids(view, "followups", "follow_up_id") == [due], timeout=5000)
    assert view._asked["followups"] == asked["followups"] + 1
    assert view._asked["partners"] == asked["partners"]  # what did not change is not read


def test_the_day_moving_reads_every_section_again(qtbot, monkeypatch, context, today) -> None:
    view = _home(qtbot, context)
    tomorrow = today + dt.timedelta(days=1)
    due = _follow_up(context, "Atelier Vélo", "Farida Aissa", tomorrow, "Demain")
    context.runner.drain()
    assert view.followups.rows() == []
    monkeypatch.setattr(HomeView, "today", lambda self: tomorrow)
    view.hide()
    view.show()  # the window comes back the next morning
    qtbot.waitUntil(lambda: _row_ids(view, "followups", "follow_up_id") == [due], timeout=5000)


# -- partners' requests, through a real network folder -------------------------------------------
def _organisation(tmp: Path, name: str, org_name: str) -> Workstation:
    store = Store.open(tmp / name, daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        workers.init_organisation(uow, name=org_name, org_type="cpas", worker=f"Worker {name}")
        uow.commit()
    root = tmp / f"{name}-root"
    root.mkdir()
    engine.setup_org(store, engine.Location("folder", str(root)), secret=PASSPHRASE, kdf=CHEAP_KDF)
    return Workstation(name, store, root)


def test_partners_open_requests_arrive_through_the_network(qtbot, qapp, tmp_path, today) -> None:
    messages.set_language("fr")
    folder = tmp_path / "network"
    folder.mkdir()
    cpas = _organisation(tmp_path, "cpas", "CPAS de Saint-Gilles")
    ml = _organisation(tmp_path, "ml", "Mission locale de Saint-Gilles")
    try:
        where = engine.Location("folder", str(folder))
        keys = {"secret": PASSPHRASE, "org_secret": PASSPHRASE, "kdf": CHEAP_KDF}
        engine.setup_network(cpas.store, where, coordinator=True, **keys)
        engine.setup_network(ml.store, where, **keys)
        engine.admit_member(cpas.store, str(ml.store.local("organisation_id")))
        hotel = ml.employer("Hôtel Bristol", postcode="1060")
        common = {"employer_id": hotel, "shared": True}
        wanted = ml.create(
            Opportunity,
            {**common, "kind": "profile-request", "title": "15 profils de commis", "positions": 15},
        )
        ml.create(Opportunity, {**common, "kind": "article60", "title": "Plongeur"})
        ml.create(
            Opportunity, {**common, "kind": "internship", "title": "Pourvu", "status": "filled"}
        )
        ml.create(
            Opportunity,
            {**common, "kind": "internship", "title": "Fini", "end_date": "2026-11-30"},
        )
        ml.create(Opportunity, {"employer_id": hotel, "kind": "fpi", "title": "Interne"})
        for station in (cpas, ml, cpas):
            station.sync(scopes=("network",))

        view = _home(qtbot, AppContext(cpas.store))
        titles = [_child(row, "request_title", QLabel).full_text() for row in view.partners.rows()]
        assert titles == ["15 profils de commis", "Plongeur"]  # requests first; open ones only
        detail = _child(view.partners.rows()[0], "request_detail", QLabel).full_text()
        assert "Mission locale de Saint-Gilles" in detail and "postes : 15" in detail
        assert view.partners.rows()[0].property("request_id") == wanted
        assert view.partners.title() == "Demandes ouvertes des partenaires (2)"
        view.context.runner.drain()
    finally:
        cpas.close()
        ml.close()
