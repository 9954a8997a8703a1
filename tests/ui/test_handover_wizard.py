"""The handover dialog, the first-run wizard and the worker switch, over real stores."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWizard

from pacte_desktop.domain.entities import (
    Candidate,
    Employer,
    FollowUp,
    Interaction,
    Opportunity,
    Organisation,
    Worker,
)
from pacte_desktop.services import followups, records, workers
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui.handover import HandoverDialog
from pacte_desktop.ui.operations import Runner
from pacte_desktop.ui.wizard import PAGE_CREATE, PAGE_DEMO, FirstRunWizard, SwitchWorkerDialog


# -- handover ----------------------------------------------------------------------------------
@pytest.fixture
def portfolio(context) -> dict[str, str]:
    """Farida (current worker) owns the 3 employers; add follow-ups, a candidate, an offer."""
    with UnitOfWork(context.store) as uow:
        ids = {w.name: w.id for w in uow.repo.list(Worker)}
        ids.update({e.name: e.id for e in uow.repo.list(Employer)})
        for n, name in enumerate(("Société Générale", "Brasserie du Parvis")):
            logged = followups.log_interaction(
                uow,
                employer=ids[name],
                channel="phone",
                summary=f"Rappeler {name}",
                next_action_date=dt.date.today() + dt.timedelta(days=n + 1),
            )
            ids[f"follow_up {name}"] = logged.follow_up.id
        ids["candidate"] = records.create(
            uow, Candidate, {"code": "SG-2025-014", "worker_id": ids["Farida Aissa"]}
        ).id
        ids["opportunity"] = records.create(
            uow,
            Opportunity,
            {
                "employer_id": ids["Brasserie du Parvis"],
                "kind": "internship",
                "title": "Commis de cuisine",
                "owner_id": ids["Farida Aissa"],
            },
        ).id
        uow.commit()
    return ids


def counts(context) -> dict[str, int]:
    with context.store.reading() as conn:
        repo = Repository(conn)
        return {
            cls.TABLE: repo.count(cls, include_archived=True)
            for cls in (Employer, FollowUp, Interaction, Candidate, Opportunity, Worker)
        }


@pytest.fixture
def confirmations(monkeypatch) -> list[str]:
    """Answer Yes to the confirmation box, and remember what it asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def open_dialog(qtbot, context, leaving: str) -> HandoverDialog:
    dialog = HandoverDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    # The workers are read off the GUI thread: the menu fills when they arrive.
    qtbot.waitUntil(lambda: dialog.leaving_combo.count() > 0, timeout=5000)
    dialog.leaving_combo.setCurrentIndex(dialog.leaving_combo.findData(leaving))
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)
    return dialog


def tick(dialog: HandoverDialog, worker_id: str) -> None:
    for n in range(dialog.recipients_list.count()):
        item = dialog.recipients_list.item(n)
        if item.data(Qt.ItemDataRole.UserRole) == worker_id:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{worker_id} is not offered as a recipient")


