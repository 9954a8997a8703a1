"""The employer page (issue 14, point 2): the header card, the fiche in grouped columns that fits
a 1366×768 laptop at 100 % and 150 %, and "Noter une démarche" from the card and the directory."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from pacte_desktop.domain.entities import Employer
from pacte_desktop.services import followups, records
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui import guarded_dialog, i18n, look
from pacte_desktop.ui.employer_header import email_link, phone_link, website_link
from pacte_desktop.ui.employer_record import TAB_FICHE, TAB_TIMELINE, EmployerDialog, open_employer
from pacte_desktop.ui.employers import EmployersView
from pacte_desktop.ui.labels import format_date

DUE = dt.date(2030, 1, 15)
PARVIS = {
    "name": "Brasserie du Parvis",
    "name_nl": "Brouwerij van het Voorplein",
    "street": "Parvis Saint-Gilles",
    "street_nl": "Sint-Gillisvoorplein",
    "number": "12",
    "box": "3",
    "postcode": "1060",
    "commune": "Saint-Gilles",
    "commune_nl": "Sint-Gillis",
    "phone": "02 543 12 34",
    "email": "info@parvis.be",
    "website": "parvis.be",
    "status": "active",
}


@pytest.fixture(autouse=True)
def no_confirmation(monkeypatch):
    monkeypatch.setattr(guarded_dialog, "confirm_discard", lambda parent: True)


def add_parvis(context, *, follow_up: bool = True) -> str:
    """The Parvis, owned by the current worker, with a call noted and a follow-up due on DUE."""
    with UnitOfWork(context.store, worker_id=context.worker_id) as uow:
        employer = records.create(uow, Employer, {**PARVIS, "owner_id": uow.worker_id})
        if follow_up:
            followups.log_interaction(
                uow,
                employer=employer.id,
                channel="phone",
                summary="Appel au gérant",
                date=dt.date(2026, 12, 1),
                next_action_date=DUE,
            )
        uow.commit()
    return employer.id


def open_dialog(context, qtbot, employer_id: str | None) -> EmployerDialog:
    found: list[EmployerDialog] = []
    open_employer(context, employer_id, on_open=found.append)
    qtbot.waitUntil(lambda: len(found) == 1, timeout=5000)
    dialog = found[0]
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)
    return dialog


def plain(rich: str) -> str:
    return rich.replace("&nbsp;", " ")


def test_the_header_card_shows_who_the_employer_is_with_links(context, qtbot) -> None:
    dialog = open_dialog(context, qtbot, add_parvis(context))
    header = dialog.header
    header.today = lambda: dt.date(2030, 1, 1)
    header.show_card(header.card)  # type: ignore[arg-type]
    assert header.isVisible() and not dialog.tabs.isAncestorOf(header)  # above the tabs
    assert header.name_label.text() == "Brasserie du Parvis"
    assert header.name_nl_label.text() == "Brouwerij van het Voorplein"
    assert header.status_badge.text() == "actif"
    facts = {name: plain(text) for name, text in header.facts.items()}
    assert facts["owner"] == "Responsable : Farida Aissa"
    assert facts["phone"] == '<a href="tel:+3225431234">02 543 12 34</a>'  # as people write it
    assert facts["email"] == '<a href="mailto:info@parvis.be">info@parvis.be</a>'
    assert facts["website"] == '<a href="https://parvis.be">https://parvis.be</a>'
    assert facts["address"] == "Parvis Saint-Gilles 12 bte 3, 1060 Saint-Gilles"
    assert facts["next"] == (
        f"Prochaine relance : {format_date(DUE)} (Farida Aissa) : Appel au gérant"
    )
    assert header.facts_label.openExternalLinks()  # the system's dialler, mail, browser
    for text in header.facts.values():
        assert text in header.facts_label.text()


def test_an_overdue_follow_up_is_said_in_red_and_none_planned_is_said(context, qtbot) -> None:
    dialog = open_dialog(context, qtbot, add_parvis(context))
    header = dialog.header
    header.today = lambda: DUE + dt.timedelta(days=1)
    header.show_card(header.card)  # type: ignore[arg-type]
    assert plain(header.facts["next"]).endswith(" · en retard</span>")
    assert "color: #b00020" in header.facts["next"]

    other = open_dialog(context, qtbot, add_parvis(context, follow_up=False))
    assert plain(other.header.facts["next"]) == "Aucune relance prévue"


def test_the_card_follows_a_demarche_noted_in_the_record(context, qtbot) -> None:
    dialog = open_dialog(context, qtbot, add_parvis(context, follow_up=False))
    dialog.start_log()
    summary = dialog.log_form.editors["summary"].input
    assert isinstance(summary, QLineEdit)
    qtbot.keyClicks(summary, "Visite : deux stages en mars")
    dialog.log_form.editors["next_action_date"].set_raw(DUE)
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Prochaine relance" in plain(dialog.header.facts.get("next", "")), timeout=5000
    )
    assert plain(dialog.header.facts["next"]).startswith(f"Prochaine relance : {format_date(DUE)}")


def test_the_dutch_interface_shows_the_dutch_address(context, qtbot) -> None:
    i18n.install("nl")
    try:
        dialog = open_dialog(context, qtbot, add_parvis(context))
        assert plain(dialog.header.facts["address"]) == (
            "Sint-Gillisvoorplein 12 bus 3, 1060 Sint-Gillis"
        )
        assert dialog.header.status_badge.text() == "actief"
    finally:
        i18n.install("fr")


def test_only_what_the_fiche_stores_becomes_a_link_and_everything_is_escaped() -> None:
    assert phone_link("0032<b>") == "0032&lt;b&gt;"
    assert email_link('x"@y.be onclick=') == ""
    assert website_link("javascript:alert(1)") == "javascript:alert(1)"
    assert website_link("https://a.be/<script>") == "https://a.be/&lt;script&gt;"
    assert phone_link(None) == email_link("") == website_link(None) == ""


def test_a_new_employer_has_no_card_until_saved(context, qtbot) -> None:
    dialog = open_dialog(context, qtbot, None)
    assert not dialog.header.isVisible()
    dialog.form.editors["name"].set_raw("Snack du Parvis")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert dialog.header.isVisible()
    assert dialog.header.name_label.text() == "Snack du Parvis"


def test_noter_une_demarche_on_the_card_opens_the_form_ready_to_type(context, qtbot) -> None:
    employer_id = add_parvis(context, follow_up=False)
    dialog = open_dialog(context, qtbot, employer_id)
    dialog.activateWindow()
    assert dialog.tabs.currentIndex() == TAB_FICHE
    assert dialog.header.log_button.text() == "Noter une démarche"
    qtbot.mouseClick(dialog.header.log_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentIndex() == TAB_TIMELINE
    summary = dialog.log_form.editors["summary"].input
    qtbot.waitUntil(summary.hasFocus, timeout=2000)
    dialog.tabs.setCurrentIndex(TAB_FICHE)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the same
    assert dialog.tabs.currentIndex() == TAB_TIMELINE
    qtbot.waitUntil(summary.hasFocus, timeout=2000)


def test_ctrl_l_in_the_directory_opens_the_selected_employer_at_the_demarche_form(
    context, qtbot
) -> None:
    add_parvis(context, follow_up=False)
    view = EmployersView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 4, timeout=5000)
    names = [view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())]
    view.table.selectRow(names.index("Brasserie du Parvis"))
    view.table.setFocus()
    assert view.act_log.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(view.dialogs) == 1, timeout=5000)
    (dialog,) = view.dialogs.values()
    qtbot.addWidget(dialog)
    assert dialog.employer is not None and dialog.employer.name == "Brasserie du Parvis"
    assert dialog.tabs.currentIndex() == TAB_TIMELINE
    # Again on the open record: the same window, back at its démarche form.
    dialog.tabs.setCurrentIndex(TAB_FICHE)
    view.log_selected()
    assert list(view.dialogs.values()) == [dialog]
    assert dialog.tabs.currentIndex() == TAB_TIMELINE


def test_the_fiche_is_grouped_in_two_columns_and_tab_follows_the_groups(context, qtbot) -> None:
    dialog = open_dialog(context, qtbot, add_parvis(context))
    form = dialog.form
    groups = form.groups
    assert [g.title() for g in groups.values()] == [
        "Identité",
        "Contact",
        "Adresse",
        "Partage et notes",
    ]
    left = {groups[k].geometry().left() for k in ("identity", "contact")}
    right = {groups[k].geometry().left() for k in ("address", "sharing")}
    assert len(left) == len(right) == 1 and max(left) < min(right)
    assert groups["identity"].isAncestorOf(form.editors["bce_number"])
    assert groups["address"].isAncestorOf(form.editors["commune_nl"])
    # Short fields share a row: the postcode and its commune side by side.
    postcode, commune = form.editors["postcode"], form.editors["commune"]
    assert postcode.geometry().top() == commune.geometry().top()
    # The focus chain goes through the groups in order, whatever the columns.
    chain: list[str] = []
    widget: QWidget = form.editors["name"].input
    for _ in range(200):
        name = widget.objectName()
        if name.startswith("field_") and name[6:] in form.editors and name[6:] not in chain:
            chain.append(name[6:])
        widget = widget.nextInFocusChain()
    expected = [
        name
        for group in ("identity", "contact", "address", "sharing")
        for name in _group_fields(dialog, group)
    ]
    assert chain[: len(expected)] == expected


def _group_fields(dialog: EmployerDialog, key: str) -> list[str]:
    from pacte_desktop.ui.employer_fiche import FICHE_GROUPS

    (group,) = [g for g in FICHE_GROUPS if g.key == key]
    return [name for row in group.rows for name in row]


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_fiche_fits_a_laptop_without_scrolling(context, qtbot, lang, scale) -> None:
    """1366×768 less a 40-pixel task bar, at 100 % and 150 % (logical pixels), frame kept:
    the whole fiche shows, header card, tabs and buttons included."""
    i18n.install(lang)
    try:
        dialog = open_dialog(context, qtbot, add_parvis(context))
        available = QSize(int(1366 / scale), int((768 - 40) / scale)) - look.FRAME_ALLOWANCE
        assert dialog.minimumSizeHint().width() <= available.width()
        assert dialog.minimumSizeHint().height() <= available.height()
        dialog.resize(available.boundedTo(QSize(1000, 680)))
        QApplication.processEvents()
        viewport = dialog.form_scroll.viewport().size()
        assert dialog.form.sizeHint().height() <= viewport.height(), (lang, scale)
        assert dialog.form.minimumSizeHint().width() <= viewport.width(), (lang, scale)
        assert not dialog.form_scroll.verticalScrollBar().isVisible()
        assert not dialog.form_scroll.horizontalScrollBar().isVisible()
    finally:
        i18n.install("fr")


SCALED = """
import json, os, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from pacte_desktop.store.database import Store
from pacte_desktop.ui import i18n, look
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.employer_record import open_employer
look.apply(app, dark=False)
i18n.install(sys.argv[2])
context = AppContext(Store.open(sys.argv[1], daily_backup=False))
found = []
open_employer(context, sys.argv[3], on_open=found.append)
while not found or found[0].loading:
    context.runner.wait()
    app.processEvents()
