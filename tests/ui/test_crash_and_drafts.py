"""When something goes wrong (ui/crash.py, ui/drafts.py): an exception in a slot shows a calm
dialog and writes a log without the typed data; a draft outlives a crash and comes back.

Real widgets, a real store, real files in the data folder; the questions are answered on the
real message boxes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from shiboken6 import delete, isValid

from pacte_desktop.domain.entities import Employer
from pacte_desktop.store.repository import Repository
from pacte_desktop.ui import i18n
from pacte_desktop.ui.crash import CrashDialog, CrashHandler, log_path, scrub
from pacte_desktop.ui.drafts import DraftsDialog, list_drafts
from pacte_desktop.ui.employer_record import EmployerDialog, open_employer
from pacte_desktop.ui.main_window import MainWindow
from pacte_desktop.ui.record_dialog import RecordDialog, open_record


def new_employer(qtbot, context) -> EmployerDialog:
    """A new employer's record, open as the application opens it (once its choices are read)."""
    found: list[EmployerDialog] = []
    open_employer(context, None, on_open=found.append)
    qtbot.waitUntil(lambda: len(found) == 1, timeout=5000)
    return found[0]


def new_offer(qtbot, context) -> RecordDialog:
    found: list[RecordDialog] = []
    open_record(context, "opportunity", None, on_open=found.append)
    qtbot.waitUntil(lambda: len(found) == 1, timeout=5000)
    return found[0]


def settle(widget) -> None:
    """Teardown closes without asking (the test is over)."""
    widget._settled = True


NAME = "Boulangerie Zenobe Van Cauwenberghe"  # keyClicks types ASCII only


@pytest.fixture
def handler(context):
    crash = CrashHandler(context.store.data_dir)
    crash.install()
    yield crash
    crash.uninstall()
    if crash.dialog is not None and isValid(crash.dialog):
        crash.dialog.close()


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize(
    ("lang", "heading", "button"),
    [
        ("fr", "Quelque chose s'est mal passé.", "Ouvrir le dossier du journal"),
        ("nl", "Er is iets misgegaan.", "De map met het logboek openen"),
    ],
)
def test_an_exception_in_a_slot_shows_the_dialog_and_writes_the_log(
    qtbot, context, handler, lang, heading, button
):
    i18n.install(lang)
    try:
        dialog = new_employer(qtbot, context)
        qtbot.addWidget(dialog, before_close_func=settle)
        qtbot.keyClicks(dialog.form.editors["name"].input, NAME)
        phone = "02 536 12 34"
        qtbot.keyClicks(dialog.form.editors["phone"].input, phone)

        def broken() -> None:
            typed = dialog.form.values()
            raise ValueError(f"cannot file {typed['name']} ({typed['phone']})")

        trigger = QPushButton()
        qtbot.addWidget(trigger)
        trigger.clicked.connect(broken)
        trigger.click()  # PySide hands an exception raised in a slot to sys.excepthook

        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
        shown = handler.dialog
        assert isinstance(shown, CrashDialog)
        assert shown.heading.text() == heading
        assert shown.open_button.text() == button
        assert shown.log_folder == context.store.data_dir / "logs"
        assert str(shown.log_folder) in shown.body.text()

        log = log_path(context.store.data_dir).read_text(encoding="utf-8")
        assert "ValueError" in log and "in broken" in log  # the type and where it happened
        assert "raise ValueError(f\"cannot file {typed['name']}" in log  # the source line
        for word in ("Boulangerie", "Zenobe", "Cauwenberghe", "536"):
            assert word not in log, word  # neither the message's data nor the frame's values
        # The application goes on: the form still holds what was typed.
        assert dialog.form.values()["name"] == NAME
        # A second error while the dialog is open is logged, not shown again.
        trigger.click()
        log = log_path(context.store.data_dir).read_text(encoding="utf-8")
        assert log.count("Unexpected error") == 2
        assert handler.dialog is shown
    finally:
        i18n.install("fr")


def test_scrubbing_keeps_ids_only():
    employer_id = "0193a5b2-7c1e-7d3a-9f00-1234567890ab"
    text = f"employer {employer_id} 'Brasserie du Parvis' 0403.019.261, +32 2 536 12 34"
    assert scrub(text) == f"… {employer_id} '…' ….….…, …"


