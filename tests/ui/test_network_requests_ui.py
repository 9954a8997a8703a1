"""The Network view's « Demandes » tab over three real organisations around a real network
folder: the partner answers a relayed request (count and message, naming no one), the relaying
organisation sees the answer and the count gathered, closes the request, and the close reaches
the partner, whose tab no longer offers to answer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from pacte_desktop.domain.entities import Candidate, Opportunity
from pacte_desktop.services import requests
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui import i18n
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.network import NetworkView
from pacte_desktop.ui.network_requests import AnswerDialog, CloseDialog, RequestsTab

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from test_network import Pact, make_pact, worker_of


@pytest.fixture
def pact(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    i18n.install("fr")
    p = make_pact(tmp_path)
    yield p
    p.close()


def relayed_request(pact: Pact) -> str:
    cpas = pact.members[0]
    employer = cpas.employer("Delhaize Barrière", postcode="1060")
    rid = cpas.create(
        Opportunity,
        {
            "employer_id": employer,
            "kind": "profile-request",
            "title": "15 vendeurs NL/EN",
            "positions": 15,
            "languages": ["nl", "en"],
            "end_date": "2027-01-31",
        },
    )
    with UnitOfWork(cpas.store) as uow:
        requests.relay(uow, rid)
        uow.commit()
    pact.settle()
    return rid


def tab_of(qtbot: Any, store: Any) -> RequestsTab:  # type: ignore[no-untyped-def]
    view = NetworkView(AppContext(store))
    qtbot.addWidget(view)
    view.show()
    tab = view.requests_tab
    view.tabs.setCurrentWidget(tab)
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Demandes"
    qtbot.waitUntil(lambda: tab.board is not None, timeout=5000)
    return tab


def cell(model: Any, row: int, column: str) -> str:
    return str(model.data(model.index(row, model.keys.index(column))))


def test_answer_see_the_answer_close_and_the_close_reaches_the_partner(
    qtbot: Any, pact: Pact, monkeypatch: pytest.MonkeyPatch
) -> None:
    cpas, ml, _ = pact.members
    rid = relayed_request(pact)
    ml.create(Candidate, {"code": "ML-0042", "worker_id": worker_of(ml)})

    at_ml = tab_of(qtbot, ml.store)
    assert at_ml.partners_model.rowCount() == 1
    assert cell(at_ml.partners_model, 0, "organisation") == "CPAS de Saint-Gilles"
    assert cell(at_ml.partners_model, 0, "title") == "15 vendeurs NL/EN"
    assert not at_ml.answer_button.isEnabled()  # nothing chosen yet
    at_ml.partners_table.selectRow(0)
    assert at_ml.answer_button.isEnabled()
    at_ml.answer_button.click()
    dialog = at_ml.answer_dialog
    assert isinstance(dialog, AnswerDialog) and dialog.isVisible()
    assert "Ne nommez personne" in dialog.warning.text()
    assert "15 vendeurs NL/EN" in dialog.summary.text()

    # Typed text survives a close the user does not confirm.
    dialog.count.setValue(4)
    dialog.message.setPlainText("Quatre profils, dont ML-0042")
    asked: list[str] = []

    def keep_editing(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", keep_editing)
    dialog.reject()
    assert asked and dialog.isVisible()

    # A message quoting one of our candidates' codes is refused; the dialog keeps it.
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: refusals.append(str(a[2])))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(refusals), timeout=5000)
    assert "ML-0042" in refusals[0] and "jamais qui" in refusals[0]
    assert dialog.isVisible() and dialog.message.toPlainText() == "Quatre profils, dont ML-0042"

    dialog.message.setPlainText("Quatre profils bilingues, disponibles en janvier")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: cell(at_ml.partners_model, 0, "ours") == "4 candidats", timeout=5000)

    pact.settle()
    at_cpas = tab_of(qtbot, cpas.store)
    assert at_cpas.ours_model.rowCount() == 1
    assert cell(at_cpas.ours_model, 0, "gathered") == "4 / 15"
    assert cell(at_cpas.ours_model, 0, "answers") == "1"
    assert not at_cpas.close_button.isEnabled()
    at_cpas.ours_table.selectRow(0)
    assert at_cpas.answers_model.rowCount() == 1
    assert cell(at_cpas.answers_model, 0, "organisation") == "Mission locale de Saint-Gilles"
    assert cell(at_cpas.answers_model, 0, "message").startswith("Quatre profils bilingues")
    assert at_cpas.answers_label.text() == (
        "« 15 vendeurs NL/EN » : candidats proposés : 4 sur 15 demandés. 1 réponse reçue."
    )

    at_cpas.close_button.click()
    closing = at_cpas.close_dialog
    assert isinstance(closing, CloseDialog) and "15 vendeurs NL/EN" in closing.question.text()
    closing.choices["partly"].setChecked(True)
    closing.buttons.accepted.emit()
    qtbot.waitUntil(
        lambda: cell(at_cpas.ours_model, 0, "status") == "partiellement pourvue", timeout=5000
    )
    assert not at_cpas.close_button.isEnabled()
    with cpas.store.reading() as conn:
        assert (
            conn.exec_driver_sql("SELECT status FROM opportunity WHERE id = ?", (rid,)).scalar_one()
            == "partly"
        )

    pact.settle()
    at_ml.context.changed.emit("network", None)
    qtbot.waitUntil(
        lambda: cell(at_ml.partners_model, 0, "status") == "partiellement pourvue", timeout=5000
    )
    at_ml.partners_table.selectRow(0)
    assert not at_ml.answer_button.isEnabled()


def test_the_tab_says_what_to_do_when_there_is_nothing(qtbot: Any, context: AppContext) -> None:
    view = NetworkView(context)
    qtbot.addWidget(view)
    view.show()
    tab = view.requests_tab
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.board is not None, timeout=5000)
    assert not tab.ours_table.isVisible() and not tab.partners_table.isVisible()
    assert "Relayer au réseau" in tab.ours_empty.text() and tab.ours_empty.isVisible()
    assert "Synchronisation" in tab.partners_empty.text() and tab.partners_empty.isVisible()
    i18n.install("nl")
    try:
        assert tab.ours_box.title() != "Nos demandes relayées au réseau"
    finally:
        i18n.install("fr")


def test_ma_journee_answers_a_partners_request(
    qtbot: Any, pact: Pact, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from PySide6.QtWidgets import QLabel, QPushButton

    from pacte_desktop.ui.home import HomeView

    _, ml, _ = pact.members
    rid = relayed_request(pact)
    monkeypatch.setattr(HomeView, "today", lambda self: dt.date(2026, 12, 7))
    view = HomeView(AppContext(ml.store))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.ready and len(view.partners.rows()) == 1, timeout=5000)
    [row] = view.partners.rows()
    assert row.property("request_id") == rid
    detail = row.findChild(QLabel, "request_detail")
    assert detail is not None and "CPAS de Saint-Gilles" in detail.full_text()  # type: ignore[attr-defined]
    button = row.findChild(QPushButton, "answer_request")
    assert button is not None and button.text() == "Répondre…"
    button.click()
    qtbot.waitUntil(lambda: getattr(view, "answer_dialog", None) is not None, timeout=5000)
    dialog = view.answer_dialog
    assert isinstance(dialog, AnswerDialog) and dialog.request.id == rid
    dialog.count.setValue(3)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    def answered() -> bool:
        rows = view.partners.rows()
        label = rows[0].findChild(QLabel, "request_answered") if rows else None
        return label is not None and label.text() == "répondu : 3 candidats"

    qtbot.waitUntil(answered, timeout=5000)
    [row] = view.partners.rows()
    button = row.findChild(QPushButton, "answer_request")
    assert button is not None and button.text() == "Modifier…"
    view.context.runner.drain()


def test_relayer_au_reseau_relays_a_request_with_undo_and_refuses_other_offers(
    qtbot: Any, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from pacte_desktop.ui.records import OpportunitiesView

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from test_records import make_view, seed_records

    seeded = seed_records(context)
    view = make_view(qtbot, OpportunitiesView, context)
    assert view.relay_button.text() == "Relayer au réseau"
    assert not view.relay_button.isEnabled()

    def shared(record_id: str) -> int:
        with context.store.reading() as conn:
            return int(
                conn.exec_driver_sql(
                    "SELECT shared FROM opportunity WHERE id = ?", (record_id,)
                ).scalar_one()
            )

    request = seeded["request"].id
    view.table_view.selectRow(view.model.row_of(request))
    assert view.relay_button.isEnabled()
    with qtbot.waitSignal(context.undo_offered, timeout=5000) as offered:
        qtbot.mouseClick(view.relay_button, Qt.MouseButton.LeftButton)
    text, undo = offered.args
    assert (
        text == "« Mécaniciens vélo » relayée au réseau : elle part à la prochaine synchronisation."
    )
    assert shared(request) == 1
    undo()
    qtbot.waitUntil(lambda: shared(request) == 0, timeout=5000)

    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: refusals.append(str(a[2])))
    view.table_view.selectRow(view.model.row_of(seeded["commis"].id))
    qtbot.mouseClick(view.relay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(refusals), timeout=5000)
    assert "n'est pas une demande de profils" in refusals[0]
    assert shared(seeded["commis"].id) == 0


def test_an_empty_list_gives_its_height_to_the_other(qtbot: Any, pact: Pact) -> None:
    """The relaying organisation has its requests and no partner's: its list takes the height
    the empty one does not need; our requests get the wider part beside their answers."""
    relayed_request(pact)
    tab = tab_of(qtbot, pact.members[0].store)
    window = tab.window()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: tab.ours_box.height() > 2 * tab.partners_box.height(), timeout=5000)
    sizes = tab.ours_split.sizes()
    assert sizes[0] > sizes[1]
