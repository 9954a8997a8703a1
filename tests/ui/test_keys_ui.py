"""Keys in the interface (issue 10, 2.6 and 2.7), over real stores around a real shared folder:
Synchronisation → Appareils (the list, Revoke with a confirmation naming the device and its
worker, Esc safe), the unlock dialog (once by itself, never stacked by the background pass,
"locked" in the status line), the passphrase change dialog, and the strength of a new
passphrase shown in the setup wizard as it is typed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from pacte_desktop.store.database import Store
from pacte_desktop.sync import engine, epochs, vault
from pacte_desktop.ui import i18n
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.devices import COL_NAME, COL_STATUS, COL_WORKER, DevicesDialog
from pacte_desktop.ui.main_window import MainWindow
from pacte_desktop.ui.passphrase import ChangePassphraseDialog
from pacte_desktop.ui.unlock import UnlockDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from workstations import CHEAP_KDF, PASSPHRASE, OrgNet

NEW = "trois hiboux sur la ligne 81"


@pytest.fixture
def net(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    i18n.install("fr")
    n = OrgNet(tmp_path)
    yield n
    n.close()


def _window(qtbot, store: Store, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    context = AppContext(store)
    settings = QSettings(str(tmp_path / "win.ini"), QSettings.Format.IniFormat)
    win = MainWindow(context, settings)
    win.sync.stop()  # the tests start passes themselves
    qtbot.addWidget(win)
    win.show()
    return win


def _close(win: MainWindow) -> None:
    win.sync.stop()
    win.context.runner.wait()
    win.close()
    win.context.runner.wait()


def test_the_devices_dialog_lists_and_revokes_with_a_confirmation(
    qtbot, qtmodeltester, net, tmp_path
) -> None:
    a = net.first("A")
    b = net.join("B", worker="Julie Buelens")
    b.employer("Atelier du Midi")
    b.sync()
    a.sync()
    context = AppContext(a.store)
    dialog = DevicesDialog(context, kdf=CHEAP_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(dialog.model)
    assert dialog.windowTitle() == "Appareils de l'organisation"
    # This workstation comes first and cannot revoke itself.
    assert "(ce poste)" in dialog.model.data(dialog.model.index(0, COL_NAME))
    assert not dialog.revoke_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.model.data(dialog.model.index(1, COL_WORKER)) == "Julie Buelens"
    assert dialog.model.data(dialog.model.index(1, COL_STATUS)) == "actif"
    assert dialog.revoke_button.isEnabled()

    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or False  # type: ignore[func-returns-value]
    dialog.ask_passphrase = lambda: pytest.fail("no passphrase before the confirmation")
    dialog.revoke_selected()
    assert len(asked) == 1 and "Julie Buelens" in asked[0] and "Révoquer" in asked[0]
    assert not list((net.root).glob("epochs/*.json"))  # declined: nothing done

    dialog.confirm = lambda text: True
    dialog.ask_passphrase = lambda: PASSPHRASE
    with qtbot.waitSignal(dialog.revoked, timeout=20_000):
        dialog.revoke_selected()
    qtbot.waitUntil(
        lambda: "révoqué" in str(dialog.model.data(dialog.model.index(1, COL_STATUS))),
        timeout=10_000,
    )
    assert not dialog.revoke_button.isEnabled()  # not twice
    assert "est révoqué" in dialog.message.text()
    assert list(net.root.glob("epochs/*.json"))
    assert b.sync().scopes[0].error_code == "sync_revoked"
    context.runner.wait()


def test_the_devices_dialog_closes_safely_while_it_reads(qtbot, net, tmp_path) -> None:
    a = net.first("A")
    context = AppContext(a.store)
    dialog = DevicesDialog(context, kdf=CHEAP_KDF)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # before the list has even arrived
    context.runner.drain()  # the late result is delivered, finds no dialog, and nothing breaks


def test_the_unlock_dialog_opens_once_and_the_status_says_locked(
    qtbot, net, tmp_path, monkeypatch
) -> None:
    a = net.first("A")
    a.employer("Friterie Chez Eddy")
    vault.forget_session()  # the application starts: no credential store, keys locked
    monkeypatch.delenv("PACTE_ORG_PASSPHRASE")
    win = _window(qtbot, a.store, tmp_path)
    with qtbot.waitSignal(win.sync.pass_finished, timeout=20_000) as blocker:
        assert win.sync.background_pass()
    assert blocker.args[0].locked == ["org"]
    first = win.sync.unlock_dialog
    assert isinstance(first, UnlockDialog) and first.isVisible()
    qtbot.waitUntil(lambda: "Verrouillé" in win.sync.label.text(), timeout=5000)
    first.reject()  # the user closes it (Esc)
    # The next background passes ask nothing: the status line says it.
    for _ in range(2):
        with qtbot.waitSignal(win.sync.pass_finished, timeout=20_000):
            assert win.sync.background_pass()
        assert win.sync.unlock_dialog is first or not win.sync.unlock_dialog.isVisible()
        assert not [d for d in win.findChildren(UnlockDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: "Verrouillé" in win.sync.label.text(), timeout=5000)
    # F5 asks again; a wrong passphrase is said beside the field; the right one unlocks and
    # the pass follows.
    with qtbot.waitSignal(win.sync.pass_finished, timeout=20_000):
        assert win.sync.sync_now()
    dialog = win.sync.unlock_dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    dialog.passphrase.setText("pas la bonne phrase")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "ne déverrouille pas" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.sync.pass_finished, timeout=20_000) as blocker:
        dialog.submit()
    assert blocker.args[0].ok
    qtbot.waitUntil(lambda: win.sync.label.text().startswith("Synchronisé à"), timeout=5000)
    _close(win)


def test_the_passphrase_dialog_refuses_weak_and_mismatched_then_changes(
    qtbot, net, tmp_path
) -> None:
    a = net.first("A")
    context = AppContext(a.store)
    dialog = ChangePassphraseDialog(context, kdf=CHEAP_KDF)  # deletes itself once done
    dialog.show()
    context.runner.drain()  # the configured scopes, read off the GUI thread
    dialog.old.setText(PASSPHRASE)
    qtbot.keyClicks(dialog.new, "azerty")
    assert "au moins 12" in dialog.strength.text()
    dialog.new.setText("Azerty123456!")
    assert "les plus utilisés" in dialog.strength.text()
    dialog.submit()
    assert dialog.error.isVisible() and "les plus utilisés" in dialog.error.text()
    dialog.new.setText(NEW)
    assert dialog.strength.text() == "Phrase secrète solide."
    dialog.again.setText(NEW + "!")
    dialog.submit()
    assert "diffèrent" in dialog.error.text()
    dialog.again.setText(NEW)
    dialog.old.setText("pas la bonne phrase")
    dialog.submit()
    qtbot.waitUntil(lambda: "ne déverrouille pas" in dialog.error.text(), timeout=10_000)
    assert not list(net.root.glob("epochs/*.json"))
    dialog.old.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        dialog.submit()
    keys = epochs.ScopeKeys(engine.LocalState(a.store).vault, "org")
    assert keys.newest == 2
    context.runner.wait()


def test_the_setup_wizard_says_the_strength_as_the_passphrase_is_typed(
    qtbot, context, tmp_path
) -> None:
    from pacte_desktop.ui.sync_setup import SyncSetupWizard

    folder = tmp_path / "shared"
    folder.mkdir()
    wizard = SyncSetupWizard(context)
    wizard.kdf = CHEAP_KDF
    qtbot.addWidget(wizard)
    wizard.show()
    context.runner.drain()  # what is set up already, read off the GUI thread
    page = wizard.org_page
    page.where.folder.setText(str(folder))
    strength = page.passphrase.strength
    assert strength.isVisible() and strength.text() == ""
    qtbot.keyClicks(page.passphrase.first, "CPAS de Saint-Gilles")
    assert "ne peut pas être le nom" in strength.text()
    page.passphrase.first.setText("")
    qtbot.keyClicks(page.passphrase.first, "Soleil de Bruxelles 2026")
    assert strength.text() == "Phrase secrète solide."
    # Typed twice, weak: refused on the page with the reason.
    page.passphrase.first.setText("motdepasse2026")
    page.passphrase.second.setText("motdepasse2026")
    wizard.next()
    assert wizard.currentId() == 0
    assert "les plus utilisés" in page.error.text()
    context.runner.wait()
