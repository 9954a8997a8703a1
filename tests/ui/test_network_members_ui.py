"""The network's members in the Réseau view, over real stores around a real network folder:
every member sees the list; the coordinator admits a pending organisation and removes a member,
each after a confirmation naming it and its key's fingerprint."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pacte_desktop.services import workers
from pacte_desktop.store.database import Store
from pacte_desktop.sync import engine
from pacte_desktop.ui import i18n
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.network import NetworkView
from pacte_desktop.ui.network_members import MEMBER_COLUMNS, MembersTab

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from workstations import CHEAP_KDF, PASSPHRASE, Workstation

from pacte_desktop.store.unit_of_work import UnitOfWork


def _organisation(tmp: Path, name: str, org_name: str) -> Workstation:
    store = Store.open(tmp / name, daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        workers.init_organisation(uow, name=org_name, org_type="cpas", worker=f"Worker {name}")
        uow.commit()
    root = tmp / f"{name}-root"
    root.mkdir()
    engine.setup_org(store, engine.Location("folder", str(root)), secret=PASSPHRASE, kdf=CHEAP_KDF)
    return Workstation(name, store, root)


@pytest.fixture
def network(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The CPAS coordinates; the mission locale has asked to join (pending)."""
    i18n.install("fr")
    folder = tmp_path / "network"
    folder.mkdir()
    cpas = _organisation(tmp_path, "cpas", "CPAS de Saint-Gilles")
    ml = _organisation(tmp_path, "ml", "Mission locale de Saint-Gilles")
    ml.employer("Atelier Vélo", postcode="1060")
    where = engine.Location("folder", str(folder))
    # Each organisation's passphrase given as the setup wizard gives it (not left to an
    # environment variable another test may have set): its key signs the member document.
    for station, coordinator in ((cpas, True), (ml, False)):
        engine.setup_network(
            station.store,
            where,
            coordinator=coordinator,
            secret=PASSPHRASE,
            org_secret=PASSPHRASE,
            kdf=CHEAP_KDF,
        )
    cpas.sync(scopes=("network",))  # the coordinator sees the request
    yield cpas, ml
    cpas.close()
    ml.close()


def _view(qtbot, store: Store, tmp_path: Path) -> NetworkView:  # type: ignore[no-untyped-def]
    """The Network view, its « Membres » tab shown once the members are read."""
    context = AppContext(store)
    view = NetworkView(context)
    qtbot.addWidget(view)
    view.restore_state(QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat))
    view.show()
    tab = view.members_tab
    qtbot.waitUntil(lambda: tab.member_model.rowCount() == 2, timeout=5000)
    view.show_tab("members")
    return view


def _row_of(tab: MembersTab, name: str) -> int:
    return next(r for r in range(tab.member_model.rowCount()) if tab.members[r].name == name)


def _cell(tab: MembersTab, row: int, key: str) -> str:
    model = tab.member_model
    return str(model.data(model.index(row, MEMBER_COLUMNS.index(key))))


def test_the_coordinator_admits_then_removes_a_member_after_confirming(
    qtbot, network, tmp_path
) -> None:
    cpas, ml = network
    view = _view(qtbot, cpas.store, tmp_path)
    tab = view.members_tab
    assert tab.isVisible() and view.tabs.tabText(view.tabs.indexOf(tab)) == (
        "Membres (1 en attente)"
    )
    assert tab.members_hint.text() == "1 organisation attend votre admission."
    row = _row_of(tab, "Mission locale de Saint-Gilles")
    assert _cell(tab, row, "member_status") == "en attente d'admission"
    ours = _row_of(tab, "CPAS de Saint-Gilles")
    assert _cell(tab, ours, "member_status") == "admise · coordination · notre organisation"
    assert tab.admit_button.isVisible() and tab.remove_button.isVisible()

    tab.member_table.selectRow(ours)  # the coordinator's own organisation: nothing to do
    assert not tab.admit_button.isEnabled() and not tab.remove_button.isEnabled()
    tab.member_table.selectRow(row)
    assert tab.admit_button.isEnabled() and tab.remove_button.isEnabled()

    asked: list[str] = []
    tab.confirm = lambda text: asked.append(text) is None and False  # refused first
    tab.admit_button.click()
    assert "Mission locale de Saint-Gilles" in asked[0]
    assert tab.members[row].fingerprint in asked[0]
    assert engine.network_members(cpas.store)[row].status == engine.PENDING

    tab.confirm = lambda text: True
    tab.admit_button.click()
    qtbot.waitUntil(
        lambda: any(
            m.name.startswith("Mission") and m.status == engine.ADMITTED for m in tab.members
        ),
        timeout=5000,
    )
    # Admitted: the mission locale's employers now arrive on the coordinator's workstation.
    ml.sync(scopes=("network",))
    cpas.sync(scopes=("network",))
    view.context.changed.emit("network", None)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert view.model.row(0)["name"] == "Atelier Vélo"

    row = _row_of(tab, "Mission locale de Saint-Gilles")
    tab.member_table.selectRow(row)
    assert not tab.admit_button.isEnabled() and tab.remove_button.isEnabled()
    tab.remove_button.click()
    qtbot.waitUntil(
        lambda: any(
            m.name.startswith("Mission") and m.status == engine.REMOVED for m in tab.members
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5000)
    row = _row_of(tab, "Mission locale de Saint-Gilles")
    assert _cell(tab, row, "member_status") == "retirée"
    view.context.runner.wait()


def test_a_member_sees_the_list_without_the_coordinators_buttons(qtbot, network, tmp_path) -> None:
    _, ml = network
    view = _view(qtbot, ml.store, tmp_path)
    tab = view.members_tab
    statuses = {m.name: _cell(tab, r, "member_status") for r, m in enumerate(tab.members)}
    assert statuses == {
        "CPAS de Saint-Gilles": "admise · coordination",
        "Mission locale de Saint-Gilles": "en attente d'admission · notre organisation",
    }
    assert not tab.admit_button.isVisible() and not tab.remove_button.isVisible()
    assert "coordination du réseau" in tab.members_hint.text()
    i18n.install("nl")
    view.retranslate()
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Leden"
    view.context.runner.wait()
    i18n.install("fr")


def test_an_error_from_the_folder_is_shown_and_changes_nothing(
    qtbot, network, tmp_path, monkeypatch
) -> None:
    import shutil

    from PySide6.QtWidgets import QMessageBox

    cpas, _ = network
    view = _view(qtbot, cpas.store, tmp_path)
    tab = view.members_tab
    location = engine.LocalState(cpas.store).location("network")
    assert location is not None
    shutil.rmtree(location.where)  # the network folder is gone (unmounted)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    tab.member_table.selectRow(_row_of(tab, "Mission locale de Saint-Gilles"))
    tab.confirm = lambda text: True
    tab.admit_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "NETWORK.json" in shown[0]
    assert engine.network_members(cpas.store)[0].status == engine.PENDING
    view.context.runner.wait()