def answer_next_box(qtbot, button: QMessageBox.StandardButton, asked: list[str]) -> None:
    """Click ``button`` on the next message box that opens (records its title)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(box.windowTitle())
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def test_keeping_editing_keeps_the_draft_and_discarding_removes_it(qtbot, context):
    i18n.install("fr")
    data_dir = context.store.data_dir
    dialog = new_offer(qtbot, context)  # deletes itself once discarded: qtbot must not close it
    qtbot.keyClicks(dialog.form.editors["title"].input, "Commis de cuisine")
    qtbot.waitUntil(lambda: len(list_drafts(data_dir)) == 1)
    draft = list_drafts(data_dir)[0]
    assert draft.table == "opportunity" and draft.values["fiche"]["title"] == "Commis de cuisine"

    asked: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.Cancel, asked)
    dialog.reject()  # Esc: "keep editing"
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert dialog.isVisible() and len(list_drafts(data_dir)) == 1

    answer_next_box(qtbot, QMessageBox.StandardButton.Discard, asked)
    dialog.reject()
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert not dialog.isVisible()
    assert list_drafts(data_dir) == []


def test_saving_removes_the_draft(qtbot, context):
    i18n.install("fr")
    data_dir = context.store.data_dir
    dialog = new_employer(qtbot, context)
    qtbot.addWidget(dialog, before_close_func=settle)
    qtbot.keyClicks(dialog.form.editors["name"].input, "Friterie de la Barriere")
    qtbot.waitUntil(lambda: len(list_drafts(data_dir)) == 1)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.employer_id is not None)
    qtbot.waitUntil(lambda: list_drafts(data_dir) == [])


def test_a_draft_survives_a_crash_and_is_restored(qtbot, context, tmp_path):
    i18n.install("fr")
    data_dir = context.store.data_dir
    dialog = new_employer(qtbot, context)
    qtbot.keyClicks(dialog.form.editors["name"].input, NAME)
    qtbot.keyClicks(dialog.form.editors["commune"].input, "Saint-Gilles")
    qtbot.waitUntil(lambda: len(list_drafts(data_dir)) == 1)
    delete(dialog)  # gone without closing, as a crash leaves it: no save, no discard
    assert len(list_drafts(data_dir)) == 1

    window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    offered = window.offer_drafts()
    assert isinstance(offered, DraftsDialog)
    assert offered.list.count() == 1 and NAME in offered.list.item(0).text()
    offered.restore_button.click()

    def restored_dialogs() -> list[EmployerDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, EmployerDialog) and isValid(w) and w.isVisible()
        ]

    # The record opens once its fiche is read, with the draft's values.
    qtbot.waitUntil(lambda: len(restored_dialogs()) == 1, timeout=5000)
    restored = restored_dialogs()
    form = restored[0].form.values()
    assert form["name"] == NAME and form["commune"] == "Saint-Gilles"
    qtbot.addWidget(restored[0], before_close_func=settle)
    restored[0].save()
    qtbot.waitUntil(lambda: list_drafts(data_dir) == [])
    with context.store.reading() as conn:
        found = Repository(conn).list(Employer)
    assert NAME in [e.name for e in found]


def test_discarding_the_offered_drafts_removes_them(qtbot, context, tmp_path):
    data_dir = context.store.data_dir
    dialog = new_offer(qtbot, context)
    qtbot.keyClicks(dialog.form.editors["title"].input, "Aide-cuisinier")
    qtbot.waitUntil(lambda: len(list_drafts(data_dir)) == 1)
    delete(dialog)
    window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    offered = window.offer_drafts()
    assert offered is not None
    offered.discard_button.click()
    assert list_drafts(data_dir) == []
    assert window.offer_drafts() is None


CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from pacte_desktop.store.database import Store
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.drafts import list_drafts
from pacte_desktop.ui.employer_record import open_employer
app = QApplication([])
store = Store.open(sys.argv[1], daily_backup=False)
opened = []
open_employer(AppContext(store), None, on_open=opened.append)
while not opened:
    QTest.qWait(20)
dialog = opened[0]
QTest.keyClicks(dialog.form.editors["name"].input, sys.argv[2])
while not list_drafts(store.data_dir):
    QTest.qWait(50)
print("typed", flush=True)
while True:
    QTest.qWait(1000)
"""


@pytest.mark.slow
def test_a_draft_survives_a_killed_process(qtbot, context, tmp_path):
    """A real process typing in a form, killed with SIGKILL: its draft is there afterwards."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no SIGKILL on this system")
    data_dir = context.store.data_dir
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), NAME],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "typed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    # The child printed "typed" once its draft was on disk: nothing to wait for.
    drafts = list_drafts(Path(data_dir))
    assert len(drafts) == 1
    assert json.loads(drafts[0].path.read_text("utf-8"))["values"]["fiche"]["name"] == NAME
