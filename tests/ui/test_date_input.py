"""The date field takes what people type, in every language, and offers a calendar.

Issue 14, point 3: ``15/12/2026``, ``15/12/26``, ``15-12-2026`` and ISO are accepted in French,
Dutch and English; a day understood is shown the interface's way (the locale's short date with a
four-digit year); the calendar (its button, Alt+Down) picks a day; a record saved from a typed
day stores that day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from pacte_desktop.domain.entities import Placement
from pacte_desktop.ui import i18n
from pacte_desktop.ui.date_input import DateInput
from pacte_desktop.ui.labels import date_pattern, format_date

DAY = dt.date(2026, 12, 15)
LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}


@pytest.fixture
def language(qapp, request):
    i18n.install(request.param)
    yield request.param
    i18n.install("fr")


def _expected(lang: str, day: dt.date) -> str:
    """What the locale itself makes of the day with its short format and a four-digit year."""
    loc = QLocale(LOCALES[lang])
    short = loc.dateFormat(QLocale.FormatType.ShortFormat).replace("yyyy", "yy")
    return loc.toString(QDate(day.year, day.month, day.day), short.replace("yy", "yyyy"))


@pytest.mark.parametrize("language", ["fr", "nl", "en"], indirect=True)
@pytest.mark.parametrize(
    "typed", ["15/12/2026", "15/12/26", "15-12-2026", "15.12.26", "2026-12-15"]
)
def test_each_typed_form_is_understood_and_shown_with_four_digits(qtbot, language, typed) -> None:
    field = DateInput()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field tidies it
    field.editingFinished.emit()
    assert field.day() == DAY
    assert field.text() == format_date(DAY) == _expected(language, DAY)
    assert "2026" in field.text()
    assert field.placeholderText() != "JJ/MM/AAAA" or language == "fr"


@pytest.mark.parametrize("language", ["fr", "nl", "en"], indirect=True)
def test_the_interface_shows_every_day_with_a_four_digit_year(language) -> None:
    assert "yyyy" in date_pattern()
    assert format_date(dt.date(2026, 11, 4)) == _expected(language, dt.date(2026, 11, 4))
    assert format_date("2026-11-04") == format_date(dt.date(2026, 11, 4))


def test_what_is_not_a_day_stays_as_typed_for_the_form_to_refuse(qtbot) -> None:
    field = DateInput()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "31/04/2026")
    field.editingFinished.emit()
    assert field.text() == "31/04/2026" and field.day() is None


def test_the_calendar_picks_a_day_and_escape_leaves_it(qtbot) -> None:
    field = DateInput()
    qtbot.addWidget(field)
    field.show()
    field.set_day(dt.date(2026, 12, 1))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 12, 1)  # it opens on the day typed
    with qtbot.waitSignal(field.picked):
        calendar.clicked.emit(QDate(2026, 12, 24))
    assert not calendar.isVisible()
    assert field.day() == dt.date(2026, 12, 24)
    field.open_calendar()
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert not calendar.isVisible() and field.day() == dt.date(2026, 12, 24)


def test_a_placement_saved_from_typed_days_stores_those_days(qtbot, context) -> None:
    """The record dialog's date fields are these inputs: what is typed reaches the store."""
    from pacte_desktop.ui.records import PlacementsView
    from tests.ui.test_records import (
        choose,
        choose_employer,
        field,
        make_view,
        new_dialog,
        save,
        seed_records,
        stored,
        type_into,
    )

    data = seed_records(context)
    view = make_view(qtbot, PlacementsView, context)
    dialog = new_dialog(qtbot, view)
    assert isinstance(field(dialog, "start_date"), DateInput)
    choose(field(dialog, "candidate_id"), data["c1"].id)
    choose_employer(qtbot, dialog, "atelier")
    choose(field(dialog, "placement_type"), "activa")
    type_into(qtbot, field(dialog, "start_date"), "3-2-27")
    type_into(qtbot, field(dialog, "end_date"), "31/12/2027")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(stored(context, Placement)) == 3, timeout=5000)
    made = [p for p in stored(context, Placement) if p.end_date == dt.date(2027, 12, 31)]
    assert [p.start_date for p in made] == [dt.date(2027, 2, 3)]
