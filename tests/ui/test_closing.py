"""Closing the application with unsaved edits, every way, and the wheel over unfocused fields.

The questions are answered on the real message boxes (found as the active modal window and
clicked), not by replacing them: what is tested is what a caseworker sees.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QScrollArea
from shiboken6 import isValid

from pacte_desktop.domain.entities import Employer, Opportunity
from pacte_desktop.store.repository import Repository
from pacte_desktop.ui import i18n
from pacte_desktop.ui.employer_record import EmployerDialog
from pacte_desktop.ui.main_window import MainWindow
from pacte_desktop.ui.record_dialog import RecordDialog


@pytest.fixture
def window(qtbot, context, tmp_path):
    i18n.install("fr")
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(context, settings)

    def settle(_win: MainWindow) -> None:
        for widget in QApplication.topLevelWidgets():  # leave nothing asking behind
            if hasattr(widget, "_settled"):
                widget._settled = True

    qtbot.addWidget(win, before_close_func=settle)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for waited in _POLLERS:
        waited[0] = -1
    _POLLERS.clear()


#: The running answerers (their wait counters); the window fixture stops them all at the end.
_POLLERS: list[list[int]] = []


def answer_questions(buttons: list[QMessageBox.StandardButton], asked: list[str]) -> None:
    """Click ``buttons`` in turn on the message boxes that open next (records their titles).

    One poller answers them in order, each box once: a box being closed is never answered
    twice, and a box with nobody left to answer it fails the test instead of blocking it.
    """
    answered: list[QMessageBox] = []
    waited = [0]
    _POLLERS.append(waited)

    def click() -> None:
        if waited[0] < 0:  # the test is over: never answer another test's question
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and box not in answered:
            answered.append(box)
            asked.append(box.windowTitle())
            button = buttons[len(answered) - 1]
            box.button(button).click()
            if len(answered) == len(buttons):
                return
        waited[0] += 1
        if waited[0] < 500:  # 10 s
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def answer_next_question(button: QMessageBox.StandardButton, asked: list[str]) -> None:
    answer_questions([button], asked)


def employer_id(context, name: str) -> str:
    with context.store.reading() as conn:
        (found,) = Repository(conn).list(Employer, name=name)
    return found.id


def opened(qtbot, window: MainWindow, name: str) -> EmployerDialog:
    """The employer's record, opened from the directory (once its fiche is read)."""
    view = window.view("employers")
    eid = employer_id(window.context, name)
    view.open_record(eid)
    qtbot.waitUntil(lambda: eid in view.dialogs, timeout=5000)
    dialog = view.dialogs[eid]
    qtbot.waitExposed(dialog)
    return dialog


def open_employer(qtbot, window: MainWindow) -> EmployerDialog:
    dialog = opened(qtbot, window, "Brasserie du Parvis")
    editor = dialog.form.editors["name"].input
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Brasserie du Parvis (nouvelle adresse)")
    assert dialog.is_dirty()
    return dialog


def open_offer(qtbot, window: MainWindow) -> RecordDialog:
    window.show_view("opportunities")
    view = window.current_view()
    view.new_record()
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=5000)
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    editor = dialog.form.editors["title"].input
    editor.setFocus()
    qtbot.keyClicks(editor, "Commis de cuisine")
    assert dialog.is_dirty()
    return dialog


def by_close_button(window: MainWindow) -> None:
    window.close()  # the title-bar ×: a close event on the window


def by_ctrl_q(window: MainWindow) -> None:
    window.act_quit.trigger()


def by_window_manager(window: MainWindow) -> None:
    handle = window.windowHandle()
    assert handle is not None
    handle.close()  # what the window manager asks: a spontaneous close of the native window


WAYS: dict[str, Callable[[MainWindow], None]] = {
    "close button": by_close_button,
    "Ctrl+Q": by_ctrl_q,
    "window manager": by_window_manager,
}


@pytest.mark.parametrize("way", list(WAYS))
@pytest.mark.parametrize("form", ["employer", "offer"])
def test_keeping_the_edit_keeps_the_application_open(qtbot, window, way, form) -> None:
    dialog = open_employer(qtbot, window) if form == "employer" else open_offer(qtbot, window)
    typed = {k: v for k, v in dialog.form.values().items() if v}
    asked: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Cancel, asked)
    WAYS[way](window)
    assert asked == ["Modifications non enregistrées"]
    assert window.isVisible(), "the main window closed while the form kept its edit"
    assert isValid(dialog) and dialog.isVisible()
    assert {k: v for k, v in dialog.form.values().items() if v} == typed

    # Asked again, the user now discards: the form and the application both close.
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    WAYS[way](window)
    assert len(asked) == 2
    assert not window.isVisible()
    assert not (isValid(dialog) and dialog.isVisible())


def test_every_open_form_is_asked_and_one_no_keeps_all_open(qtbot, window, context) -> None:
    employer = open_employer(qtbot, window)
    offer = open_offer(qtbot, window)
    asked: list[str] = []
    eid = employer.employer_id
    # The first form asked is discarded, the second keeps its edit (in whatever order).
    answer_questions([QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel], asked)
    window.close()
    assert len(asked) == 2
    assert window.isVisible()
    still = [d for d in (employer, offer) if isValid(d) and d.isVisible()]
    assert len(still) == 1 and still[0].is_dirty()  # the one discarded closed: it asks no more
    with context.store.reading() as conn:
        assert Repository(conn).list(Opportunity) == []
        assert Repository(conn).get(Employer, eid).name == "Brasserie du Parvis"


def test_clean_forms_close_with_the_application_without_a_question(qtbot, window) -> None:
    opened(qtbot, window, "Atelier Vélo")
    asked: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Cancel, asked)
    window.close()
    window.context.runner.drain()  # nothing left to answer late: no question can still come
    assert asked == [] and not window.isVisible()


def wheel(widget, steps: int = -1) -> None:
    """One notch of the mouse wheel over the middle of ``widget`` (down when negative)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_form_not_an_unfocused_combo_box(qtbot, window) -> None:
    dialog = open_employer(qtbot, window)
    area = dialog.findChild(QScrollArea)
    assert area is not None
    # The whole fiche fits the dialog now: its area is made short enough that the form scrolls.
    area.setMaximumHeight(160)
    window.context.runner.drain()  # the form's reads answered, the resize's layout done
    combo = dialog.form.editors["status"].input
    assert isinstance(combo, QComboBox)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    area.ensureWidgetVisible(combo)
    before, top = combo.currentIndex(), bar.value()
    dialog.form.editors["name"].input.setFocus()

    wheel(combo, -1)
    assert combo.currentIndex() == before, "the wheel changed a field the user was scrolling past"
    assert not combo.hasFocus()
    assert bar.value() != top or top == bar.maximum(), "the form did not scroll"

    # Focused, the combo box takes the wheel as usual.
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    wheel(combo, -1)
    assert combo.currentIndex() != before
