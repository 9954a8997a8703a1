"""The main window: views, search shortcut, language switch, saved state, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from pacte_desktop.ui import i18n
from pacte_desktop.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, context, settings):
    i18n.install("fr")
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    i18n.install("fr")


def test_sidebar_lists_the_views_and_switches_between_them(window) -> None:
    keys = [window.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(7)]
    assert keys == [
        "home",
        "employers",
        "followups",
        "opportunities",
        "candidates",
        "placements",
        "network",
    ]
    assert window.sidebar.item(0).text() == "Ma journée"
    assert window.sidebar.item(1).text().startswith("Employeurs")
    window.sidebar.setCurrentRow(2)
    assert window.current_view().key == "followups"


def test_ctrl_0_is_ma_journee_and_ctrl_1_still_the_employers(qtbot, window) -> None:
    window.sidebar.setFocus()
    for key, expected in (
        (Qt.Key.Key_1, "employers"),
        (Qt.Key.Key_0, "home"),
        (Qt.Key.Key_2, "followups"),
        (Qt.Key.Key_6, "network"),
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_view().key == expected


def test_ma_journee_buttons_open_the_view_they_name(qtbot, window) -> None:
    home = window.current_view()
    assert home.key == "home"
    button = home.recent.more_button
    assert button.isVisible() and button.text() == "Ouvrir l'annuaire (Ctrl+1)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_view().key == "employers"


def test_typing_a_search_on_ma_journee_looks_for_an_employer(qtbot, window) -> None:
    assert window.current_view().key == "home"
    window.focus_search()
    qtbot.keyClicks(window.search, "parvis")
    assert window.current_view().key == "employers"
    assert window.search.text() == "parvis" and window.search.hasFocus()
    directory = window.current_view()
    qtbot.waitUntil(lambda: directory.model.rowCount() == 1, timeout=5000)
    window.show_view("home")
    assert window.search.text() == ""  # the home keeps no search of its own


def test_ctrl_n_on_ma_journee_opens_a_new_employer_with_nom_focused(
    qtbot, window, monkeypatch
) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit

    from pacte_desktop.ui import guarded_dialog
    from pacte_desktop.ui.employers import EmployersView

    # The form left with a name typed in closes with the window, without asking.
    monkeypatch.setattr(guarded_dialog, "confirm_discard", lambda parent: True)

    qtbot.waitExposed(window)
    window.activateWindow()
    assert window.current_view().key == "home"
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # Typed before the form could open (its choices are read off the GUI thread): not lost.
    qtbot.keyClicks(QApplication.focusWidget(), "Snack du Parvis")
    directory = window.view("employers")
    assert isinstance(directory, EmployersView)
    qtbot.waitUntil(lambda: directory.dialog is not None, timeout=5000)
    dialog = directory.dialog
    qtbot.addWidget(dialog)
    name = dialog.form.editors["name"].input
    assert isinstance(name, QLineEdit)
    qtbot.waitUntil(name.hasFocus, timeout=2000)
    assert name.text() == "Snack du Parvis"
    assert window.current_view().key == "home"  # the day stays where it was
    assert window.search.text() == ""


def test_ctrl_f_focuses_the_search_field(qtbot, window) -> None:
    window.sidebar.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search.hasFocus(), timeout=2000)


def test_switching_to_dutch_relabels_the_window_without_losing_the_search(qtbot, window) -> None:
    window.search.setText("parvis")
    assert window.menu_file.title() == "&Fichier"
    window.set_language("nl")
    assert window.menu_file.title() == "&Bestand"
    assert window.sidebar.item(0).text() == "Mijn dag"
    assert window.sidebar.item(1).text().startswith("Werkgevers")
    assert window.search.text() == "parvis"
    assert window.language_actions["nl"].isChecked()
    window.set_language("en")
    assert window.menu_file.title() == "&File"
    assert window.sidebar.item(0).text() == "My day"
    assert window.sidebar.item(1).text().startswith("Employers")


def test_window_state_is_restored_and_the_day_starts_at_ma_journee(
    qtbot, context, settings, window
) -> None:
    assert window.current_view().key == "home"
    window.resize(window.minimumSizeHint().width() + 1, 540)
    window.splitter.setSizes([150, window.width() - 150])
    window.show_view("placements")
    size, sizes = window.size(), window.splitter.sizes()
    window.close()
    again = MainWindow(context, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.current_view().key == "home"  # not the last view: the day starts here
    # The offscreen platform may round the restored geometry by a pixel.
    assert abs(again.width() - size.width()) <= 2 and again.height() == size.height()
    assert abs(again.splitter.sizes()[0] - sizes[0]) <= 2


def test_undo_button_runs_the_offered_undo_once(qtbot, window) -> None:
    calls = []
    window.context.offer_undo("Employeur archivé", lambda: calls.append(1))
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert calls == [1]
    assert not window.undo_button.isVisible()


def test_the_status_bar_names_the_current_worker(qtbot, window, context) -> None:
    from pacte_desktop.domain.entities import Worker
    from pacte_desktop.store.repository import Repository

    context.runner.drain()  # the names are read off the GUI thread
    assert window.who.text().startswith("Farida Aissa")
    with context.store.reading() as conn:
        igo = Repository(conn).worker_by_name("Igo De Radigues")
    context.set_worker(igo.id)
    context.runner.drain()
    assert window.who.text().startswith("Igo De Radigues")
    assert isinstance(igo, Worker)
