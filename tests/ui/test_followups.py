"""The « À relancer » view: scopes, mine/organisation, badge, done/postpone/reassign, refresh."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import Employer, FollowUp, Worker
from pacte_desktop.services import followups, records
from pacte_desktop.services.followups import DueFollowUp
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui import followups as followups_ui
from pacte_desktop.ui.followups import (
    COL_DUE,
    COL_EMPLOYER,
    FollowUpsView,
    FollowUpTableModel,
    scope_limit,
)
from pacte_desktop.ui.table_model import ID_ROLE

#: The view's day in these tests (FollowUpsView.today is pinned to it): a Thursday whose day
#: and month have one digit. The scopes are also tried on the days of DAYS.
TODAY = dt.date(2026, 12, 3)
DAYS = {
    "sunday": dt.date(2026, 12, 6),
    "monday": dt.date(2027, 3, 1),
    "leap-day": dt.date(2028, 2, 29),
    "new-years-eve": dt.date(2026, 12, 31),
}


def _day_pattern(locale_name: str) -> str:
    """The locale's short date with a four-digit year: the interface's rule (ui/labels.py)."""
    short = QLocale(locale_name).dateFormat(QLocale.FormatType.ShortFormat)
    return short.replace("yyyy", "yy").replace("yy", "yyyy")


def sunday_of(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=6 - day.weekday())


@pytest.fixture
def today(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> dt.date:
    """The view's day: TODAY, or the day a test is parametrized with."""
    day: dt.date = getattr(request, "param", TODAY)
    monkeypatch.setattr(FollowUpsView, "today", lambda self: day)
    return day


@dataclass
class Data:
    workers: dict[str, str]  # name -> id
    employers: dict[str, str]  # name -> id
    ids: dict[str, str]  # label -> follow-up id
    due: dict[str, dt.date]  # label -> due date
    owner: dict[str, str]  # label -> worker name
    today: dt.date  # the view's day


@pytest.fixture
def data(context, today: dt.date) -> Data:
    """Follow-ups of Farida (current) and Igo at dates relative to the view's day."""
    plan = {
        # label: (employer, worker, days from today, action)
        "overdue": ("Société Générale", "Farida Aissa", -3, "Rappeler la DRH"),
        "today": ("Brasserie du Parvis", "Farida Aissa", 0, "Envoyer les profils de commis"),
        "sunday": (
            "Atelier Vélo",
            "Farida Aissa",
            (sunday_of(today) - today).days,
            "Confirmer le stage",
        ),
        "next_week": ("Atelier Vélo", "Farida Aissa", 8, "Passer à l'atelier"),
        "month": ("Société Générale", "Farida Aissa", 30, "Bilan du trimestre"),
        "igo_overdue": ("Brasserie du Parvis", "Igo De Radigues", -10, "Relancer le patron"),
        "igo_today": ("Atelier Vélo", "Igo De Radigues", 0, "Appeler pour l'article 60"),
    }
    with UnitOfWork(context.store) as uow:
        worker_ids = {w.name: w.id for w in uow.repo.list(Worker)}
        employer_ids = {e.name: e.id for e in uow.repo.list(Employer)}
        ids = {}
        for label, (employer, worker, days, action) in plan.items():
            logged = followups.log_interaction(
                uow,
                employer=employer_ids[employer],
                channel="phone",
                summary=action,
                date=today - dt.timedelta(days=20),
                next_action_date=today + dt.timedelta(days=days),
                worker_id=worker_ids[worker],
            )
            ids[label] = logged.follow_up.id
        uow.commit()
    return Data(
        workers=worker_ids,
        employers=employer_ids,
        ids=ids,
        due={k: today + dt.timedelta(days=v[2]) for k, v in plan.items()},
        owner={k: v[1] for k, v in plan.items()},
        today=today,
    )


