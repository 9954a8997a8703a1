"""The sync line's tooltip says the state in plain words (ui/sync_words.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pacte_desktop.domain.entities import Employer
from pacte_desktop.store.database import Store
from pacte_desktop.ui import i18n
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from workstations import OrgNet


@pytest.fixture
def net(tmp_path: Path):  # type: ignore[no-untyped-def]
    n = OrgNet(tmp_path)
    yield n
    n.close()


def _window(qtbot, store: Store, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    i18n.install("fr")
    settings = QSettings(str(tmp_path / "win.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(store), settings)
    win.sync.stop()  # the test starts the passes itself
    qtbot.addWidget(win)
    win.show()
    return win


def _close(win: MainWindow) -> None:
    win.sync.stop()
    win.context.runner.wait()
    win.close()
    win.context.runner.wait()


def test_a_workstation_that_shares_nothing_yet_is_told_what_to_do(qtbot, context, tmp_path):
    settings = QSettings(str(tmp_path / "win.ini"), QSettings.Format.IniFormat)
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.sync.label.text() == "Synchronisation non configurée", timeout=5000)
    tip = win.sync.label.toolTip()
    assert "ne partage pas encore ses fiches" in tip
    assert "Synchronisation → Configurer…" in tip
    win.sync.stop()
    win.close()


def test_the_tooltip_says_the_last_exchange_and_what_waits_for_a_choice(qtbot, net, tmp_path):
    a = net.first("A")
    eid = a.employer("Garage Moderne")
    a.sync()
    b = net.join("B")
    b.edit(Employer, eid, {"name": "Garage Moderne SPRL"})
    a.edit(Employer, eid, {"name": "Garage Moderne SRL"})  # later: wins, B keeps a conflict
    b.sync()
    a.sync()
    win = _window(qtbot, b.store, tmp_path)
    with qtbot.waitSignal(win.sync.pass_finished, timeout=20_000):
        assert win.sync.sync_now()
    qtbot.waitUntil(lambda: "conflits : 1" in win.sync.label.text(), timeout=5000)
    tip = win.sync.label.toolTip()
    lines = tip.splitlines()
    assert lines[0].startswith("Dernier échange avec les autres postes : ")
    assert lines[1] == (
        "Fiches modifiées ici et sur un autre poste, qui attendent votre choix : 1 "
        "(menu Synchronisation → Conflits…)."
    )
    assert win.sync.icon.toolTip() == tip
    _close(win)
