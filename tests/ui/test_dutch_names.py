"""The Dutch interface names employers in Dutch wherever a row or a card names one, when the
record has a Dutch name: « À relancer », the lists of « Ma journée », the employer page's
header card (the Dutch name first); French names where there is none, French in French."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from pacte_desktop.domain.entities import Candidate, Employer, Placement, Worker
from pacte_desktop.domain.placement_checks import add_months
from pacte_desktop.services import followups, records
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui import i18n
from pacte_desktop.ui.employer_record import EmployerDialog, open_employer
from pacte_desktop.ui.followups import COL_EMPLOYER, FollowUpsView
from pacte_desktop.ui.home import HomeView
from pacte_desktop.ui.main_window import MainWindow

TODAY = dt.date(2026, 12, 3)  # « Ma journée »'s day here (HomeView.today is pinned to it)


@pytest.fixture
def dutch():
    i18n.install("nl")
    yield
    i18n.install("fr")


@pytest.fixture
def named(context) -> dict[str, str]:
    """« Atelier Vélo » gets a Dutch name, a follow-up due on TODAY and a placement whose
    3-month check is due then, all for the current worker; « Brasserie du Parvis », no Dutch
    name, a follow-up too."""
    with UnitOfWork(context.store) as uow:
        repo = Repository(uow.conn)
        ids = {e.name: e.id for e in repo.list(Employer)}
        (farida,) = [w.id for w in repo.list(Worker) if w.name == "Farida Aissa"]
        records.edit(uow, Employer, ids["Atelier Vélo"], {"name_nl": "Fietsatelier"})
        for name in ("Atelier Vélo", "Brasserie du Parvis"):
            followups.log_interaction(
                uow,
                employer=ids[name],
                channel="phone",
                summary="Appel",
                date=TODAY - dt.timedelta(days=10),
                next_action_date=TODAY,
                worker_id=farida,
            )
        candidate = records.create(uow, Candidate, {"code": "SG-001", "worker_id": farida})
        records.create(
            uow,
            Placement,
            {
                "employer_id": ids["Atelier Vélo"],
                "candidate_id": candidate.id,
                "placement_type": "article60",
                "start_date": add_months(TODAY, -3),
            },
        )
        uow.commit()
    return ids


def follow_up_names(view: FollowUpsView) -> list[str]:
    model = view.model
    return sorted(str(model.data(model.index(r, COL_EMPLOYER))) for r in range(model.rowCount()))


def test_a_relancer_names_employers_in_dutch_and_follows_a_language_switch(
    qtbot, context, named, tmp_path
) -> None:
    window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    view = window.view("followups")
    assert isinstance(view, FollowUpsView)
    view.set_mine(False)
    view.set_scope("all")
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 2, timeout=5000)
    assert follow_up_names(view) == ["Atelier Vélo", "Brasserie du Parvis"]
    try:
        window.set_language("nl")
        qtbot.waitUntil(
            lambda: follow_up_names(view) == ["Brasserie du Parvis", "Fietsatelier"], timeout=5000
        )
    finally:
        window.set_language("fr")
        window.sync.stop()
        window.close()
        context.runner.wait()


def test_ma_journee_names_employers_in_dutch(qtbot, context, named, dutch, monkeypatch) -> None:
    monkeypatch.setattr(HomeView, "today", lambda self: TODAY)
    view = HomeView(context)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.ready and len(view.followups.rows()) == 2, timeout=5000)

    def links(section: str) -> list[str]:
        return sorted(
            row.findChild(object, "employer_link").text() for row in getattr(view, section).rows()
        )

    assert links("followups") == ["Brasserie du Parvis", "Fietsatelier"]
    qtbot.waitUntil(lambda: len(view.checks.rows()) == 1, timeout=5000)
    assert links("checks") == ["Fietsatelier"]


def test_the_services_name_employers_in_the_language_asked(context, named) -> None:
    with context.store.reading() as conn:
        french = followups.due(conn, language="fr")
        dutch = followups.due(conn, language="nl")
    assert sorted(f.employer_name for f in french) == ["Atelier Vélo", "Brasserie du Parvis"]
    assert sorted(f.employer_name for f in dutch) == ["Brasserie du Parvis", "Fietsatelier"]


def open_dialog(context, qtbot, employer_id: str) -> EmployerDialog:
    found: list[EmployerDialog] = []
    open_employer(context, employer_id, on_open=found.append)
    qtbot.waitUntil(lambda: len(found) == 1, timeout=5000)
    dialog = found[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)
    return dialog


def test_the_header_card_puts_the_dutch_name_first_in_dutch(qtbot, context, named) -> None:
    dialog = open_dialog(context, qtbot, named["Atelier Vélo"])
    header = dialog.header
    assert (header.name_label.text(), header.name_nl_label.text()) == (
        "Atelier Vélo",
        "Fietsatelier",
    )
    i18n.install("nl")
    try:
        assert (header.name_label.text(), header.name_nl_label.text()) == (
            "Fietsatelier",
            "Atelier Vélo",
        )
        # Without a Dutch name, the one name it has, and nothing beside it.
        parvis = open_dialog(context, qtbot, named["Brasserie du Parvis"])
        assert parvis.header.name_label.text() == "Brasserie du Parvis"
        assert parvis.header.name_nl_label.text() == ""
    finally:
        i18n.install("fr")
    assert header.name_label.text() == "Atelier Vélo"