def test_handover_through_the_dialog(qtbot, context, portfolio, confirmations) -> None:
    ids = portfolio
    farida, igo, julie = ids["Farida Aissa"], ids["Igo De Radigues"], ids["Julie Buelens"]
    before = counts(context)
    dialog = open_dialog(qtbot, context, farida)

    assert dialog.counts() == {
        "employers": 3,
        "follow_ups": 2,
        "candidates": 1,
        "opportunities": 1,
    }
    assert "3" in dialog.summary_label.text()
    texts = {
        dialog.items_tree.topLevelItem(g).child(c).text(0)
        for g in range(dialog.items_tree.topLevelItemCount())
        for c in range(dialog.items_tree.topLevelItem(g).childCount())
    }
    assert "SG-2025-014" in texts
    assert any("Commis de cuisine" in t for t in texts)
    offered = [dialog.recipients_list.item(n).text() for n in range(dialog.recipients_list.count())]
    assert offered == ["Igo De Radigues", "Julie Buelens"]  # not the leaving worker

    tick(dialog, igo)
    tick(dialog, julie)
    # Explicit assignments through the rows' combo boxes, each against what automatic sharing
    # would have done (Igo, Julie, Igo… in name order: Atelier Vélo would go to Igo, and the
    # candidate, fourth in turn, to Julie).
    combo = dialog.assignment_editor(ids["candidate"])
    assert combo is not None
    assert [combo.itemText(n) for n in range(combo.count())] == [
        "Répartition automatique",
        "Igo De Radigues",
        "Julie Buelens",
    ]
    combo.setCurrentIndex(combo.findData(igo))
    atelier = dialog.assignment_editor(ids["Atelier Vélo"])
    atelier.setCurrentIndex(atelier.findData(julie))
    assert dialog.assignments() == {ids["candidate"]: igo, ids["Atelier Vélo"]: julie}

    day_before = dt.date.today()
    with qtbot.waitSignal(context.changed, timeout=5000) as changed:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    day_after = dt.date.today()
    assert changed.args[0] == "*"
    assert len(confirmations) == 1 and "Farida Aissa" in confirmations[0]
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=5000)
    result = dialog.result_label.text()
    assert "Farida Aissa" in result and "Igo De Radigues" in result and "Julie Buelens" in result

    with context.store.reading() as conn:
        repo = Repository(conn)
        left = repo.get(Worker, farida)
        assert left.status == "left" and left.left_on in (
            day_before,
            day_after,
        )  # the day it was done
        assert left.successor_id == igo
        assert repo.count(Employer, owner_id=farida) == 0
        assert repo.count(FollowUp, worker_id=farida, status="open") == 0
        assert repo.count(Candidate, worker_id=farida) == 0
        assert repo.count(Opportunity, owner_id=farida) == 0
        assert repo.get(Candidate, ids["candidate"]).worker_id == igo
        assert repo.get(Employer, ids["Atelier Vélo"]).owner_id == julie
        owners = {
            repo.get(Employer, ids[n]).owner_id for n in ("Société Générale", "Brasserie du Parvis")
        }
        assert owners == {igo, julie}  # the rest is shared out
        # an offer and a follow-up go with their employer
        brasserie_owner = repo.get(Employer, ids["Brasserie du Parvis"]).owner_id
        assert repo.get(Opportunity, ids["opportunity"]).owner_id == brasserie_owner
        follow_up = repo.get(FollowUp, ids["follow_up Brasserie du Parvis"])
        assert follow_up.worker_id == brasserie_owner
        assert repo.count(Employer, include_archived=True) == repo.count(Employer)
    assert counts(context) == before  # nothing deleted, nothing added
    # Farida was this workstation's worker: the first recipient takes over.
    assert context.worker_id == igo

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_handover_needs_a_recipient_and_a_yes(qtbot, context, portfolio, monkeypatch) -> None:
    farida = portfolio["Farida Aissa"]
    answers: list[str] = []

    def question(*_args, **_kwargs):
        answers.append("asked")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = open_dialog(qtbot, context, farida)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert "destinataires" in dialog.error_label.text().lower()
    assert answers == []  # nothing to confirm yet

    tick(dialog, portfolio["Julie Buelens"])
    assert not dialog.error_label.isVisible()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert answers == ["asked"]
    context.runner.drain()  # every job finished and answered: the dialog is where it stays
    assert dialog.pages.currentIndex() == 0
    with context.store.reading() as conn:
        repo = Repository(conn)
        assert repo.get(Worker, farida).status == "active"
        assert repo.count(Employer, owner_id=farida) == 3


def test_handover_error_from_the_service_is_shown(qtbot, context, portfolio, confirmations):
    """Julie leaves (by another workstation) while the dialog is open: the service refuses."""
    dialog = open_dialog(qtbot, context, portfolio["Farida Aissa"])
    tick(dialog, portfolio["Julie Buelens"])
    with UnitOfWork(context.store) as uow:
        records.edit(uow, Worker, portfolio["Julie Buelens"], {"status": "left"})
        uow.commit()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert "Julie Buelens" in dialog.error_label.text()
    assert dialog.apply_button.isEnabled() and dialog.pages.currentIndex() == 0
    with context.store.reading() as conn:
        assert Repository(conn).get(Worker, portfolio["Farida Aissa"]).status == "active"


# -- first-run wizard --------------------------------------------------------------------------
@pytest.fixture
def empty_store(qapp, tmp_path):
    store = Store.open(tmp_path / "new", daily_backup=False)
    runner = Runner()
    yield store, runner
    runner.wait()
    store.close()