@pytest.fixture
def view(qtbot, context, data) -> FollowUpsView:
    widget = FollowUpsView(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitUntil(lambda: not widget.loading, timeout=5000)
    return widget


def shown(view: FollowUpsView) -> set[str]:
    return {row.id for row in view.model.rows()}


def expected(data: Data, scope: str, worker: str | None) -> set[str]:
    """What each scope must show, written out (not computed by the code under test)."""
    sunday_is_today = ["sunday"] if sunday_of(data.today) == data.today else []
    labels = {
        "overdue": ["overdue", "igo_overdue"],
        "today": ["overdue", "today", "igo_overdue", "igo_today", *sunday_is_today],
        "week": ["overdue", "today", "sunday", "igo_overdue", "igo_today"],
        "all": list(data.ids),
    }[scope]
    return {data.ids[label] for label in labels if worker is None or data.owner[label] == worker}


def stored(context, follow_up_id: str) -> FollowUp:
    with context.store.reading() as conn:
        found = Repository(conn).get(FollowUp, follow_up_id)
    assert found is not None
    return found


def test_scope_limits() -> None:
    monday = dt.date(2025, 3, 10)
    assert scope_limit("overdue", monday) == dt.date(2025, 3, 9)
    assert scope_limit("today", monday) == monday
    assert scope_limit("week", monday) == dt.date(2025, 3, 16)
    assert scope_limit("week", dt.date(2025, 3, 16)) == dt.date(2025, 3, 16)
    assert scope_limit("all", monday) is None


@pytest.mark.parametrize("today", [TODAY, *DAYS.values()], ids=["thursday", *DAYS], indirect=True)
def test_each_scope_for_me_and_for_the_organisation(qtbot, view, data) -> None:
    assert view.scope == "today" and view.mine
    assert shown(view) == expected(data, "today", "Farida Aissa")
    for mine in (True, False):
        view.mine_radio.setChecked(True) if mine else view.all_radio.setChecked(True)
        for scope in ("overdue", "today", "week", "all"):
            view.scope_combo.setCurrentIndex(view.scope_combo.findData(scope))
            qtbot.waitUntil(lambda: not view.loading, timeout=5000)
            want = expected(data, scope, "Farida Aissa" if mine else None)
            assert shown(view) == want, (scope, mine)
    # sanity: the scopes do differ on these data
    assert expected(data, "overdue", None) != expected(data, "all", None)
    assert data.ids["month"] in expected(data, "all", "Farida Aissa")
    assert data.ids["next_week"] not in expected(data, "week", "Farida Aissa")


def test_overdue_rows_are_highlighted_and_dates_in_locale_format(view, data) -> None:
    view.set_scope("all")
    model = view.model
    overdue = model.index(model.row_of(data.ids["overdue"]), COL_DUE)
    later = model.index(model.row_of(data.ids["month"]), COL_DUE)
    assert isinstance(model.data(overdue, Qt.ItemDataRole.BackgroundRole), QBrush)
    assert model.data(later, Qt.ItemDataRole.BackgroundRole) is None
    due = data.due["overdue"]
    # What Belgian French's own short format makes of the date with a four-digit year (Qt's
    # fr_BE: "3/12/2026", the day without a leading zero), not a format written out here: that
    # one broke on the 1st-9th.
    in_locale = QLocale("fr_BE").toString(
        QDate(due.year, due.month, due.day), _day_pattern("fr_BE")
    )
    assert model.data(overdue) == in_locale != due.isoformat()
    assert model.data(overdue, ID_ROLE) == data.ids["overdue"]


@pytest.mark.parametrize(
    ("lang", "locale_name"), [("fr", "fr_BE"), ("nl", "nl_BE"), ("en", "en_GB")]
)
def test_due_dates_in_each_languages_short_format_on_a_single_digit_day(
    qapp, lang: str, locale_name: str
) -> None:
    """Pinned to 3 December: day and month of one digit are where hand-made formats differ."""
    day = dt.date(2026, 12, 3)
    messages.set_language(lang)
    model = FollowUpTableModel(lambda: ["", "", "", ""])
    model.set_rows(
        [
            DueFollowUp(
                id="f1",
                due_date=day,
                action="Rappeler la DRH",
                employer_id="e1",
                employer_name="Société Générale",
                worker_id="w",
                worker_name="Farida Aissa",
                overdue=False,
            )
        ]
    )
    in_locale = QLocale(locale_name).toString(QDate(2026, 12, 3), _day_pattern(locale_name))
    assert model.data(model.index(0, COL_DUE)) == in_locale
    assert "3" in in_locale and "12" in in_locale and "2026" in in_locale


def test_badge_counts_my_followups_due_today_or_overdue(qtbot, context, view, data) -> None:
    seen: list[int] = []
    view.count_changed.connect(seen.append)
    mine_due = len(expected(data, "today", "Farida Aissa"))
    qtbot.waitUntil(lambda: view.badge == mine_due, timeout=5000)
    # Another worker at this workstation: the badge and "Pour moi" follow.
    context.set_worker(data.workers["Igo De Radigues"])
    qtbot.waitUntil(lambda: view.badge == 2 and not view.loading, timeout=5000)
    assert seen[-1] == 2
    assert shown(view) == {data.ids["igo_overdue"], data.ids["igo_today"]}


def test_mark_done_then_undo(qtbot, context, view, data) -> None:
    offered: list[tuple[str, object]] = []
    context.undo_offered.connect(lambda text, fn: offered.append((text, fn)))
    before = len(expected(data, "today", "Farida Aissa"))
    qtbot.waitUntil(lambda: view.badge == before, timeout=5000)  # counted in the background
    view.select_ids([data.ids["today"]])
    assert view.done_button.isEnabled()
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(context, data.ids["today"]).status == "done", timeout=5000)
    qtbot.waitUntil(lambda: data.ids["today"] not in shown(view), timeout=5000)
    qtbot.waitUntil(lambda: view.badge == before - 1, timeout=5000)
    assert stored(context, data.ids["today"]).done_on == data.today
    assert stored(context, data.ids["overdue"]).status == "open"  # only the selected one

    qtbot.waitUntil(lambda: bool(offered), timeout=5000)
    offered[-1][1]()  # the status bar's Undo button
    qtbot.waitUntil(lambda: stored(context, data.ids["today"]).status == "open", timeout=5000)
    qtbot.waitUntil(lambda: data.ids["today"] in shown(view), timeout=5000)


