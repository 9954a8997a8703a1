"""The directory and the window from the keyboard: Ctrl+N, the search field's Down and Enter,
Tab, each view's own search, and the undo of an archive that says what it undoes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from pacte_desktop.domain.entities import Employer
from pacte_desktop.services import records
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui import guarded_dialog, i18n
from pacte_desktop.ui.employers import EmployersView
from pacte_desktop.ui.followups import FollowUpsView
from pacte_desktop.ui.main_window import UNDO_SECONDS, MainWindow


@pytest.fixture(autouse=True)
def no_confirmation(monkeypatch):
    monkeypatch.setattr(guarded_dialog, "confirm_discard", lambda parent: True)


@pytest.fixture
def window(qtbot, context, tmp_path):
    i18n.install("fr")
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.show_view("employers")
    qtbot.waitUntil(lambda: directory(win).model.rowCount() == 3, timeout=5000)
    yield win
    win.close()
    i18n.install("fr")


def directory(win: MainWindow) -> EmployersView:
    (found,) = [v for v in win.views if isinstance(v, EmployersView)]
    return found


def names(view: EmployersView) -> list[str]:
    model = view.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_ctrl_n_focuses_the_name_and_nothing_typed_at_once_is_lost(qtbot, window) -> None:
    view = directory(window)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # Typed before the record's form could open (its choices are read off the GUI thread).
    qtbot.keyClicks(QApplication.focusWidget(), "Snack du Parviss")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=5000)
    dialog = view.dialog
    qtbot.addWidget(dialog)
    name = dialog.form.editors["name"].input
    assert isinstance(name, QLineEdit)
    assert name.text() == "Snack du Parvis"
    qtbot.waitUntil(name.hasFocus, timeout=2000)
    qtbot.keyClicks(name, " (Forest)")  # and typing goes on in the name
    assert name.text() == "Snack du Parvis (Forest)"
    assert window.search.text() == ""  # nothing went to the search field either


def test_down_from_the_search_moves_into_the_results_and_enter_opens_the_first(
    qtbot, window
) -> None:
    view = directory(window)
    window.focus_search()
    qtbot.waitUntil(window.search.hasFocus, timeout=2000)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    assert view.table.currentIndex().row() == 0
    assert view.selected_ids() == [view.model.id_at(0)]

    window.focus_search()
    qtbot.keyClicks(window.search, "parvis")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # before the search's pause is over
    qtbot.waitUntil(lambda: len(view.dialogs) == 1, timeout=5000)
    (dialog,) = view.dialogs.values()
    qtbot.addWidget(dialog)
    assert dialog.employer.name == "Brasserie du Parvis"
    assert names(view) == ["Brasserie du Parvis"]


def test_tab_stops_only_on_visible_widgets_and_leaves_the_table_at_once(qtbot, window) -> None:
    view = directory(window)
    window.focus_search()
    qtbot.waitUntil(window.search.hasFocus, timeout=2000)
    visited = []
    for _ in range(30):
        widget = QApplication.focusWidget()
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is window.search:
            break
    assert QApplication.focusWidget() is window.search  # round the window and back
    assert all(w.isVisible() and w.window() is window for w in visited)
    assert visited[:2] == [window.search, window.sidebar]
    assert visited.count(view.table) == 1  # Tab does not walk the table's cells
    assert visited.index(view.table) == len(visited) - 1
    assert window.sync.button not in visited  # F5 and the menu reach it


def test_the_focused_row_is_always_in_sight(qtbot, context, window) -> None:
    with UnitOfWork(context.store, worker_id=context.worker_id or "") as uow:
        for n in range(200):
            records.create(uow, Employer, {"name": f"Zeta {n:03}", "commune": "Forest"})
        uow.commit()
    context.changed.emit("employer", None)
    view = directory(window)
    qtbot.waitUntil(lambda: view.model.rowCount() == 203, timeout=5000)
    last = view.model.index(202, 0)
    view.table.setCurrentIndex(last)
    view.table.scrollToTop()
    window.focus_search()
    qtbot.waitUntil(window.search.hasFocus, timeout=2000)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert view.table.currentIndex().row() == 202
    assert view.table.viewport().rect().contains(view.table.visualRect(last))

    view.table.scrollToTop()
    window.focus_search()
    qtbot.keyClick(window.search, Qt.Key.Key_Tab)  # the sidebar
    view.table.setFocus(Qt.FocusReason.TabFocusReason)
    assert view.table.viewport().rect().contains(view.table.visualRect(last))


def test_each_view_keeps_its_own_search(qtbot, context, window) -> None:
    from pacte_desktop.domain.entities import FollowUp

    with UnitOfWork(context.store, worker_id=context.worker_id or "") as uow:
        employer = records.create(uow, Employer, {"name": "Boucherie Moderne"})
        records.create(
            uow,
            FollowUp,
            {
                "employer_id": employer.id,
                "worker_id": uow.worker_id,
                "due_date": "2000-01-03",
                "action": "Rappeler le gérant",
            },
        )
        uow.commit()
    context.changed.emit("*", None)
    view = directory(window)
    (followups,) = [v for v in window.views if isinstance(v, FollowUpsView)]
    qtbot.waitUntil(lambda: followups.model.rowCount() == 1, timeout=5000)

    window.focus_search()
    qtbot.keyClicks(window.search, "parvis")
    qtbot.waitUntil(lambda: names(view) == ["Brasserie du Parvis"], timeout=5000)
    window.show_view("followups")
    assert window.search.text() == ""
    assert followups.model.rowCount() == 1 == followups.badge  # the count matches its list
    qtbot.keyClicks(window.search, "boucherie")
    assert followups.model.rowCount() == 1
    window.show_view("employers")
    assert window.search.text() == "parvis"
    assert names(view) == ["Brasserie du Parvis"]
    window.show_view("followups")
    assert window.search.text() == "boucherie"


def test_delete_says_what_was_archived_and_keeps_the_undo_beside_it(qtbot, window) -> None:
    view = directory(window)
    view.table.selectRow(names(view).index("Brasserie du Parvis"))
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus, timeout=2000)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.undo_button.isVisible(), timeout=5000)
    # The list reloads after the archive and says how many employers it shows now...
    qtbot.waitUntil(lambda: names(view) == ["Atelier Vélo", "Société Générale"], timeout=5000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "2 employeurs", timeout=5000)
    # ...while what the undo undoes stays said beside it, for ten seconds.
    assert window.undo_label.isVisible()
    assert window.undo_label.text() == "Employeur archivé : Brasserie du Parvis"
    assert UNDO_SECONDS == 10
    assert window.undo_timer.isActive() and window.undo_timer.interval() == 10_000
    window.undo_timer.timeout.emit()  # ten seconds later
    assert not window.undo_label.isVisible() and not window.undo_button.isVisible()


def test_undo_after_delete_brings_the_employer_back(qtbot, window) -> None:
    view = directory(window)
    view.table.selectRow(names(view).index("Atelier Vélo"))
    view.archive_selected()
    qtbot.waitUntil(lambda: window.undo_button.isVisible(), timeout=5000)
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert not window.undo_label.isVisible()
    qtbot.waitUntil(lambda: "Atelier Vélo" in names(view), timeout=5000)