def start(qtbot, empty_store) -> FirstRunWizard:
    store, runner = empty_store
    wizard = FirstRunWizard(store, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def finish_button(wizard: FirstRunWizard):
    return wizard.button(QWizard.WizardButton.FinishButton)


def test_wizard_creates_the_organisation_and_its_first_worker(qtbot, empty_store) -> None:
    store, _ = empty_store
    wizard = start(qtbot, empty_store)
    assert wizard.choice_page.create_radio.isChecked()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_CREATE
    page = wizard.create_page
    assert not finish_button(wizard).isEnabled()
    qtbot.keyClicks(page.name_edit, "Mission locale de Saint-Gilles")
    page.type_combo.setCurrentIndex(page.type_combo.findData("mission-locale"))
    assert page.type_combo.currentText() == "Mission locale"
    assert not finish_button(wizard).isEnabled()  # still no name for the worker
    qtbot.keyClicks(page.worker_edit, "Nadia El Amrani")
    assert finish_button(wizard).isEnabled()
    qtbot.mouseClick(finish_button(wizard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=5000)

    assert wizard.worker_id is not None
    assert store.local("worker_id") == wizard.worker_id
    with store.reading() as conn:
        repo = Repository(conn)
        org = repo.get(Organisation, store.local("organisation_id"))
        worker = repo.get(Worker, wizard.worker_id)
    assert (org.name, org.org_type) == ("Mission locale de Saint-Gilles", "mission-locale")
    assert worker.name == "Nadia El Amrani" and worker.organisation_id == org.id


def test_wizard_refuses_to_finish_without_a_name(qtbot, empty_store) -> None:
    store, runner = empty_store
    wizard = start(qtbot, empty_store)
    wizard.next()
    page = wizard.create_page
    qtbot.keyClicks(page.name_edit, "   ")  # spaces are no name
    page.type_combo.setCurrentIndex(page.type_combo.findData("isp"))
    qtbot.keyClicks(page.worker_edit, "Nadia El Amrani")
    assert not finish_button(wizard).isEnabled()
    wizard.accept()  # what Finish does, forced: the page refuses
    assert page.error_label.isVisible()
    assert "obligatoire" in page.error_label.text()
    runner.drain()  # every job finished and answered: the wizard is where it stays
    assert wizard.result() != QDialog.DialogCode.Accepted and wizard.isVisible()
    assert store.local("organisation_id") is None
    assert page.worker_edit.text() == "Nadia El Amrani"  # nothing typed is lost


def test_wizard_demo_path_fills_the_store(qtbot, empty_store) -> None:
    store, _ = empty_store
    wizard = start(qtbot, empty_store)
    wizard.choice_page.demo_radio.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_DEMO
    qtbot.mouseClick(finish_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.busy and wizard.progress_dialog is not None
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=15000)

    assert wizard.worker_id is not None and wizard.worker_id == store.local("worker_id")
    with store.reading() as conn:
        repo = Repository(conn)
        assert repo.count(Employer) == 300
        assert repo.count(FollowUp) > 0
        assert repo.get(Worker, wizard.worker_id).status == "active"


# -- switching worker --------------------------------------------------------------------------
def test_switch_worker_dialog_returns_the_chosen_worker(qtbot, context) -> None:
    with UnitOfWork(context.store) as uow:
        ids = {w.name: w.id for w in uow.repo.list(Worker)}
        records.edit(uow, Worker, ids["Igo De Radigues"], {"status": "left"})
        uow.commit()
    with context.store.reading() as conn:
        dialog = SwitchWorkerDialog(workers.active(conn), context.worker_id)
    qtbot.addWidget(dialog)
    dialog.show()
    items = [dialog.list.item(n) for n in range(dialog.list.count())]
    assert [i.text() for i in items] == ["Farida Aissa (actuel)", "Julie Buelens"]  # Igo left
    assert dialog.chosen_id() == ids["Farida Aissa"]
    julie = items[1]
    qtbot.mouseClick(
        dialog.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.list.visualItemRect(julie).center(),
    )
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.worker_id == ids["Julie Buelens"]


def test_dialogs_relabel_on_language_change(
    qtbot, context, portfolio, empty_store, confirmations
) -> None:
    dialog = open_dialog(qtbot, context, portfolio["Farida Aissa"])
    tick(dialog, portfolio["Igo De Radigues"])
    dialog.apply_button.setText("")
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.apply_button.text() == "&Appliquer"
    assert dialog.recipient_ids() == [portfolio["Igo De Radigues"]]  # choices kept
    assert dialog.items_tree.topLevelItem(0).text(0) == "Employeurs (3)"

    wizard = start(qtbot, empty_store)
    wizard.next()
    qtbot.keyClicks(wizard.create_page.name_edit, "ALE de Saint-Gilles")
    wizard.create_page.type_combo.setCurrentIndex(0)
    QApplication.sendEvent(wizard.create_page, QEvent(QEvent.Type.LanguageChange))
    assert wizard.create_page.type_combo.currentText() == "CPAS"
    assert wizard.create_page.name_edit.text() == "ALE de Saint-Gilles"


def test_handover_editors_fill_their_rows_beside_the_names(
    qtbot, monkeypatch, context, portfolio
) -> None:
    """Issue 14, point 5: each « Attribué à » combo box fills its own row, as tall as it asks to
    be, level with the item's name — also after recipients are ticked and one is chosen."""
    from pacte_desktop.ui.handover import COL_ASSIGNED, COL_ITEM

    ids = portfolio
    dialog = open_dialog(qtbot, context, ids["Farida Aissa"])
    monkeypatch.setattr(dialog, "confirm_close", lambda: True)  # a failure must not block
    dialog.resize(900, 700)
    tick(dialog, ids["Igo De Radigues"])
    tick(dialog, ids["Julie Buelens"])
    combo = dialog.assignment_editor(ids["candidate"])
    assert combo is not None
    combo.setCurrentIndex(combo.findData(ids["Igo De Radigues"]))
    QApplication.processEvents()
    tree = dialog.items_tree
    checked = 0
    for item_id, child in dialog._items.items():
        editor = dialog.assignment_editor(item_id)
        assert editor is not None
        cell = tree.visualRect(tree.indexFromItem(child, COL_ASSIGNED))
        name = tree.visualRect(tree.indexFromItem(child, COL_ITEM))
        assert editor.geometry() == cell, item_id
        assert cell.height() >= editor.sizeHint().height(), item_id
        assert (name.top(), name.height()) == (cell.top(), cell.height()), item_id
        assert editor.fontMetrics().height() <= editor.contentsRect().height(), item_id
        checked += 1
    assert checked == 7