def test_postpone_with_the_date_dialog(qtbot, context, view, data) -> None:
    view.select_ids([data.ids["overdue"]])
    qtbot.mouseClick(view.postpone_button, Qt.MouseButton.LeftButton)
    dialog = view.postpone_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.date_edit.calendarPopup()
    assert dialog.chosen_date() == data.today + dt.timedelta(days=7)  # the default
    dialog.set_date(data.today + dt.timedelta(days=12))
    dialog.accept()
    target = data.today + dt.timedelta(days=12)
    qtbot.waitUntil(lambda: stored(context, data.ids["overdue"]).due_date == target, timeout=5000)
    qtbot.waitUntil(lambda: data.ids["overdue"] not in shown(view), timeout=5000)
    assert stored(context, data.ids["overdue"]).status == "open"


def test_postpone_cancelled_changes_nothing(qtbot, context, view, data) -> None:
    view.select_ids([data.ids["overdue"]])
    qtbot.mouseClick(view.postpone_button, Qt.MouseButton.LeftButton)
    assert view.postpone_dialog is not None
    view.postpone_dialog.reject()
    context.runner.drain()  # everything submitted has finished and answered: nothing is late
    assert stored(context, data.ids["overdue"]).due_date == data.due["overdue"]


def test_reassign_several_to_an_active_worker(qtbot, context, view, data) -> None:
    view.select_ids([data.ids["overdue"], data.ids["today"]])
    assert len(view.selected_ids()) == 2
    qtbot.mouseClick(view.reassign_button, Qt.MouseButton.LeftButton)
    # The active workers are read off the GUI thread; the dialog opens once they are there.
    qtbot.waitUntil(lambda: view.reassign_dialog is not None, timeout=5000)
    dialog = view.reassign_dialog
    names = {dialog.list.item(n).text() for n in range(dialog.list.count())}
    assert names == {"Farida Aissa", "Igo De Radigues", "Julie Buelens"}
    julie = data.workers["Julie Buelens"]
    dialog.select_worker(julie)
    dialog.accept()
    for label in ("overdue", "today"):
        qtbot.waitUntil(
            lambda label=label: stored(context, data.ids[label]).worker_id == julie,
            timeout=5000,
        )
    # no longer Farida's: gone from "Pour moi"
    qtbot.waitUntil(
        lambda: (
            shown(view)
            == expected(data, "today", "Farida Aissa") - {data.ids["overdue"], data.ids["today"]}
        ),
        timeout=5000,
    )
    assert stored(context, data.ids["igo_today"]).worker_id == data.workers["Igo De Radigues"]


