"""An empty directory says what to do next, with buttons that do it (ui/empty_state.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui import employers, guarded_dialog, i18n
from pacte_desktop.ui.employers import EmployersView


@pytest.fixture(autouse=True)
def no_confirmation(monkeypatch):
    monkeypatch.setattr(guarded_dialog, "confirm_discard", lambda parent: True)


@pytest.fixture
def new_organisation(qapp, tmp_path):
    """The context of an organisation just created: workers, no employer yet."""
    from pacte_desktop.services import workers
    from pacte_desktop.ui.context import AppContext

    i18n.install("fr")
    store = Store.open(tmp_path / "store", daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        workers.init_organisation(
            uow, name="Mission locale de Saint-Gilles", org_type="mission-locale", worker="Ana"
        )
        uow.commit()
    ctx = AppContext(store)
    yield ctx
    ctx.runner.wait()
    store.close()


@pytest.fixture
def view(new_organisation, qtbot):
    found = EmployersView(new_organisation)
    qtbot.addWidget(found)
    found.show()
    qtbot.waitUntil(lambda: found.empty.isVisible(), timeout=5000)
    return found


def test_an_empty_directory_says_what_to_do_and_new_opens_the_form(view, qtbot) -> None:
    assert not view.table.isVisible()
    assert "Aucun employeur" in view.empty.text.text()
    buttons = [view.empty_new, view.empty_import, view.empty_demo]
    assert [b.text() for b in buttons] == [
        "&Nouvel employeur",
        "&Importer des employeurs…",
        "Charger la &démo…",
    ]
    assert all(b.isVisible() for b in buttons)
    qtbot.mouseClick(view.empty_new, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=5000)
    dialog = view.dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.editors["name"].input, "Snack du Parvis")
    dialog.save()
    # The first employer: the table takes the empty page's place.
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert view.table.isVisible() and not view.empty.isVisible()


def test_a_search_that_finds_nothing_is_not_an_empty_directory(view, qtbot) -> None:
    qtbot.mouseClick(view.empty_new, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=5000)
    qtbot.addWidget(view.dialog)
    qtbot.keyClicks(view.dialog.form.editors["name"].input, "Snack du Parvis")
    view.dialog.save()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    view.set_search("boulangerie")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5000)
    assert view.table.isVisible() and not view.empty.isVisible()


def test_import_opens_the_windows_import_of_employers(new_organisation, qtbot, tmp_path) -> None:
    from pacte_desktop.ui.import_dialogs import ImportDialog
    from pacte_desktop.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(new_organisation, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_view("employers")
    (directory,) = [v for v in window.views if isinstance(v, EmployersView)]
    qtbot.waitUntil(lambda: directory.empty.isVisible(), timeout=5000)
    qtbot.mouseClick(directory.empty_import, Qt.MouseButton.LeftButton)
    dialog = window.reports.dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    dialog.reject()
    window.sync.stop()
    window.close()


def test_the_demo_asks_first_then_fills_the_directory(view, qtbot, monkeypatch) -> None:
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(employers, "DEMO_EMPLOYERS", 12)
    qtbot.mouseClick(view.empty_demo, Qt.MouseButton.LeftButton)
    assert "Aucune de ces données n'est réelle" in asked[0]
    view.context.runner.wait()
    assert view.model.rowCount() == 0  # No: nothing written

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(view.empty_demo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 12, timeout=20_000)
    assert view.table.isVisible() and not view.empty.isVisible()


def test_the_demo_is_not_offered_where_records_are_shared(new_organisation, qtbot) -> None:
    new_organisation.sync_locations = {"org": "\\\\serveur\\pacte"}  # synced: no fake data
    found = EmployersView(new_organisation)
    qtbot.addWidget(found)
    found.show()
    qtbot.waitUntil(lambda: found.empty.isVisible(), timeout=5000)
    assert found.empty_new.isVisible() and found.empty_import.isVisible()
    assert not found.empty_demo.isVisible()
