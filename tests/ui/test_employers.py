"""The employer directory and the employer record, driven through their real widgets."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QPoint,
    QSettings,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from shiboken6 import delete

from pacte_desktop.demo.fill import employer_rows
from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import ContactPerson, Employer, FollowUp, Interaction
from pacte_desktop.services import followups, records
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui import guarded_dialog
from pacte_desktop.ui.employer_record import (
    TAB_CONTACTS,
    TAB_HISTORY,
    TAB_TIMELINE,
    EmployerDialog,
    open_employer,
)
from pacte_desktop.ui.employers import EmployersView
from pacte_desktop.ui.labels import format_date


@pytest.fixture(autouse=True)
def no_confirmation(monkeypatch):
    """Closing a dialog with edits asks first; tests (and their teardown) must never block."""
    monkeypatch.setattr(guarded_dialog, "confirm_discard", lambda parent: True)


def stored(context, cls=Employer, **equals):
    with context.store.reading() as conn:
        return Repository(conn).list(cls, order_by="id", **equals)


def employer_named(context, name: str) -> Employer:
    with context.store.reading() as conn:
        found = Repository(conn).list(Employer, include_archived=True, name=name)
    assert len(found) == 1, found
    return found[0]


def names(view: EmployersView) -> list[str]:
    model = view.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def line(widget, name: str) -> QLineEdit:
    found = widget.findChild(QLineEdit, name)
    assert found is not None, name
    return found


@pytest.fixture
def view(context, qtbot):
    view = EmployersView(context)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 3, timeout=5000)
    return view


def open_dialog(context, qtbot, employer_id: str | None, *, track: bool = True) -> EmployerDialog:
    """Open the record as the application does: once its fiche is read, with its lists."""
    found: list[EmployerDialog] = []
    open_employer(context, employer_id, on_open=found.append)
    qtbot.waitUntil(lambda: len(found) == 1, timeout=5000)
    dialog = found[0]
    if track:  # a dialog the test closes deletes itself: qtbot must not close it again
        qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)
    return dialog


def test_create_employer_through_the_dialog(context, qtbot):
    dialog = open_dialog(context, qtbot, None)
    assert not dialog.tabs.isTabEnabled(TAB_HISTORY)  # nothing to show before the first save

    qtbot.keyClicks(line(dialog.form, "field_name"), "Boulangerie du Parvis")
    qtbot.keyClicks(line(dialog.form, "field_commune"), "Saint-Gilles")
    qtbot.keyClicks(line(dialog.form, "field_phone"), "02 543 12 34")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    created = employer_named(context, "Boulangerie du Parvis")
    assert created.commune == "Saint-Gilles"
    assert created.phone == "+3225431234"
    assert created.owner_id == context.worker_id  # a new employer belongs to whoever creates it
    assert created.status == "prospect"
    # The dialog now shows the saved record: its other tabs open, its title names it.
    assert dialog.employer_id == created.id
    assert dialog.tabs.isTabEnabled(TAB_HISTORY)
    assert "Boulangerie du Parvis" in dialog.windowTitle()
    assert not dialog.is_dirty()


def test_wrong_bce_number_is_refused_beside_the_field_and_nothing_is_written(context, qtbot):
    dialog = open_dialog(context, qtbot, None)
    name, bce = line(dialog.form, "field_name"), line(dialog.form, "field_bce_number")
    qtbot.keyClicks(name, "Banque du Midi")
    qtbot.keyClicks(bce, "0403.019.262")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    error = dialog.findChild(QLabel, "error_bce_number")
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Rien n'a été enregistré.", timeout=5000)
    assert error.isVisible()
    assert "numéro BCE" in error.text() and "0403.019.262" in error.text()
    assert [e.name for e in stored(context)] == [
        "Société Générale",
        "Brasserie du Parvis",
        "Atelier Vélo",
    ]
    assert (name.text(), bce.text()) == ("Banque du Midi", "0403.019.262")  # nothing lost
    assert dialog.employer_id is None

    bce.clear()
    qtbot.keyClicks(bce, "0403.019.261")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert employer_named(context, "Banque du Midi").bce_number == "0403019261"
    assert not error.isVisible()


def test_a_bce_number_another_employer_has_offers_its_record_or_saving_anyway(context, qtbot):
    """Issue 11: the same BCE number on two employers is said, beside the field and in a
    question that opens the existing record or saves this one as another site."""
    first = open_dialog(context, qtbot, None)
    qtbot.keyClicks(line(first.form, "field_name"), "Banque du Midi")
    qtbot.keyClicks(line(first.form, "field_bce_number"), "0403.019.261")
    with qtbot.waitSignal(first.saved, timeout=5000):
        qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    existing = employer_named(context, "Banque du Midi")

    dialog = open_dialog(context, qtbot, None)
    qtbot.keyClicks(line(dialog.form, "field_name"), "Banque du Midi, Ixelles")
    qtbot.keyClicks(line(dialog.form, "field_bce_number"), "BE 0403 019 261")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.findChild(QMessageBox, "duplicate_box") is not None, timeout=5000
    )
    box = dialog.findChild(QMessageBox, "duplicate_box")
    assert "Banque du Midi" in box.text()
    assert len(stored(context, bce_number="0403019261")) == 1  # nothing written yet

    def others() -> list[EmployerDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, EmployerDialog) and w is not dialog and w.isVisible()
        ]

    box.findChild(QPushButton, "open_existing").click()
    # The existing record opens beside this one once its fiche is read.
    qtbot.waitUntil(lambda: len(others()) == 1, timeout=5000)
    assert others()[0].employer_id == existing.id
    qtbot.addWidget(others()[0])
    assert line(dialog.form, "field_name").text() == "Banque du Midi, Ixelles"  # kept

    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "duplicate_box") is None, timeout=5000)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.findChild(QMessageBox, "duplicate_box") is not None, timeout=5000
    )
    box = dialog.findChild(QMessageBox, "duplicate_box")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        box.findChild(QPushButton, "save_anyway").click()
    assert len(stored(context, bce_number="0403019261")) == 2


def test_a_postcode_of_another_commune_is_saved_with_a_warning(context, qtbot):
    dialog = open_dialog(context, qtbot, None)
    qtbot.keyClicks(line(dialog.form, "field_name"), "Boulangerie Louise")
    qtbot.keyClicks(line(dialog.form, "field_postcode"), "1060")
    qtbot.keyClicks(line(dialog.form, "field_commune"), "Ixelles")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert employer_named(context, "Boulangerie Louise").commune == "Ixelles"
    status = dialog.status_label.text()
    assert status.startswith("Fiche enregistrée.") and "Saint-Gilles" in status


def test_ctrl_s_sends_only_the_changed_field_and_the_history_tab_shows_it(
    context, qtbot, monkeypatch
):
    sent = []
    edit = records.edit

    def spy(uow, cls, ref, changes, **options):
        sent.append(dict(changes))
        return edit(uow, cls, ref, changes, **options)

    monkeypatch.setattr(records, "edit", spy)
    employer = employer_named(context, "Atelier Vélo")
    dialog = open_dialog(context, qtbot, employer.id)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    phone = line(dialog.form, "field_phone")
    qtbot.keyClicks(phone, "02 538 00 00")
    assert dialog.is_dirty()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert sent == [{"phone": "02 538 00 00"}]  # as typed; the service parses it
    assert employer_named(context, "Atelier Vélo").phone == "+3225380000"
    with context.store.reading() as conn:
        last = Repository(conn).history(employer.id)[-1]
    assert last["op"] == "update" and json.loads(last["fields"]) == {"phone": "+3225380000"}

    dialog.tabs.setCurrentIndex(TAB_HISTORY)
    model = dialog.history_model
    # The history is read again after the save: the creation, then this edit (newest first).
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[1] == "Farida Aissa"
    assert row[2] == "Modification"
    assert row[3].startswith("Téléphone :") and "538" in row[3]
    assert model.data(model.index(1, 2)) == "Création"
    # A readable local time in the locale's short format, not the raw stamp.
    moment = QDateTime.fromMSecsSinceEpoch(int(last["hlc"][:13]))
    # The locale's short date with a four-digit year, and its short time (ui/labels.py's rule).
    fr = QLocale("fr_BE")
    day = fr.dateFormat(QLocale.FormatType.ShortFormat).replace("yyyy", "yy").replace("yy", "yyyy")
    assert row[0] == fr.toString(moment, f"{day} {fr.timeFormat(QLocale.FormatType.ShortFormat)}")


def test_escape_with_unsaved_edits_asks_first(context, qtbot, monkeypatch):
    employer = employer_named(context, "Atelier Vélo")
    dialog = open_dialog(context, qtbot, employer.id, track=False)
    asked = []
    monkeypatch.setattr(
        guarded_dialog, "confirm_discard", lambda parent: asked.append(parent) or False
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()  # nothing typed: it just closes

    dialog = open_dialog(context, qtbot, employer.id)
    qtbot.keyClicks(line(dialog.form, "field_website"), "velo.example")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [dialog] and dialog.isVisible()
    assert line(dialog.form, "field_website").text() == "velo.example"


def test_search_ignores_accents_after_a_pause_and_filters_narrow_the_list(view, qtbot):
    view.set_search("societe gen")
    assert view.model.listing.text == ""  # debounced: nothing asked of SQL yet
    qtbot.waitUntil(lambda: names(view) == ["Société Générale"], timeout=5000)
    assert view.model.listing.text == "societe gen"

    view.set_search("")
    qtbot.waitUntil(lambda: len(names(view)) == 3, timeout=5000)
    combo = view.findChild(QComboBox, "filter_commune")
    qtbot.waitUntil(lambda: combo.findData("Forest") >= 0, timeout=5000)
    with qtbot.waitSignal(view.count_changed, timeout=5000) as blocker:
        combo.setCurrentIndex(combo.findData("Forest"))
    assert blocker.args == [1]
    assert names(view) == ["Atelier Vélo"]
    assert view.model.listing.filters == {"commune": "Forest"}


def test_clicking_a_header_sorts_in_sql(view, qtbot):
    view.show()
    qtbot.waitExposed(view)
    assert names(view) == ["Atelier Vélo", "Brasserie du Parvis", "Société Générale"]
    header = view.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + 10
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )

    click(0)  # the name column again: Z to A
    qtbot.waitUntil(lambda: names(view)[0] == "Société Générale", timeout=5000)
    assert (view.model.listing.sort, view.model.listing.descending) == ("name", True)
    click(3)  # commune, A to Z: Forest first
    qtbot.waitUntil(lambda: view.model.listing.sort == "commune", timeout=5000)
    qtbot.waitUntil(lambda: names(view)[0] == "Atelier Vélo", timeout=5000)


def test_enter_opens_the_record_once(view, qtbot):
    view.show()
    qtbot.waitExposed(view)
    row = names(view).index("Brasserie du Parvis")
    view.table.setCurrentIndex(view.model.index(row, 0))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    view.open_selected()  # again while its fiche is being read: still one window
    qtbot.waitUntil(lambda: len(view.dialogs) == 1, timeout=5000)
    (dialog,) = view.dialogs.values()
    assert dialog.employer.name == "Brasserie du Parvis" and dialog.isVisible()
    qtbot.addWidget(dialog)
    view.open_selected()  # the same employer again: the same window
    context = view.context
    context.runner.wait()
    QApplication.processEvents()
    assert list(view.dialogs.values()) == [dialog]
    assert view.findChildren(EmployerDialog) == [dialog]


def test_logging_a_demarche_with_a_next_action_creates_a_follow_up(context, qtbot):
    employer = employer_named(context, "Brasserie du Parvis")
    dialog = open_dialog(context, qtbot, employer.id)
    dialog.tabs.setCurrentIndex(TAB_TIMELINE)
    announced: list[str] = []
    context.changed.connect(lambda what, _initiator: announced.append(what))

    summary = line(dialog.log_form, "field_summary")
    qtbot.keyClicks(summary, "Appel au gerant : stage possible en mars")
    qtbot.keyClicks(line(dialog.log_form, "field_next_action_date"), "2030-01-15")
    day_before = dt.date.today()
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.timeline_model.rowCount() == 1, timeout=5000)
    day_after = dt.date.today()

    (interaction,) = stored(context, Interaction, employer_id=employer.id)
    (follow_up,) = stored(context, FollowUp, employer_id=employer.id)
    assert interaction.date in (day_before, day_after) and interaction.channel == "phone"
    assert follow_up.due_date == dt.date(2030, 1, 15) and follow_up.status == "open"
    assert follow_up.interaction_id == interaction.id
    model = dialog.timeline_model
    row = {key: model.data(model.index(0, c)) for c, key in enumerate(model.keys)}
    assert row["summary"] == "Appel au gerant : stage possible en mars"
    assert row["worker"] == "Farida Aissa"
    assert row["next_action_date"] == format_date(dt.date(2030, 1, 15))
    assert summary.text() == ""  # ready for the next démarche
    assert announced == ["interaction"]  # the follow-ups view listens to it too


def test_archive_offers_an_undo_that_restores(context, view, qtbot):
    offered = []
    context.undo_offered.connect(lambda text, undo: offered.append((text, undo)))
    view.table.selectRow(names(view).index("Brasserie du Parvis"))
    view.act_archive.trigger()
    qtbot.waitUntil(
        lambda: bool(offered) and names(view) == ["Atelier Vélo", "Société Générale"],
        timeout=5000,
    )
    assert employer_named(context, "Brasserie du Parvis").archived
    text, undo = offered[0]
    assert "archivé" in text

    undo()
    qtbot.waitUntil(lambda: len(names(view)) == 3, timeout=5000)
    assert not employer_named(context, "Brasserie du Parvis").archived


def test_contacts_are_added_and_archived_with_undo(context, qtbot):
    employer = employer_named(context, "Société Générale")
    dialog = open_dialog(context, qtbot, employer.id)
    dialog.tabs.setCurrentIndex(TAB_CONTACTS)
    dialog.add_contact()
    contact_dialog = dialog.contact_dialog
    assert contact_dialog is not None
    qtbot.keyClicks(line(contact_dialog.form, "field_name"), "Marie Dupont")
    qtbot.keyClicks(line(contact_dialog.form, "field_role"), "Responsable RH")
    qtbot.mouseClick(contact_dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.contacts_model.rowCount() == 1, timeout=5000)
    (contact,) = stored(context, ContactPerson, employer_id=employer.id)
    assert (contact.name, contact.role) == ("Marie Dupont", "Responsable RH")

    offered = []
    context.undo_offered.connect(lambda text, undo: offered.append(undo))
    dialog.contacts_table.setCurrentIndex(dialog.contacts_model.index(0, 0))
    qtbot.mouseClick(dialog.contact_archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.contacts_model.rowCount() == 0 and bool(offered), timeout=5000)
    assert stored(context, ContactPerson, employer_id=employer.id) == []
    offered[0]()
    qtbot.waitUntil(lambda: dialog.contacts_model.rowCount() == 1, timeout=5000)


def test_models_pass_the_model_tester(context, view, qtbot, qtmodeltester):
    qtmodeltester.check(view.model)

    employer = employer_named(context, "Société Générale")
    with UnitOfWork(context.store) as uow:
        records.create(uow, ContactPerson, {"employer_id": employer.id, "name": "Jan Peeters"})
        followups.log_interaction(uow, employer=employer.id, channel="visit", summary="Visite")
        records.edit(uow, Employer, employer.id, {"status": "active"})
        uow.commit()
    dialog = open_dialog(context, qtbot, employer.id)
    for model in (dialog.contacts_model, dialog.timeline_model, dialog.history_model):
        assert model.rowCount() >= 1
        qtmodeltester.check(model)
    qtmodeltester.check(dialog.offers_model)


def test_filters_and_columns_are_remembered(context, view, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    status = view.findChild(QComboBox, "filter_status")
    status.setCurrentIndex(status.findData("prospect"))
    view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    view.table.horizontalHeader().resizeSection(0, 321)
    view.save_state(settings)

    again = EmployersView(context)
    qtbot.addWidget(again)
    again.restore_state(settings)
    qtbot.waitUntil(lambda: not again.model.loading, timeout=5000)
    assert again.findChild(QComboBox, "filter_status").currentData() == "prospect"
    assert again.model.listing.filters == {"status": "prospect"}
    assert (again.model.listing.sort, again.model.listing.descending) == ("commune", True)
    assert again.table.horizontalHeader().sectionSize(0) == 321
    assert names(again)[-1] == "Atelier Vélo"  # Forest last, Z to A


def test_two_thousand_employers_scroll_to_the_bottom_without_reading_them_all(context, qtbot):
    with UnitOfWork(context.store) as uow:
        uow.bulk_insert(Employer, employer_rows(2000, owners=[context.worker_id]))
        uow.commit()
    view = EmployersView(context)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2003, timeout=10000)

    view.table.scrollToBottom()
    view.table.viewport().repaint()  # paint the rows now on screen, as the user would see them
    last = view.model.rowCount() - 1
    rect = view.table.visualRect(view.model.index(last, 0))
    assert view.table.viewport().rect().intersects(rect)
    with context.store.reading() as conn:
        expected = Repository(conn).get(Employer, view.model.id_at(last))
    # Rows not yet read are fetched in the background; they appear a moment later.
    qtbot.waitUntil(
        lambda: view.model.data(view.model.index(last, 0)) == expected.name, timeout=5000
    )
    assert view.model.id_at(last) in view.model._cache
    assert len(view.model._cache) < 2003


def test_a_language_change_relabels_without_losing_what_was_typed(context, view, qtbot):
    dialog = open_dialog(context, qtbot, None)
    qtbot.keyClicks(line(dialog.form, "field_name"), "Garage Moderne")
    sector = view.findChild(QComboBox, "filter_sector")
    sector.setCurrentIndex(sector.findData("horeca"))
    messages.set_language("nl")
    try:
        for widget in (view, dialog):
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Naam"
        assert sector.currentText() == "Horeca" and sector.currentData() == "horeca"
        assert dialog.form.labels["name"].text() == "Naam *"
        assert dialog.form.labels["owner_id"].text() == "Verantwoordelijke"
        assert line(dialog.form, "field_name").text() == "Garage Moderne"
    finally:
        messages.set_language("fr")


def test_lists_and_records_that_arrive_after_their_window_closed_are_dropped(context, qtbot):
    employer = employer_named(context, "Atelier Vélo")
    dialog = open_dialog(context, qtbot, employer.id, track=False)
    dialog._refresh_all()  # every list asked for again…
    assert dialog.loading
    delete(dialog)  # …and the record closed before the answers
    host = QWidget()
    found: list[EmployerDialog] = []
    open_employer(context, employer.id, host, on_open=found.append)
    delete(host)  # the page that asked for a record is gone before its fiche
    context.runner.wait()
    QApplication.processEvents()  # the answers arrive: nothing breaks, nothing opens
    assert found == []