def test_refreshes_itself_after_writes_made_elsewhere(qtbot, context, view, data) -> None:
    view.set_scope("all")
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    created: list[str] = []
    context.write(
        "interaction",
        lambda uow: followups.log_interaction(
            uow,
            employer=data.employers["Brasserie du Parvis"],
            channel="visit",
            summary="Rencontre avec la gérante",
            next_action_date=data.today + dt.timedelta(days=2),
        ),
        on_done=lambda logged: created.append(logged.follow_up.id),
    )
    qtbot.waitUntil(lambda: bool(created) and created[0] in shown(view), timeout=5000)

    # Archiving an employer elsewhere removes its follow-ups from the list.
    context.write(
        "employer",
        lambda uow: records.archive(uow, Employer, data.employers["Atelier Vélo"]),
    )
    qtbot.waitUntil(lambda: data.ids["sunday"] not in shown(view), timeout=5000)
    assert data.ids["next_week"] not in shown(view)

    # A change to a table the view does not show does not reload it.
    generation = view._generation
    context.changed.emit("placement", None)
    assert view._generation == generation


def test_search_filters_by_employer_or_action(qtbot, view, data) -> None:
    view.set_scope("all")
    view.all_radio.setChecked(True)
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    everything = shown(view)
    view.set_search("brasserie")
    assert shown(view) == {data.ids["today"], data.ids["igo_overdue"]}
    view.set_search("societe generale")  # without accents
    assert shown(view) == {data.ids["overdue"], data.ids["month"]}
    view.set_search("article 60")
    assert shown(view) == {data.ids["igo_today"]}
    view.set_search("personne")
    assert shown(view) == set()
    assert not view.empty_label.isHidden()
    view.set_search("")
    assert shown(view) == everything


def test_sorting_by_employer(qtbot, view, data) -> None:
    view.set_scope("all")
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    view.table.sortByColumn(COL_EMPLOYER, Qt.SortOrder.AscendingOrder)
    names = [r.employer_name for r in view.model.rows()]
    assert names == sorted(names, key=str.casefold)
    assert names[0] == "Atelier Vélo"
    view.table.sortByColumn(COL_EMPLOYER, Qt.SortOrder.DescendingOrder)
    assert view.model.rows()[0].employer_name == "Société Générale"


def test_double_click_opens_the_employer_record(qtbot, monkeypatch, view, data) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        followups_ui,
        "open_employer",
        lambda context, employer_id, parent: opened.append(employer_id),
    )
    row = view.model.row_of(data.ids["today"])
    rect = view.table.visualRect(view.model.index(row, COL_EMPLOYER))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [data.employers["Brasserie du Parvis"]]


def test_model_passes_qtmodeltester(qtmodeltester, qtbot, view, data) -> None:
    view.set_scope("all")
    view.all_radio.setChecked(True)
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    assert view.model.rowCount() == len(data.ids)
    qtmodeltester.check(view.model)


def test_standalone_model_sorts_and_passes_qtmodeltester(qtmodeltester) -> None:
    def row(n: int, days: int, employer: str) -> DueFollowUp:
        return DueFollowUp(
            id=f"f{n}",
            due_date=TODAY + dt.timedelta(days=days),
            action=f"action {n}\nsuite",
            employer_id=f"e{n}",
            employer_name=employer,
            worker_id="w",
            worker_name="Farida Aissa",
            overdue=days < 0,
        )

    model = FollowUpTableModel(lambda: ["Échéance", "Employeur", "Travailleur", "Action"])
    model.set_rows([row(1, 3, "Zèbre"), row(2, -1, "Abeille"), row(3, 0, "Éléphant")])
    assert [r.id for r in model.rows()] == ["f2", "f3", "f1"]
    model.sort(COL_EMPLOYER, Qt.SortOrder.AscendingOrder)
    assert [r.employer_name for r in model.rows()] == ["Abeille", "Éléphant", "Zèbre"]
    assert model.data(model.index(0, 3)) == "action 2"  # one line in the table
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Employeur"
    qtmodeltester.check(model)


def test_language_change_relabels_without_losing_the_list(qtbot, view, data) -> None:
    view.set_scope("week")
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    rows = shown(view)
    view.scope_combo.setItemText(0, "")  # as if stale
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.scope_combo.itemText(0) == "En retard"
    assert view.scope == "week" and shown(view) == rows
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Échéance"