dialog = found[0]
app.processEvents()
screen = dialog.screen()
print(json.dumps({
    "ratio": screen.devicePixelRatio(),
    "available": [screen.availableGeometry().width(), screen.availableGeometry().height()],
    "dialog": [dialog.width(), dialog.height()],
    "form": dialog.form.sizeHint().height(),
    "viewport": dialog.form_scroll.viewport().height(),
    "scrolls": dialog.form_scroll.verticalScrollBar().isVisible()
    or dialog.form_scroll.horizontalScrollBar().isVisible(),
}), flush=True)
os._exit(0)
"""


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_at_150_percent_the_record_opens_inside_the_screen_with_the_whole_fiche(
    context, tmp_path: Path, lang: str
) -> None:
    """In its own process with QT_SCALE_FACTOR=1.5 on a 1366×728 screen (768 less the task bar)."""
    employer_id = add_parvis(context)
    data_dir = context.store.data_dir
    context.runner.wait()
    context.store.close()
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": "1.5",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCALED, str(data_dir), lang, employer_id],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    assert measured["ratio"] == 1.5, result.stderr
    width, height = measured["available"]
    assert measured["dialog"][0] + look.FRAME_ALLOWANCE.width() <= width, measured
    assert measured["dialog"][1] + look.FRAME_ALLOWANCE.height() <= height, measured
    assert measured["form"] <= measured["viewport"], measured
    assert not measured["scrolls"], measured


def test_the_card_reads_the_owner_and_the_open_follow_up_due_first(context) -> None:
    from pacte_desktop.domain.entities import FollowUp
    from pacte_desktop.services import employer_page

    employer_id = add_parvis(context)
    with UnitOfWork(context.store, worker_id=context.worker_id) as uow:
        sooner = records.create(
            uow,
            FollowUp,
            {
                "employer_id": employer_id,
                "worker_id": uow.worker_id,
                "due_date": DUE.replace(day=2),
            },
        )
        followups.complete(uow, sooner.id)  # done: no longer the next one
        records.create(
            uow,
            FollowUp,
            {
                "employer_id": employer_id,
                "worker_id": uow.worker_id,
                "due_date": DUE.replace(day=9),
            },
        )
        uow.commit()
    with context.store.reading() as conn:
        card = employer_page.card(conn, employer_id)
        gone = employer_page.card(conn, "0" * 32)
    assert card.owner == card.follow_up_worker == "Farida Aissa"
    assert card.next_follow_up is not None and card.next_follow_up.due_date == DUE.replace(day=9)
    assert gone == employer_page.Card("", None, "")


def test_a_grouped_form_refuses_a_field_left_out_or_placed_twice(qapp) -> None:
    from pacte_desktop.ui.forms import EntityForm, FieldGroup

    with pytest.raises(ValueError, match="missing=\\['name_nl'\\]"):
        EntityForm(Employer, ("name", "name_nl"), groups=(FieldGroup("a", (("name",),)),))
    with pytest.raises(ValueError, match="twice=\\['name'\\]"):
        EntityForm(Employer, ("name",), groups=(FieldGroup("a", (("name",), ("name",))),))


def test_a_name_longer_than_its_field_shows_its_beginning(context, qtbot) -> None:
    """At 150 % the name shares its row with the Dutch name: a long name (and a long legal
    form) shows how it begins, not how it ends (« …micile de la Barrière »)."""
    with UnitOfWork(context.store, worker_id=context.worker_id) as uow:
        employer = records.create(
            uow,
            Employer,
            {
                "name": "Aide à domicile de la Barrière et des quartiers du Midi",
                "legal_form": "Association sans but lucratif (Midi)",
            },
        )
        uow.commit()
    dialog = open_dialog(context, qtbot, employer.id)
    dialog.resize(700, 600)
    name = dialog.form.editors["name"].input
    assert name.text().startswith("Aide à domicile")
    assert name.cursorPosition() == 0
    legal_form = dialog.form.editors["legal_form"].input.lineEdit()
    assert legal_form.text().startswith("Association sans but")
    assert legal_form.cursorPosition() == 0
