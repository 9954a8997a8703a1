"""Joining the organisation from the first-run wizard, over real stores around a real
organisation root in a folder: the location, the passphrase typed once, the worker's name, the
join in the background; a wrong passphrase, a folder without ORG.json and an unreachable
location are refused on the page and can be corrected."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from pacte_desktop.domain.entities import Employer, Worker
from pacte_desktop.services.sync_status import WEBDAV_PASSWORD_ENV
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.sync import engine
from pacte_desktop.ui import i18n
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.operations import Runner
from pacte_desktop.ui.wizard import PAGE_JOIN, FirstRunWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from workstations import PASSPHRASE, OrgNet


@pytest.fixture
def net(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    i18n.install("fr")
    n = OrgNet(tmp_path)
    yield n
    n.close()


@pytest.fixture
def organisation(net):  # type: ignore[no-untyped-def]
    """Workstation A: the CPAS (Farida Aissa) with two employers, shared in the root folder."""
    a = net.first("A")
    a.employer("Boulangerie du Parvis", commune="Saint-Gilles")
    a.employer("Garage Moderne", commune="Forest")
    assert a.sync().ok
    return a


@pytest.fixture
def empty_store(qapp, tmp_path):  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "new", daily_backup=False)
    runner = Runner()
    yield store, runner
    runner.wait()
    store.close()


def start(qtbot, empty_store) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    store, runner = empty_store
    wizard = FirstRunWizard(store, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice_page.join_radio.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_JOIN
    return wizard


def finish(wizard: FirstRunWizard):  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.FinishButton)


def fill(wizard: FirstRunWizard, folder: Path | str, secret: str, worker: str) -> None:
    page = wizard.join_page
    page.where.folder_radio.setChecked(True)
    page.where.folder.setText(str(folder))
    page.passphrase.first.setText(secret)
    page.worker_edit.setText(worker)


def refused(qtbot, wizard: FirstRunWizard, runner: Runner) -> str:  # type: ignore[no-untyped-def]
    """Click Finish; wait for the page to show why it refused; the message."""
    page = wizard.join_page
    qtbot.mouseClick(finish(wizard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=10_000)
    runner.drain()  # every job finished and answered: nothing can still change the page
    assert not wizard.busy and not page.busy_bar.isVisible()
    assert wizard.result() != QDialog.DialogCode.Accepted and wizard.isVisible()
    assert finish(wizard).isEnabled() and page.fields.isEnabled()  # correct and retry
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    return page.error_label.text()


def unconfigured(store: Store) -> bool:
    return (
        store.local("organisation_id") is None
        and store.local("worker_id") is None
        and engine.LocalState(store).location("org") is None
    )


def test_joining_from_an_empty_data_folder_receives_the_organisation(
    qtbot, net, organisation, empty_store
) -> None:
    store, _ = empty_store
    wizard = start(qtbot, empty_store)
    page = wizard.join_page
    assert not page.passphrase.second.isVisible()  # typed once: the keys check it
    assert not finish(wizard).isEnabled()
    fill(wizard, net.root, PASSPHRASE, "")
    assert not finish(wizard).isEnabled()  # still no name
    page.worker_edit.setText("Nadia El Amrani")
    assert finish(wizard).isEnabled()

    qtbot.mouseClick(finish(wizard), Qt.MouseButton.LeftButton)
    assert wizard.busy and page.busy_bar.isVisible() and not page.fields.isEnabled()
    assert not finish(wizard).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=20_000)

    assert wizard.worker_id is not None and store.local("worker_id") == wizard.worker_id
    assert store.local("organisation_id") == organisation.store.local("organisation_id")
    assert engine.LocalState(store).location("org") == engine.Location("folder", str(net.root))
    assert wizard.join_result is not None and not wizard.join_result.created
    with store.reading() as conn:
        repo = Repository(conn)
        names = sorted(e.name for e in repo.list(Employer))
        worker = repo.get(Worker, wizard.worker_id)
        workers = sorted(w.name for w in repo.list(Worker))
    assert names == ["Boulangerie du Parvis", "Garage Moderne"]
    assert worker.name == "Nadia El Amrani"  # a new colleague: created
    assert workers == ["Farida Aissa", "Nadia El Amrani"]
    # What app.py then does: the main window's context acts as that worker.
    context = AppContext(store, wizard.runner)
    assert context.worker_id == wizard.worker_id


def test_a_wrong_passphrase_is_shown_on_the_page_then_the_right_one_joins(
    qtbot, net, organisation, empty_store
) -> None:
    store, runner = empty_store
    wizard = start(qtbot, empty_store)
    page = wizard.join_page
    fill(wizard, net.root, "not the passphrase", "farida aissa")
    text = refused(qtbot, wizard, runner)
    assert "phrase secrète ne déverrouille pas" in text and "CPAS de Saint-Gilles" in text
    assert "Rien n'est perdu" in page.status_label.text()
    assert unconfigured(store)
    # Everything typed is kept; the passphrase field is ready to be typed again.
    assert page.where.folder.text() == str(net.root)
    assert page.worker_edit.text() == "farida aissa"
    assert page.passphrase.first.hasFocus()

    page.passphrase.first.setText(PASSPHRASE)
    assert not page.error_label.isVisible()  # typing again clears the message
    qtbot.mouseClick(finish(wizard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    # An existing colleague's name (case aside) reuses that worker.
    with organisation.store.reading() as conn:
        farida = Repository(conn).list(Worker)[0]
    assert farida.name == "Farida Aissa"
    assert wizard.worker_id == farida.id == store.local("worker_id")
    with store.reading() as conn:
        assert Repository(conn).count(Worker) == 1
        assert Repository(conn).count(Employer) == 2


def test_a_folder_without_org_json_is_refused_with_a_clear_message(
    qtbot, net, organisation, empty_store, tmp_path
) -> None:
    store, runner = empty_store
    empty = tmp_path / "not-the-root"
    empty.mkdir()
    wizard = start(qtbot, empty_store)
    page = wizard.join_page
    fill(wizard, empty, PASSPHRASE, "Nadia El Amrani")
    text = refused(qtbot, wizard, runner)
    assert "Aucune organisation à rejoindre" in text and "ORG.json" in text and str(empty) in text
    assert unconfigured(store)
    assert list(empty.iterdir()) == []  # nothing written there

    # A folder that does not exist is refused before anything runs.
    page.where.folder.setText(str(tmp_path / "missing"))
    qtbot.mouseClick(finish(wizard), Qt.MouseButton.LeftButton)
    assert page.error_label.isVisible() and "n'existe pas" in page.error_label.text()
    assert not wizard.busy and unconfigured(store)

    page.where.folder.setText(str(net.root))
    qtbot.mouseClick(finish(wizard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    assert store.local("organisation_id") == organisation.store.local("organisation_id")


def test_an_unreachable_webdav_server_is_refused_and_its_password_stays_in_the_session(
    qtbot, net, organisation, empty_store, monkeypatch
) -> None:
    store, runner = empty_store
    env = WEBDAV_PASSWORD_ENV["org"]
    monkeypatch.delenv(env, raising=False)
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    wizard = start(qtbot, empty_store)
    page = wizard.join_page
    page.where.webdav_radio.setChecked(True)
    assert not page.where.folder.isEnabled() and page.where.url.isEnabled()
    page.where.url.setText(f"http://127.0.0.1:{port}/dav/")
    page.where.user.setText("cpas")
    page.where.password.setText("webdav secret")
    page.passphrase.first.setText(PASSPHRASE)
    page.worker_edit.setText("Nadia El Amrani")
    assert "redemandé après un redémarrage" in page.where.password_note.text()
    text = refused(qtbot, wizard, runner)
    assert f"127.0.0.1:{port}" in text
    assert unconfigured(store)
    # The WebDAV password: this session's environment only, never the store.
    assert os.environ.get(env) == "webdav secret"
    with store.reading() as conn:
        values = [str(v) for (v,) in conn.exec_driver_sql("SELECT value FROM local_state")]
    assert not any("webdav secret" in v for v in values)
    # After the busy state, the location editor still follows its radio buttons.
    assert not page.where.folder.isEnabled() and page.where.url.isEnabled()


def test_the_join_page_relabels_on_language_change(qtbot, empty_store) -> None:
    wizard = start(qtbot, empty_store)
    page = wizard.join_page
    page.worker_edit.setText("Nadia El Amrani")
    assert wizard.choice_page.join_radio.text().startswith("&Rejoindre")
    page.setTitle("")
    page.where.browse.setText("")
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.title() == "Rejoindre mon organisation"
    assert page.where.browse.text() == "Parcourir…"
    assert page.worker_edit.text() == "Nadia El Amrani"