def test_the_day_changing_moves_the_scopes(qtbot, monkeypatch, view, data) -> None:
    """Left open overnight, the view recomputes "today" when shown again."""
    view.hide()
    monkeypatch.setattr(view, "today", lambda: data.today + dt.timedelta(days=1))
    view.show()
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    qtbot.waitUntil(lambda: data.ids["today"] in shown(view), timeout=5000)
    row = view.model.row_at(view.model.row_of(data.ids["today"]))
    assert row is not None and row.overdue  # yesterday's "today" is now overdue


# -- issue 14, point 5: the next step, an empty period, the postpone dialog's title -----------


def test_the_action_column_shows_the_next_step_typed_with_the_demarche(
    qtbot, monkeypatch, context
) -> None:
    """The log form's « Prochaine étape » becomes the follow-up's action; the call's summary
    stays on the démarche and is not what « À relancer » shows."""
    from PySide6.QtWidgets import QLineEdit

    from pacte_desktop.ui import guarded_dialog

    # a failure must not leave a "discard your edits?" question blocking the teardown
    monkeypatch.setattr(guarded_dialog, "confirm_discard", lambda parent: True)

    from pacte_desktop.ui.employer_record import TAB_TIMELINE, open_employer
    from pacte_desktop.ui.followups import COL_ACTION

    with context.store.reading() as conn:
        employer = next(e for e in Repository(conn).list(Employer) if e.name == "Atelier Vélo")
    found: list = []
    open_employer(context, employer.id, on_open=found.append)
    qtbot.waitUntil(lambda: len(found) == 1, timeout=5000)
    dialog = found[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)
    dialog.tabs.setCurrentIndex(TAB_TIMELINE)
    summary = dialog.log_form.findChild(QLineEdit, "field_summary")
    qtbot.keyClicks(summary, "Parle au gerant : un stage possible en mars")
    due = dialog.log_form.findChild(QLineEdit, "field_next_action_date")
    qtbot.keyClicks(due, "2030-01-15")
    qtbot.keyClicks(dialog.next_step_edit.input, "Envoyer deux profils de mecanicien")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.timeline_model.rowCount() == 1, timeout=5000)
    assert dialog.next_step_edit.raw() == ""  # ready for the next démarche

    view = FollowUpsView(context)
    qtbot.addWidget(view)
    view.set_mine(False)
    view.set_scope("all")
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 1, timeout=5000)
    action = view.model.data(view.model.index(0, COL_ACTION))
    assert action == "Envoyer deux profils de mecanicien"


def test_no_next_step_typed_leaves_the_action_empty_rather_than_the_summary(context) -> None:
    with UnitOfWork(context.store) as uow:
        employer = uow.repo.list(Employer)[0]
        logged = followups.log_interaction(
            uow,
            employer=employer.id,
            channel="phone",
            summary="Parlé à la DRH",
            next_action_date=dt.date(2030, 1, 15),
            next_step="  ",
        )
        uow.commit()
    assert logged.follow_up is not None and logged.follow_up.action is None


def test_an_empty_period_offers_to_show_all_follow_ups(qtbot, context, view, data) -> None:
    with UnitOfWork(context.store) as uow:
        for label in ("overdue", "igo_overdue"):
            followups.complete(uow, data.ids[label], on=data.today)
        uow.commit()
    view.set_mine(False)
    view.set_scope("overdue")
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 0, timeout=5000)
    assert view.empty_label.isVisible() and view.show_all_button.isVisible()
    qtbot.mouseClick(view.show_all_button, Qt.MouseButton.LeftButton)
    assert view.scope == "all"
    open_ids = {v for k, v in data.ids.items() if k not in ("overdue", "igo_overdue")}
    qtbot.waitUntil(lambda: not view.loading and shown(view) == open_ids, timeout=5000)
    assert not view.show_all_button.isVisible() and not view.empty_label.isVisible()


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_the_postpone_dialogs_title_is_not_cut(qtbot, lang) -> None:
    from PySide6.QtGui import QFontMetrics

    from pacte_desktop.ui import i18n

    i18n.install(lang)
    try:
        dialog = followups_ui.PostponeDialog(None, TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        title = QFontMetrics(dialog.font()).horizontalAdvance(dialog.windowTitle())
        # the title and the title bar's icon and buttons (about 160 px) fit
        assert dialog.width() >= title + 160
        assert dialog.windowTitle() != ""
    finally:
        i18n.install("fr")
