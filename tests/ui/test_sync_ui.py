"""Sync in the interface, over real stores around a real shared folder: the Synchroniser button
and its status, an edit from another workstation reaching the employer view, the conflicts
dialog, the Network view and the partners section of the employer record, the setup wizard, the
background timer, and refused files and forks said in the interface's language."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard

from pacte_desktop.domain.entities import Employer
from pacte_desktop.services import workers
from pacte_desktop.store.database import Store
from pacte_desktop.sync import engine, feeds
from pacte_desktop.ui import i18n
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from workstations import CHEAP_KDF, PASSPHRASE, OrgNet, Workstation

from pacte_desktop.store.unit_of_work import UnitOfWork


@pytest.fixture
def net(tmp_path: Path):  # type: ignore[no-untyped-def]
    n = OrgNet(tmp_path)
    yield n
    n.close()


def _window(qtbot, store: Store, tmp_path: Path, name: str = "win") -> MainWindow:  # type: ignore[no-untyped-def]
    i18n.install("fr")
    context = AppContext(store)
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    win = MainWindow(context, settings)
    win.sync.stop()  # the tests start passes themselves
    qtbot.addWidget(win)
    win.show()
    return win


def _pass(qtbot, win: MainWindow, *, manual: bool = True) -> engine.PassSummary:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(win.sync.pass_finished, timeout=20_000) as blocker:
        started = win.sync.sync_now() if manual else win.sync.background_pass()
        assert started
    return blocker.args[0]


def _close(win: MainWindow) -> None:
    win.sync.stop()
    win.context.runner.wait()
    win.close()
    win.context.runner.wait()


def test_the_sync_button_runs_a_pass_and_the_status_shows_it(qtbot, net, tmp_path) -> None:
    a = net.first("A")
    a.employer("Boulangerie du Parvis")  # one local operation waiting to be published
    win = _window(qtbot, a.store, tmp_path)
    qtbot.waitUntil(lambda: "en attente" in win.sync.label.text(), timeout=5000)
    assert win.sync.act_sync.shortcut().toString() == "F5"
    assert win.menu_sync.title() == "S&ynchronisation"
    with qtbot.waitSignal(win.sync.pass_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(win.sync.button, Qt.MouseButton.LeftButton)
    summary = blocker.args[0]
    assert summary.ok and summary.scopes[0].published_ops >= 1
    text = win.sync.label.text()
    assert text.startswith("Synchronisé à") and "en attente" not in text
    assert not win.sync.running and win.sync.act_sync.isEnabled()
    _close(win)


def test_an_edit_on_another_workstation_appears_in_the_employer_view_after_the_pass(
    qtbot, net, tmp_path
) -> None:
    a = net.first("A")
    eid = a.employer("Garage Moderne", commune="Saint-Gilles")
    a.sync()
    b = net.join("B")
    win = _window(qtbot, a.store, tmp_path)
    view = win.view("employers")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    b.edit(Employer, eid, {"name": "Garage Moderne SRL"})
    b.employer("Atelier Vélo")
    b.sync()
    summary = _pass(qtbot, win)
    assert summary.received_ops >= 2
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    model = view.model
    qtbot.waitUntil(
        lambda: (
            {model.data(model.index(r, 0)) for r in range(2)}
            == {"Garage Moderne SRL", "Atelier Vélo"}
        ),
        timeout=5000,
    )
    _close(win)


def test_conflicts_dialog_lists_a_conflict_and_reinstating_it_changes_the_value(
    qtbot, net, tmp_path
) -> None:
    from pacte_desktop.ui.conflicts import ConflictsDialog

    a = net.first("A")
    eid = a.employer("Garage Moderne")
    a.sync()
    b = net.join("B")
    b.edit(Employer, eid, {"name": "Garage Moderne SPRL"})
    a.edit(Employer, eid, {"name": "Garage Moderne SRL"})  # later: wins
    b.sync()
    a.sync()
    win = _window(qtbot, b.store, tmp_path)
    _pass(qtbot, win)
    assert b.value("employer", eid, "name") == "Garage Moderne SRL"
    qtbot.waitUntil(lambda: "conflits : 1" in win.sync.label.text(), timeout=5000)
    dialog = win.sync.show_conflicts()
    assert isinstance(dialog, ConflictsDialog)
    win.context.runner.drain()  # the conflicts, read off the GUI thread
    assert dialog.model.rowCount() == 1
    shown = dialog.model.row(0)
    assert shown["record"] == "Employeur : Garage Moderne SRL"
    assert shown["field"] == "Nom"
    assert (shown["lost"], shown["won"]) == ("Garage Moderne SPRL", "Garage Moderne SRL")
    assert shown["kind"] == "Modifications simultanées"
    assert dialog.reinstate_button.isEnabled()
    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) is None and False  # refuse first
    dialog.reinstate_selected()
    assert asked and b.value("employer", eid, "name") == "Garage Moderne SRL"
    dialog.confirm = lambda text: True
    with qtbot.waitSignal(dialog.acted, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.reinstate_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["reinstated"]
    assert b.value("employer", eid, "name") == "Garage Moderne SPRL"
    assert dialog.model.rowCount() == 0
    assert dialog.explain.text() == "Aucun conflit ouvert."
    dialog.close()
    _close(win)


def test_an_edit_after_delete_cannot_be_reinstated_but_can_be_dismissed(
    qtbot, net, tmp_path
) -> None:
    from pacte_desktop.domain.entities import ContactPerson
    from pacte_desktop.ui.conflicts import ConflictsDialog

    a = net.first("A")
    eid = a.employer("Friterie")
    cid = a.create(ContactPerson, {"employer_id": eid, "name": "Mme Peeters"})
    a.sync()
    b = net.join("B")
    a.delete(ContactPerson, cid)
    b.edit(ContactPerson, cid, {"role": "gérante"})
    for station in (a, b, a):
        station.sync()
    context = AppContext(a.store)
    dialog = ConflictsDialog(context)
    qtbot.addWidget(dialog)
    context.runner.drain()  # the conflicts, read off the GUI thread
    kinds = [dialog.model.row(r)["kind"] for r in range(dialog.model.rowCount())]
    row = kinds.index("Modifiée après suppression")
    dialog.table.selectRow(row)
    assert not dialog.reinstate_button.isEnabled()
    assert "supprimée" in dialog.explain.text()
    dialog.confirm = lambda text: True
    with qtbot.waitSignal(dialog.acted, timeout=5000):
        dialog.dismiss_selected()
    assert dialog.model.rowCount() == len(kinds) - 1
    context.runner.wait()


def _organisation(tmp: Path, name: str, org_name: str) -> Workstation:
    """A store of its own organisation, with its own organisation root."""
    store = Store.open(tmp / name, daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        workers.init_organisation(
            uow, name=org_name, org_type="mission-locale", worker=f"Worker {name}"
        )
        uow.commit()
    root = tmp / f"{name}-root"
    root.mkdir()
    engine.setup_org(store, engine.Location("folder", str(root)), secret=PASSPHRASE, kdf=CHEAP_KDF)
    return Workstation(name, store, root)


def test_the_network_view_lists_a_partners_employer_with_its_organisation(qtbot, tmp_path) -> None:
    from pacte_desktop.ui.employer_record import EmployerDialog, open_employer
    from pacte_desktop.ui.network import NetworkView

    network = tmp_path / "network"
    network.mkdir()
    ours = _organisation(tmp_path, "ours", "CPAS de Saint-Gilles")
    partner = _organisation(tmp_path, "partner", "Mission locale de Saint-Gilles")
    bce = "0403019261"
    partner.employer(
        "Brasserie de l'Union", bce_number=bce, commune="Saint-Gilles", nace_code="56.101"
    )
    ours_eid = ours.employer("Brasserie Union", bce_number=bce)
    where = engine.Location("folder", str(network))
    engine.setup_network(
        partner.store,
        where,
        coordinator=True,
        network_name="Pacte",
        secret=PASSPHRASE,
        org_secret=PASSPHRASE,  # the organisation key signs this workstation into the network
        kdf=CHEAP_KDF,
    )
    engine.setup_network(ours.store, where, secret=PASSPHRASE, org_secret=PASSPHRASE)
    win = _window(qtbot, ours.store, tmp_path)
    win.show_view("network")
    view = win.current_view()
    assert isinstance(view, NetworkView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    row = view.model.row(0)
    # One employer known by both: our record's name, both organisations.
    assert row["name"] == "Brasserie Union"
    assert row["known_by"] == "Nous · Mission locale de Saint-Gilles"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert "Connu de" in headers
    assert view.model.data(view.model.index(0, 3)) == "0403.019.261"
    win.search.setText("mission")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    win.search.setText("nulle part")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=2000)
    win.search.setText("")
    # The employer record names the partners who know the same employer (same BCE number).
    found: list[EmployerDialog] = []
    open_employer(win.context, ours_eid, win, on_open=found.append)
    qtbot.waitUntil(lambda: len(found) == 1, timeout=5000)
    dialog = found[0]
    qtbot.waitUntil(lambda: dialog.partners_box.isVisible(), timeout=5000)
    assert "Mission locale de Saint-Gilles" in dialog.partners_label.text()
    assert dialog.partners_label.text().startswith("Partenaires qui connaissent cet employeur : ")
    assert dialog.header.isAncestorOf(dialog.partners_box)  # on the header card
    dialog.close()
    _close(win)
    partner.close()
    ours.close()


def _fill_org_page(wizard, folder: Path, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    page = wizard.org_page
    assert page.enable.isChecked()
    page.where.folder.setText(str(folder))
    page.passphrase.first.setText(first)
    page.passphrase.second.setText(second)


def test_the_setup_wizard_creates_a_root_on_an_empty_folder(qtbot, context, tmp_path) -> None:
    from pacte_desktop.ui.sync_setup import SyncSetupWizard

    folder = tmp_path / "shared"
    folder.mkdir()
    wizard = SyncSetupWizard(context)
    wizard.kdf = CHEAP_KDF
    qtbot.addWidget(wizard)
    wizard.show()
    context.runner.drain()  # what is set up already, read off the GUI thread
    _fill_org_page(wizard, folder, PASSPHRASE, PASSPHRASE)
    wizard.next()
    assert wizard.currentId() == 1  # the network, left unchecked
    assert not wizard.network_page.enable.isChecked()
    wizard.next()
    assert wizard.currentId() == 3
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=20_000)
    assert (folder / "ORG.json").exists()
    assert "dossier créé" in wizard.run_page.status.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert engine.LocalState(context.store).configured("org")
    assert engine.LocalState(context.store).get("org.location") is not None
    assert PASSPHRASE not in str(context.store.local("sync.org.location"))


def test_the_setup_wizard_refuses_mismatched_passphrases(qtbot, context, tmp_path) -> None:
    from pacte_desktop.ui.sync_setup import SyncSetupWizard

    folder = tmp_path / "shared"
    folder.mkdir()
    wizard = SyncSetupWizard(context)
    wizard.kdf = CHEAP_KDF
    qtbot.addWidget(wizard)
    wizard.show()
    context.runner.drain()  # what is set up already, read off the GUI thread
    # Typed twice differently: refused on the page, with the reason, nothing typed is lost.
    _fill_org_page(wizard, folder, PASSPHRASE, PASSPHRASE + "!")
    wizard.next()
    assert wizard.currentId() == 0
    error = wizard.org_page.error
    assert error.isVisible() and "diffèrent" in error.text()
    assert wizard.org_page.passphrase.first.text() == PASSPHRASE
    # Typed once only, on an empty folder (a creation): refused by the setup, nothing written.
    wizard.org_page.passphrase.second.setText("")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == 3
    qtbot.waitUntil(lambda: wizard.run_page.error.isVisible(), timeout=20_000)
    assert "diffèrent" in wizard.run_page.error.text()
    assert not wizard.run_page.isComplete()
    assert not (folder / "ORG.json").exists()
    assert not engine.LocalState(context.store).configured("org")
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    # Too short.
    wizard.back()
    wizard.back()
    wizard.org_page.passphrase.first.setText("court")
    wizard.org_page.passphrase.second.setText("court")
    wizard.next()
    assert wizard.currentId() == 0
    assert "au moins" in wizard.org_page.error.text()


def test_the_setup_wizard_shows_what_we_share_before_the_network(qtbot, context, tmp_path) -> None:
    from pacte_desktop.ui.sync_setup import SyncSetupWizard

    folder = tmp_path / "network"
    folder.mkdir()
    wizard = SyncSetupWizard(context)
    wizard.kdf = CHEAP_KDF
    qtbot.addWidget(wizard)
    wizard.show()
    context.runner.drain()  # what is set up already, read off the GUI thread
    wizard.org_page.enable.setChecked(False)
    wizard.next()
    page = wizard.network_page
    page.enable.setChecked(True)
    page.coordinator.setChecked(True)
    page.network_name.setText("Pacte de Saint-Gilles")
    page.where.folder.setText(str(folder))
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    wizard.next()
    assert wizard.currentId() == 2
    context.runner.drain()  # what we share, read off the GUI thread
    share = wizard.share_page
    tree = share.panel.tree
    rows = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    employers = rows["Employeur"]
    assert employers.text(1) == "3 fiches"  # the three employers of the fixture
    fields = {
        employers.child(i).text(0): employers.child(i).text(1)
        for i in range(employers.childCount())
    }
    assert fields["Nom"] == "part"
    assert "Charte de partage version 1" in share.panel.summary.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    share.agree.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=20_000)
    assert (folder / "NETWORK.json").exists()
    assert "coordinateur" in wizard.run_page.status.text()


def test_the_background_timer_triggers_a_pass(qtbot, net, tmp_path) -> None:
    a = net.first("A")
    win = _window(qtbot, a.store, tmp_path)
    assert not win.sync.timer.isActive()
    passes: list[object] = []
    win.sync.pass_finished.connect(passes.append)
    win.sync.set_interval(50)
    win.sync.start(first_pass_after_ms=None)
    assert win.sync.timer.isActive()
    qtbot.waitUntil(lambda: len(passes) >= 2, timeout=20_000)
    assert all(p is not None and p.ok for p in passes)  # type: ignore[attr-defined]
    # Never two at once: while one runs, the timer's pass is skipped.
    win.sync.stop()
    qtbot.waitUntil(lambda: not win.sync.running, timeout=20_000)
    assert win.sync.background_pass()
    assert not win.sync.background_pass()
    qtbot.waitUntil(lambda: not win.sync.running, timeout=20_000)
    _close(win)


def test_an_unreachable_root_is_reported_quietly_in_the_background(qtbot, net, tmp_path) -> None:
    import shutil

    a = net.first("A")
    win = _window(qtbot, a.store, tmp_path)
    shutil.rmtree(net.root)  # unmounted
    summary = _pass(qtbot, win, manual=False)
    assert not summary.ok
    assert win.sync.label.text().startswith("Erreur de synchronisation")
    assert "ORG.json" in win.sync.label.toolTip()
    assert win.sync.last_message is None  # no dialog for a background pass
    summary = _pass(qtbot, win, manual=True)
    assert win.sync.last_message is not None and "Rien n'a été supprimé" in (
        win.sync.last_message.text()
    )
    win.sync.last_message.close()
    _close(win)


def test_a_status_read_from_before_a_pass_never_replaces_what_the_pass_found(
    qtbot, net, tmp_path, monkeypatch
) -> None:
    """The runner has two threads: a status read (a local write, the window's start) can read
    the store before a pass writes its outcome and arrive after the pass. It is dropped: the
    status line keeps the pass's error instead of going back to what was true before."""
    import shutil
    import threading

    from pacte_desktop.services import sync_status

    a = net.first("A")
    win = _window(qtbot, a.store, tmp_path)
    win.context.runner.drain()  # the window's own reads are in
    assert not win.sync.label.text().startswith("Erreur de synchronisation")
    # The real read, held on its thread once it has read the store: the scheduling of a busy
    # machine, made certain. Only the first read is held (not the one the pass makes after).
    real = sync_status.read_state
    armed = [True]
    has_read = threading.Event()
    release = threading.Event()

    def read_state(store: Store, lang: str) -> sync_status.SyncState:
        try:
            held = armed.pop()
        except IndexError:
            held = False
        state = real(store, lang)
        if held:
            has_read.set()
            release.wait(20)
        return state

    monkeypatch.setattr(sync_status, "read_state", read_state)
    win.sync.refresh_status()
    assert has_read.wait(10)
    shutil.rmtree(net.root)  # unmounted
    summary = _pass(qtbot, win, manual=False)
    assert not summary.ok
    assert win.sync.label.text().startswith("Erreur de synchronisation")
    release.set()  # the status read from before the pass arrives last
    win.context.runner.drain()
    assert win.sync.label.text().startswith("Erreur de synchronisation")
    assert "ORG.json" in win.sync.label.toolTip()
    _close(win)


def test_a_long_pass_says_how_far_it_has_got(qtbot, net, tmp_path, monkeypatch) -> None:
    a = net.first("A")
    a.sync()
    b = net.join("B")
    monkeypatch.setattr(feeds, "OPS_PER_FILE", 2)  # several files for a few changes
    for i in range(6):
        b.employer(f"Employeur {i}")
    b.sync()
    win = _window(qtbot, a.store, tmp_path)
    shown: list[str] = []
    win.sync.progressed.connect(lambda *_: shown.append(win.sync.label.text()))
    summary = _pass(qtbot, win)
    assert summary.scopes[0].received_files >= 3
    received = [t for t in shown if "reçu" in t]
    assert received and received[-1] == (
        f"Synchronisation… {summary.scopes[0].received_files} fichiers reçus"
    )
    assert not win.sync.label.text().startswith("Synchronisation…")  # done: the status again
    _close(win)


def test_refused_files_and_a_fork_are_shown_in_the_interfaces_language(
    qtbot, net, tmp_path
) -> None:
    import time

    from pacte_desktop.domain.hlc import Stamp
    from pacte_desktop.store.files import HEAD_REVISION
    from pacte_desktop.sync import changefile

    a = net.first("A")
    eid = a.employer("Garage Moderne")
    a.sync()
    b = net.join("B")
    b.edit(Employer, eid, {"notes": "B"})
    b.sync()
    a.sync()
    device = b.store.device_id
    log_dir = net.root / "log" / device
    last = max(log_dir.glob("*.chg"))
    seq = int(last.name[:12]) + 1
    # Junk under a valid name (anyone who can write the folder) ...
    (log_dir / f"{seq:012d}-{'0' * 16}.chg").write_bytes(b"junk")
    # ... and two valid files for B's next number, signed with B's key (a copied laptop).
    state = engine.LocalState(b.store)
    wall = time.time_ns() // 1_000_000 + 60_000
    for counter in (1, 2):
        ops = [
            [
                str(Stamp(wall, counter, device)),
                device,
                None,
                "employer",
                eid,
                "update",
                f'{{"box": "{counter}"}}',
            ]
        ]
        name, data = changefile.write_change_file(
            ops,
            scope="org",
            org_id=str(state.get("org.root_id")),
            device_id=device,
            seq=seq,
            prev=hashlib.sha256(last.read_bytes()).hexdigest(),
            schema=HEAD_REVISION,
            charter=None,
            content_key=state.secret("org.content_key"),
            device_private_key=state.device_key(),
        )
        (log_dir / name).write_bytes(data)
    win = _window(qtbot, a.store, tmp_path)
    summary = _pass(qtbot, win, manual=False)
    assert summary.ok and summary.scopes[0].received_files == 0
    label, tip = win.sync.label.text(), win.sync.label.toolTip()
    assert "bifurcations : 1" in label and "fichiers refusés : 1" in label
    assert "ce n'est pas un fichier de changements" in tip
    assert f"pacte sync accept-fork {device}" in tip and "se séparent en deux branches" in tip
    win.set_language("nl")
    qtbot.waitUntil(
        lambda: "dit is geen wijzigingsbestand" in win.sync.label.toolTip(), timeout=5000
    )
    assert "splitsingen: 1" in win.sync.label.text()
    assert "splitsen zich in twee takken" in win.sync.label.toolTip()
    win.set_language("fr")
    _close(win)
